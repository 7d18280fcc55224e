using System.Globalization;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Search;

/// <summary>
/// The ranked half of <see cref="PostingSearch"/>. FTS5's bm25() reads the whole doclist of every word to weigh it,
/// which for words found in half the postings costs tens to hundreds of milliseconds even on a small index. So hits
/// are ranked in tiers by where the words are (title, then title/company/skills, then anywhere), newest first in each
/// tier: every step is a doclist walk that stops when the page is full.
/// </summary>
internal sealed partial class PostingSearch
{
    /// <summary>The score of a hit by where its words are, from the best tier down (the BM25 column weights).</summary>
    internal const double TitleScore = 10, HeadScore = 4, DescriptionScore = 1;

    /// <summary>How many of the newest head matches a filtered search checks in each head tier.</summary>
    internal int TierScan { get; init; } = 4000;

    // $words: the words (full index, any column). placeMatch: the place's MATCH; conditions: SQL on the facets alias f.
    private async Task<SearchPage> RankAsync(SqliteCommand command, SearchQuery query, string words, string? placeMatch,
        string conditions, IReadOnlyList<SnippetTerm> terms, CancellationToken ct)
    {
        var placeClause = placeMatch is null ? string.Empty : $" AND ({placeMatch})";
        command.Parameters.AddWithValue("$title", $"title : ({words}){placeClause}");
        command.Parameters.AddWithValue("$head", $"{{title company skills_text}} : ({words}){placeClause}");
        // The place goes into the full index's MATCH too (its location_key column is tokenized as the head's): one
        // doclist intersection instead of building the place's whole posting list in every statement.
        command.Parameters.AddWithValue("$fts", $"({words}){placeClause}");
        var need = query.Offset + query.Limit;
        var (total, capped) = await CountTextAsync(command, conditions, ct);
        if (!capped && total <= query.Offset)
        {
            return new SearchPage([], total) { TotalIsCapped = capped };
        }

        // Tiers, each walked newest first and only as far as the page needs: all words in the title; all words in the
        // title, company and skills; anywhere (the description). A tier's rows are all in hand before the next is
        // read (it held fewer than the page needs), so the next leaves them out by rowid.
        var order = new List<(long Pk, double Score)>(need);
        foreach (var (table, match, filters, score, bounded) in new[]
        {
            ("postings_head", "$title", conditions, TitleScore, true),
            ("postings_head", "$head", conditions, HeadScore, true),
            ("postings_fts", "$fts", conditions, DescriptionScore, false),
        })
        {
            var seen = order.Count == 0 ? string.Empty
                : $" AND t.rowid NOT IN ({string.Join(',', order.Select(o => o.Pk.ToString(CultureInfo.InvariantCulture)))})";
            // With filters a tier could walk a whole doclist finding nothing ("operations" in titles, role CEO), so the
            // head tiers look at their newest TierScan matches only: the rowid of the TierScan-th newest match bounds
            // the walk (a bare doclist walk, no lookups). Nothing is lost: the last tier has every match. FTS5 hands
            // rows over newest first itself, so the walk stops as soon as the page is full (a LIMIT inside a subquery
            // instead made SQLite materialize and sort all TierScan rows).
            var bound = bounded && conditions.Length > 0
                ? $" AND t.rowid >= coalesce((SELECT rowid FROM {table} WHERE {table} MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {TierScan - 1}), 0)"
                : string.Empty;
            command.CommandText = $"""
                SELECT t.rowid FROM {table} t JOIN posting_facets f ON f.pk = t.rowid
                WHERE {table} MATCH {match}{bound}{filters}{seen} ORDER BY t.rowid DESC LIMIT {need - order.Count}
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                order.Add((reader.GetInt64(0), score));
            }

            if (order.Count >= need)
            {
                break;
            }
        }

        var page = order.Skip(query.Offset).Take(query.Limit).ToList();
        var hits = await ReadHitsAsync(command, page, terms, ct);
        // A capped count saw only some matches; the page's own hits are matches too.
        return new SearchPage(hits, capped ? Math.Max(total, query.Offset + hits.Count) : total) { TotalIsCapped = capped };
    }

    /// <summary>
    /// Counts the matches among the first <see cref="PostingSearch.CountCap"/> postings with the words (doclist order:
    /// forwards is the cheap direction): the work is bounded whatever the filters. Past that, <c>Total</c> is a lower
    /// bound (<c>TotalIsCapped</c>): counting every match of a common word that passes a selective filter would read
    /// most of the index.
    /// </summary>
    private async Task<(int Total, bool Capped)> CountTextAsync(SqliteCommand command, string filters, CancellationToken ct)
    {
        var text = $"SELECT postings_fts.rowid AS pk FROM postings_fts WHERE postings_fts MATCH $fts LIMIT {CountCap}";
        command.CommandText = filters.Length == 0
            ? $"SELECT count(*), count(*) FROM ({text})"
            : $"SELECT count(*), coalesce(sum(1 = 1{filters}), 0) FROM ({text}) AS t JOIN posting_facets f ON f.pk = t.pk";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (scanned, total) = (reader.GetInt32(0), reader.GetInt32(1));
        return (total, scanned >= CountCap);
    }

    /// <summary>The page's rows and their description snippets, in the page's order.</summary>
    private static async Task<List<SearchHit>> ReadHitsAsync(SqliteCommand command, List<(long Pk, double Score)> page,
        IReadOnlyList<SnippetTerm> terms, CancellationToken ct)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var pks = string.Join(',', page.Select(o => o.Pk.ToString(CultureInfo.InvariantCulture)));
        command.CommandText = $"SELECT {HitColumns}, p.pk, p.description FROM postings p WHERE p.pk IN ({pks})";
        var hits = new Dictionary<long, SearchHit>(page.Count);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var pk = reader.GetInt64(9);
                var snippet = DescriptionSnippet.Build(reader.GetString(10), terms, SnippetTokens);
                hits[pk] = ReadHit(reader, listing: false, snippet, page.First(o => o.Pk == pk).Score);
            }
        }

        return [.. page.Where(o => hits.ContainsKey(o.Pk)).Select(o => hits[o.Pk])];
    }

    /// <summary>
    /// What the snippets highlight: each finished word's forms; for the word being typed, its completions' forms, or
    /// every word it starts when it has none.
    /// </summary>
    private static List<SnippetTerm> SnippetTerms(string? what, string? typed, IReadOnlyList<string> completions)
    {
        var words = FtsMatch.Words(what);
        var terms = new List<SnippetTerm>(words.Count + completions.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (i < words.Count - 1 || typed is null)
            {
                terms.Add(SnippetTerm.Finished(words[i]));
            }
            else if (completions.Count == 0)
            {
                terms.Add(SnippetTerm.Typed(words[i]));
            }
            else
            {
                terms.AddRange(completions.Select(SnippetTerm.Finished));
            }
        }

        return terms;
    }
}
