using System.Globalization;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Search;

/// <summary>
/// The ranked half of <see cref="PostingSearch"/>. BM25 over the full index reads every match's doclist entry for
/// each word, which for words found in half the postings costs hundreds of milliseconds; so ranking uses the head
/// index (title, company, skills: a few words per posting), and the full index is only walked newest first to count
/// matches, to fill a page with postings that have the words in their description only, and for snippets.
/// </summary>
internal sealed partial class PostingSearch
{
    // $words: the words (the full index, any column); $head: words and place (the head index); place and conditions:
    // SQL on the facets alias f, the place through the head index.
    private async Task<SearchPage> RankAsync(SqliteCommand command, SearchQuery query, string place, string conditions, CancellationToken ct)
    {
        var bodyFrom = $"FROM postings_fts JOIN posting_facets f ON f.pk = postings_fts.rowid WHERE postings_fts MATCH $words{place}{conditions}";
        var (total, capped) = await CountAsync(command, place.Length + conditions.Length == 0
            ? "SELECT 1 FROM postings_fts WHERE postings_fts MATCH $words"
            : "SELECT 1 " + bodyFrom, ct);
        if (total <= query.Offset)
        {
            return new SearchPage([], total) { TotalIsCapped = capped };
        }

        var need = query.Offset + query.Limit;
        var headFrom = $"FROM postings_head JOIN posting_facets f ON f.pk = postings_head.rowid WHERE postings_head MATCH $head{conditions}";
        var floor = need <= RankWindow && await HeadFloorAsync(command, headFrom, ct);
        command.CommandText = $"""
            SELECT postings_head.rowid, rank {headFrom}{(floor ? " AND postings_head.rowid >= $floor" : string.Empty)}
            ORDER BY rank LIMIT {need}
            """;
        var order = await ReadRowsAsync(command, ct);
        if (order.Count < need)
        {
            // Fewer head matches than the page needs: every one of them is in hand, the rest have the words in their
            // description only and follow, newest first (FTS5 walks its doclists backwards; no BM25 over them).
            var seen = order.Count == 0 ? string.Empty
                : $" AND postings_fts.rowid NOT IN ({string.Join(',', order.Select(o => o.Pk.ToString(CultureInfo.InvariantCulture)))})";
            command.CommandText = $"SELECT postings_fts.rowid, 0.0 {bodyFrom}{seen} ORDER BY postings_fts.rowid DESC LIMIT {need - order.Count}";
            order.AddRange(await ReadRowsAsync(command, ct));
        }

        var page = order.Skip(query.Offset).Take(query.Limit).ToList();
        return new SearchPage(await ReadHitsAsync(command, page, ct), total) { TotalIsCapped = capped };
    }

    /// <summary>
    /// BM25 is computed for every match before sorting, so a broad word would rank a hundred thousand head rows. Past
    /// <see cref="RankWindow"/> matches only the most recently stored ones are ranked: the rowid of the oldest of them
    /// becomes a lower bound that FTS5 applies while reading its doclists.
    /// </summary>
    private async Task<bool> HeadFloorAsync(SqliteCommand command, string headFrom, CancellationToken ct)
    {
        command.CommandText = $"SELECT postings_head.rowid {headFrom} ORDER BY postings_head.rowid DESC LIMIT 1 OFFSET {RankWindow - 1}";
        if (await command.ExecuteScalarAsync(ct) is not long floor)
        {
            return false;
        }

        command.Parameters.AddWithValue("$floor", floor);
        return true;
    }

    private static async Task<List<(long Pk, double Score)>> ReadRowsAsync(SqliteCommand command, CancellationToken ct)
    {
        var rows = new List<(long, double)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetInt64(0), 0.0 - reader.GetDouble(1)));
        }

        return rows;
    }

    /// <summary>The page's rows and their description snippets, in the page's order.</summary>
    private static async Task<List<SearchHit>> ReadHitsAsync(SqliteCommand command, List<(long Pk, double Score)> page, CancellationToken ct)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var pks = string.Join(',', page.Select(o => o.Pk.ToString(CultureInfo.InvariantCulture)));
        // One FTS5 pass over the page's rowid range (a prefix word is expanded once, not once per hit); the unary plus
        // keeps the IN list out of FTS5, which would otherwise run one full query per listed rowid.
        command.CommandText = $"""
            SELECT postings_fts.rowid, snippet(postings_fts, 3, char(2), char(3), '…', {SnippetTokens})
            FROM postings_fts WHERE postings_fts MATCH $words
                AND postings_fts.rowid BETWEEN {page.Min(o => o.Pk)} AND {page.Max(o => o.Pk)} AND +postings_fts.rowid IN ({pks})
            """;
        var snippets = new Dictionary<long, string>(page.Count);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                snippets[reader.GetInt64(0)] = reader.IsDBNull(1) ? string.Empty : reader.GetString(1);
            }
        }

        command.CommandText = $"SELECT {HitColumns}, p.pk FROM postings p WHERE p.pk IN ({pks})";
        var hits = new Dictionary<long, SearchHit>(page.Count);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var pk = reader.GetInt64(9);
                hits[pk] = ReadHit(reader, listing: false, snippets.GetValueOrDefault(pk), page.First(o => o.Pk == pk).Score);
            }
        }

        return [.. page.Where(o => hits.ContainsKey(o.Pk)).Select(o => hits[o.Pk])];
    }
}
