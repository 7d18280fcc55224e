using JobTagger.Domain.Crawling;
using JobTagger.Domain.Ingestion;

namespace JobTagger.Ingest.Crawling;

/// <summary>A posting on its way to the consumer, with the state its URL gets once the consumer has taken it.</summary>
internal sealed record CrawledPosting(IngestResult Result, CrawlRecord Record);
