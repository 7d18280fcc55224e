using System.Globalization;
using System.Runtime.CompilerServices;
using JobTagger.Domain.Ingestion;
using JobTagger.Storage.Reading;
using JobTagger.Storage.Rejects;
using JobTagger.Storage.Search;
using JobTagger.Storage.Stats;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage;

/// <summary>The reading side the export, stats and rejects commands use: streams, counts.</summary>
public sealed partial class SqliteJobStore
{
    private const int TopSkillCount = 15;

    /// <summary>Streams every posting matching <paramref name="filter"/>, oldest stored first, in constant memory.</summary>
    public IAsyncEnumerable<PostingDetail> ReadPostingsAsync(PostingFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= new PostingFilter();
        return Read(filter, ct);

        async IAsyncEnumerable<PostingDetail> Read(PostingFilter f, [EnumeratorCancellation] CancellationToken token)
        {
            await using var connection = await _connections.OpenAsync(token);
            await using var command = connection.CreateCommand();
            var (parts, remote) = FtsMatch.Where(f.Where);
            var match = FtsMatch.Build(null, parts);
            var conditions = FilterSql.Conditions(command, f, remote, _time.GetUtcNow());
            var location = match is null ? string.Empty : " AND f.pk IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH $match)";
            if (match is not null)
            {
                command.Parameters.AddWithValue("$match", match);
            }

            command.CommandText = $"SELECT {PostingRecordReader.Columns} FROM posting_facets f JOIN postings p ON p.pk = f.pk WHERE 1 = 1{location}{conditions} ORDER BY f.pk";
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                yield return PostingRecordReader.Read(reader);
            }
        }
    }

    /// <summary>Streams the stored rejects, newest first.</summary>
    public IAsyncEnumerable<StoredReject> ReadRejectsAsync(int? limit = null, CancellationToken ct = default)
    {
        if (limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be positive.");
        }

        return Read(ct);

        async IAsyncEnumerable<StoredReject> Read([EnumeratorCancellation] CancellationToken token)
        {
            await using var connection = await _connections.OpenAsync(token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, source, line, reason, raw, at FROM rejects ORDER BY id DESC LIMIT $limit";
            command.Parameters.AddWithValue("$limit", limit ?? -1);
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                yield return new StoredReject(
                    reader.GetInt64(0),
                    new SourceLocation(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)),
                    reader.GetString(3),
                    reader.GetString(4),
                    StoredTime.Read(reader.GetString(5)));
            }
        }
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken ct = default)
    {
        await using var connection = await _connections.OpenAsync(ct);
        return new StoreStatistics
        {
            Postings = await CountAsync(connection, "SELECT count(*) FROM postings", ct),
            ByRole = await GroupAsync(connection, "SELECT coalesce(role, 'unclassified'), count(*) FROM postings GROUP BY 1 ORDER BY 2 DESC, 1", ct),
            BySource = await GroupAsync(connection, "SELECT source, count(DISTINCT posting_pk) FROM posting_sources GROUP BY 1 ORDER BY 2 DESC, 1", ct),
            TopSkills = await GroupAsync(connection,
                $"SELECT name, count(*) FROM posting_skills GROUP BY skill_id ORDER BY 2 DESC, 1 LIMIT {TopSkillCount}", ct),
            Rejects = await CountAsync(connection, "SELECT count(*) FROM rejects", ct),
            CrawlOutcomes = await GroupAsync(connection, "SELECT outcome, count(*) FROM crawl_state GROUP BY 1 ORDER BY 2 DESC, 1", ct),
            RecentCrawlFailures = await GroupAsync(connection,
                "SELECT url, attempts, coalesce(reason, 'HTTP ' || status, 'failed') FROM crawl_state WHERE outcome = 'Failed' ORDER BY updated_at DESC LIMIT 10", ct),
            ModelVersions = await GroupAsync(connection,
                "SELECT model_version, count(*) FROM postings WHERE model_version IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1", ct),
        };
    }

    private static async Task<int> CountAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<NamedCount>> GroupAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<NamedCount>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(new NamedCount(reader.GetString(0), reader.GetInt32(1), reader.FieldCount > 2 ? reader.GetString(2) : null));
        }

        return list;
    }
}
