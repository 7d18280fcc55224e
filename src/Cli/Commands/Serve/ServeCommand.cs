using System.CommandLine;
using JobTagger.Domain.Errors;
using JobTagger.Storage;
using JobTagger.Web;

namespace JobTagger.Cli.Commands.Serve;

/// <summary>
/// <c>jobtagger serve</c>: the "find your dream job" page and its JSON API over the database, opened read-only so
/// <c>tag</c> or <c>crawl</c> can keep writing to it. Runs until Ctrl-C.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';' between several (port 0 picks a free port). Loopback by default: the page has no login.",
            DefaultValueFactory = _ => DefaultUrl,
        };
        var cacheSeconds = new Option<int>("--cache-seconds")
        {
            Description = "Serve a search asked again within this many seconds from memory (results at most that old); 0 reads the database every time.",
            DefaultValueFactory = _ => (int)SearchWebOptions.DefaultCacheDuration.TotalSeconds,
        };
        cacheSeconds.InRange(0, 86_400);
        var command = new Command("serve", "Serve the search page and its JSON API (/api/search, /api/postings/{id}) over the database.") { db, urls, cacheSeconds };
        command.SetAction(async (parseResult, ct) =>
        {
            var listen = ServeUrls.Parse(parseResult.GetValue(urls)!);
            await using var store = await SqliteJobStore.OpenReadOnlyAsync(parseResult.GetValue(db)!, context.Time, ct);
            var options = new SearchWebOptions { CacheDuration = TimeSpan.FromSeconds(parseResult.GetValue(cacheSeconds)), Time = context.Time };
            await using var app = SearchWebApp.Build(store.Search, listen, context.Error, options);
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException ex)
            {
                throw JobTaggerException.CannotListen(string.Join(';', listen), ex);
            }

            foreach (var address in SearchWebApp.Addresses(app))
            {
                await context.Out.WriteLineAsync($"Serving {store.Path} at {address} (Ctrl-C to stop)");
            }

            await context.Out.FlushAsync(ct);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl-C is how a server is meant to stop: not a failure.
            }

            await app.StopAsync(CancellationToken.None);
            await context.Out.WriteLineAsync("Stopped.");
            return ExitCodes.Success;
        });
        return command;
    }
}
