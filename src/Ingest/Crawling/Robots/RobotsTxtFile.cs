namespace JobTagger.Ingest.Crawling.Robots;

/// <summary>A parsed robots.txt: its groups and the sitemaps it lists.</summary>
internal sealed record RobotsTxtFile(IReadOnlyList<RobotsGroup> Groups, IReadOnlyList<Uri> Sitemaps)
{
    /// <summary>
    /// The rules for a product token: every group naming it, merged (RFC 9309 section 2.2.1); else every <c>*</c>
    /// group, merged; else no rules at all.
    /// </summary>
    public (IReadOnlyList<RobotsRule> Rules, TimeSpan? CrawlDelay) GroupFor(string productToken)
    {
        var token = productToken.ToLowerInvariant();
        var matching = Groups.Where(g => g.Agents.Contains(token)).ToList();
        if (matching.Count == 0)
        {
            matching = [.. Groups.Where(g => g.Agents.Contains("*"))];
        }

        var rules = matching.SelectMany(g => g.Rules).ToList();
        var delay = matching.Select(g => g.CrawlDelay).Where(d => d is not null).Max();
        return (rules, delay);
    }
}
