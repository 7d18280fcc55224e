using JobTagger.Ingest.Crawling.Frontier;

namespace JobTagger.Ingest.Tests.Crawling.Frontier;

public class CrawlFrontierTests
{
    [Fact]
    public void TryReserve_SameUrlTwice_AdmitsItOnce()
    {
        var frontier = new CrawlFrontier(maxPages: 10);
        var page = new CrawlTarget(new Uri("http://x.test/jobs/1"), CrawlTargetKind.Page);

        Assert.True(frontier.TryReserve(page));
        Assert.False(frontier.TryReserve(page with { }));
        Assert.Equal(1, frontier.PageCount);
    }

    [Fact]
    public void TryReserve_PastThePageBudget_RefusesPagesButNotSitemaps()
    {
        var frontier = new CrawlFrontier(maxPages: 2);

        Assert.True(frontier.TryReserve(new CrawlTarget(new Uri("http://x.test/jobs/1"), CrawlTargetKind.Page)));
        Assert.True(frontier.TryReserve(new CrawlTarget(new Uri("http://x.test/jobs/2"), CrawlTargetKind.Page)));
        Assert.False(frontier.TryReserve(new CrawlTarget(new Uri("http://x.test/jobs/3"), CrawlTargetKind.Page)));
        Assert.True(frontier.TryReserve(new CrawlTarget(new Uri("http://x.test/sitemap.xml"), CrawlTargetKind.Sitemap)));
    }

    [Fact]
    public async Task Done_LastOpenUrl_CompletesTheQueue()
    {
        var frontier = new CrawlFrontier(maxPages: 10);
        var page = new CrawlTarget(new Uri("http://x.test/jobs/1"), CrawlTargetKind.Page);
        Assert.True(frontier.TryReserve(page));
        frontier.Enqueue(page);

        Assert.Equal(page, await frontier.Reader.ReadAsync());
        frontier.Done();

        await frontier.Reader.Completion.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
