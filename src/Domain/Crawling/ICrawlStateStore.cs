namespace JobTagger.Domain.Crawling;

/// <summary>Where the crawler keeps each URL's state, so a re-crawl is conditional and a re-run resumes.</summary>
public interface ICrawlStateStore
{
    Task<CrawlRecord?> GetAsync(string url, CancellationToken cancellationToken = default);

    Task SaveAsync(CrawlRecord record, CancellationToken cancellationToken = default);

    /// <summary>URLs left <see cref="CrawlOutcome.Pending"/> or <see cref="CrawlOutcome.Failed"/> by an earlier run.</summary>
    IAsyncEnumerable<CrawlRecord> ListUnfinishedAsync(CancellationToken cancellationToken = default);
}
