using System.Net;
using HtmlAgilityPack;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Reads a job page's title from og:title, the first h1 or &lt;title&gt;, without the site suffix that titles carry
/// (" | SEEK", " - Acme Careers"). An h1 that the og:title starts with is the cleaner of the two and wins.
/// </summary>
internal static class PageTitleReader
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: "];
    private static readonly string[] SiteWords = ["careers", "career", "jobs", "job board", "hiring", "recruiting", "seek", "indeed", "linkedin", "glassdoor", "workday"];

    public static string? Read(HtmlDocument page)
    {
        var siteName = Meta(page, "og:site_name");
        var ogTitle = StripSiteSuffix(Meta(page, "og:title") ?? Meta(page, "twitter:title"), siteName);
        var h1 = Clean(page.DocumentNode.SelectSingleNode("//h1") is { } heading ? HtmlText.FromNode(heading) : null);
        var title = StripSiteSuffix(Clean(page.DocumentNode.SelectSingleNode("//head/title")?.InnerText), siteName);
        if (h1 is not null && ogTitle is not null && ogTitle.StartsWith(h1, StringComparison.OrdinalIgnoreCase))
        {
            return h1;
        }

        return ogTitle ?? (h1 is { Length: < 200 } ? h1 : null) ?? title;
    }

    public static string? Meta(HtmlDocument page, string name)
    {
        var node = page.DocumentNode.SelectSingleNode($"//meta[@property='{name}' or @name='{name}']");
        return Clean(node?.GetAttributeValue("content", null));
    }

    public static string? StripSiteSuffix(string? title, string? siteName)
    {
        if (title is null)
        {
            return null;
        }

        // Only the last separated part can be the site's name: "Engineer | Remote | Australia - SEEK".
        var (at, length) = Separators
            .Select(s => (At: title.LastIndexOf(s, StringComparison.Ordinal), s.Length))
            .MaxBy(s => s.At);
        if (at > 0 && IsSiteName(title[(at + length)..].Trim(), siteName))
        {
            return title[..at].Trim();
        }

        return title;
    }

    private static bool IsSiteName(string suffix, string? siteName) =>
        (siteName is not null && (siteName.Contains(suffix, StringComparison.OrdinalIgnoreCase) || suffix.Contains(siteName, StringComparison.OrdinalIgnoreCase)))
        || (suffix.Length <= 40 && SiteWords.Any(w => suffix.Contains(w, StringComparison.OrdinalIgnoreCase)));

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var decoded = WebUtility.HtmlDecode(text);
        return WhitespaceNormalizer.Normalize(decoded.ReplaceLineEndings(" "));
    }
}
