using JobTagger.Domain.Errors;

namespace JobTagger.Ingest.Crawling;

/// <summary>
/// How a crawl runs: where it starts, how far it goes and how politely. Validated once, all problems together, by
/// <see cref="Validate"/>; the defaults are the polite ones (1 request per second per host, robots.txt obeyed).
/// </summary>
public sealed record CrawlOptions
{
    /// <summary>Page URLs, sitemaps or site roots to start from.</summary>
    public required IReadOnlyList<Uri> Seeds { get; init; }

    /// <summary>At most this many pages are fetched (sitemaps and robots.txt do not count).</summary>
    public int MaxPages { get; init; } = 1000;

    /// <summary>Requests per second per host; 0 means no rate limit. A stricter robots.txt Crawl-delay wins.</summary>
    public double RatePerSecond { get; init; } = 1.0;

    /// <summary>Fetch workers, and the most requests in flight to one host.</summary>
    public int Concurrency { get; init; } = 4;

    public bool IgnoreRobots { get; init; }

    /// <summary>Follow job-looking links to other hosts too.</summary>
    public bool AllHosts { get; init; }

    /// <summary>The User-Agent product token robots.txt groups are matched against.</summary>
    public string ProductToken { get; init; } = "JobTagger";

    /// <summary>The whole User-Agent header; null means <c>JobTagger/0.1 (+contact)</c>.</summary>
    public string? UserAgent { get; init; }

    /// <summary>Where a site owner can reach whoever runs the crawl; put in the User-Agent.</summary>
    public Uri? Contact { get; init; }

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan OverallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A longer Retry-After than this is cut down to it, so a hostile server cannot park the crawl.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxResponseBytes { get; init; } = 5L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>The share of failed attempts (within <see cref="BreakerSamplingDuration"/>) that opens a host's circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.8;

    public int BreakerMinimumThroughput { get; init; } = 20;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The User-Agent header sent with every request.</summary>
    public string EffectiveUserAgent =>
        UserAgent ?? (Contact is null ? $"{ProductToken}/0.1" : $"{ProductToken}/0.1 (+{Contact})");

    /// <summary>Every problem with these options; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Seeds is null || Seeds.Count == 0)
        {
            problems.Add("at least one start URL is needed");
        }
        else
        {
            problems.AddRange(Seeds
                .Where(s => !s.IsAbsoluteUri || (s.Scheme != Uri.UriSchemeHttp && s.Scheme != Uri.UriSchemeHttps))
                .Select(s => $"{s}: only absolute http and https URLs can be crawled"));
        }

        Check(problems, MaxPages > 0, "--max-pages must be at least 1");
        Check(problems, RatePerSecond >= 0 && double.IsFinite(RatePerSecond), "--rate must be 0 (no limit) or a positive number of requests per second");
        Check(problems, Concurrency is > 0 and <= 256, "--concurrency must be between 1 and 256");
        Check(problems, !string.IsNullOrWhiteSpace(ProductToken) && ProductToken.All(c => char.IsAsciiLetter(c) || c is '-' or '_'), "the product token must be letters, '-' or '_'");
        Check(problems, UserAgent is null || (UserAgent.Length > 0 && UserAgent.All(c => c is >= ' ' and <= '~')), "--user-agent must be printable ASCII");
        Check(problems, Contact is null || (Contact.IsAbsoluteUri && Contact.Scheme is "http" or "https" or "mailto"), "--contact must be an absolute http, https or mailto URL");
        Check(problems, AttemptTimeout > TimeSpan.Zero && OverallTimeout >= AttemptTimeout, "timeouts must be positive and the overall one at least the per-attempt one");
        Check(problems, MaxRetries is >= 0 and <= 10, "retries must be between 0 and 10");
        Check(problems, RetryBaseDelay >= TimeSpan.Zero && MaxRetryAfter >= TimeSpan.Zero, "retry delays cannot be negative");
        Check(problems, MaxResponseBytes > 0, "the response size cap must be positive");
        Check(problems, MaxRedirects is >= 0 and <= 20, "the redirect cap must be between 0 and 20");
        Check(problems, BreakerFailureRatio is > 0 and <= 1 && BreakerMinimumThroughput >= 2, "the circuit breaker needs a failure ratio in (0, 1] and a throughput of at least 2");
        Check(problems, BreakerSamplingDuration >= TimeSpan.FromMilliseconds(500) && BreakerBreakDuration >= TimeSpan.FromMilliseconds(500), "circuit breaker durations must be at least 0.5 s");
        return problems;
    }

    /// <summary>Throws one <see cref="JobTaggerException"/> listing every problem, if there are any.</summary>
    public void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw JobTaggerException.InvalidData("crawl options", string.Join("; ", problems));
        }
    }

    private static void Check(List<string> problems, bool ok, string problem)
    {
        if (!ok)
        {
            problems.Add(problem);
        }
    }
}
