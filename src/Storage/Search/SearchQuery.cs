using JobTagger.Domain.Postings;

namespace JobTagger.Storage.Search;

/// <summary>
/// A "find your dream job" search: what (free text, searched safely whatever it holds) and where, plus filters.
/// An empty <see cref="What"/> lists the newest matching postings.
/// </summary>
public sealed record SearchQuery
{
    public string? What { get; init; }

    /// <summary>City, region or country, matched tolerantly ("Austin, TX", "austin"), or "remote".</summary>
    public string? Where { get; init; }

    public Role? Role { get; init; }

    /// <summary>Skill ids or names; a posting must have all of them.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    public bool RemoteOnly { get; init; }

    public TimeSpan? PostedWithin { get; init; }

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }
}
