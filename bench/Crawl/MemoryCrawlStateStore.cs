using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using JobTagger.Domain.Crawling;

namespace JobTagger.Bench.Crawl;

/// <summary>Crawl state in a dictionary: the bench's way to time the crawler without the database.</summary>
internal sealed class MemoryCrawlStateStore : ICrawlStateStore
{
    private readonly ConcurrentDictionary<string, CrawlRecord> _records = new(StringComparer.Ordinal);

    public Task<CrawlRecord?> GetAsync(string url, CancellationToken cancellationToken = default) =>
        Task.FromResult(_records.TryGetValue(url, out var record) ? record : null);

    public Task SaveAsync(CrawlRecord record, CancellationToken cancellationToken = default)
    {
        _records[record.Url] = record;
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<CrawlRecord> ListUnfinishedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        foreach (var record in _records.Values.Where(r => r.Outcome is CrawlOutcome.Pending or CrawlOutcome.Failed))
        {
            yield return record;
        }
    }
}
