using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Crawling;
using JobTagger.Ingest.Tests.Crawling.Server;

namespace JobTagger.Ingest.Tests.Crawling;

/// <summary>Runs a crawl to the end on the running fake clock and keeps what it yielded.</summary>
internal static class CrawlHarness
{
    public static CrawlOptions Options(params Uri[] seeds) => new()
    {
        Seeds = seeds,
        Contact = new Uri("https://example.org/crawler"),
        RatePerSecond = 5,
        Concurrency = 4,
        MaxResponseBytes = 64 * 1024,

        // Twenty fake seconds are one real second on the running clock: room for a loaded test machine.
        AttemptTimeout = TimeSpan.FromSeconds(20),
        OverallTimeout = TimeSpan.FromSeconds(120),
    };

    public static async Task<(List<IngestResult> Results, CrawlSummary Summary)> RunAsync(
        CrawlOptions options, InMemoryCrawlStateStore store, RunningFakeClock clock, CancellationToken cancellationToken = default)
    {
        var crawler = new JobSiteCrawler(options, store, new MarkerJobPageReader(), clock.Time);
        var results = new List<IngestResult>();
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // A hung crawl fails the test instead of hanging the run.
        guard.CancelAfter(TimeSpan.FromSeconds(60));
        await foreach (var result in crawler.ReadAsync(guard.Token))
        {
            results.Add(result);
        }

        return (results, crawler.LastSummary!);
    }
}
