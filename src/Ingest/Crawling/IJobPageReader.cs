using JobTagger.Domain.Ingestion;

namespace JobTagger.Ingest.Crawling;

/// <summary>
/// Turns one fetched page into a posting or a "not a job page" reject. <see cref="HtmlJobPageReader"/> (the HTML
/// extractor) is the real one; the seam lets the crawl tests use a page reader whose verdicts they control.
/// </summary>
internal interface IJobPageReader
{
    IngestResult Extract(string html, Uri? pageUrl, SourceLocation where);
}
