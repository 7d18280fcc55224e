using System.Collections.Concurrent;

namespace JobTagger.Ingest.Crawling.Http;

/// <summary>
/// One pipeline per host (<c>host:port</c>), so each host has its own rate, concurrency limit and circuit. A host's
/// pipeline is built on first use with the rate then known, which is why robots.txt (and its Crawl-delay) is read first.
/// </summary>
internal sealed class HostPipelines(CrawlOptions options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<HostPipeline>> _hosts = new(StringComparer.Ordinal);

    /// <summary>The pipeline for robots.txt: timeouts and retries only; it is one request per host.</summary>
    public HostPipeline Robots { get; } = CrawlPipelineFactory.Create(
        options with { BreakerMinimumThroughput = int.MaxValue }, ratePerSecond: 0, time);

    /// <summary>The host's pipeline; <paramref name="crawlDelay"/> lowers the rate when it is stricter.</summary>
    public HostPipeline For(string hostKey, TimeSpan? crawlDelay)
    {
        return _hosts.GetOrAdd(hostKey, _ => new Lazy<HostPipeline>(() =>
            CrawlPipelineFactory.Create(options, EffectiveRate(options.RatePerSecond, crawlDelay), time))).Value;
    }

    public static double EffectiveRate(double ratePerSecond, TimeSpan? crawlDelay)
    {
        if (crawlDelay is not { } delay || delay <= TimeSpan.Zero)
        {
            return ratePerSecond;
        }

        var robotsRate = 1 / delay.TotalSeconds;
        return ratePerSecond == 0 ? robotsRate : Math.Min(ratePerSecond, robotsRate);
    }

    public void Dispose()
    {
        Robots.Dispose();
        foreach (var host in _hosts.Values)
        {
            if (host.IsValueCreated)
            {
                host.Value.Dispose();
            }
        }
    }
}
