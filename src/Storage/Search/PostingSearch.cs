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
        var match = FtsMatch.Build(query.What, whereParts);
        var filter = PostingFilter.From(query);
        await using var connection = await connections.OpenAsync(cancellationToken);

        await using var hits = connection.CreateCommand();
        var conditions = FilterSql.Conditions(hits, filter, remote, time.GetUtcNow());
        if (words is not null)
        {
            hits.CommandText = $"""
                SELECT {HitColumns}, snippet(postings_fts, 3, char(2), char(3), '…', {SnippetTokens}), rank
                FROM postings_fts JOIN postings p ON p.pk = postings_fts.rowid
                WHERE postings_fts MATCH $match{conditions}
                ORDER BY rank LIMIT $limit OFFSET $offset
                """;
        }
        else
        {
            var location = match is null ? string.Empty : " AND p.pk IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH $match)";
            hits.CommandText = $"""
                SELECT {HitColumns}, substr(p.description, 1, {ListingSnippetChars + 40}), 0.0
                FROM postings p
                WHERE 1 = 1{location}{conditions}
                ORDER BY p.posted_at DESC, p.last_seen DESC, p.pk DESC LIMIT $limit OFFSET $offset
                """;
        }

        if (match is not null)
        {
            hits.Parameters.AddWithValue("$match", match);
        }

        hits.Parameters.AddWithValue("$limit", query.Limit);
        hits.Parameters.AddWithValue("$offset", query.Offset);
        var list = new List<SearchHit>(Math.Min(query.Limit, 100));
        await using (var reader = await hits.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(ReadHit(reader, listing: words is null));
            }
        }

        var total = list.Count < query.Limit && (query.Offset == 0 || list.Count > 0)
            ? query.Offset + list.Count
            : await CountAsync(connection, hits, cancellationToken);
        return new SearchPage(list, total);
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

    private static async Task<int> CountAsync(SqliteConnection connection, SqliteCommand hits, CancellationToken ct)
    {
        // The hit query without its select list, order and page: the same joins, conditions and parameters.
        var sql = hits.CommandText;
        var from = sql.IndexOf("FROM ", StringComparison.Ordinal);
        var order = sql.LastIndexOf("ORDER BY", StringComparison.Ordinal);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) " + sql[from..order];
        foreach (SqliteParameter parameter in hits.Parameters)
        {
            if (parameter.ParameterName is not ("$limit" or "$offset"))
            {
                count.Parameters.AddWithValue(parameter.ParameterName, parameter.Value);
            }
        }

        return Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
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
