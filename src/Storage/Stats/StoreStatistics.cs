namespace JobTagger.Storage.Stats;

/// <summary>What the database holds: postings by role and source, the top skills, rejects, crawl outcomes, model versions.</summary>
public sealed record StoreStatistics
{
    public required int Postings { get; init; }

    /// <summary>Postings per role ("coo", "ceo", "unclassified").</summary>
    public required IReadOnlyList<NamedCount> ByRole { get; init; }

    /// <summary>Postings per source they were seen in (a posting seen in two sources counts in both).</summary>
    public required IReadOnlyList<NamedCount> BySource { get; init; }

    public required IReadOnlyList<NamedCount> TopSkills { get; init; }

    public required int Rejects { get; init; }

    public required IReadOnlyList<NamedCount> CrawlOutcomes { get; init; }

    /// <summary>The most recent failed crawls: URL and reason.</summary>
    public required IReadOnlyList<NamedCount> RecentCrawlFailures { get; init; }

    public required IReadOnlyList<NamedCount> ModelVersions { get; init; }
}
