namespace JobTagger.Domain.Crawling;

/// <summary>How a crawled URL ended. Every URL the crawler meets ends in exactly one of these.</summary>
public enum CrawlOutcome
{
    /// <summary>Queued or in flight; a re-run picks it up.</summary>
    Pending,

    /// <summary>Fetched, a posting extracted and stored.</summary>
    Stored,

    /// <summary>The server said 304 Not Modified (or the body hash was unchanged).</summary>
    Unchanged,

    /// <summary>Fetched, but the page holds no job posting; the reason says why.</summary>
    NotAJobPage,

    /// <summary>robots.txt disallows it for our User-Agent.</summary>
    DisallowedByRobots,

    /// <summary>Gave up after retries: the final status and reason are kept, and a re-run retries it.</summary>
    Failed,
}
