using JobTagger.Domain.Crawling;

namespace JobTagger.Ingest.Crawling.Http;

/// <summary>Why a redirect target is not fetched, and the outcome the original URL gets for it.</summary>
internal sealed record HopRefusal(CrawlOutcome Outcome, string Reason);
