using JobTagger.Domain.Crawling;
using JobTagger.Ingest.Tests.Crawling.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JobTagger.Ingest.Tests.Crawling;

public sealed class PolitenessTests : IAsyncLifetime
{
    private const int Pages = 8;
    private readonly RunningFakeClock _clock = new();
    private readonly InMemoryCrawlStateStore _store = new();
    private readonly List<LocalSite> _sites = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var site in _sites)
        {
            await site.DisposeAsync();
        }

        await _clock.DisposeAsync();
    }

    public static TheoryData<double, string, double> RateCases => new()
    {
        // --rate 2: requests at least half a second apart, whatever the concurrency.
        { 2, "User-agent: *\nDisallow:\n", 0.5 },
        // A robots.txt Crawl-delay of 3 s is stricter than --rate 10, so it wins.
        { 10, "User-agent: *\nCrawl-delay: 3\n", 3 },
        // A Crawl-delay laxer than --rate does not speed the crawl up.
        { 1, "User-agent: JobTagger\nCrawl-delay: 0.1\n", 1 },
    };

    [Theory]
    [MemberData(nameof(RateCases))]
    public async Task Crawl_RateAndCrawlDelay_SpaceRequestsToOneHost(double rate, string robots, double minSeconds)
    {
        var site = await StartAsync(robots);
        var options = CrawlHarness.Options(site.Url("sitemap.xml")) with { RatePerSecond = rate, Concurrency = 8 };

        var (results, _) = await CrawlHarness.RunAsync(options, _store, _clock);

        Assert.Equal(Pages, results.Count);
        var times = site.Requests.Where(r => r.Path != "/robots.txt").Select(r => r.At).Order().ToList();
        Assert.Equal(Pages + 1, times.Count);

        // n requests spaced by the interval span (n - 1) intervals. The server sees when a request arrived, a little
        // after the limiter let it go, so the first and last may each be late by a bit: allow 0.25 s.
        var span = times[^1] - times[0];
        var least = TimeSpan.FromSeconds(minSeconds * (times.Count - 1)) - TimeSpan.FromSeconds(0.25);
        Assert.True(span >= least, $"{times.Count} requests in {span}, expected at least {least}");
    }

    public static TheoryData<int, CrawlOutcome> RobotsStatusCases => new()
    {
        // No robots.txt (404): everything allowed.
        { 404, CrawlOutcome.Stored },
        // A server error on robots.txt: RFC 9309 says assume everything disallowed.
        { 500, CrawlOutcome.DisallowedByRobots },
    };

    [Theory]
    [MemberData(nameof(RobotsStatusCases))]
    public async Task Crawl_RobotsTxtUnavailableOrUnreachable_AllowsOrDisallowsAll(int robotsStatus, CrawlOutcome expected)
    {
        var site = await StartAsync(robots: null, robotsStatus);
        var options = CrawlHarness.Options(site.Url("jobs/1")) with { MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(100) };

        await CrawlHarness.RunAsync(options, _store, _clock);

        Assert.Equal(expected, _store[site.Url("jobs/1").AbsoluteUri].Outcome);
    }

    [Fact]
    public async Task Crawl_IgnoreRobots_FetchesWhatRobotsTxtDisallows()
    {
        var site = await StartAsync("User-agent: *\nDisallow: /\n");
        var options = CrawlHarness.Options(site.Url("jobs/1")) with { IgnoreRobots = true };

        var (results, _) = await CrawlHarness.RunAsync(options, _store, _clock);

        Assert.Single(results);
        Assert.Equal(0, site.CountOf("/robots.txt"));
    }

    [Fact]
    public async Task Crawl_HostKeepsFailing_CircuitOpensAndSparesTheHost()
    {
        var site = await StartAsync(robots: "User-agent: *\n", jobStatus: 500);
        var options = CrawlHarness.Options(site.Url("sitemap.xml")) with
        {
            Concurrency = 1,
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            BreakerMinimumThroughput = 2,
            BreakerFailureRatio = 0.5,
            BreakerBreakDuration = TimeSpan.FromMinutes(10),
        };

        var (_, summary) = await CrawlHarness.RunAsync(options, _store, _clock);

        Assert.Equal(Pages, summary.Count(CrawlOutcome.Failed));
        Assert.True(summary.Failures.Count(f => f.Reason!.StartsWith("circuit open", StringComparison.Ordinal)) >= Pages - 1);
        Assert.True(site.Requests.Count(r => r.Path.StartsWith("/jobs/", StringComparison.Ordinal)) <= 2);
    }

    [Fact]
    public async Task Crawl_SiteRootWithoutSitemap_FollowsJobLinksOnTheSameHostWithinMaxPages()
    {
        var other = await StartAsync("User-agent: *\n");
        var site = await StartAsync("User-agent: *\n", rootLinks: ["/jobs/1", "/jobs/2", "/jobs/3", "/contact", other.Url("jobs/1").AbsoluteUri]);
        var options = CrawlHarness.Options(site.BaseUrl) with { MaxPages = 3 };

        var (results, summary) = await CrawlHarness.RunAsync(options, _store, _clock);

        // The root page counts as one of the three pages; /contact is not job-like, the other host is out of scope.
        Assert.Equal(2, results.Count);
        Assert.Equal(1, summary.Count(CrawlOutcome.NotAJobPage));
        Assert.Equal(1, site.CountOf("/sitemap.xml"));
        Assert.Equal(0, site.CountOf("/contact"));
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task Crawl_RedirectToAnotherHost_IsNotFollowedWithoutAllHosts()
    {
        var other = await StartAsync("User-agent: *\n");
        var site = await StartAsync("User-agent: *\n", redirectTo: other.Url("jobs/1"));

        await CrawlHarness.RunAsync(CrawlHarness.Options(site.Url("jobs/away")), _store, _clock);
        var withAllHosts = await CrawlHarness.RunAsync(CrawlHarness.Options(site.Url("jobs/away")) with { AllHosts = true }, new InMemoryCrawlStateStore(), _clock);

        Assert.Equal(CrawlOutcome.NotAJobPage, _store[site.Url("jobs/away").AbsoluteUri].Outcome);
        Assert.Contains("another host", _store[site.Url("jobs/away").AbsoluteUri].Reason, StringComparison.Ordinal);
        Assert.Single(withAllHosts.Results);
    }

    private async Task<LocalSite> StartAsync(
        string? robots, int robotsStatus = 200, int jobStatus = 200, string[]? rootLinks = null, Uri? redirectTo = null)
    {
        var site = await LocalSite.StartAsync(_clock.Time, (app, self) =>
        {
            app.MapGet("/robots.txt", () => robots is null ? Results.StatusCode(robotsStatus) : Results.Text(robots));
            app.MapGet("/sitemap.xml", () => rootLinks is null
                ? Results.Text(JobPages.UrlSet(self.BaseUrl, Enumerable.Range(1, Pages).Select(i => $"jobs/{i}")), "application/xml")
                : Results.NotFound());
            app.MapGet("/", () => Results.Content(JobPages.Html("Welcome", rootLinks ?? []).Replace("job-title", "banner", StringComparison.Ordinal), "text/html"));
            app.MapGet("/jobs/{id:int}", (HttpContext c, int id) =>
                jobStatus == 200 ? JobPages.ServeAsync(c, $"Director of Operations {id}") : Results.StatusCode(jobStatus).ExecuteAsync(c));
            app.MapGet("/jobs/away", () => redirectTo is null ? Results.NotFound() : Results.Redirect(redirectTo.AbsoluteUri));
        });
        _sites.Add(site);
        return site;
    }
}
