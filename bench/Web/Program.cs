using System.Diagnostics;
using System.Net;
using JobTagger.Bench.Web;
using JobTagger.Storage;
using JobTagger.Storage.Search;
using JobTagger.Web;
using JobTagger.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

// Requests per second and latency of GET /api/search on loopback, 50 concurrent clients, over a generated database.
//   dotnet run -c Release --project bench/Web                                  200,000 postings, 50 clients, 20 s
//   dotnet run -c Release --project bench/Web -- --postings 20000 --clients 50 --seconds 10 --db /tmp/b.db
//   dotnet run -c Release --project bench/Web -- --web-only                    the web layer alone, no store
//   --distinct 2000      how many distinct searches the clients choose from (Zipf popularity, see QueryMix)
//   --cache-seconds 60   the server's answer cache (serve's default); 0 reads the store for every request
//   --warmup 5           seconds of the same load first, not measured (JIT, SQLite page caches, the completion words)
// The database is generated once and reused when the file exists.
var postings = Option("--postings", 200_000);
var clients = Option("--clients", 50);
var seconds = Option("--seconds", 20);
var maxRequests = Option("--max-requests", 1_000_000);
var distinct = Option("--distinct", 2_000);
var warmup = Option("--warmup", 5);
var cacheSeconds = Option("--cache-seconds", (int)SearchWebOptions.DefaultCacheDuration.TotalSeconds);
var dbAt = Array.IndexOf(args, "--db");
var db = dbAt >= 0 ? args[dbAt + 1] : Path.Combine(Path.GetTempPath(), $"jobtagger-bench-web-{postings}.db");

var webOnly = args.Contains("--web-only");
if (!webOnly && !File.Exists(db))
{
    Console.WriteLine($"generating {postings:N0} postings into {db}");
    var generate = Stopwatch.StartNew();
    await SyntheticBoard.CreateAsync(db, postings, TimeProvider.System, CancellationToken.None);
    Console.WriteLine($"  done in {generate.Elapsed.TotalSeconds:N0} s, {new FileInfo(db).Length / 1e6:N0} MB");
}

await using var store = webOnly ? null : await SqliteJobStore.OpenReadOnlyAsync(db, TimeProvider.System);
await using var app = SearchWebApp.Build(store?.Search ?? new FixedPageSearch(), ["http://127.0.0.1:0"], null,
    new SearchWebOptions { CacheDuration = TimeSpan.FromSeconds(cacheSeconds) });
await app.StartAsync();
var address = new Uri(SearchWebApp.Addresses(app).Single());

var mix = new QueryMix(distinct, seed: 7);
string[] paths = [.. Enumerable.Range(0, 10).Select(i => mix.Next(new Random(i)))];

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false, AutomaticDecompression = DecompressionMethods.None };
using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
Console.WriteLine($"one request at a time against {address} (also the warm-up):");
foreach (var path in paths)
{
    var started = Stopwatch.GetTimestamp();
    var body = await client.GetStringAsync(new Uri(path, UriKind.Relative));
    var total = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32();
    Console.WriteLine($"  {Stopwatch.GetElapsedTime(started).TotalMilliseconds,8:N1} ms  {total,8:N0} hits  {path}");
}

if (args.Contains("--survey"))
{
    // Every distinct search once, one at a time (run with --cache-seconds 0): which kinds of search are slow.
    var times = new List<(double Ms, string Path)>();
    foreach (var path in mix.Paths)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        times.Add((Stopwatch.GetElapsedTime(started).TotalMilliseconds, path));
    }

    var sorted = times.Select(t => t.Ms).Order().ToArray();
    Console.WriteLine($"survey of {times.Count:N0} searches one at a time: p50 {LoadRun.Percentile(sorted, 0.5):N1} ms, p95 {LoadRun.Percentile(sorted, 0.95):N1} ms, mean {sorted.Average():N1} ms");
    // By which parameters a search has: where the store's time goes.
    foreach (var kind in times.GroupBy(t => Kind(t.Path)).OrderByDescending(g => g.Sum(t => t.Ms)))
    {
        var kindMs = kind.Select(t => t.Ms).Order().ToArray();
        Console.WriteLine($"  {kind.Key,-24} {kindMs.Length,5:N0} searches  p50 {LoadRun.Percentile(kindMs, 0.5),6:N1} ms  mean {kindMs.Average(),6:N1} ms  {kindMs.Sum() / times.Sum(t => t.Ms),6:P0} of the time");
    }

    Console.WriteLine("slowest:");
    foreach (var (slow, path) in times.OrderByDescending(t => t.Ms).Take(25))
    {
        Console.WriteLine($"  {slow,8:N1} ms  {Uri.UnescapeDataString(path)}");
    }

    return 0;
}

if (warmup > 0)
{
    await LoadRun.RunAsync(client, mix, clients, TimeSpan.FromSeconds(warmup), maxRequests);
}

var cache = app.Services.GetRequiredService<IPostingSearch>() as CachingPostingSearch;
var before = cache?.Counts ?? default;
var result = await LoadRun.RunAsync(client, mix, clients, TimeSpan.FromSeconds(seconds), maxRequests);
var after = cache?.Counts ?? default;
var ms = result.LatenciesMs;
Console.WriteLine($"store: {(webOnly ? "none (--web-only: a fixed page of 20 hits)" : db)}");
Console.WriteLine($"postings: {(webOnly ? 0 : postings):N0}   clients: {clients}   cores: {Environment.ProcessorCount}   (server and clients in one process)");
Console.WriteLine($"searches: {mix.Count:N0} distinct, Zipf popularity; {result.DistinctPaths:N0} of them asked   cache: {(cacheSeconds > 0 ? $"{cacheSeconds} s" : "off")}");
Console.WriteLine($"requests: {result.Requests:N0} in {result.Elapsed.TotalSeconds:N1} s after {warmup} s of warm-up, failures: {result.Failures}");
if (cache is not null)
{
    var (searches, reads) = (after.Searches - before.Searches, after.StoreReads - before.StoreReads);
    Console.WriteLine($"store reads: {reads:N0} of {searches:N0} searches ({(searches == 0 ? 0 : (double)reads / searches):P1}); the rest answered from memory");
}
Console.WriteLine($"throughput: {result.Requests / result.Elapsed.TotalSeconds:N0} requests/s");
Console.WriteLine($"latency ms: p50 {LoadRun.Percentile(ms, 0.50):N1}   p95 {LoadRun.Percentile(ms, 0.95):N1}   p99 {LoadRun.Percentile(ms, 0.99):N1}   max {ms[^1]:N1}");
await app.StopAsync();
return result.Failures == 0 ? 0 : 1;

static string Kind(string path)
{
    var query = path.Contains('?', StringComparison.Ordinal) ? path[(path.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;
    var names = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Where(n => n != "page").Distinct();
    return string.Join('+', names) is { Length: > 0 } kind ? kind : "listing";
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
