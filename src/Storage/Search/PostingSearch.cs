using JobTagger.Domain.Postings;
using JobTagger.Storage.Reading;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Search;

/// <summary>
/// Dream-job search over FTS5: postings with the words in the title first, then in title, company and skills (the
/// small head index), then anywhere in the description, newest first within each; the last word prefix-matched; snippets with STX/ETX highlight markers. Without words, the newest matching postings. Each call uses
/// its own pooled connection.
/// </summary>
internal sealed partial class PostingSearch(StoreConnections connections, TimeProvider time) : IPostingSearch
{
    private const int SnippetTokens = 24;
    private const int ListingSnippetChars = 200;

    /// <summary>Counting stops here: an exact count of 200,000 broad matches costs more than the page itself.</summary>
    internal int CountCap { get; init; } = 10_000;

    private const string HitColumns = """
        p.id, p.title, p.company, p.location, p.role, p.ceo_probability, p.skills_text, p.url, p.posted_at
        """;

    public async Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        var (whereParts, remote) = FtsMatch.Where(query.Where);
        var words = FtsMatch.Build(query.What, []);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var ranked = words is not null;
        var conditions = FilterSql.Conditions(command, PostingFilter.From(query), remote, time.GetUtcNow(), textDriven: ranked);
        var place = string.Empty;
        if (FtsMatch.Build(null, whereParts) is { } location)
        {
            // Places are matched on the head index: its location_key doclists hold no description words.
            command.Parameters.AddWithValue("$place", location);
            place = " AND f.pk IN (SELECT rowid FROM postings_head WHERE postings_head MATCH $place)";
        }

        if (!ranked)
        {
            return await ListAsync(command, query, place + conditions, cancellationToken);
        }

        command.Parameters.AddWithValue("$words", words);
        return await RankAsync(command, query, words!, FtsMatch.Build(null, whereParts), place, conditions, cancellationToken);
    }

    /// <summary>No words: the facets' date index drives, newest first; the wide row is read only for the page.</summary>
    private async Task<SearchPage> ListAsync(SqliteCommand command, SearchQuery query, string conditions, CancellationToken ct)
    {
        var from = $"FROM posting_facets f WHERE 1 = 1{conditions}";
        if (conditions.Contains(" IN (", StringComparison.Ordinal) && await ListSelectiveAsync(command, query, from, ct) is { } selective)
        {
            return selective;
        }

        var (total, capped) = await CountAsync(command, "SELECT 1 " + from, ct);
        var hits = new List<SearchHit>(Math.Min(query.Limit, 100));
        if (total > query.Offset)
        {
            command.Parameters.AddWithValue("$limit", query.Limit);
            command.Parameters.AddWithValue("$offset", query.Offset);
            command.CommandText = $"""
                SELECT {HitColumns}, substr(p.description, 1, {ListingSnippetChars + 40}), 0.0
                FROM (SELECT f.pk, f.posted_at, f.last_seen {from} ORDER BY f.posted_at DESC, f.last_seen DESC, f.pk DESC
                      LIMIT $limit OFFSET $offset) AS page
                JOIN postings p ON p.pk = page.pk
                ORDER BY page.posted_at DESC, page.last_seen DESC, page.pk DESC
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                hits.Add(ReadHit(reader, listing: true));
            }
        }

        return new SearchPage(hits, total) { TotalIsCapped = capped };
    }

    /// <summary>
    /// A place or skill filter reads posting lists (a skill's can hold 40,000 postings): counting and paging in two
    /// statements built them twice. One statement reads the matching facets (driven by the lists), sorted here; null
    /// when there are too many to sort, and the two-statement listing runs.
    /// </summary>
    private async Task<SearchPage?> ListSelectiveAsync(SqliteCommand command, SearchQuery query, string from, CancellationToken ct)
    {
        command.CommandText = $"SELECT f.pk, f.posted_at, f.last_seen {from} LIMIT {CountCap}";
        var rows = new List<(long Pk, string? Posted, string LastSeen)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
            }
        }

        if (rows.Count >= CountCap)
        {
            return null;
        }

        // As ORDER BY posted_at DESC, last_seen DESC, pk DESC (BINARY text order; a missing date sorts last).
        rows.Sort((a, b) => (string.CompareOrdinal(b.Posted, a.Posted), string.CompareOrdinal(b.LastSeen, a.LastSeen), b.Pk.CompareTo(a.Pk)) switch
        {
            (not 0 and var c, _, _) => c,
            (_, not 0 and var c, _) => c,
            var (_, _, c) => c,
        });
        var page = rows.Skip(query.Offset).Take(query.Limit).Select(r => r.Pk).ToList();
        var hits = new Dictionary<long, SearchHit>(page.Count);
        if (page.Count > 0)
        {
            command.CommandText = $"""
                SELECT {HitColumns}, substr(p.description, 1, {ListingSnippetChars + 40}), p.pk
                FROM postings p WHERE p.pk IN ({string.Join(',', page.Select(pk => pk.ToString(System.Globalization.CultureInfo.InvariantCulture)))})
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                hits[reader.GetInt64(10)] = ReadHit(reader, listing: true);
            }
        }

        return new SearchPage([.. page.Where(hits.ContainsKey).Select(pk => hits[pk])], rows.Count);
    }

    private async Task<(int Total, bool Capped)> CountAsync(SqliteCommand command, string select, CancellationToken ct)
    {
        command.CommandText = $"SELECT count(*) FROM ({select} LIMIT {CountCap})";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return (total, total >= CountCap);
    }

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
