using System.Diagnostics;
using System.Globalization;
using JobTagger.Bench.Storage;
using JobTagger.Storage;
using JobTagger.Storage.Export;
using Microsoft.Data.Sqlite;

// Storage benchmark: store rate with FTS and dedupe, search latency on a large database, export rate.
// Usage: dotnet run -c Release --project bench/Storage -- [--postings 200000] [--runs 3] [--queries 300] [--db PATH]
// --search-only skips the exports; --export-only skips the searches; --hash prints a SHA-256 of each format's first export; --formats read,csv,jsonl,jsonld picks the timings. Exports go to a null stream as UTF-8, as to a file. --db keeps the built database at PATH and, when it already exists, skips the store runs (to iterate on search).
var postings = Option("--postings", 200_000);
var runs = Option("--runs", 3);
var queryCount = Option("--queries", 300);
var hashOutput = args.Contains("--hash");

// --formats csv,jsonl: only those exports (and reading alone, with --export-only, only when "read" is listed).
var formats = Array.IndexOf(args, "--formats") is var f and >= 0 ? args[f + 1].Split(',') : ["read", "csv", "jsonl", "jsonld"];
const int BatchSize = 500;
var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
var folder = Directory.CreateTempSubdirectory("jobtagger-bench-").FullName;
var time = new FixedTime(now);
Console.WriteLine($"storage bench: {postings:N0} postings, {runs} runs, {queryCount} queries, batches of {BatchSize}, {Environment.ProcessorCount} cores");
try
{
    var keep = Array.IndexOf(args, "--db") is var at and >= 0 ? Path.GetFullPath(args[at + 1]) : null;
    var path = keep ?? Path.Combine(folder, "bench.db");
    if (!File.Exists(path))
    {
        // Store: median of fresh databases of up to 20,000 postings, then the full database the searches run on.
        var small = Math.Min(postings, 20_000);
        var smallRuns = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            smallRuns.Add((await StoreAsync(Path.Combine(folder, $"run{run}.db"), small)).Rate);
        }

        Console.WriteLine($"store (fresh db, {small:N0} postings): median {Median(smallRuns):N0} postings/s  runs: {string.Join(", ", smallRuns.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))}");
        var (fullRate, unchangedRate) = await StoreAsync(path, postings, restore: true);
        Console.WriteLine($"store (all {postings:N0} into one db): {fullRate:N0} postings/s; re-store unchanged: {unchangedRate:N0} postings/s; file {new FileInfo(path).Length / 1048576.0:N0} MiB");
    }

    await using var store = await SqliteJobStore.OpenReadOnlyAsync(path, time);
    var process = Process.GetCurrentProcess();
    if (!args.Contains("--export-only"))
    {
        var queries = TypicalQueries.Create(queryCount, seed: 7);
        foreach (var (_, query) in queries)
        {
            await store.Search.SearchAsync(query);
        }

        var p50s = new List<double>();
        var p95s = new List<double>();
        process.Refresh();
        var searchCpu = process.TotalProcessorTime;
        var byKind = new Dictionary<string, List<double>>();
        for (var run = 0; run < runs; run++)
        {
            var latencies = new List<double>(queries.Count);
            foreach (var (kind, query) in queries)
            {
                var clock = Stopwatch.StartNew();
                await store.Search.SearchAsync(query);
                var ms = clock.Elapsed.TotalMilliseconds;
                latencies.Add(ms);
                (byKind.TryGetValue(kind, out var list) ? list : byKind[kind] = []).Add(ms);
            }

            p50s.Add(Percentile(latencies, 0.50));
            p95s.Add(Percentile(latencies, 0.95));
        }

        process.Refresh();
        var cpuPerQuery = (process.TotalProcessorTime - searchCpu).TotalMilliseconds / (queries.Count * runs);
        Console.WriteLine($"search ({queries.Count} typical queries x {runs} runs): p50 {Median(p50s):F2} ms, p95 {Median(p95s):F2} ms (median of runs); mean CPU {cpuPerQuery:F2} ms per query");
        foreach (var (kind, list) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {kind,-13} p50 {Percentile(list, 0.5),7:F2} ms  p95 {Percentile(list, 0.95),7:F2} ms  max {list.Max(),7:F2} ms");
        }
    }

    if (args.Contains("--export-only") && formats.Contains("read"))
    {
        // Reading alone (no formatting): what every format pays before writing a byte.
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var count = 0;
            await foreach (var _ in store.ReadPostingsAsync())
            {
                count++;
            }

            process.Refresh();
            Console.WriteLine($"  read run {run + 1}: {count / clock.Elapsed.TotalSeconds:N0} rows/s, {count / (process.TotalProcessorTime - cpuBefore).TotalSeconds:N0} rows per CPU-second");
        }
    }

    foreach (var format in args.Contains("--search-only") ? [] : new[] { ExportFormat.Csv, ExportFormat.Jsonl, ExportFormat.JsonLd }
        .Where(x => formats.Contains(x.ToString(), StringComparer.OrdinalIgnoreCase)))
    {
        var rates = new List<double>();
        var cpuRates = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            // --hash: the first run's output hashed instead of dropped, to check that a change keeps the bytes.
            using var hash = hashOutput && run == 0 ? System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256) : null;
            await using var output = hash is null ? Stream.Null : new HashingStream(hash);
            var count = await PostingExporter.For(format).WriteAsync(store.ReadPostingsAsync(), output);
            if (hash is not null)
            {
                Console.WriteLine($"  export {format} sha256 {Convert.ToHexString(hash.GetHashAndReset())}");
            }

            rates.Add(count / clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpuRates.Add(count / (process.TotalProcessorTime - cpuBefore).TotalSeconds);
            Console.WriteLine($"  export {format} run {run + 1}: {count:N0} rows, {clock.Elapsed.TotalSeconds:F1} s wall, {cpuRates[^1]:N0} rows per CPU-second");
        }

        Console.WriteLine($"export {format,-6}: median {Median(rates):N0} rows/s, {Median(cpuRates):N0} rows per CPU-second  runs: {string.Join(", ", rates.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))}");
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

