using System.Text;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;

namespace JobTagger.Web.Api;

/// <summary>
/// One hit as the API writes it: the fields of <c>jobtagger search --json</c> (the snippet as plain text) plus
/// <see cref="PostedAt"/> and <see cref="Highlights"/>, the <c>[start, length]</c> of each matched word in the snippet.
/// </summary>
internal sealed record ApiHit
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Company { get; init; }

    public string? Location { get; init; }

    public Role? Role { get; init; }

    public double? CeoProbability { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public double Score { get; init; }

    public string Snippet { get; init; } = string.Empty;

    public string? Url { get; init; }

    public DateTimeOffset? PostedAt { get; init; }

    public IReadOnlyList<int[]> Highlights { get; init; } = [];

    public static ApiHit From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var (snippet, highlights) = Unmark(hit.Snippet);
        return new ApiHit
        {
            Id = hit.Id,
            Title = hit.Title,
            Company = hit.Company,
            Location = hit.Location,
            Role = hit.Role,
            CeoProbability = hit.CeoProbability,
            Skills = hit.Skills,
            Score = hit.Score,
            Snippet = snippet,
            Url = hit.Url,
            PostedAt = hit.PostedAt,
            Highlights = highlights,
        };
    }

    /// <summary>The snippet without its STX/ETX markers, and where the marked words are in the result.</summary>
    public static (string Text, IReadOnlyList<int[]> Highlights) Unmark(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var text = new StringBuilder(snippet.Length);
        var highlights = new List<int[]>();
        var openedAt = -1;
        foreach (var c in snippet)
        {
            if (c == SearchHit.HighlightStart)
            {
                openedAt = openedAt < 0 ? text.Length : openedAt;
            }
            else if (c == SearchHit.HighlightEnd)
            {
                if (openedAt >= 0 && text.Length > openedAt)
                {
                    highlights.Add([openedAt, text.Length - openedAt]);
                }

                openedAt = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        return (text.ToString(), highlights);
    }
}
