using System.Text.RegularExpressions;
using JobTagger.Domain.Ingestion;
using JobTagger.Domain.Postings;
using JobTagger.Ingest.Crawling;

namespace JobTagger.Ingest.Tests.Crawling;

/// <summary>
/// The page reader of the crawler tests: a page is a posting when it has <c>&lt;h1 class="job-title"&gt;</c>. The
/// real extractor (JSON-LD, microdata ...) is tested on its own; here only the crawl is under test.
/// </summary>
internal sealed partial class MarkerJobPageReader : IJobPageReader
{
    public IngestResult Extract(string html, Uri? pageUrl, SourceLocation where)
    {
        var match = TitlePattern().Match(html);
        if (!match.Success)
        {
            return IngestResult.Rejected(where, "not a job page: no job title", html.Length > 200 ? html[..200] : html);
        }

        var title = match.Groups[1].Value;
        var posting = new JobPosting
        {
            Id = PostingIdentity.For(pageUrl?.Host ?? "crawl", pageUrl?.AbsolutePath, title, null, null, html),
            Source = pageUrl?.Host ?? "crawl",
            SourceId = pageUrl?.AbsolutePath,
            Url = pageUrl?.AbsoluteUri,
            Title = title,
            Description = "Runs operations.",
            ExtractionMethod = "test-marker",
        };
        return IngestResult.Accepted(posting, where);
    }

    [GeneratedRegex("<h1 class=\"job-title\">([^<]+)</h1>")]
    private static partial Regex TitlePattern();
}