async Task<(double Rate, double UnchangedRate)> StoreAsync(string path, int count, bool restore = false)
{
    var elapsed = TimeSpan.Zero;
    var cpu = TimeSpan.Zero;
    var process = Process.GetCurrentProcess();
    var unchanged = TimeSpan.Zero;
    await using var store = await SqliteJobStore.OpenAsync(path, time);
    var generator = new SyntheticPostings(seed: 42, now);
    for (var start = 0; start < count; start += BatchSize)
    {
        var batch = Enumerable.Range(start, Math.Min(BatchSize, count - start)).Select(generator.Next).ToList();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await store.StoreBatchAsync(batch, []);
        elapsed += clock.Elapsed;
        process.Refresh();
        cpu += process.TotalProcessorTime - cpuBefore;
        if (restore && start < 20_000)
        {
            clock.Restart();
            await store.StoreBatchAsync(batch, []);
            unchanged += clock.Elapsed;
        }
    }

    // CPU time shows the cost when the machine is shared: wall time includes waiting for a core.
    Console.WriteLine($"  stored {count:N0} in {elapsed.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU ({count / cpu.TotalSeconds:N0} postings per CPU-second)");
    return (count / elapsed.TotalSeconds, restore ? Math.Min(count, 20_000) / unchanged.TotalSeconds : 0);
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>A write-only stream that only hashes what is written (the bench's --hash).</summary>
internal sealed class HashingStream(System.Security.Cryptography.IncrementalHash hash) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => hash.AppendData(buffer);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        hash.AppendData(buffer.Span);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A clock fixed at the date the synthetic postings were generated for, so "posted within" is stable.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
