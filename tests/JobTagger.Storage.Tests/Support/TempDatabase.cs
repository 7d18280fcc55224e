using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace JobTagger.Storage.Tests.Support;

/// <summary>A database file in a fresh temp folder, deleted afterwards, and a fake clock at a fixed date.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("jobtagger-storage-").FullName;
        Path = System.IO.Path.Combine(Folder, "jobtagger.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public Task<SqliteJobStore> OpenAsync() => SqliteJobStore.OpenAsync(Path, Time);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
