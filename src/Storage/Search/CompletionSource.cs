using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Search;

/// <summary>
/// Keeps the <see cref="CompletionVocabulary"/> of one database: loaded on the first search that needs it (the searches
/// arriving meanwhile wait for the same load), then reloaded in the background when postings were added since, checked
/// at most once a <see cref="RecheckAfter"/>, while searches go on with the one in hand.
/// </summary>
internal sealed class CompletionSource(StoreConnections connections, TimeProvider time)
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private Task<Loaded>? _current;
    private Task? _reloading;

    private sealed record Loaded(CompletionVocabulary Vocabulary, long LastPk, DateTimeOffset CheckedAt);

    public async Task<CompletionVocabulary> GetAsync(CancellationToken ct)
    {
        Task<Loaded> current;
        lock (_lock)
        {
            // A failed load is not kept: the next search tries again.
            current = _current is { IsFaulted: false, IsCanceled: false } ? _current : _current = LoadAsync();
        }

        var loaded = await current.WaitAsync(ct);
        if (time.GetUtcNow() - loaded.CheckedAt >= RecheckAfter)
        {
            RecheckInBackground(loaded);
        }

        return loaded.Vocabulary;
    }

    /// <summary>Completes when the background recheck started last (if any) has finished.</summary>
    internal Task WhenRecheckedAsync()
    {
        lock (_lock)
        {
            return _reloading ?? Task.CompletedTask;
        }
    }

    private void RecheckInBackground(Loaded loaded)
    {
        lock (_lock)
        {
            if (_reloading is { IsCompleted: false })
            {
                return;
            }

            _reloading = Task.Run(async () =>
            {
                try
                {
                    await using var connection = await connections.OpenAsync(CancellationToken.None);
                    var next = await LastPkAsync(connection) == loaded.LastPk
                        ? loaded with { CheckedAt = time.GetUtcNow() }
                        : await LoadAsync(connection);
                    lock (_lock)
                    {
                        _current = Task.FromResult(next);
                    }
                }
                catch (SqliteException)
                {
                    // The database was busy or went away: keep the vocabulary in hand; the next search rechecks.
                }
            });
        }
    }

    private async Task<Loaded> LoadAsync()
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        return await LoadAsync(connection);
    }

    private async Task<Loaded> LoadAsync(SqliteConnection connection)
    {
        // The key first: postings added while the words are read make the next recheck read them again.
        var last = await LastPkAsync(connection);
        var vocabulary = await CompletionVocabulary.LoadAsync(connection, CancellationToken.None);
        return new Loaded(vocabulary, last, time.GetUtcNow());
    }

    /// <summary>The newest posting's key: it moves when postings are added (a change of title alone waits for that).</summary>
    private static async Task<long> LastPkAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(pk), 0) FROM postings";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
