using JobTagger.Storage.Search;
using Microsoft.AspNetCore.Builder;

namespace JobTagger.Web.Tests.Support;

/// <summary>
/// The real app on an ephemeral loopback port with a client pointed at it; over the in-memory test double of the
/// search unless a subclass opens another (see <see cref="SqliteWebServer"/>).
/// </summary>
public class WebServer : IAsyncLifetime
{
    private readonly Func<IPostingSearch>? _createSearch;
    private WebApplication? _app;

    public WebServer()
        : this(() => new InMemoryPostingSearch(SamplePostings.All))
    {
    }

    internal WebServer(Func<IPostingSearch>? createSearch) => _createSearch = createSearch;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public StringWriter ErrorLog { get; } = new();

    public async Task InitializeAsync()
    {
        var search = await OpenSearchAsync();
        _app = SearchWebApp.Build(search, ["http://127.0.0.1:0"], TextWriter.Synchronized(ErrorLog));
        await _app.StartAsync();
        BaseAddress = new Uri(SearchWebApp.Addresses(_app).Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await CloseSearchAsync();
    }

    private protected virtual Task<IPostingSearch> OpenSearchAsync() => Task.FromResult(_createSearch!());

    private protected virtual Task CloseSearchAsync() => Task.CompletedTask;
}
