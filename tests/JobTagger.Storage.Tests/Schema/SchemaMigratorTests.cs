using JobTagger.Domain.Errors;
using JobTagger.Storage.Schema;
using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Tests.Schema;

public sealed class SchemaMigratorTests
{
    [Fact]
    public async Task Open_VersionOneDatabaseMadeByHand_MigratesAndSearchesOldRows()
    {
        await using var db = new TempDatabase();
        await using (var connection = new SqliteConnection($"Data Source={db.Path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // A v1 database as an older jobtagger left it: no search index, no duplicate keys.
            command.CommandText = SchemaV1.Sql + """
                PRAGMA user_version = 1;
                INSERT INTO postings (pk, id, source, url, title, company, location, description, role, ceo_probability,
                    model_version, content_hash, first_seen, last_seen, updated_at)
                VALUES (1, 'old:1', 'old.jsonl', 'https://jobs.example.com/coo?utm_source=x', 'Chief Operating Officer',
                    'Old Mill Co', 'Portland, OR', 'Run the mills and the logistics network.', 'coo', 0.2, 'roles-v0',
                    x'00', '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z');
                INSERT INTO posting_skills (posting_pk, ordinal, skill_id, name, category, evidence)
                VALUES (1, 0, 'logistics', 'Logistics', 'operations', '[]');
                INSERT INTO posting_sources (posting_pk, source, posting_key, url, first_seen, last_seen)
                VALUES (1, 'old.jsonl', 'old:1', 'https://jobs.example.com/coo?utm_source=x', '2025-01-01T00:00:00.0000000Z',
                    '2025-01-01T00:00:00.0000000Z');
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using var store = await db.OpenAsync();

        Assert.Equal(SchemaMigrator.CurrentVersion, await ScalarAsync(db.Path, "PRAGMA user_version"));
        var byText = await store.Search.SearchAsync(new SearchQuery { What = "mills" });
        var bySkill = await store.Search.SearchAsync(new SearchQuery { What = "logistics", Where = "Portland, Oregon" });
        Assert.Equal("old:1", Assert.Single(byText.Hits).Id);
        Assert.Equal(["Logistics"], Assert.Single(bySkill.Hits).Skills);
        Assert.Equal(1, await ScalarAsync(db.Path, "SELECT count(*) FROM posting_sources WHERE canonical_url = 'jobs.example.com/coo'"));
    }

    [Fact]
    public async Task Open_NewFile_CreatesCurrentSchemaInWalMode()
    {
        await using var db = new TempDatabase();
        await using (await db.OpenAsync())
        {
            Assert.Equal(SchemaMigrator.CurrentVersion, await ScalarAsync(db.Path, "PRAGMA user_version"));
        }

        Assert.Equal("wal", await TextAsync(db.Path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Open_TextFile_ThrowsNotADatabase()
    {
        await using var db = new TempDatabase();
        await File.WriteAllTextAsync(db.Path, "id,title\n1,Chief Operating Officer\n" + new string('x', 4096));

        var ex = await Assert.ThrowsAsync<JobTaggerException>(db.OpenAsync);
        var readOnly = await Assert.ThrowsAsync<JobTaggerException>(() => SqliteJobStore.OpenReadOnlyAsync(db.Path, db.Time));

        Assert.Contains("not a JobTagger SQLite database", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a JobTagger SQLite database", readOnly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_SomeoneElsesSqliteDatabase_ThrowsNotADatabase()
    {
        await using var db = new TempDatabase();
        await using (var connection = new SqliteConnection($"Data Source={db.Path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);";
            await command.ExecuteNonQueryAsync();
        }

        var ex = await Assert.ThrowsAsync<JobTaggerException>(db.OpenAsync);

        Assert.Contains("no JobTagger schema version", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenReadOnly_MissingFile_SaysToRunTagAndCreatesNothing()
    {
        await using var db = new TempDatabase();

        var ex = await Assert.ThrowsAsync<JobTaggerException>(() => SqliteJobStore.OpenReadOnlyAsync(db.Path, db.Time));

        Assert.Equal($"no database at {db.Path}; run 'jobtagger tag' first", ex.Message);
        Assert.False(File.Exists(db.Path));
    }

    internal static async Task<long> ScalarAsync(string path, string sql) =>
        Convert.ToInt64(await QueryAsync(path, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string?> TextAsync(string path, string sql) => (string?)await QueryAsync(path, sql);

    private static async Task<object?> QueryAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
