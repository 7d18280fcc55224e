using HtmlAgilityPack;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Finds the block of a page that holds the job text when there is no structured data: a known description
/// container first, else the densest block of paragraph text (a Readability-style score: each paragraph's length
/// counts fully for its parent and half for its grandparent, and link-heavy blocks are discounted).
/// </summary>
internal static class MainContentFinder
{
    private const string KnownContainers =
        "//*[@data-automation='jobAdDetails' or @itemprop='description' or @id='job-description' or @id='jobDescriptionText'"
        + " or contains(@class,'job-description') or contains(@class,'jobDescription') or contains(@class,'job_description')"
        + " or contains(@class,'description__text') or contains(@class,'posting-description')]";

    private static readonly string[] NoiseMarkers = ["cookie", "consent", "banner", "newsletter", "breadcrumb", "modal", "share"];

    /// <summary>Removes navigation, chrome and scripts from <paramref name="page"/> and returns the content block.</summary>
    public static HtmlNode? Find(HtmlDocument page)
    {
        RemoveNoise(page);
        var known = page.DocumentNode.SelectNodes(KnownContainers)?.OrderByDescending(n => n.InnerText.Length).FirstOrDefault();
        if (known is not null && known.InnerText.Trim().Length >= 100)
        {
            return known;
        }

        var scores = new Dictionary<HtmlNode, double>();
        foreach (var text in page.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Text))
        {
            var length = text.InnerText.AsSpan().Trim().Length;
            if (length < 25 || text.ParentNode is not { } parent)
            {
                continue;
            }

            var block = parent.Name is "p" or "li" or "span" or "strong" or "b" or "em" or "a" ? parent.ParentNode : parent;
            if (block is null)
            {
                continue;
            }

            scores[block] = scores.GetValueOrDefault(block) + length;
            if (block.ParentNode is { NodeType: HtmlNodeType.Element } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2.0);
            }
        }

        return scores
            .OrderByDescending(s => s.Value)
            .Take(5)
            .Select(s => (Node: s.Key, Score: s.Value * (1 - LinkDensity(s.Key))))
            .OrderByDescending(s => s.Score)
            .Select(s => s.Node)
            .FirstOrDefault();
    }

    private static double LinkDensity(HtmlNode node)
    {
        var total = node.InnerText.Length;
        if (total == 0)
        {
            return 1;
        }

        var links = node.Descendants("a").Sum(a => a.InnerText.Length);
        return Math.Min(1, (double)links / total);
    }

    private static void RemoveNoise(HtmlDocument page)
    {
        var noise = page.DocumentNode.Descendants()
            .Where(n => n.NodeType == HtmlNodeType.Element && (HtmlElementKinds.IsSkipped(n.Name)
                || n.Name is "nav" or "header" or "footer" or "aside" or "form" || IsNoise(n)))
            .ToList();
        foreach (var node in noise)
        {
            node.Remove();
        }
    }

    private static bool IsNoise(HtmlNode node)
    {
        var marker = node.GetAttributeValue("id", string.Empty) + " " + node.GetAttributeValue("class", string.Empty);
        return marker.Length > 1 && NoiseMarkers.Any(m => marker.Contains(m, StringComparison.OrdinalIgnoreCase))
            && node.Name is not ("body" or "main" or "article");
    }
}
