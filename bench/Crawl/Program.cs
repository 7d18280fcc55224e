using System.Diagnostics;
using JobTagger.Bench.Crawl;
using JobTagger.Cli.Tagging;
using JobTagger.Domain.Crawling;
using JobTagger.Ingest.Crawling;
using JobTagger.Storage;

// Crawl speed: `dotnet run -c Release --project bench/Crawl [-- runs]`. A local Kestrel site of 1,000 JSON-LD job
// pages, crawled from its sitemap at concurrency 16 with no rate limit; median of the runs (5 by default), each into a
// fresh state store. Measures fetch + extract + crawl state, and end to end as `jobtagger crawl` runs: fetch, extract,
// classify, tag skills and store into SQLite through the tagging pipeline.
const int Pages = 1000;
var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
await using var site = await BenchJobSite.StartAsync(Pages);
var options = new CrawlOptions
{
    Seeds = [new Uri(site.BaseUrl, "sitemap.xml")],
    MaxPages = Pages,
    RatePerSecond = 0,
    Concurrency = 16,
    Contact = new Uri("https://example.org/bench"),
};

// Warm-up: JIT the whole path once.
await CrawlAsync(options with { MaxPages = 50 }, new MemoryCrawlStateStore());

var memory = new List<double>();
var sqlite = new List<double>();
var unchanged = new List<double>();
var endToEnd = new List<double>();
for (var run = 0; run < runs; run++)
{
    var store = new MemoryCrawlStateStore();
    memory.Add(await CrawlAsync(options, store));
    unchanged.Add(await CrawlAsync(options, store));

    var path = Path.Combine(Path.GetTempPath(), $"jobtagger-crawl-bench-{Environment.ProcessId}-{run}.db");
    await using (var db = await SqliteJobStore.OpenAsync(path, TimeProvider.System))
    {
        sqlite.Add(await CrawlAsync(options, db.CrawlState));
    }

    var tagged = Path.Combine(Path.GetTempPath(), $"jobtagger-crawl-bench-{Environment.ProcessId}-{run}-tagged.db");
    await using (var db = await SqliteJobStore.OpenAsync(tagged, TimeProvider.System))
    {
        endToEnd.Add(await CrawlAndTagAsync(options, db));
    }

    foreach (var file in Directory.GetFiles(Path.GetTempPath(), $"jobtagger-crawl-bench-{Environment.ProcessId}-{run}*"))
    {
        File.Delete(file);
    }
}

Console.WriteLine($"crawl, state in memory:  {Median(memory),6:N0} pages/s  (runs: {string.Join(", ", memory.Select(r => r.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))})");
Console.WriteLine($"crawl, state in SQLite:  {Median(sqlite),6:N0} pages/s  (runs: {string.Join(", ", sqlite.Select(r => r.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))})");
Console.WriteLine($"re-crawl, all 304:       {Median(unchanged),6:N0} pages/s");
Console.WriteLine($"crawl + tag + store:     {Median(endToEnd),6:N0} pages/s  (runs: {string.Join(", ", endToEnd.Select(r => r.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))})");
Console.WriteLine($"{Pages:N0} JSON-LD pages, concurrency 16, no rate limit, median of {runs}; server and crawler share this machine's {Environment.ProcessorCount} cores.");
return 0;

static async Task<double> CrawlAsync(CrawlOptions options, ICrawlStateStore store)
{
    var crawler = new JobSiteCrawler(options, store, TimeProvider.System);
    var watch = Stopwatch.StartNew();
    var postings = 0;
    await foreach (var result in crawler.ReadAsync())
    {
        postings += result.Posting is null ? 0 : 1;
    }

    watch.Stop();
    var summary = crawler.LastSummary!;
    var pages = summary.Count(CrawlOutcome.Stored) + summary.Count(CrawlOutcome.Unchanged);
    if (pages < options.MaxPages)
    {
        throw new InvalidOperationException($"only {pages} of {options.MaxPages} pages crawled: {string.Join("; ", summary.Failures.Take(3).Select(f => f.Reason))}");
    }

    return pages / watch.Elapsed.TotalSeconds;
}

static async Task<double> CrawlAndTagAsync(CrawlOptions options, SqliteJobStore db)
{
    var crawler = new JobSiteCrawler(options, db.CrawlState, TimeProvider.System);
    var runner = new TagRunner(EnrichmentPipelineFactory.Create(modelPath: null, skillsPath: null), db, TimeProvider.System);
    var watch = Stopwatch.StartNew();
    var summary = await runner.RunAsync([crawler]);
    watch.Stop();
    if (summary.Read < options.MaxPages)
    {
        throw new InvalidOperationException($"only {summary.Read} of {options.MaxPages} postings stored");
    }

    return summary.Read / watch.Elapsed.TotalSeconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}
