using JobTagger.Domain.Postings;
using JobTagger.Storage.Reading;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Search;

/// <summary>
/// Dream-job search over FTS5: BM25 with the title weighted above the body, the last word prefix-matched, snippets with
/// STX/ETX highlight markers; without words, the newest matching postings. Each call uses its own pooled connection.
/// </summary>
internal sealed class PostingSearch(StoreConnections connections, TimeProvider time) : IPostingSearch
{
    private const int SnippetTokens = 24;
    private const int ListingSnippetChars = 200;

    /// <summary>How many of the newest matches a broad query ranks (see <see cref="RankFloorAsync"/>).</summary>
    internal int RankWindow { get; init; } = 2000;

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
        var ranked = FtsMatch.Build(query.What, []) is not null;
        var match = FtsMatch.Build(query.What, whereParts);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = FilterSql.Conditions(command, PostingFilter.From(query), remote, time.GetUtcNow(), textDriven: ranked);
        if (match is not null)
        {
            command.Parameters.AddWithValue("$match", match);
        }

        // Two shapes: ranked (FTS5 drives, BM25 order) or a listing (the facets' date index drives, newest first).
        // Both filter on the narrow facets table; the wide postings row is read only for the hits returned.
        string from, count;
        if (ranked)
        {
            from = $"FROM postings_fts JOIN posting_facets f ON f.pk = postings_fts.rowid WHERE postings_fts MATCH $match{conditions}";
            count = conditions.Length == 0 ? "SELECT 1 FROM postings_fts WHERE postings_fts MATCH $match" : "SELECT 1 " + from;
        }
        else
        {
            var location = match is null ? string.Empty : " AND f.pk IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH $match)";
            from = $"FROM posting_facets f WHERE 1 = 1{location}{conditions}";
            count = "SELECT 1 " + from;
        }

        command.CommandText = $"SELECT count(*) FROM ({count} LIMIT {CountCap})";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        var capped = total >= CountCap;
        var hits = new List<SearchHit>(Math.Min(query.Limit, 100));
        if (total <= query.Offset)
        {
            return new SearchPage(hits, total) { TotalIsCapped = capped };
        }

        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        if (ranked)
        {
            var window = total > RankWindow && query.Offset + query.Limit <= RankWindow
                ? await RankFloorAsync(command, from, cancellationToken)
                : null;
            command.CommandText = $"""
                SELECT {HitColumns}, snippet(postings_fts, 3, char(2), char(3), '…', {SnippetTokens}), rank
                {from.Replace("WHERE ", "JOIN postings p ON p.pk = postings_fts.rowid WHERE ", StringComparison.Ordinal)}
                {(window is null ? string.Empty : "AND postings_fts.rowid >= $floor")}
                ORDER BY rank LIMIT $limit OFFSET $offset
                """;
        }
        else
        {
            command.CommandText = $"""
                SELECT {HitColumns}, substr(p.description, 1, {ListingSnippetChars + 40}), 0.0
                FROM (SELECT f.pk, f.posted_at, f.last_seen {from} ORDER BY f.posted_at DESC, f.last_seen DESC, f.pk DESC
                      LIMIT $limit OFFSET $offset) AS page
                JOIN postings p ON p.pk = page.pk
                ORDER BY page.posted_at DESC, page.last_seen DESC, page.pk DESC
                """;
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(ReadHit(reader, listing: !ranked));
        }

        return new SearchPage(hits, total) { TotalIsCapped = capped };
    }

    /// <summary>
    /// BM25 is computed for every match before sorting, so a broad word on a large database would rank hundreds of
    /// thousands of rows. Past <see cref="RankWindow"/> matches only the most recently stored ones are ranked: the
    /// rowid of the oldest of them becomes a lower bound that FTS5 applies while reading its doclists.
    /// </summary>
    private async Task<long?> RankFloorAsync(SqliteCommand command, string from, CancellationToken ct)
    {
        command.CommandText = $"SELECT postings_fts.rowid {from} ORDER BY postings_fts.rowid DESC LIMIT 1 OFFSET {RankWindow - 1}";
        var floor = await command.ExecuteScalarAsync(ct);
        if (floor is not long value)
        {
            return null;
        }

        command.Parameters.AddWithValue("$floor", value);
        return value;
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

    private static SearchHit ReadHit(SqliteDataReader r, bool listing)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var snippet = r.IsDBNull(9) ? string.Empty : r.GetString(9);
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
            Snippet = listing ? Shorten(snippet) : snippet,
            Score = listing ? 0 : -r.GetDouble(10),
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
