using JobTagger.Domain.Ingestion;

namespace JobTagger.Ingest.Crawling;

/// <summary>
/// Turns one fetched page into a posting or a "not a job page" reject. The HTML extractor
/// (<c>JobTagger.Ingest.Html.JobPageExtractor</c>) is the real one; the crawler only needs this method.
/// </summary>
internal interface IJobPageReader
{
    IngestResult Extract(string html, Uri? pageUrl, SourceLocation where);
}
