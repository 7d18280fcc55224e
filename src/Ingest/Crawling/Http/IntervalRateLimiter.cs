using System.Threading.RateLimiting;

namespace JobTagger.Ingest.Crawling.Http;

/// <summary>
/// A System.Threading.RateLimiting limiter that spaces permits at least <c>interval</c> apart on a
/// <see cref="TimeProvider"/>: each caller reserves the next free slot and waits for it. Written here because the
/// built-in token bucket measures refills with the real Stopwatch even when refilled by hand, so it neither obeys a
/// fake clock nor guarantees the minimum spacing a robots.txt Crawl-delay asks for.
/// </summary>
internal sealed class IntervalRateLimiter(TimeSpan interval, TimeProvider time) : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Refused = new Lease(false);
    private readonly Lock _gate = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private long _granted;

    public TimeSpan Interval { get; } = interval;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var idle = time.GetUtcNow() - _nextSlot;
                return idle > TimeSpan.Zero ? idle : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics() => new()
    {
        CurrentAvailablePermits = IdleDuration is null ? 0 : 1,
        TotalSuccessfulLeases = Interlocked.Read(ref _granted),
    };

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (permitCount == 0)
            {
                return now >= _nextSlot ? Granted : Refused;
            }

            if (now < _nextSlot)
            {
                return Refused;
            }

            _nextSlot = now + Interval;
        }

        Interlocked.Increment(ref _granted);
        return Granted;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        TimeSpan wait;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var slot = now > _nextSlot ? now : _nextSlot;
            _nextSlot = slot + Interval;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            // A cancelled waiter leaves its slot unused: the host just gets one request fewer, never one more.
            await Task.Delay(wait, time, cancellationToken);
        }

        Interlocked.Increment(ref _granted);
        return Granted;
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
