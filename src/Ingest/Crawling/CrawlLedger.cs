using JobTagger.Domain.Crawling;

namespace JobTagger.Ingest.Crawling;

/// <summary>
/// Saves URL states through the <see cref="ICrawlStateStore"/> one at a time (workers run in parallel; the store
/// need not be thread-safe) and remembers each URL's latest outcome in this run for the summary.
/// </summary>
internal sealed class CrawlLedger(ICrawlStateStore store, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, CrawlRecord> _latest = new(StringComparer.Ordinal);

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<CrawlRecord?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await store.GetAsync(url.AbsoluteUri, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task SaveAsync(CrawlRecord record, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await store.SaveAsync(record, cancellationToken);
            _latest[record.Url] = record;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<List<CrawlRecord>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        var records = new List<CrawlRecord>();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await foreach (var record in store.ListUnfinishedAsync(cancellationToken))
            {
                records.Add(record);
            }
        }
        finally
        {
            _gate.Release();
        }

        return records;
    }

    public CrawlSummary Summarize()
    {
        _gate.Wait();
        try
        {
            var counts = _latest.Values.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
            var failures = _latest.Values.Where(r => r.Outcome == CrawlOutcome.Failed).OrderBy(r => r.Url, StringComparer.Ordinal).ToList();
            return new CrawlSummary(counts, failures);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
