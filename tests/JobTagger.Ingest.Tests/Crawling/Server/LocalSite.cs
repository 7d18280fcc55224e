using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobTagger.Ingest.Tests.Crawling.Server;

/// <summary>
/// A Kestrel site on 127.0.0.1 with an ephemeral port. Tests map its routes; it logs every request with the (fake)
/// time it arrived, so tests can check rate limits and retry delays in the crawler's own clock.
/// </summary>
internal sealed class LocalSite : IAsyncDisposable
{
    private const string WarmUpPath = "/__warm-up";
    private readonly WebApplication _app;

    private LocalSite(WebApplication app, TimeProvider time)
    {
        _app = app;
        Time = time;
    }

    public TimeProvider Time { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<LoggedRequest> Requests { get; } = new();

    public static async Task<LocalSite> StartAsync(TimeProvider time, Action<WebApplication, LocalSite> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new LocalSite(app, time);
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == WarmUpPath)
            {
                return;
            }

            site.Requests.Enqueue(new LoggedRequest(
                context.Request.Path + context.Request.QueryString, time.GetUtcNow(), context.Request.Headers.UserAgent.ToString(),
                context.Request.Headers.IfNoneMatch.ToString()));
            await next(context);
        });
        map(app, site);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");

        // One real request first, so the server's first-request start-up cost is not charged to a test's fake clock.
        using var client = new HttpClient();
        using var _ = await client.GetAsync(site.Url(WarmUpPath.TrimStart('/')));
        return site;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public int CountOf(string path) => Requests.Count(r => r.Path == path);

    public IReadOnlyList<DateTimeOffset> TimesOf(string path) => [.. Requests.Where(r => r.Path == path).Select(r => r.At)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the site saw.</summary>
internal sealed record LoggedRequest(string Path, DateTimeOffset At, string UserAgent, string IfNoneMatch);
