using JobTagger.Ingest.Crawling.Frontier;

namespace JobTagger.Ingest.Tests.Crawling.Frontier;

public class UrlNormalizerTests
{
    private static readonly Uri Page = new("http://Jobs.Example.com/careers/index.html");

    public static TheoryData<string, string?> Cases => new()
    {
        // Relative links resolve against the page; the host is lower-cased.
        { "ops-director", "http://jobs.example.com/careers/ops-director" },
        // Fragments are dropped: they name a place in the same document.
        { "/jobs/1#apply", "http://jobs.example.com/jobs/1" },
        // Default ports are dropped, others kept.
        { "HTTP://JOBS.EXAMPLE.COM:80/jobs/2", "http://jobs.example.com/jobs/2" },
        { "https://jobs.example.com:8443/jobs/3", "https://jobs.example.com:8443/jobs/3" },
        // Path and query keep their case.
        { "/Jobs/COO?Ref=A", "http://jobs.example.com/Jobs/COO?Ref=A" },
        // Only http and https are crawled.
        { "mailto:hr@example.com", null },
        { "javascript:void(0)", null },
        { "ftp://example.com/jobs.txt", null },
        // Credentials in links are refused.
        { "http://user:pass@example.com/jobs/1", null },
        { "   ", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryNormalize_Link_GivesTheCanonicalUrlOrRefuses(string href, string? expected)
    {
        var ok = UrlNormalizer.TryNormalize(Page, href, out var url);

        Assert.Equal(expected is not null, ok);
        if (expected is not null)
        {
            Assert.Equal(expected, url.AbsoluteUri);
        }
    }

    public static TheoryData<string, bool> JobLinkCases => new()
    {
        { "http://x.test/jobs/123", true },
        { "http://x.test/careers/ops", true },
        { "http://x.test/en/job-openings/coo", true },
        { "http://x.test/open-positions", true },
        { "http://x.test/vacancies/9", true },
        { "http://x.test/about", false },
        // The query does not count: /search?q=jobs is a search page.
        { "http://x.test/search?q=jobs", false },
    };

    [Theory]
    [MemberData(nameof(JobLinkCases))]
    public void LooksLikeJobPage_Path_DecidesWhetherALinkIsFollowed(string url, bool expected)
    {
        Assert.Equal(expected, JobLinkFilter.LooksLikeJobPage(new Uri(url)));
    }

    [Fact]
    public void Extract_Page_ReadsLinksAgainstBaseHrefAndSkipsNofollow()
    {
        const string html = """
            <html><head><base href="https://jobs.example.com/en/"></head><body>
            <a href="jobs/1">One</a> <a href="/jobs/2" rel="nofollow">Two</a> <a href="mailto:x@y.z">Mail</a>
            <a href="https://other.example.org/jobs/3?a=1&amp;b=2">Three</a>
            </body></html>
            """;

        var links = LinkExtractor.Extract(html, new Uri("https://jobs.example.com/"));

        Assert.Equal(["https://jobs.example.com/en/jobs/1", "https://other.example.org/jobs/3?a=1&b=2"], links.Select(l => l.AbsoluteUri));
    }
}
