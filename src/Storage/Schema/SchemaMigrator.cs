using JobTagger.Domain.Errors;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Schema;

/// <summary>
/// Brings a database to <see cref="CurrentVersion"/>: each migration runs in its own transaction and bumps
/// <c>PRAGMA user_version</c>, so an interrupted upgrade resumes where it stopped.
/// </summary>
internal static class SchemaMigrator
{
    public const int CurrentVersion = 3;

    private static readonly Func<SqliteConnection, SqliteTransaction, CancellationToken, Task>[] Migrations =
    [
        (connection, transaction, ct) => ExecuteAsync(connection, transaction, SchemaV1.Sql, ct),
        SchemaV2.ApplyAsync,
        (connection, transaction, ct) => ExecuteAsync(connection, transaction, SchemaV3.Sql, ct),
    ];

    public static async Task MigrateAsync(SqliteConnection connection, string path, CancellationToken ct)
    {
        var version = await CheckVersionAsync(connection, path, ct);
        for (var next = version + 1; next <= CurrentVersion; next++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await Migrations[next - 1](connection, transaction, ct);
            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {next};", ct);
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>The schema version, after checking that the file is a JobTagger database this code can read.</summary>
    public static async Task<int> CheckVersionAsync(SqliteConnection connection, string path, CancellationToken ct)
    {
        var version = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", ct), System.Globalization.CultureInfo.InvariantCulture);
        if (version > CurrentVersion)
        {
            throw JobTaggerException.NotADatabase(path, new InvalidOperationException(
                $"schema v{version} is newer than this jobtagger understands (v{CurrentVersion})"));
        }

        if (version == 0)
        {
            var tables = Convert.ToInt64(await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master;", ct), System.Globalization.CultureInfo.InvariantCulture);
            if (tables > 0)
            {
                throw JobTaggerException.NotADatabase(path, new InvalidOperationException(
                    "it holds other tables and no JobTagger schema version"));
            }
        }

        return version;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
