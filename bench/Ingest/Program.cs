using System.Diagnostics;
using System.Text;
using System.Text.Json;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest;
using JobTagger.Ingest.Html;

// Ingest speed: `dotnet run -c Release --project bench/Ingest [-- pagesFolder]`. Median of 5 runs.
// Other modes for checking by hand: `extract page.html` prints the posting, `read ARG` prints what ingest reads.
if (args is ["extract", var path])
{
    var result = new JobPageExtractor().Extract(File.ReadAllText(path), null, new SourceLocation(Path.GetFileName(path)));
    Console.WriteLine(JsonSerializer.Serialize(result.Posting ?? (object?)result.Reject?.Reason, new JsonSerializerOptions { WriteIndented = true }));
    return 0;
}

if (args is ["read", var argument])
{
    foreach (var source in PostingSources.Open(argument, Console.In))
    {
        await foreach (var result in source.ReadAsync())
        {
            Console.WriteLine($"{result.Where}: {result.Reject?.Reason ?? result.Posting!.Title}");
        }
    }

    return 0;
}

const int Postings = 100_000;
var folder = Path.Combine(Path.GetTempPath(), "jobtagger-bench-" + Environment.ProcessId);
Directory.CreateDirectory(folder);
var jsonl = Path.Combine(folder, "bench.jsonl");
WriteJsonLines(jsonl, Postings);

var jsonlRate = Median(5, () =>
{
    var watch = Stopwatch.StartNew();
    var count = 0;
    foreach (var source in PostingSources.Open(jsonl, TextReader.Null))
    {
        foreach (var result in source.ReadAsync().ToBlockingEnumerable())
        {
            count += result.Posting is null ? 0 : 1;
        }
    }

    return count / watch.Elapsed.TotalSeconds;
});
Console.WriteLine($"jsonl: {jsonlRate:N0} postings/s ({Postings:N0} generated postings, median of 5)");

var pagesFolder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "../../../../../tests/JobTagger.Ingest.Tests/Fixtures/html");
var pages = Directory.EnumerateFiles(pagesFolder, "*.htm*").Select(File.ReadAllText).ToArray();
var extractor = new JobPageExtractor();
var pagesRate = Median(5, () =>
{
    var watch = Stopwatch.StartNew();
    var count = 0;
    while (watch.Elapsed < TimeSpan.FromSeconds(2))
    {
        foreach (var page in pages)
        {
            extractor.Extract(page, null, new SourceLocation("bench.html"));
            count++;
        }
    }

    return count / watch.Elapsed.TotalSeconds;
});
Console.WriteLine($"pages: {pagesRate:N0} pages/s ({pages.Length} pages from {Path.GetFullPath(pagesFolder)}, median of 5)");
Directory.Delete(folder, recursive: true);
return 0;

static double Median(int runs, Func<double> run) => Enumerable.Range(0, runs).Select(_ => run()).Order().ElementAt(runs / 2);

static void WriteJsonLines(string path, int count)
{
    var random = new Random(42);
    string[] titles = ["Operations Manager", "Chief Executive Officer", "Head of Strategy", "Warehouse Supervisor", "Director of Operations"];
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
    for (var i = 0; i < count; i++)
    {
        var html = i % 4 == 0;
        var body = new StringBuilder();
        for (var p = 0; p < 8; p++)
        {
            var sentence = $"Paragraph {p} about budgets, teams, process improvement and strategy number {random.Next(1000)}.";
            body.Append(html ? $"<p>{sentence}</p><ul><li>Item {p}</li></ul>" : sentence + "\n");
        }

        writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = $"b-{i}", ["title"] = titles[random.Next(titles.Length)], ["company"] = $"Company {random.Next(500)}",
            ["location"] = "Leeds, UK", ["description"] = body.ToString(), ["url"] = $"https://example.test/jobs/{i}",
            ["posted_at"] = "2026-03-01", ["min_salary"] = "50000", ["max_salary"] = "60000", ["pay_period"] = "YEARLY",
        }));
    }
}
