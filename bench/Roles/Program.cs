using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using JobTagger.Bench.Roles;
using JobTagger.Classifier.Roles;

// Role classifier throughput on one thread (= per core): median of 5 timed runs over the same postings.
// Usage: dotnet run -c Release --project bench/Roles [postings.jsonl]   (default: 4,000 generated ~3 KB postings)
var postings = args.Length > 0 ? ReadJsonl(args[0]) : SyntheticPostings.Generate(4000, seed: 1);
var classifier = RoleClassifier.LoadBundled();
var bytes = postings.Sum(p => (long)p.Title.Length + p.Description.Length);
Console.WriteLine($"{postings.Count} postings, mean {bytes / postings.Count} characters, model {classifier.ModelVersion}");

var sink = 0.0;
for (var pass = 0; pass < 2; pass++)
{
    foreach (var (title, description) in postings)
    {
        sink += classifier.Classify(title, description).CeoProbability; // warm-up: JIT, tiering and PGO
    }
}

// Wall-clock rate, and the rate per CPU second of this process: on a shared, busy machine the second is the fairer one.
var rates = new List<double>();
var cpuRates = new List<double>();
using var process = Process.GetCurrentProcess();
for (var run = 0; run < 5; run++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    foreach (var (title, description) in postings)
    {
        sink += classifier.Classify(title, description).CeoProbability;
    }

    clock.Stop();
    process.Refresh();
    rates.Add(postings.Count / clock.Elapsed.TotalSeconds);
    cpuRates.Add(postings.Count / (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: {rates[^1]:N0} postings/s wall, {cpuRates[^1]:N0} per CPU second"));
}

rates.Sort();
cpuRates.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median: {rates[2]:N0} postings/s per core wall-clock ({rates[2] * bytes / postings.Count / 1e6:F1} M chars/s), {cpuRates[2]:N0} per CPU second; checksum {sink:F3}"));

static List<(string Title, string Description)> ReadJsonl(string path) =>
    [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l =>
    {
        using var document = JsonDocument.Parse(l);
        var root = document.RootElement;
        return (Text(root, "title"), Text(root, "description"));
    })];

static string Text(JsonElement root, string name) =>
    root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
