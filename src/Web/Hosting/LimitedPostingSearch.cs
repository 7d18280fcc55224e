using System.Threading.RateLimiting;
using JobTagger.Storage.Search;

namespace JobTagger.Web.Hosting;

/// <summary>
/// Bounds how many store reads run at once. A search is CPU work inside SQLite: running more of them than there are
/// cores only adds memory (a page cache per connection) and switching, so the rest wait in a queue, oldest first; past
/// the queue a <see cref="SearchBusyException"/> (503 with Retry-After) is thrown at once instead of letting requests
/// pile up. Only store reads wait here: answers from <see cref="CachingPostingSearch"/> never queue behind them.
/// </summary>
internal sealed class LimitedPostingSearch : IPostingSearch, IAsyncDisposable
{
    public const int QueueLimit = 256;

    private readonly IPostingSearch _inner;
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Permits,
        QueueLimit = QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public LimitedPostingSearch(IPostingSearch inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    public static int Permits => Math.Max(2, Environment.ProcessorCount);

    public async Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        using var lease = await AcquireAsync(cancellationToken);
        return await _inner.SearchAsync(query, cancellationToken);
    }

    public async Task<PostingDetail?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        using var lease = await AcquireAsync(cancellationToken);
        return await _inner.GetAsync(id, cancellationToken);
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    private async Task<RateLimitLease> AcquireAsync(CancellationToken ct)
    {
        var lease = await _limiter.AcquireAsync(1, ct);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new SearchBusyException();
        }

        return lease;
    }
}
