using HtmlAgilityPack;

namespace JobTagger.Ingest.Crawling.Frontier;

/// <summary>Reads the absolute, normalised <c>a href</c> links of an HTML page, honouring <c>base href</c> and <c>nofollow</c>.</summary>
internal static class LinkExtractor
{
    public static IReadOnlyList<Uri> Extract(string html, Uri pageUrl)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var baseUrl = pageUrl;
        if (document.DocumentNode.SelectSingleNode("//base[@href]")?.GetAttributeValue("href", null) is { } baseHref
            && UrlNormalizer.TryNormalize(pageUrl, baseHref, out var declared))
        {
            baseUrl = declared;
        }

        var links = new List<Uri>();
        var anchors = document.DocumentNode.SelectNodes("//a[@href]");
        if (anchors is null)
        {
            return links;
        }

        foreach (var anchor in anchors)
        {
            var rel = anchor.GetAttributeValue("rel", string.Empty);
            if (rel.Contains("nofollow", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var href = HtmlEntity.DeEntitize(anchor.GetAttributeValue("href", string.Empty));
            if (UrlNormalizer.TryNormalize(baseUrl, href, out var url))
            {
                links.Add(url);
            }
        }

        return links;
    }
}
