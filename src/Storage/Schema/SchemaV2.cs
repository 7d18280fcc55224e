using JobTagger.Storage.Dedupe;
using JobTagger.Storage.Locations;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Schema;

/// <summary>
/// Adds search and deduplication: the skill names, a canonical location and a remote flag on each posting, the
/// duplicate-detection key and MinHash signature, canonical source URLs, and the FTS5 index over them. Rows written by
/// v1 are backfilled here, so an old database searches and deduplicates like a new one.
/// </summary>
internal static class SchemaV2
{
    public const string Sql = """
        ALTER TABLE postings ADD COLUMN skills_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE postings ADD COLUMN location_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE postings ADD COLUMN works_remote INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE postings ADD COLUMN dedupe_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE postings ADD COLUMN signature BLOB;
        ALTER TABLE posting_sources ADD COLUMN canonical_url TEXT;
        CREATE INDEX ix_postings_dedupe ON postings(dedupe_key);
        -- The filter columns in a narrow table kept by triggers: filtering and counting thousands of matches then reads
        -- small rows, not postings whose ~3 KB text spills into overflow pages.
        DROP INDEX ix_postings_posted;
        DROP INDEX ix_postings_role;
        CREATE TABLE posting_facets (
            pk INTEGER PRIMARY KEY REFERENCES postings(pk) ON DELETE CASCADE,
            role TEXT,
            works_remote INTEGER NOT NULL,
            posted_at TEXT,
            last_seen TEXT NOT NULL
        );
        CREATE INDEX ix_facets_listing ON posting_facets(posted_at, last_seen);
        CREATE INDEX ix_facets_role ON posting_facets(role, posted_at);
        CREATE INDEX ix_facets_remote ON posting_facets(works_remote, posted_at);
        CREATE INDEX ix_sources_canonical_url ON posting_sources(canonical_url) WHERE canonical_url IS NOT NULL;

        CREATE VIRTUAL TABLE postings_fts USING fts5(
            title, company, skills_text, description, location_key,
            content = 'postings', content_rowid = 'pk',
            tokenize = 'porter unicode61 remove_diacritics 2');
        INSERT INTO postings_fts(postings_fts, rank) VALUES ('rank', 'bm25(10.0, 3.0, 4.0, 1.0, 0.0)');
        """;

    /// <summary>
    /// Run after the backfill and rebuild: an update trigger firing on rows the index has not seen yet would "delete"
    /// entries that are not there and corrupt the external-content index. Fills the facets of the backfilled rows.
    /// </summary>
    public const string TriggersSql = """
        INSERT INTO posting_facets (pk, role, works_remote, posted_at, last_seen)
            SELECT pk, role, works_remote, posted_at, last_seen FROM postings;
        CREATE TRIGGER posting_facets_insert AFTER INSERT ON postings BEGIN
            INSERT INTO posting_facets (pk, role, works_remote, posted_at, last_seen)
            VALUES (new.pk, new.role, new.works_remote, new.posted_at, new.last_seen);
        END;
        CREATE TRIGGER posting_facets_update AFTER UPDATE OF role, works_remote, posted_at, last_seen ON postings BEGIN
            UPDATE posting_facets SET role = new.role, works_remote = new.works_remote, posted_at = new.posted_at,
                last_seen = new.last_seen
            WHERE pk = new.pk;
        END;
        CREATE TRIGGER postings_fts_insert AFTER INSERT ON postings BEGIN
            INSERT INTO postings_fts(rowid, title, company, skills_text, description, location_key)
            VALUES (new.pk, new.title, new.company, new.skills_text, new.description, new.location_key);
        END;
        CREATE TRIGGER postings_fts_delete AFTER DELETE ON postings BEGIN
            INSERT INTO postings_fts(postings_fts, rowid, title, company, skills_text, description, location_key)
            VALUES ('delete', old.pk, old.title, old.company, old.skills_text, old.description, old.location_key);
        END;
        CREATE TRIGGER postings_fts_update AFTER UPDATE OF title, company, skills_text, description, location_key ON postings BEGIN
            INSERT INTO postings_fts(postings_fts, rowid, title, company, skills_text, description, location_key)
            VALUES ('delete', old.pk, old.title, old.company, old.skills_text, old.description, old.location_key);
            INSERT INTO postings_fts(rowid, title, company, skills_text, description, location_key)
            VALUES (new.pk, new.title, new.company, new.skills_text, new.description, new.location_key);
        END;
        """;

    public static async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        await Execute(connection, transaction, Sql, ct);
        await Execute(connection, transaction, """
            UPDATE postings SET skills_text = coalesce(
                (SELECT group_concat(name, '; ') FROM posting_skills k WHERE k.posting_pk = postings.pk), '');
            """, ct);
        await BackfillPostingsAsync(connection, transaction, ct);
        await BackfillSourcesAsync(connection, transaction, ct);
        await Execute(connection, transaction, "INSERT INTO postings_fts(postings_fts) VALUES ('rebuild');", ct);
        await Execute(connection, transaction, TriggersSql, ct);
    }

    private static async Task BackfillPostingsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var rows = new List<(long Pk, string Title, string? Company, string? Location, bool IsRemote, string Description)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT pk, title, company, location, is_remote, description FROM postings";
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4), reader.GetString(5)));
            }
        }

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE postings SET location_key = $location, works_remote = $remote, dedupe_key = $dedupe, signature = $signature
            WHERE pk = $pk
            """;
        var pk = update.Parameters.Add("$pk", SqliteType.Integer);
        var location = update.Parameters.Add("$location", SqliteType.Text);
        var remote = update.Parameters.Add("$remote", SqliteType.Integer);
        var dedupe = update.Parameters.Add("$dedupe", SqliteType.Text);
        var signature = update.Parameters.Add("$signature", SqliteType.Blob);
        foreach (var row in rows)
        {
            var key = LocationNormalizer.Key(row.Location);
            pk.Value = row.Pk;
            location.Value = key;
            remote.Value = row.IsRemote || LocationNormalizer.SaysRemote(key);
            dedupe.Value = DuplicateKey.For(row.Title, row.Company, row.Location);
            signature.Value = MinHashSignature.Compute(row.Description);
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task BackfillSourcesAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var rows = new List<(long Id, string Url)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT id, url FROM posting_sources WHERE url IS NOT NULL";
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE posting_sources SET canonical_url = $url WHERE id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        var url = update.Parameters.Add("$url", SqliteType.Text);
        foreach (var row in rows)
        {
            id.Value = row.Id;
            url.Value = (object?)CanonicalUrl.For(row.Url) ?? DBNull.Value;
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
