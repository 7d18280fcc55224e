using JobTagger.Domain.Postings;
using JobTagger.Storage.Reading;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Search;

/// <summary>
/// Dream-job search over FTS5: postings with the words in the title first, then in title, company and skills (the
/// small head index), then anywhere in the description, newest first within each; the last word, while typed, also
/// matches the indexed words it may become; description snippets with STX/ETX highlight markers. Without words, the newest matching
/// postings. Each call uses its own pooled connection.
/// </summary>
internal sealed partial class PostingSearch(StoreConnections connections, TimeProvider time) : IPostingSearch
{
    private const int SnippetTokens = 24;
    private const int ListingSnippetChars = 200;

    /// <summary>A word being typed matches at most this many indexed words (the most used): "co" starts hundreds.</summary>
    private const int MaxCompletions = 10;

    /// <summary>Fewer postings than this with a skill: the skill's posting list drives (see <see cref="SkillFiltersAsync"/>).</summary>
    internal int RareSkill { get; init; } = 2000;

    private readonly CompletionSource _completions = new(connections, time);

    /// <summary>Counting stops here: an exact count of 200,000 broad matches costs more than the page itself.</summary>
    internal int CountCap { get; init; } = 1_000;

    private const string HitColumns = """
        p.id, p.title, p.company, p.location, p.role, p.ceo_probability, p.skills_text, p.url, p.posted_at
        """;

    public async Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        var (whereParts, remote) = FtsMatch.Where(query.Where);
        var typed = FtsMatch.Typed(query.What);
        var completions = typed is null ? [] : (await _completions.GetAsync(cancellationToken)).Complete(typed, MaxCompletions);
        var words = FtsMatch.Build(query.What, [], completions);
        var location = FtsMatch.Build(null, whereParts);
        var filter = PostingFilter.From(query);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var skills = await SkillFiltersAsync(connection, FilterSql.Names(filter), cancellationToken);
        if (skills.Any(s => s.Postings == 0))
        {
            // No posting has that skill: nothing to walk the index for.
            return new SearchPage([], 0);
        }

        await using var command = connection.CreateCommand();
        var facets = FilterSql.Facets(command, filter, remote, time.GetUtcNow());
        var rare = skills.Where(s => s.Postings < RareSkill).Select(s => s.Given).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (listed, checkedEach) = FilterSql.SkillParts(command, filter, rare);
        if (words is null)
        {
            var common = skills.Where(s => !rare.Contains(s.Given)).ToList();
            return location is null && common.Count == 0
                ? await ListAsync(command, query, facets + listed + checkedEach, cancellationToken)
                : await ListMatchedAsync(command, query, location, common, facets + listed, checkedEach, cancellationToken);
        }

        command.Parameters.AddWithValue("$words", words);
        return await RankAsync(command, query, words, location, facets + listed + checkedEach,
            SnippetTerms(query.What, typed, completions), cancellationToken);
    }

    /// <summary>
    /// How many postings have each skill, counted up to <see cref="RareSkill"/> (index entries only): a rare skill's
    /// posting list is small enough to build, a common one is cheaper checked posting by posting. With it, the stored
    /// name of the skill when the filter is its id: the id's words need not be the name's ("p-and-l-management",
    /// "P&amp;L management").
    /// </summary>
    private async Task<List<SkillFilter>> SkillFiltersAsync(SqliteConnection connection, IReadOnlyList<string> skills, CancellationToken ct)
    {
        var filters = new List<SkillFilter>(skills.Count);
        foreach (var skill in skills)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT (SELECT count(*) FROM (SELECT posting_pk FROM posting_skills WHERE skill_id = $skill COLLATE NOCASE
                            UNION ALL SELECT posting_pk FROM posting_skills WHERE name = $skill COLLATE NOCASE LIMIT {Math.Max(RareSkill, 1)})),
                       (SELECT name FROM posting_skills WHERE skill_id = $skill COLLATE NOCASE LIMIT 1)
                """;
            command.Parameters.AddWithValue("$skill", skill);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            filters.Add(new SkillFilter(skill, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(0)));
        }

        return filters;
    }

    /// <summary>A skill filter as given, the stored name when it is a skill's id, and how many postings have it (capped).</summary>
    private sealed record SkillFilter(string Given, string? StoredName, int Postings);

    public async Task<PostingDetail?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PostingRecordReader.Columns} FROM postings p WHERE p.id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? PostingRecordReader.Read(reader) : null;
    }

    private static SearchHit ReadHit(SqliteDataReader r, bool listing, string? snippet = null, double score = 0)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var start = listing && !r.IsDBNull(9) ? r.GetString(9) : string.Empty;
        return new SearchHit
        {
            Id = r.GetString(0),
            Title = r.GetString(1),
            Company = Text(2),
            Location = Text(3),
            Role = Text(4) switch { "ceo" => Role.Ceo, "coo" => Role.Coo, _ => null },
            CeoProbability = r.IsDBNull(5) ? null : r.GetDouble(5),
            Skills = Text(6) is { Length: > 0 } skills ? skills.Split("; ") : [],
            Url = Text(7),
            PostedAt = Text(8) is { } posted ? StoredTime.Read(posted) : null,
            Snippet = listing ? Shorten(start) : snippet ?? string.Empty,
            Score = score,
        };
    }

    /// <summary>The start of a description for a listing, cut at a word boundary.</summary>
    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (flat.Length <= ListingSnippetChars)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', ListingSnippetChars);
        return string.Concat(flat.AsSpan(0, cut > ListingSnippetChars / 2 ? cut : ListingSnippetChars), "…");
    }
}
