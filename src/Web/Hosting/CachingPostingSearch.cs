using System.Globalization;
using JobTagger.Storage.Search;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;

namespace JobTagger.Web.Hosting;

/// <summary>
/// Answers a search asked again within <see cref="SearchWebOptions.CacheDuration"/> from memory, and runs identical
/// searches arriving together once: a search page is asked for over and over (the same popular searches, every page
/// view of a shared link, the script's search-as-you-type). Results are at most that old; the store is not watched.
/// Bounded to <see cref="MaxEntries"/> pages. Posting pages are read from the store each time.
/// </summary>
internal sealed class CachingPostingSearch : IPostingSearch, IDisposable
{
    public const int MaxEntries = 4096;

    private readonly IPostingSearch _inner;
    private readonly TimeSpan _duration;
    private readonly MemoryCache _cache;
    private readonly Lock _lock = new();
    private long _searches;
    private long _storeReads;

    public CachingPostingSearch(IPostingSearch inner, TimeSpan duration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(duration.Ticks, nameof(duration));
        _inner = inner;
        _duration = duration;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = MaxEntries, Clock = new Clock(time) });
    }

    public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = Key(query);
        Task<SearchPage>? search;
        lock (_lock)
        {
            _searches++;
            // A failed search is never served again (it may have failed before it was even stored): run it afresh.
            if (!_cache.TryGetValue(key, out search) || search is null || search.IsFaulted || search.IsCanceled)
            {
                // Not the caller's token: others may wait for this search too; each caller stops waiting on its own.
                search = RunAsync(key, query);
                _storeReads++;
                _cache.Set(key, search, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _duration });
            }
        }

        return search.WaitAsync(cancellationToken);
    }

    /// <summary>How many searches were asked, and how many of them read the store (the rest came from memory).</summary>
    internal (long Searches, long StoreReads) Counts
    {
        get
        {
            lock (_lock)
            {
                return (_searches, _storeReads);
            }
        }
    }

    public Task<PostingDetail?> GetAsync(string id, CancellationToken cancellationToken = default) => _inner.GetAsync(id, cancellationToken);

    public void Dispose() => _cache.Dispose();

    private async Task<SearchPage> RunAsync(string key, SearchQuery query)
    {
        try
        {
            return await _inner.SearchAsync(query, CancellationToken.None);
        }
        catch
        {
            // A failure (the server busy, the store gone) frees its place at once.
            _cache.Remove(key);
            throw;
        }
    }

    /// <summary>The same search whatever the letter case, the order of the skills, or the spacing inside the words.</summary>
    private static string Key(SearchQuery q) => string.Join('\u001f',
        Normalize(q.What),
        Normalize(q.Where),
        q.Role?.ToString() ?? string.Empty,
        string.Join('\u001e', q.Skills.Select(s => s.Trim().ToLowerInvariant()).Order(StringComparer.Ordinal)),
        q.RemoteOnly ? "remote" : string.Empty,
        q.PostedWithin?.Ticks.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        q.Offset.ToString(CultureInfo.InvariantCulture),
        q.Limit.ToString(CultureInfo.InvariantCulture));

    // Whitespace runs count as one space; a trailing one is kept (it says the last word is finished).
    private static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words) + (char.IsWhiteSpace(text[^1]) ? " " : string.Empty);
    }

    private sealed class Clock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
