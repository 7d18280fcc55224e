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
var tags = 0L;
foreach (var (title, description) in postings.Take(200))
{
    tags += tagger.Tag(title, description).Count; // warm-up
}

var seconds = new List<double>();
for (var run = 0; run < 7; run++)
{
    tags = 0;
    var watch = Stopwatch.StartNew();
    foreach (var (title, description) in postings)
    {
        tags += tagger.Tag(title, description).Count;
    }

    watch.Stop();
    seconds.Add(watch.Elapsed.TotalSeconds);
}

seconds.Sort();
var median = seconds[seconds.Count / 2];
Console.WriteLine($"{postings.Count} postings, {bytes / 1e6:F1} MB (UTF-8), {tags} tags per run ({(double)tags / postings.Count:F1} per posting)");
Console.WriteLine($"median of {seconds.Count} runs: {median * 1000:F0} ms = {bytes / 1e6 / median:F1} MB/s, {postings.Count / median:F0} postings/s on one core");

static string Context(string text, int start, int length)
{
    var from = Math.Max(0, start - 25);
    var to = Math.Min(text.Length, start + length + 25);
    return (text[from..start] + "[" + text.Substring(start, length) + "]" + text[(start + length)..to]).ReplaceLineEndings(" ");
}
