using JobTagger.Domain.Crawling;

namespace JobTagger.Ingest.Crawling;

/// <summary>What a crawl did: how many URLs ended in each outcome, and the failed ones with their reasons.</summary>
public sealed record CrawlSummary(IReadOnlyDictionary<CrawlOutcome, int> Counts, IReadOnlyList<CrawlRecord> Failures)
{
    public int Count(CrawlOutcome outcome) => Counts.TryGetValue(outcome, out var count) ? count : 0;
}
