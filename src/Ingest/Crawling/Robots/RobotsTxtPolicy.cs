namespace JobTagger.Ingest.Crawling.Robots;

/// <summary>
/// What one site's robots.txt lets our crawler do (RFC 9309): the rules of the group for our product token (or the
/// <c>*</c> group), the crawl delay it asks for, and the sitemaps it lists.
/// </summary>
internal sealed class RobotsTxtPolicy
{
    private readonly IReadOnlyList<RobotsRule> _rules;
    private readonly bool _disallowAll;

    private RobotsTxtPolicy(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<Uri> sitemaps, bool disallowAll, string origin)
    {
        _rules = rules;
        _disallowAll = disallowAll;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        Origin = origin;
    }

    /// <summary>An absent robots.txt (a 4xx answer): everything is allowed.</summary>
    public static RobotsTxtPolicy AllowAll { get; } = new([], null, [], disallowAll: false, "robots.txt unavailable (4xx): all allowed");

    /// <summary>Where the policy came from, for reasons shown to the user.</summary>
    public string Origin { get; }

    public TimeSpan? CrawlDelay { get; }

    public IReadOnlyList<Uri> Sitemaps { get; }

    /// <summary>An unreachable robots.txt (5xx or a network failure): RFC 9309 says assume complete disallow.</summary>
    public static RobotsTxtPolicy DisallowAll(string why) => new([], null, [], disallowAll: true, why);

    /// <summary>Reads robots.txt text for the crawler whose product token is <paramref name="productToken"/>.</summary>
    public static RobotsTxtPolicy Parse(string text, string productToken, Uri robotsUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(productToken);
        ArgumentNullException.ThrowIfNull(robotsUrl);
        var file = RobotsTxtParser.Parse(text, robotsUrl);
        var group = file.GroupFor(productToken);
        return new RobotsTxtPolicy(group.Rules, group.CrawlDelay, file.Sitemaps, disallowAll: false, $"{robotsUrl}");
    }

    /// <summary>Whether the URL may be fetched. The longest matching rule wins; on a tie Allow wins.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.PathAndQuery;

        // The robots.txt file itself is always allowed (RFC 9309 section 2.2.2).
        if (path == "/robots.txt")
        {
            return true;
        }

        if (_disallowAll)
        {
            return false;
        }

        return IsAllowed(path);
    }

    /// <summary>The rule decision for an already escaped path and query.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (_disallowAll)
        {
            return false;
        }

        RobotsRule? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Pattern.Matches(pathAndQuery))
            {
                continue;
            }

            if (best is not { } current
                || rule.Pattern.Length > current.Pattern.Length
                || (rule.Pattern.Length == current.Pattern.Length && rule.Allow && !current.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }
}
