using HtmlAgilityPack;
using JobTagger.Ingest.Mapping;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Reads a job page that has no structured data: title from og:title/h1/&lt;title&gt;, the main content block as
/// description, company and location from og: tags and the attribute names job sites commonly use. Says whether
/// the page looks like a job posting at all (enough text, enough job words), so a non-job page becomes a reject.
/// </summary>
internal static class FallbackJobPageReader
{
    private const int MinDescriptionLength = 200;
    private const int MinJobWords = 2;

    private static readonly string[] JobWords =
    [
        "responsibilit", "requirement", "qualification", "experience", "apply", "salary", "candidate", "skills",
        "benefits", "you will", "we are looking", "we're looking", "full-time", "full time", "part-time", "role",
        "position", "job", "hiring",
    ];

    public static (PostingDraft? Draft, string? Problem) Read(HtmlDocument page)
    {
        var title = PageTitleReader.Read(page);
        var company = ShortText(page, "advertiser-name", "company", "employer", "hiringorganization", "org-name")
            ?? PageTitleReader.Meta(page, "og:article:author");
        var location = ShortText(page, "job-detail-location", "joblocation", "job-location", "location");
        var description = ReadDescription(page);
        var jobWords = description is null ? 0 : JobWords.Count(w => description.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (title is null || description is null || description.Length < MinDescriptionLength || jobWords < MinJobWords)
        {
            return (null, $"not a job posting: no JobPosting data and no job-like content (title: {(title is null ? "none" : "found")},"
                + $" {description?.Length ?? 0} characters of text, {jobWords} job words)");
        }

        return (new PostingDraft
        {
            Title = title,
            Company = company,
            Location = location,
            IsRemote = (location ?? title).Contains("remote", StringComparison.OrdinalIgnoreCase),
            Description = description,
        }, null);
    }

    /// <summary>The main content block as clean text. Removes page chrome from <paramref name="page"/>.</summary>
    public static string? ReadDescription(HtmlDocument page)
    {
        var content = MainContentFinder.Find(page);
        var text = content is null ? null : HtmlText.FromNode(content);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string? ShortText(HtmlDocument page, params string[] markers)
    {
        foreach (var marker in markers)
        {
            var xpath = $"//*[@data-automation='{marker}' or contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'{marker}')"
                + $" or contains(translate(@itemprop,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'{marker}')]";
            var found = page.DocumentNode.SelectNodes(xpath)?
                .Select(n => HtmlText.FromNode(n).ReplaceLineEndings(" ").Trim())
                .FirstOrDefault(t => t.Length is > 1 and <= 80);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
