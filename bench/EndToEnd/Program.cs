using System.Globalization;
using JobTagger.Bench.EndToEnd;

// End-to-end benchmark of 'jobtagger tag': generates N postings as JSON lines, runs the Release build of the CLI on
// them into a fresh SQLite file, and reports postings/s and the process's peak resident memory (VmHWM).
// Usage: dotnet run -c Release --project bench/EndToEnd -- [--n 10000,100000] [--runs 3] [--from postings.jsonl]
var options = BenchOptions.Parse(args);
var repo = RepositoryRoot.Find();
var cli = CliBuild.EnsureReleaseBuild(repo);
var work = Directory.CreateTempSubdirectory("jobtagger-bench-");
try
{
    var templates = PostingTemplates.Load(options.From ?? Path.Combine(repo, "samples", "jobs.jsonl"));
    Console.WriteLine($"templates: {templates.Count} postings from {options.From ?? "samples/jobs.jsonl"}, mean {templates.MeanLength:N0} chars");
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores; runs per size: {options.Runs} (median reported)");
    Console.WriteLine();
    Console.WriteLine("| postings | MB of input | median postings/s | runs (postings/s) | median peak memory (MB) |");
    Console.WriteLine("|---:|---:|---:|---|---:|");
    foreach (var n in options.Sizes)
    {
        var input = Path.Combine(work.FullName, $"postings-{n}.jsonl");
        var bytes = templates.Write(input, n);
        var rates = new List<double>();
        var peaks = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            var database = Path.Combine(work.FullName, $"run-{n}-{run}.db");
            var result = CliRun.Tag(cli, input, database);
            rates.Add(n / result.Elapsed.TotalSeconds);
            peaks.Add(result.PeakMegabytes);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {n:N0} | {bytes / 1e6:N1} | {Median(rates):N0} | {string.Join(", ", rates.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))} | {Median(peaks):N0} |"));
    }
}
finally
{
    work.Delete(recursive: true);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
