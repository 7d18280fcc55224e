using JobTagger.Storage.Schema;
using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Tests.Schema;

public sealed class SchemaV3MigrationTests
{
    [Fact]
    public async Task Open_VersionTwoDatabase_BuildsHeadIndexAndRanksOldRowsByTitle()
    {
        await using var db = new TempDatabase();
        await using (var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            // A v2 database as the previous jobtagger left it: full-text index, no head index.
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SchemaV1.Sql + """
                INSERT INTO postings (pk, id, source, title, company, location, description, role, ceo_probability,
                    model_version, content_hash, first_seen, last_seen, updated_at)
                VALUES (1, 'old:1', 'old.jsonl', 'Harbor Logistics Director', 'Old Mill Co', 'Portland, OR',
                    'Run the mills and the port.', 'coo', 0.2, 'roles-v0', x'00', '2025-01-01T00:00:00.0000000Z',
                    '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z'),
                    (2, 'old:2', 'old.jsonl', 'Plant Manager', 'Old Mill Co', 'Portland, OR',
                    'Work with the harbor team.', 'coo', 0.2, 'roles-v0', x'01', '2025-01-02T00:00:00.0000000Z',
                    '2025-01-02T00:00:00.0000000Z', '2025-01-02T00:00:00.0000000Z');
                """;
            await command.ExecuteNonQueryAsync();
            await SchemaV2.ApplyAsync(connection, transaction, CancellationToken.None);
            command.CommandText = "PRAGMA user_version = 2;";
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        await using var store = await db.OpenAsync();
        await store.StoreBatchAsync([Postings.Tagged("new:3", title: "Harbor Master", location: "Seattle, WA")], []);

        var harbor = await store.Search.SearchAsync(new SearchQuery { What = "harbor" });
        var inPortland = await store.Search.SearchAsync(new SearchQuery { What = "harbor", Where = "Portland, Oregon" });

        Assert.Equal(3, await SchemaMigratorTests.ScalarAsync(db.Path, "PRAGMA user_version"));
        Assert.Equal(3, SchemaMigrator.CurrentVersion);
        // Title matches (an old row and one stored after the upgrade) rank above the description-only match.
        Assert.Equal((3, "old:2"), (harbor.Total, harbor.Hits[^1].Id));
        Assert.Equal(["new:3", "old:1"], harbor.Hits.Take(2).Select(h => h.Id).Order());
        Assert.Equal(["old:1", "old:2"], inPortland.Hits.Select(h => h.Id));
        Assert.Equal(3, await SchemaMigratorTests.ScalarAsync(db.Path, "SELECT count(*) FROM postings_head_docsize"));
    }
}
