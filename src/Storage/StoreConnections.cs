using JobTagger.Domain.Errors;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage;

/// <summary>
/// Opens connections to one database file with the pragmas every connection needs. Readers get their own pooled
/// connections, so searches run while the writer stores batches (WAL: readers see the last committed batch).
/// </summary>
internal sealed class StoreConnections(string path, bool readOnly)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>How much of the file a reader maps (SQLite's <c>mmap_size</c>).</summary>
    private const long MappedBytes = 4L << 30;

    public string Path { get; } = path;

    /// <summary>Closes the idle pooled connections of this file, so the WAL is checkpointed and the file released.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            // The first statement that reads the file header: a file that is not SQLite fails here. Readers map the
            // file rather than copy pages in with a read call each: a search touching pages no connection has cached
            // yet (most searches differ) was up to twice as slow through read calls. The writer does not: the pages
            // its merges touch would count in the process's memory (file-backed, but that is what a user sees).
            command.CommandText = $"""
                PRAGMA foreign_keys = ON;
                PRAGMA synchronous = NORMAL;
                PRAGMA temp_store = MEMORY;
                PRAGMA cache_size = -32768;
                PRAGMA mmap_size = {(readOnly ? MappedBytes : 0)};
                SELECT count(*) FROM sqlite_master;
                """;
            await command.ExecuteScalarAsync(ct);
            return connection;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 or 11)
        {
            // SQLITE_NOTADB or SQLITE_CORRUPT: whatever the file is, it is not a database we can use.
            await connection.DisposeAsync();
            SqliteConnection.ClearAllPools();
            throw JobTaggerException.NotADatabase(Path, ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
