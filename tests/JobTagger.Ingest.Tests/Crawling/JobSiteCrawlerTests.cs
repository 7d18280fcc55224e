using JobTagger.Domain.Crawling;
using JobTagger.Ingest.Tests.Crawling.Server;

namespace JobTagger.Ingest.Tests.Crawling;

public sealed class JobSiteCrawlerTests : IAsyncLifetime
{
    private readonly RunningFakeClock _clock = new();
    private readonly FaultyJobSite _faults = new();
    private readonly InMemoryCrawlStateStore _store = new();
    private LocalSite _site = null!;

    public async Task InitializeAsync() => _site = await LocalSite.StartAsync(_clock.Time, _faults.Map);

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _clock.DisposeAsync();
    }

    [Fact]
    public async Task Crawl_FaultySite_EveryUrlEndsStoredOrReportedWithItsReason()
    {
        var (results, summary) = await CrawlHarness.RunAsync(CrawlHarness.Options(_site.BaseUrl), _store, _clock);

        var expected = new Dictionary<string, (CrawlOutcome Outcome, string? Reason)>
        {
            ["jobs/1"] = (CrawlOutcome.Stored, null),
            ["jobs/2"] = (CrawlOutcome.Stored, null),
            ["jobs/retry-after"] = (CrawlOutcome.Stored, null),
            ["jobs/throttled"] = (CrawlOutcome.Stored, null),
            ["jobs/slow-once"] = (CrawlOutcome.Stored, null),
            ["jobs/reset-once"] = (CrawlOutcome.Stored, null),
            ["careers/3"] = (CrawlOutcome.Stored, null),
            ["jobs/moved"] = (CrawlOutcome.Stored, null),
            ["jobs/linked"] = (CrawlOutcome.Stored, null),
            ["jobs/truncated"] = (CrawlOutcome.Failed, "truncated body"),
            ["jobs/loop"] = (CrawlOutcome.Failed, "redirect loop"),
            ["jobs/chain/0"] = (CrawlOutcome.Failed, "too many redirects (more than 5)"),
            ["jobs/huge"] = (CrawlOutcome.Failed, "response too large"),
            ["jobs/down"] = (CrawlOutcome.Failed, "HTTP 503 Service Unavailable after 4 attempts"),
            ["private/jobs/secret"] = (CrawlOutcome.DisallowedByRobots, "robots.txt disallows /private/jobs/secret"),
            ["about"] = (CrawlOutcome.NotAJobPage, "not a job page: no job title"),
            ["jobs/logo.png"] = (CrawlOutcome.NotAJobPage, "content type image/png is not an HTML page"),
            ["sitemap-index.xml"] = (CrawlOutcome.NotAJobPage, "sitemap index of 2 sitemaps"),
            ["sitemaps/pages.xml"] = (CrawlOutcome.NotAJobPage, "sitemap of 14 URLs"),
            ["sitemaps/more.xml.gz"] = (CrawlOutcome.NotAJobPage, "sitemap of 2 URLs"),
        };
        Assert.Equal(expected.Keys.Select(k => _site.Url(k).AbsoluteUri).Order(), _store.Records.Select(r => r.Url).Order());
        foreach (var (path, (outcome, reason)) in expected)
        {
            var record = _store[_site.Url(path).AbsoluteUri];
            Assert.True(outcome == record.Outcome, $"{path}: expected {outcome}, got {record.Outcome} ({record.Reason})");
            if (reason is not null)
            {
                Assert.Contains(reason, record.Reason, StringComparison.Ordinal);
            }
        }

        Assert.Equal(9, results.Count);
        Assert.All(results, r => Assert.NotNull(r.Posting));
        Assert.Equal(9, summary.Count(CrawlOutcome.Stored));
        Assert.Equal(5, summary.Failures.Count);
        Assert.Equal(0, _site.CountOf("/blog/post"));
    }

    [Fact]
    public async Task Crawl_FaultySite_HonoursRetryAfterAndNamesItself()
    {
        await CrawlHarness.RunAsync(CrawlHarness.Options(_site.BaseUrl), _store, _clock);

        var afterDelta = _site.TimesOf("/jobs/retry-after");
        Assert.Equal(2, afterDelta.Count);
        Assert.True(afterDelta[1] - afterDelta[0] >= TimeSpan.FromSeconds(5), $"retried after {afterDelta[1] - afterDelta[0]}");

        // The HTTP date has whole seconds, so "3 s from now" is between 2 and 3 s.
        var afterDate = _site.TimesOf("/jobs/throttled");
        Assert.Equal(2, afterDate.Count);
        Assert.True(afterDate[1] - afterDate[0] >= TimeSpan.FromSeconds(2), $"retried after {afterDate[1] - afterDate[0]}");

        Assert.Equal(4, _site.CountOf("/jobs/down"));
        Assert.All(_site.Requests, r => Assert.Equal("JobTagger/0.1 (+https://example.org/crawler)", r.UserAgent));
    }

    [Fact]
    public async Task Crawl_ReRun_RetriesFailuresAndGetsNotModifiedForStoredPages()
    {
        await CrawlHarness.RunAsync(CrawlHarness.Options(_site.BaseUrl), _store, _clock);
        _faults.Healed = true;
        var firstRunRequests = _site.Requests.Count;

        var (results, summary) = await CrawlHarness.RunAsync(CrawlHarness.Options(_site.BaseUrl), _store, _clock);

        Assert.Equal(CrawlOutcome.Stored, _store[_site.Url("jobs/truncated").AbsoluteUri].Outcome);
        Assert.Equal(CrawlOutcome.Stored, _store[_site.Url("jobs/down").AbsoluteUri].Outcome);
        Assert.Equal(CrawlOutcome.Unchanged, _store[_site.Url("jobs/1").AbsoluteUri].Outcome);
        Assert.Equal(304, _store[_site.Url("jobs/1").AbsoluteUri].Status);
        Assert.Equal(CrawlOutcome.Failed, _store[_site.Url("jobs/loop").AbsoluteUri].Outcome);
        Assert.Equal(["COO, back up", "COO, whole at last"], results.Select(r => r.Posting!.Title).Order());
        Assert.Equal(8, summary.Count(CrawlOutcome.Unchanged));
        Assert.Contains(_site.Requests.Skip(firstRunRequests), r => r.Path == "/jobs/1" && r.IfNoneMatch == "\"v1-jobs-1\"");
    }

    [Fact]
    public async Task Crawl_Cancelled_LeavesInFlightUrlsPendingAndAReRunFinishesThem()
    {
        using var cancel = new CancellationTokenSource();
        var options = CrawlHarness.Options(_site.BaseUrl) with { RatePerSecond = 2 };
        var crawler = new Ingest.Crawling.JobSiteCrawler(options, _store, new MarkerJobPageReader(), _clock.Time);
        var taken = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in crawler.ReadAsync(cancel.Token))
            {
                if (++taken == 2)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(2, taken);
        Assert.Equal(1, _store.Records.Count(r => r.Outcome == CrawlOutcome.Stored));
        Assert.Contains(_store.Records, r => r.Outcome == CrawlOutcome.Pending);

        await CrawlHarness.RunAsync(CrawlHarness.Options(_site.BaseUrl), _store, _clock);

        Assert.DoesNotContain(_store.Records, r => r.Outcome == CrawlOutcome.Pending);
        Assert.Equal(9, _store.Records.Count(r => r.Outcome is CrawlOutcome.Stored or CrawlOutcome.Unchanged));
    }
}
