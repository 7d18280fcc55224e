using System.Diagnostics;

namespace JobTagger.Bench.Web;

/// <summary>Closed-loop load: each client sends its next request when the last one answered, until time or count runs out.</summary>
internal static class LoadRun
{
    public sealed record Result(int Requests, int Failures, TimeSpan Elapsed, double[] LatenciesMs, int DistinctPaths);

    public static async Task<Result> RunAsync(HttpClient client, QueryMix mix, int clients, TimeSpan duration, int maxRequests)
    {
        var asked = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var issued = 0;
        var failures = 0;
        var latencies = new List<double>[clients];
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            var random = new Random(1000 + worker);
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref issued);
                if (n > maxRequests)
                {
                    break;
                }

                var path = mix.Next(random);
                asked.TryAdd(path, 0);
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
                    ok = response.IsSuccessStatusCode;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // A timeout or a dropped connection counts as a failure; its latency is kept too.
                    ok = false;
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        clock.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(all.Length, failures, clock.Elapsed, all, asked.Count);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
