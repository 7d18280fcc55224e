using System.Runtime.CompilerServices;
using JobTagger.Domain.Crawling;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Crawling;

/// <summary>Crawl state in the <c>crawl_state</c> table: saves go through the store's writer, reads use their own connection.</summary>
internal sealed class SqliteCrawlStateStore(SqliteJobStore store, StoreConnections connections, TimeProvider time) : ICrawlStateStore
{
    private const string Columns = "url, outcome, status, reason, etag, last_modified, posting_id, attempts, updated_at";

    public async Task<CrawlRecord?> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM crawl_state WHERE url = $url";
        command.Parameters.AddWithValue("$url", url);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public Task SaveAsync(CrawlRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return store.WithWriterAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                INSERT INTO crawl_state ({Columns}) VALUES ($url, $outcome, $status, $reason, $etag, $lastModified, $postingId, $attempts, $updatedAt)
                ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, status = excluded.status, reason = excluded.reason,
                    etag = excluded.etag, last_modified = excluded.last_modified, posting_id = excluded.posting_id,
                    attempts = excluded.attempts, updated_at = excluded.updated_at
                """;
            command.Parameters.AddWithValue("$url", record.Url);
            command.Parameters.AddWithValue("$outcome", record.Outcome.ToString());
            command.Parameters.AddWithValue("$status", (object?)record.Status ?? DBNull.Value);
            command.Parameters.AddWithValue("$reason", (object?)record.Reason ?? DBNull.Value);
            command.Parameters.AddWithValue("$etag", (object?)record.ETag ?? DBNull.Value);
            command.Parameters.AddWithValue("$lastModified", (object?)record.LastModified ?? DBNull.Value);
            command.Parameters.AddWithValue("$postingId", (object?)record.PostingId ?? DBNull.Value);
            command.Parameters.AddWithValue("$attempts", record.Attempts);
            // A record built without a time gets the store's clock.
            var at = record.UpdatedAt == default ? time.GetUtcNow() : record.UpdatedAt;
            command.Parameters.AddWithValue("$updatedAt", StoredTime.Write(at));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public IAsyncEnumerable<CrawlRecord> ListUnfinishedAsync(CancellationToken cancellationToken = default)
    {
        return List(cancellationToken);

        async IAsyncEnumerable<CrawlRecord> List([EnumeratorCancellation] CancellationToken ct)
        {
            await using var connection = await connections.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM crawl_state WHERE outcome IN ('Pending', 'Failed') ORDER BY updated_at, url";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                yield return Read(reader);
            }
        }
    }

    private static CrawlRecord Read(SqliteDataReader reader) => new()
    {
        Url = reader.GetString(0),
        Outcome = Enum.Parse<CrawlOutcome>(reader.GetString(1)),
        Status = reader.IsDBNull(2) ? null : reader.GetInt32(2),
        Reason = reader.IsDBNull(3) ? null : reader.GetString(3),
        ETag = reader.IsDBNull(4) ? null : reader.GetString(4),
        LastModified = reader.IsDBNull(5) ? null : reader.GetString(5),
        PostingId = reader.IsDBNull(6) ? null : reader.GetString(6),
        Attempts = reader.GetInt32(7),
        UpdatedAt = StoredTime.Read(reader.GetString(8)),
    };
}
