using JobTagger.Storage;
using JobTagger.Storage.Search;

namespace JobTagger.Web.Tests.Support;

/// <summary>
/// The app over a real temp SQLite database: the sample postings stored with <see cref="SqliteJobStore"/>, then the
/// file opened read-only, as <c>jobtagger serve</c> does.
/// </summary>
public sealed class SqliteWebServer : WebServer
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jobtagger-web-" + Guid.NewGuid().ToString("N"));
    private SqliteJobStore? _store;

    public string DatabasePath => Path.Combine(_folder, "jobtagger.db");

    public static TimeProvider Time { get; } = new FixedTimeProvider(SamplePostings.Now);

    public SqliteWebServer()
        : base(null)
    {
    }

    private protected override async Task<IPostingSearch> OpenSearchAsync()
    {
        Directory.CreateDirectory(_folder);
        await using (var writer = await SqliteJobStore.OpenAsync(DatabasePath, Time))
        {
            await writer.StoreBatchAsync(SamplePostings.All, []);
        }

        _store = await SqliteJobStore.OpenReadOnlyAsync(DatabasePath, Time);
        return _store.Search;
    }

    private protected override async Task CloseSearchAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
