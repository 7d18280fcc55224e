using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using JobTagger.Domain.Crawling;

namespace JobTagger.Ingest.Tests.Crawling;

/// <summary>The crawl state store of the tests: a dictionary, as the SQLite one is a table.</summary>
internal sealed class InMemoryCrawlStateStore : ICrawlStateStore
{
    private readonly ConcurrentDictionary<string, CrawlRecord> _records = new(StringComparer.Ordinal);

    public IReadOnlyCollection<CrawlRecord> Records => [.. _records.Values];

    public CrawlRecord this[string url] => _records[url];

    public Task<CrawlRecord?> GetAsync(string url, CancellationToken cancellationToken = default) =>
        Task.FromResult(_records.TryGetValue(url, out var record) ? record : null);

    public Task SaveAsync(CrawlRecord record, CancellationToken cancellationToken = default)
    {
        _records[record.Url] = record;
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<CrawlRecord> ListUnfinishedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var record in _records.Values.Where(r => r.Outcome is CrawlOutcome.Pending or CrawlOutcome.Failed).OrderBy(r => r.Url, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return record;
        }
    }
}
