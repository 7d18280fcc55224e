using JobTagger.Domain.Crawling;
using JobTagger.Domain.Errors;
using JobTagger.Domain.Ingestion;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Crawling;
using JobTagger.Storage.Schema;
using JobTagger.Storage.Search;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage;

/// <summary>
/// The JobTagger database: one SQLite file (WAL) holding tagged postings, their sources, skills, the search index,
/// crawl state and rejects. One writer at a time (calls are serialized); any number of concurrent readers.
/// </summary>
public sealed partial class SqliteJobStore : IAsyncDisposable
{
    private readonly StoreConnections _connections;
    private readonly SqliteConnection? _writeConnection;
    private readonly PostingWriter? _writer;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeProvider _time;

    private SqliteJobStore(StoreConnections connections, SqliteConnection? writeConnection, TimeProvider time)
    {
        _connections = connections;
        _writeConnection = writeConnection;
        _time = time;
        _writer = writeConnection is null ? null : new PostingWriter(writeConnection, time);
        Search = new PostingSearch(connections, time);
        CrawlState = new SqliteCrawlStateStore(this, connections, time);
    }

    /// <summary>The database file.</summary>
    public string Path => _connections.Path;

    /// <summary>True when opened with <see cref="OpenReadOnlyAsync"/>: storing throws.</summary>
    public bool IsReadOnly => _writeConnection is null;

    public IPostingSearch Search { get; }

    public ICrawlStateStore CrawlState { get; }

    /// <summary>Opens the database for writing, creating it or migrating it to the current schema.</summary>
    /// <exception cref="JobTaggerException">The file is not SQLite, or not a JobTagger database.</exception>
    public static async Task<SqliteJobStore> OpenAsync(string path, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        var connections = new StoreConnections(System.IO.Path.GetFullPath(path), readOnly: false);
        var connection = await connections.OpenAsync(ct);
        try
        {
            await using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                await wal.ExecuteNonQueryAsync(ct);
            }

            await SchemaMigrator.MigrateAsync(connection, path, ct);
            return new SqliteJobStore(connections, connection, time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens an existing database for reading only (search, export, serve), also while another process writes.</summary>
    /// <exception cref="JobTaggerException">There is no such file, it is not a JobTagger database, or its schema is old.</exception>
    public static async Task<SqliteJobStore> OpenReadOnlyAsync(string path, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        if (!File.Exists(path))
        {
            throw JobTaggerException.NoDatabase(path);
        }

        var connections = new StoreConnections(System.IO.Path.GetFullPath(path), readOnly: true);
        await using var connection = await connections.OpenAsync(ct);
        var version = await SchemaMigrator.CheckVersionAsync(connection, path, ct);
        if (version == 0)
        {
            throw JobTaggerException.NoDatabase(path);
        }

        if (version < SchemaMigrator.CurrentVersion)
        {
            throw JobTaggerException.InvalidData(path,
                $"database schema v{version} is older than v{SchemaMigrator.CurrentVersion}; run 'jobtagger tag' once to upgrade it");
        }

        return new SqliteJobStore(connections, null, time);
    }

    /// <summary>
    /// Stores postings and rejects in one transaction. Each posting is inserted, updated (content changed; skills
    /// replaced), left unchanged, or recorded as one more source of a posting already stored (a duplicate).
    /// </summary>
    public Task<StoreBatchResult> StoreBatchAsync(
        IReadOnlyList<TaggedPosting> postings, IReadOnlyList<RejectedRecord> rejects, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(postings);
        return StoreBatchAsync(postings.Select(PreparedPosting.From).ToList(), rejects, ct);
    }

    /// <summary>
    /// Stores postings whose column values were computed beforehand with <see cref="PreparedPosting.From"/>: the
    /// tagging pipeline prepares them on every core, so the single writer only talks to SQLite.
    /// </summary>
    public async Task<StoreBatchResult> StoreBatchAsync(
        IReadOnlyList<PreparedPosting> postings, IReadOnlyList<RejectedRecord> rejects, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(rejects);
        var writer = _writer ?? throw new InvalidOperationException($"{Path} was opened read-only.");
        await _writeGate.WaitAsync(ct);
        try
        {
            return writer.Store(postings, rejects, ct);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _writer?.Dispose();
        if (_writeConnection is not null)
        {
            await using (var optimize = _writeConnection.CreateCommand())
            {
                optimize.CommandText = "PRAGMA optimize;";
                await optimize.ExecuteNonQueryAsync();
            }

            await _writeConnection.DisposeAsync();
        }

        _connections.ClearPool();

        _writeGate.Dispose();
    }

    /// <summary>Runs <paramref name="action"/> on the write connection, serialized with batches (crawl state saves).</summary>
    internal async Task WithWriterAsync(Func<SqliteConnection, Task> action, CancellationToken ct)
    {
        var connection = _writeConnection ?? throw new InvalidOperationException($"{Path} was opened read-only.");
        await _writeGate.WaitAsync(ct);
        try
        {
            await action(connection);
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
