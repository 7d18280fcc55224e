using System.Globalization;

namespace JobTagger.Ingest.Crawling.Robots;

/// <summary>
/// Splits robots.txt into groups (consecutive <c>User-agent</c> lines, then their rules) and global <c>Sitemap</c>
/// lines. Unknown keys and malformed lines are skipped, as RFC 9309 asks of a parser.
/// </summary>
internal static class RobotsTxtParser
{
    // Google reads at least 500 KiB; RFC 9309 asks for at least 500 kibibytes. Anything after that is ignored.
    public const int MaxBytes = 512 * 1024;

    public static RobotsTxtFile Parse(string text, Uri robotsUrl)
    {
        var groups = new List<RobotsGroup>();
        var sitemaps = new List<Uri>();
        RobotsGroup? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToUpperInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "USER-AGENT":
                    if (current is null || !lastWasAgent)
                    {
                        current = new RobotsGroup();
                        groups.Add(current);
                    }

                    current.Agents.Add(AgentToken(value));
                    lastWasAgent = true;
                    continue;
                case "ALLOW" or "DISALLOW" when current is not null:
                    // An empty Disallow means "nothing disallowed": it adds no rule.
                    if (value.Length > 0)
                    {
                        current.Rules.Add(new RobotsRule(key == "ALLOW", RobotsPathPattern.Parse(value)));
                    }

                    break;
                case "CRAWL-DELAY" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                        && seconds >= 0 && seconds <= 86_400)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
                case "SITEMAP":
                    if (Uri.TryCreate(robotsUrl, value, out var sitemap) && sitemap.Scheme is "http" or "https")
                    {
                        sitemaps.Add(sitemap);
                    }

                    break;
                default:
                    break;
            }

            lastWasAgent = false;
        }

        return new RobotsTxtFile(groups, sitemaps);
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    // "Googlebot/2.1 (+http://...)" names the product token "googlebot": letters, '-' and '_' (RFC 9309 section 2.2.1).
    private static string AgentToken(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_' or '*'))
        {
            end++;
        }

        return value[..end].ToLowerInvariant();
    }
}
