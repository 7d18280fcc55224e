using JobTagger.Domain.Postings;

namespace JobTagger.Storage.Search;

/// <summary>
/// One search result. In <see cref="Snippet"/> the matched words are wrapped in <see cref="HighlightStart"/> and
/// <see cref="HighlightEnd"/> (STX/ETX control characters), so each front end renders its own highlight after
/// escaping the text (the web page: <c>&lt;mark&gt;</c>; the terminal: bold).
/// </summary>
public sealed record SearchHit
{
    public const char HighlightStart = '\u0002';
    public const char HighlightEnd = '\u0003';

    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Company { get; init; }

    public string? Location { get; init; }

    public Role? Role { get; init; }

    public double? CeoProbability { get; init; }

    /// <summary>Skill names, most evidence first.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Relevance: higher is better (the tier the words were found in: title 10, title/company/skills 4, description 1); 0 for a listing without a text query.</summary>
    public double Score { get; init; }

    public string Snippet { get; init; } = string.Empty;

    public string? Url { get; init; }

    public DateTimeOffset? PostedAt { get; init; }
}
