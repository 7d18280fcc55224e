namespace JobTagger.Domain.Postings;

/// <summary>
/// One job posting, normalized from whatever source it came from. Text fields are clean text (no HTML);
/// paragraph and bullet breaks in <see cref="Description"/> are kept as newlines.
/// </summary>
public sealed record JobPosting
{
    /// <summary>Stable identity: the source's own id where there is one, else a content hash (see <see cref="PostingIdentity"/>).</summary>
    public required string Id { get; init; }

    /// <summary>Where the posting was read from: a feed name, a file name or a host (for example <c>jobs.jsonl</c>, <c>greenhouse</c>).</summary>
    public required string Source { get; init; }

    /// <summary>The source's own identifier for the posting, if it has one.</summary>
    public string? SourceId { get; init; }

    public string? Url { get; init; }

    public required string Title { get; init; }

    public string? Company { get; init; }

    public string? Location { get; init; }

    /// <summary>True when the posting says the work is remote (for example schema.org <c>jobLocationType: TELECOMMUTE</c>).</summary>
    public bool IsRemote { get; init; }

    public DateTimeOffset? PostedAt { get; init; }

    public DateTimeOffset? ValidThrough { get; init; }

    public string? EmploymentType { get; init; }

    public SalaryRange? Salary { get; init; }

    public required string Description { get; init; }

    /// <summary>Skills the source itself listed (schema.org <c>skills</c>), as given.</summary>
    public IReadOnlyList<string> SourceSkills { get; init; } = [];

    public string? OccupationalCategory { get; init; }

    /// <summary>How the posting was read: <c>jsonl</c>, <c>csv</c>, <c>json-ld</c>, <c>microdata</c>, <c>html-fallback</c>, <c>greenhouse</c> ...</summary>
    public string? ExtractionMethod { get; init; }
}
