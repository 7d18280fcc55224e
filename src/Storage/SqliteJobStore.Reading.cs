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
        return new StoredPostings(withEvidence => ReadStoredRowsAsync(filter, withEvidence, ct));
    }

    // The rows of ReadPostingsAsync, undecoded: the exporters decode them on other threads than this one.
    private IAsyncEnumerable<StoredPostingRow> ReadStoredRowsAsync(PostingFilter filter, bool withEvidence, CancellationToken ct)
    {
        return Read(filter, ct);

        async IAsyncEnumerable<StoredPostingRow> Read(PostingFilter f, [EnumeratorCancellation] CancellationToken token)
        {
            // A read-only store's connections map the file (see StoreConnections): a whole-database scan reads every page
            // once.
            await using var connection = await _connections.OpenAsync(token);

            // One read transaction: the postings and their skills and sources come from the same snapshot.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(token);
            await using var postings = FilteredCommand(connection, f, out var where);
            // Unfiltered, the postings table is scanned on its own: every posting has its facets row (kept by
            // triggers), and joining them cost a rowid lookup per posting (~7% of an export's CPU).
            postings.CommandText = where.Length == 0
                ? $"SELECT {StoredPostingRow.Columns}, p.pk FROM postings p ORDER BY p.pk"
                : $"SELECT {StoredPostingRow.Columns}, f.pk FROM posting_facets f JOIN postings p ON p.pk = f.pk{where} ORDER BY f.pk";
            await using var skillCommand = ChildCommand(connection, f,
                $"SELECT {(withEvidence ? PostingChildReader.SkillColumns : PostingChildReader.SkillColumnsWithoutEvidence)} FROM posting_skills", "GROUP BY posting_pk ORDER BY posting_pk");

            // The order the sources' unique index (posting_pk, source, posting_key) gives, as the export always had.
            await using var sourceCommand = ChildCommand(connection, f,
                $"SELECT {PostingChildReader.SourceColumns} FROM posting_sources", "ORDER BY posting_pk, source, posting_key");
            await using var reader = await postings.ExecuteReaderAsync(token);
            await using var skillReader = await skillCommand.ExecuteReaderAsync(token);
            await using var sourceReader = await sourceCommand.ExecuteReaderAsync(token);
            var skills = new OrderedChildRows<byte[]>(skillReader, PostingChildReader.Column);
            var sources = new OrderedChildRows<byte[]>(sourceReader, PostingChildReader.Column);
            while (await reader.ReadAsync(token))
            {
                var pk = reader.GetInt64(StoredPostingRow.ColumnCount);
                yield return new StoredPostingRow(reader) { Skills = skills.For(pk) is [var list] ? list : null, Sources = sources.For(pk) };
            }
        }
    }

    // The filter as " WHERE ..." on posting_facets f, with its parameters on the command.
    private SqliteCommand FilteredCommand(SqliteConnection connection, PostingFilter filter, out string where)
    {
        var command = connection.CreateCommand();
        var (parts, remote) = FtsMatch.Where(filter.Where);
        var match = FtsMatch.Build(null, parts);
        var conditions = FilterSql.Conditions(command, filter, remote, _time.GetUtcNow());
        var location = match is null ? string.Empty : " AND f.pk IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH $match)";
        if (match is not null)
        {
            command.Parameters.AddWithValue("$match", match);
        }

        where = location.Length + conditions.Length == 0 ? string.Empty : $" WHERE 1 = 1{location}{conditions}";
        return command;
    }

    // A child table's rows in posting order, limited to the filtered postings when there is a filter.
    private SqliteCommand ChildCommand(SqliteConnection connection, PostingFilter filter, string select, string orderBy)
    {
        var command = FilteredCommand(connection, filter, out var where);
        command.CommandText = where.Length == 0
            ? $"{select} {orderBy}"
            : $"{select} WHERE posting_pk IN (SELECT f.pk FROM posting_facets f{where}) {orderBy}";
        return command;
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
