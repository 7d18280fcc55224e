using JobTagger.Domain.Crawling;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Crawling;

public sealed class SqliteCrawlStateStoreTests
{
    [Fact]
    public async Task Save_ThenGetAndListUnfinished_RoundTrips()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        var failed = new CrawlRecord
        {
            Url = "https://jobs.example.com/a", Outcome = CrawlOutcome.Failed, Status = 503, Reason = "HTTP 503 after 4 attempts",
            Attempts = 4, UpdatedAt = db.Time.GetUtcNow(),
        };
        var stored = new CrawlRecord
        {
            Url = "https://jobs.example.com/b", Outcome = CrawlOutcome.Stored, Status = 200, ETag = "\"v1\"",
            LastModified = "Mon, 02 Mar 2026 08:00:00 GMT", PostingId = "example:b", Attempts = 1, UpdatedAt = db.Time.GetUtcNow(),
        };

        await store.CrawlState.SaveAsync(failed);
        await store.CrawlState.SaveAsync(stored);
        await store.CrawlState.SaveAsync(stored with { Attempts = 2 });

        Assert.Equal(stored with { Attempts = 2 }, await store.CrawlState.GetAsync(stored.Url));
        Assert.Equal([failed], await store.CrawlState.ListUnfinishedAsync().ToListAsync());
        Assert.Null(await store.CrawlState.GetAsync("https://jobs.example.com/none"));
        var stats = await store.GetStatisticsAsync();
        Assert.Equal([("Failed", 1), ("Stored", 1)], stats.CrawlOutcomes.Select(o => (o.Name, o.Count)));
        Assert.Equal("HTTP 503 after 4 attempts", Assert.Single(stats.RecentCrawlFailures).Detail);
    }
}
