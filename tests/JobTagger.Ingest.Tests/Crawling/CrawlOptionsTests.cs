using JobTagger.Domain.Errors;
using JobTagger.Ingest.Crawling;

namespace JobTagger.Ingest.Tests.Crawling;

public class CrawlOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreUsableAndPolite()
    {
        var options = new CrawlOptions { Seeds = [new Uri("https://jobs.example.com/")], Contact = new Uri("https://example.org/bot") };

        Assert.Empty(options.Validate());
        Assert.Equal(1.0, options.RatePerSecond);
        Assert.Equal("JobTagger/0.1 (+https://example.org/bot)", options.EffectiveUserAgent);
    }

    [Fact]
    public void ThrowIfInvalid_SeveralProblems_ReportsThemAllInOneMessage()
    {
        var options = new CrawlOptions
        {
            Seeds = [new Uri("ftp://example.com/jobs")],
            MaxPages = 0,
            RatePerSecond = -1,
            Concurrency = 0,
        };

        var error = Assert.Throws<JobTaggerException>(options.ThrowIfInvalid);

        Assert.Contains("only absolute http and https", error.Message, StringComparison.Ordinal);
        Assert.Contains("--max-pages", error.Message, StringComparison.Ordinal);
        Assert.Contains("--rate", error.Message, StringComparison.Ordinal);
        Assert.Contains("--concurrency", error.Message, StringComparison.Ordinal);
    }
}
