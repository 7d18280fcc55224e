using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using JobTagger.Web.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace JobTagger.Web.Tests.Hosting;

public sealed class CachingPostingSearchTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingSearch _store = new();

    [Fact]
    public async Task Search_SameSearchWrittenDifferently_ReadsTheStoreOnce()
    {
        using var cache = new CachingPostingSearch(_store, Duration, _time);

        var first = await cache.SearchAsync(new SearchQuery { What = "Supply  Chain", Where = "Austin", Skills = ["Lean", "budgeting"] });
        var second = await cache.SearchAsync(new SearchQuery { What = "supply chain", Where = "AUSTIN", Skills = ["Budgeting", "lean"] });

        Assert.Same(first, second);
        Assert.Equal(1, _store.Calls);
        Assert.Equal((2, 1), cache.Counts);
    }

    public static TheoryData<SearchQuery> OtherSearches => new()
    {
        // Another page.
        new SearchQuery { What = "supply chain", Offset = 20 },
        // The last word finished (a trailing space) is another search than the word being typed.
        new SearchQuery { What = "supply chain " },
        // Another filter.
        new SearchQuery { What = "supply chain", Role = Role.Ceo },
        new SearchQuery { What = "supply chain", RemoteOnly = true },
        new SearchQuery { What = "supply chain", PostedWithin = TimeSpan.FromDays(7) },
        new SearchQuery { What = "supply chain", Limit = 50 },
    };

    [Theory]
    [MemberData(nameof(OtherSearches))]
    public async Task Search_AnythingDifferent_ReadsTheStoreAgain(SearchQuery other)
    {
        using var cache = new CachingPostingSearch(_store, Duration, _time);

        await cache.SearchAsync(new SearchQuery { What = "supply chain" });
        await cache.SearchAsync(other);

        Assert.Equal(2, _store.Calls);
    }

    [Fact]
    public async Task Search_AfterTheCacheDuration_ReadsTheStoreAgain()
    {
        using var cache = new CachingPostingSearch(_store, Duration, _time);

        await cache.SearchAsync(new SearchQuery { What = "plant manager" });
        _time.Advance(Duration - TimeSpan.FromSeconds(1));
        await cache.SearchAsync(new SearchQuery { What = "plant manager" });
        _time.Advance(TimeSpan.FromSeconds(1));
        await cache.SearchAsync(new SearchQuery { What = "plant manager" });

        Assert.Equal(2, _store.Calls);
    }

    [Fact]
    public async Task Search_IdenticalSearchesTogether_RunOnce()
    {
        using var cache = new CachingPostingSearch(_store, Duration, _time);
        _store.Hold();

        var searches = Enumerable.Range(0, 5).Select(_ => cache.SearchAsync(new SearchQuery { What = "coo" })).ToList();
        _store.Release();
        var pages = await Task.WhenAll(searches);

        Assert.Equal(1, _store.Calls);
        Assert.All(pages, page => Assert.Same(pages[0], page));
    }

    [Fact]
    public async Task Search_Failed_IsNotServedAgain()
    {
        using var cache = new CachingPostingSearch(_store, Duration, _time);
        _store.FailNext = true;

        await Assert.ThrowsAsync<SearchBusyException>(() => cache.SearchAsync(new SearchQuery { What = "coo" }));
        var page = await cache.SearchAsync(new SearchQuery { What = "coo" });

        Assert.Equal(2, _store.Calls);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Search_CallerCancels_OthersStillGetTheAnswer()
    {
        using var cache = new CachingPostingSearch(_store, Duration, _time);
        _store.Hold();
        using var cancel = new CancellationTokenSource();

        var leaving = cache.SearchAsync(new SearchQuery { What = "coo" }, cancel.Token);
        var staying = cache.SearchAsync(new SearchQuery { What = "coo" });
        await cancel.CancelAsync();
        _store.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.Equal(1, (await staying).Total);
        Assert.Equal(1, _store.Calls);
    }

    /// <summary>A store that counts its searches, can hold them until released, and can fail once.</summary>
    private sealed class CountingSearch : IPostingSearch
    {
        private TaskCompletionSource _gate = CompletedGate();
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public bool FailNext { get; set; }

        public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate.TrySetResult();

        public async Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            await _gate.Task;
            if (FailNext)
            {
                FailNext = false;
                throw new SearchBusyException();
            }

            return new SearchPage([new SearchHit { Id = "a:1", Title = query.What ?? string.Empty, Snippet = string.Empty }], 1);
        }

        public Task<PostingDetail?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult<PostingDetail?>(null);

        private static TaskCompletionSource CompletedGate()
        {
            var gate = new TaskCompletionSource();
            gate.SetResult();
            return gate;
        }
    }
}
