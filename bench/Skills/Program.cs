using System.Diagnostics;
using System.Text;
using JobTagger.Bench.Skills;
using JobTagger.Classifier.Skills;

// Skill tagging throughput on one core: median of several runs over generated postings, or over a JSONL file of
// postings ({"title": ..., "description": ...} per line) given on the command line.
//   dotnet run -c Release --project bench/Skills                        generated text
//   dotnet run -c Release --project bench/Skills -- postings.jsonl      your postings
//   dotnet run -c Release --project bench/Skills -- postings.jsonl --show 30   print tags and evidence instead
var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _));
var showAt = Array.IndexOf(args, "--show");
var postings = path is null ? GeneratedPostings.Create(seed: 42, totalChars: 16_000_000) : JsonlPostings.Read(path);

var build = Stopwatch.StartNew();
var tagger = SkillTagger.LoadBundled();
build.Stop();
Console.WriteLine($"taxonomy: {tagger.SkillCount} skills, automaton built in {build.ElapsedMilliseconds} ms");

if (showAt >= 0)
{
    var count = showAt + 1 < args.Length && int.TryParse(args[showAt + 1], out var n) ? n : 30;
    foreach (var (title, description) in postings.Take(count))
    {
        Console.WriteLine($"\n=== {title}");
        foreach (var tag in tagger.Tag(title, description))
        {
            var evidence = string.Join(" | ", tag.Evidence.Take(2).Select(e => Context(e.Field == JobTagger.Domain.Postings.PostingField.Title ? title : description, e.Start, e.Length)));
            Console.WriteLine($"  {tag.SkillId,-32} {evidence}");
        }
    }

    return;
}

var bytes = postings.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Title) + Encoding.UTF8.GetByteCount(p.Description));
var rounds = (int)Math.Max(1, Math.Ceiling(16e6 / bytes)); // a small file is read several times per run to time ~16 MB
var tags = 0L;
for (var warmUp = 0; warmUp < 2; warmUp++)
{
    foreach (var (title, description) in postings)
    {
        tags += tagger.Tag(title, description).Count; // let tiered compilation settle before timing
    }
}

// Wall-clock time is what a user waits; CPU time is shown too because a shared machine makes wall time noisy.
var seconds = new List<double>();
var cpuSeconds = new List<double>();
var process = Process.GetCurrentProcess();
for (var run = 0; run < 7; run++)
{
    tags = 0;
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    for (var round = 0; round < rounds; round++)
    {
        foreach (var (title, description) in postings)
        {
            tags += tagger.Tag(title, description).Count;
        }
    }

    watch.Stop();
    process.Refresh();
    seconds.Add(watch.Elapsed.TotalSeconds);
    cpuSeconds.Add((process.TotalProcessorTime - cpu).TotalSeconds);
}

seconds.Sort();
cpuSeconds.Sort();
var median = seconds[seconds.Count / 2];
var cpuMedian = cpuSeconds[cpuSeconds.Count / 2];
var total = bytes * rounds;
Console.WriteLine($"{postings.Count} postings x {rounds}, {total / 1e6:F1} MB (UTF-8) per run, {(double)tags / rounds / postings.Count:F1} tags per posting");
Console.WriteLine($"median of {seconds.Count} runs: {median * 1000:F0} ms = {total / 1e6 / median:F1} MB/s, {postings.Count * rounds / median:F0} postings/s on one core");
Console.WriteLine($"median CPU time: {cpuMedian * 1000:F0} ms = {total / 1e6 / cpuMedian:F1} MB/s of CPU (load average {LoadAverage()})");

static string Context(string text, int start, int length)
{
    var from = Math.Max(0, start - 25);
    var to = Math.Min(text.Length, start + length + 25);
    return (text[from..start] + "[" + text.Substring(start, length) + "]" + text[(start + length)..to]).ReplaceLineEndings(" ");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
