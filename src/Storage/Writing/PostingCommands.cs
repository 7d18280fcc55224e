using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Writing;

/// <summary>
/// The prepared statements of the writer. Each is created once per store and re-executed with new parameter values,
/// so SQLite compiles it once; parameters are kept in arrays to skip the by-name lookups on the hot path.
/// </summary>
internal sealed class PostingCommands : IDisposable
{
    /// <summary>The posting columns both the insert and the update set, in the order <see cref="PostingWriter"/> binds them.</summary>
    public static readonly string[] PostingColumns =
    [
        "id", "source", "source_id", "url", "title", "company", "location", "is_remote", "posted_at", "valid_through",
        "employment_type", "salary_min", "salary_max", "salary_currency", "salary_unit", "description", "source_skills",
        "occupational_category", "extraction_method", "role", "ceo_probability", "model_version", "explanation",
        "content_hash", "skills_text", "location_key", "works_remote", "dedupe_key", "signature",
    ];

    private readonly List<SqliteCommand> _all = [];

    public PostingCommands(SqliteConnection connection)
    {
        FindById = Create(connection, "SELECT pk, content_hash FROM postings WHERE id = $p0", 1);
        FindSource = Create(connection,
            "SELECT id FROM posting_sources WHERE posting_pk = $p0 AND source = $p1 AND posting_key = $p2", 3);
        FindAlias = Create(connection, "SELECT posting_pk, id FROM posting_sources WHERE posting_key = $p0 LIMIT 1", 1);
        FindUrl = Create(connection, "SELECT posting_pk FROM posting_sources WHERE canonical_url = $p0 LIMIT 1", 1);
        FindCandidates = Create(connection, """
            SELECT p.pk, p.signature,
                   $p1 IS NOT NULL AND EXISTS (SELECT 1 FROM posting_sources s WHERE s.posting_pk = p.pk AND s.source_id = $p1)
            FROM postings p WHERE p.dedupe_key = $p0 LIMIT 64
            """, 2);

        var columns = string.Join(", ", PostingColumns);
        var values = string.Join(", ", PostingColumns.Select((_, i) => $"$p{i}"));
        var n = PostingColumns.Length;
        InsertPosting = Create(connection,
            $"INSERT INTO postings ({columns}, updated_at, first_seen, last_seen) VALUES ({values}, $p{n}, $p{n}, $p{n}) RETURNING pk",
            n + 1);
        var sets = string.Join(", ", PostingColumns.Select((c, i) => $"{c} = $p{i}"));
        UpdatePosting = Create(connection,
            $"UPDATE postings SET {sets}, updated_at = $p{n}, last_seen = $p{n} WHERE pk = $p{n + 1}", n + 2);
        TouchPosting = Create(connection, "UPDATE postings SET last_seen = $p1 WHERE pk = $p0", 2);

        DeleteSkills = Create(connection, "DELETE FROM posting_skills WHERE posting_pk = $p0", 1);
        InsertSkill = Create(connection, """
            INSERT INTO posting_skills (posting_pk, ordinal, skill_id, name, category, evidence_text, field, start, length, evidence)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)
            """, 10);

        InsertSource = Create(connection, """
            INSERT INTO posting_sources (posting_pk, source, posting_key, url, source_id, canonical_url, first_seen, last_seen)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p6)
            """, 7);
        TouchSource = Create(connection, """
            UPDATE posting_sources SET last_seen = $p1, url = coalesce($p2, url), canonical_url = coalesce($p3, canonical_url)
            WHERE id = $p0
            """, 4);
        InsertReject = Create(connection,
            "INSERT INTO rejects (source, line, reason, raw, at) VALUES ($p0, $p1, $p2, $p3, $p4)", 5);
    }

    public SqliteCommand FindById { get; }

    public SqliteCommand FindSource { get; }

    public SqliteCommand FindAlias { get; }

    public SqliteCommand FindUrl { get; }

    public SqliteCommand FindCandidates { get; }

    public SqliteCommand InsertPosting { get; }

    public SqliteCommand UpdatePosting { get; }

    public SqliteCommand TouchPosting { get; }

    public SqliteCommand DeleteSkills { get; }

    public SqliteCommand InsertSkill { get; }

    public SqliteCommand InsertSource { get; }

    public SqliteCommand TouchSource { get; }

    public SqliteCommand InsertReject { get; }

    public void Enlist(SqliteTransaction? transaction)
    {
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }

    private SqliteCommand Create(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        }

        _all.Add(command);
        return command;
    }
}
