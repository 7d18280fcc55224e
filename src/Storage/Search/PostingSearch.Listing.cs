using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Search;

/// <summary>
/// The listing half of <see cref="PostingSearch"/>: no words, so the newest matching postings (posted date, then last
/// seen), the wide row read only for the page.
/// </summary>
internal sealed partial class PostingSearch
{
    /// <summary>How many more of the newest candidates than the page needs are checked for their skills at first.</summary>
    private const int SkillCheckMargin = 100;

    /// <summary>Role, remote and posted-within only: the facets' date index drives, newest first.</summary>
    private async Task<SearchPage> ListAsync(SqliteCommand command, SearchQuery query, string facets, CancellationToken ct)
    {
        var from = $"FROM posting_facets f WHERE 1 = 1{facets}";
        var (total, capped) = await CountAsync(command, "SELECT 1 " + from, ct);
        var hits = total > query.Offset ? await ReadListingAsync(command, query, from, ct) : [];
        return new SearchPage(hits, total) { TotalIsCapped = capped };
    }

    /// <summary>
    /// A place or skills: their head-index doclists (location_key, skills_text) intersect into the candidates, sorted
    /// newest first. Building the posting list of a skill from its own index read 40,000 rows for a common skill; the
    /// doclist intersection reads only the postings with all of them. A skill phrase can match more than the skill
    /// ("budgeting" is in "Capital Budgeting", and stems alike), so candidates are checked against the posting's skills:
    /// the page's from the newest few, the whole list only when too few of those pass. <paramref name="skills"/> are the
    /// skills to match this way; <paramref name="facets"/> holds the other conditions (facets, rare skills' lists).
    /// </summary>
    private async Task<SearchPage> ListMatchedAsync(SqliteCommand command, SearchQuery query, string? location,
        IReadOnlyList<SkillFilter> skills, string facets, string skillCheck, CancellationToken ct)
    {
        var parts = location is null ? new List<string>() : [$"({location})"];
        foreach (var skill in skills)
        {
            if (FtsMatch.AnyPhrase("skills_text", skill.StoredName is null ? [skill.Given] : [skill.Given, skill.StoredName]) is { } phrase)
            {
                parts.Add(phrase);
            }
        }

        if (parts.Count == 0)
        {
            // Skills without a letter or digit ("++"): nothing to match in the index, only the check.
            return await ListAsync(command, query, facets + skillCheck, ct);
        }

        command.Parameters.AddWithValue("$list", string.Join(" AND ", parts));
        const string Candidates = "FROM postings_head h JOIN posting_facets f ON f.pk = h.rowid WHERE postings_head MATCH $list";
        var (total, capped) = await CountAsync(command, $"SELECT 1 {Candidates}{facets}{skillCheck}", ct);
        if (total <= query.Offset)
        {
            return new SearchPage([], total) { TotalIsCapped = capped };
        }

        if (capped)
        {
            // A thousand matches and more: walk the facets' date index newest first until the page is full, instead of
            // sorting every candidate (a facets lookup each: 4 ms for the 3,200 postings in Texas with budgeting). A
            // common skill alone is checked on each posting (one in a few has it); a place's candidates are read once
            // into a list that each posting is looked up in (the unary plus keeps SQLite from driving by that list).
            var candidates = location is null ? string.Empty : " AND +f.pk IN (SELECT rowid FROM postings_head WHERE postings_head MATCH $list)";
            var walked = await ReadListingAsync(command, query, $"FROM posting_facets f WHERE 1 = 1{candidates}{facets}{skillCheck}", ct);
            return new SearchPage(walked, Math.Max(total, query.Offset + walked.Count)) { TotalIsCapped = true };
        }

        var expected = capped ? query.Limit : Math.Min(query.Limit, total - query.Offset);
        var window = skillCheck.Length == 0 ? -1 : query.Offset + query.Limit + SkillCheckMargin;
        var hits = await ReadListingAsync(command, query, Newest(window), ct);
        if (hits.Count < expected && window > 0)
        {
            hits = await ReadListingAsync(command, query, Newest(-1), ct);
        }

        return new SearchPage(hits, capped ? Math.Max(total, query.Offset + hits.Count) : total) { TotalIsCapped = capped };

        string Newest(int limit) => $"""
            FROM (SELECT f.pk, f.posted_at, f.last_seen {Candidates}{facets}
                  ORDER BY f.posted_at DESC, f.last_seen DESC, f.pk DESC LIMIT {limit}) AS f
            WHERE 1 = 1{skillCheck}
            """;
    }

    /// <summary>The page of <c>from</c> (rows aliased <c>f</c> with pk, posted_at, last_seen), newest first.</summary>
    private static async Task<List<SearchHit>> ReadListingAsync(SqliteCommand command, SearchQuery query, string from, CancellationToken ct)
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
        var hits = new List<SearchHit>(Math.Min(query.Limit, 100));
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                hits.Add(ReadHit(reader, listing: true));
            }
        }

        command.Parameters.RemoveAt("$limit");
        command.Parameters.RemoveAt("$offset");
        return hits;
    }

    private async Task<(int Total, bool Capped)> CountAsync(SqliteCommand command, string select, CancellationToken ct)
    {
        command.CommandText = $"SELECT count(*) FROM ({select} LIMIT {CountCap})";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return (total, total >= CountCap);
    }
}
