namespace JobTagger.Ingest.Crawling.Robots;

/// <summary>One robots.txt group while it is parsed: the user agents it names and their rules.</summary>
internal sealed class RobotsGroup
{
    public List<string> Agents { get; } = [];

    public List<RobotsRule> Rules { get; } = [];

    public TimeSpan? CrawlDelay { get; set; }
}
