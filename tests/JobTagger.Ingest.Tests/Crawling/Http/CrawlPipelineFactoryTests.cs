using JobTagger.Ingest.Crawling;
using JobTagger.Ingest.Crawling.Http;

namespace JobTagger.Ingest.Tests.Crawling.Http;

public class CrawlPipelineFactoryTests
{
    private static readonly CrawlOptions Options = new() { Seeds = [new Uri("http://x.test/")], Concurrency = 8 };

    public static TheoryData<double, int> PermitCases => new()
    {
        // No rate limit: the full concurrency.
        { 0, 8 },
        // 1 per second with a 10 s attempt timeout: up to 10, capped at the concurrency.
        { 1, 8 },
        // 0.5 per second: 5 waiters at most, so none waits more than 10 s.
        { 0.5, 5 },
        // A 30 s Crawl-delay: one request at a time.
        { 1.0 / 30, 1 },
    };

    [Theory]
    [MemberData(nameof(PermitCases))]
    public void PermitsPerHost_SlowRate_KeepsTheQueueShorterThanATimeout(double rate, int expected)
    {
        Assert.Equal(expected, CrawlPipelineFactory.PermitsPerHost(Options, rate));
    }

    public static TheoryData<double, double?, double> RateCases => new()
    {
        // No Crawl-delay: the configured rate.
        { 1, null, 1 },
        // A stricter Crawl-delay wins.
        { 1, 4, 0.25 },
        // A laxer one does not speed up.
        { 0.5, 1, 0.5 },
        // --rate 0 (no limit) still obeys a Crawl-delay.
        { 0, 2, 0.5 },
    };

    [Theory]
    [MemberData(nameof(RateCases))]
    public void EffectiveRate_CrawlDelay_AppliesWhenStricter(double rate, double? crawlDelaySeconds, double expected)
    {
        var delay = crawlDelaySeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;

        Assert.Equal(expected, HostPipelines.EffectiveRate(rate, delay), 6);
    }
}
