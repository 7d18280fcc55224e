using System.Net;
using System.Text.Json;
using JobTagger.Storage.Search;
using JobTagger.Web.Hosting;
using JobTagger.Web.Tests.Support;

namespace JobTagger.Web.Tests.Api;

public sealed class SearchConcurrencyTests
{
    [Fact]
    public async Task Search_PastTheQueue_Returns503ProblemAtOnceAndTheQueuedOnesFinish()
    {
        var search = new GatedPostingSearch();
        var server = new WebServer(() => search);
        await server.InitializeAsync();
        try
        {
            // Fill the running slots and the queue with searches the store holds back.
            var held = LimitedPostingSearch.Permits + LimitedPostingSearch.QueueLimit;
            var waiting = Enumerable.Range(0, held)
                .Select(i => server.Client.GetAsync(new Uri($"/api/search?q=ops{i}", UriKind.Relative)))
                .ToList();
            await search.WaitForRunningAsync(LimitedPostingSearch.Permits);
            // The queued requests have no signal of their own; give them time to reach the queue.
            await Task.Delay(1000);

            using var rejected = await server.Client.GetAsync(new Uri("/api/search?q=one-too-many", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, rejected.StatusCode);
            Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
            Assert.Equal("1", Assert.Single(rejected.Headers.GetValues("Retry-After")));
            using var json = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
            Assert.Equal(503, json.RootElement.GetProperty("status").GetInt32());

            search.Release();
            var answers = await Task.WhenAll(waiting);
            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
        finally
        {
            search.Release();
            await server.DisposeAsync();
        }
    }

    /// <summary>A search that holds every query until released, counting how many are inside.</summary>
    private sealed class GatedPostingSearch : IPostingSearch
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _running;

        public async Task WaitForRunningAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (Volatile.Read(ref _running) < count)
            {
                await Task.Delay(20, timeout.Token);
            }
        }

        public void Release() => _gate.TrySetResult();

        public async Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _running);
            await _gate.Task;
            return new SearchPage([], 0);
        }

        public Task<PostingDetail?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult<PostingDetail?>(null);
    }
}
