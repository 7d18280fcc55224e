using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Html;

namespace JobTagger.Ingest.Crawling;

/// <summary>The crawler's page reader in production: the HTML extractor (JSON-LD, microdata, then the fallback).</summary>
internal sealed class HtmlJobPageReader : IJobPageReader
{
    private readonly JobPageExtractor _extractor = new();

    public IngestResult Extract(string html, Uri? pageUrl, SourceLocation where) => _extractor.Extract(html, pageUrl, where);
}
