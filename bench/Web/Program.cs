using System.Diagnostics;
using System.Net;
using JobTagger.Bench.Web;
using JobTagger.Storage;
using JobTagger.Web;

// Requests per second and latency of GET /api/search on loopback, 50 concurrent clients, over a generated database.
//   dotnet run -c Release --project bench/Web                                  200,000 postings, 50 clients, 20 s
//   dotnet run -c Release --project bench/Web -- --postings 20000 --clients 50 --seconds 10 --db /tmp/b.db
//   dotnet run -c Release --project bench/Web -- --web-only                    the web layer alone, no store
// The database is generated once and reused when the file exists.
var postings = Option("--postings", 200_000);
var clients = Option("--clients", 50);
var seconds = Option("--seconds", 20);
var maxRequests = Option("--max-requests", 1_000_000);
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
await using var app = SearchWebApp.Build(store?.Search ?? new FixedPageSearch(), ["http://127.0.0.1:0"]);
await app.StartAsync();
var address = new Uri(SearchWebApp.Addresses(app).Single());

// A mix of what people type: words and places, role and skill filters, later pages, and plain listings.
string[] paths =
[
    "/api/search?q=operations+director&where=Austin",
    "/api/search?q=operations&role=coo&page=2",
    "/api/search?q=chief+strategy&where=New+York",
    "/api/search?q=budget&skill=Lean",
    "/api/search?q=investors&role=ceo&pageSize=50",
    "/api/search?where=Denver&skill=Budgeting&skill=Inventory+management",
    "/api/search?q=plant+manager&remote=true",
    "/api/search",
    "/api/search?q=mergers+acquisitions&page=3",
    "/api/search?q=supply+chain+vendors&where=Chicago",
];

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

var result = await LoadRun.RunAsync(client, paths, clients, TimeSpan.FromSeconds(seconds), maxRequests);
var ms = result.LatenciesMs;
Console.WriteLine($"store: {(webOnly ? "none (--web-only: a fixed page of 20 hits)" : db)}");
Console.WriteLine($"postings: {(webOnly ? 0 : postings):N0}   clients: {clients}   cores: {Environment.ProcessorCount}   (server and clients in one process)");
Console.WriteLine($"requests: {result.Requests:N0} in {result.Elapsed.TotalSeconds:N1} s, failures: {result.Failures}");
Console.WriteLine($"throughput: {result.Requests / result.Elapsed.TotalSeconds:N0} requests/s");
Console.WriteLine($"latency ms: p50 {LoadRun.Percentile(ms, 0.50):N1}   p95 {LoadRun.Percentile(ms, 0.95):N1}   p99 {LoadRun.Percentile(ms, 0.99):N1}   max {ms[^1]:N1}");
await app.StopAsync();
return result.Failures == 0 ? 0 : 1;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
