using JobTagger.Domain.Postings;

namespace JobTagger.Storage.Search;

/// <summary>The filters of a search without its text and paging: what export, stats and listing share.</summary>
public sealed record PostingFilter
{
    /// <summary>City, region or country, matched tolerantly ("Austin, TX", "austin"), or "remote".</summary>
    public string? Where { get; init; }

    public Role? Role { get; init; }

    /// <summary>Skill ids or names, case-insensitive; a posting must have all of them.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    public bool RemoteOnly { get; init; }

    /// <summary>Only postings whose posted date is within this span before now (the store's clock).</summary>
    public TimeSpan? PostedWithin { get; init; }

    public static PostingFilter From(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new PostingFilter
        {
            Where = query.Where,
            Role = query.Role,
            Skills = query.Skills,
            RemoteOnly = query.RemoteOnly,
            PostedWithin = query.PostedWithin,
        };
    }
}
