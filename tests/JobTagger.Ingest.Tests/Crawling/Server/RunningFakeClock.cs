using Microsoft.Extensions.Time.Testing;

namespace JobTagger.Ingest.Tests.Crawling.Server;

/// <summary>
/// A fake clock that runs about twenty times faster than real time while a crawl talks to a real local server: the
/// crawler's timeouts, retry delays and rate limits (and the server's slow responses) all wait on it, so a test
/// exercises real waits in milliseconds. A network round trip of a few real milliseconds is a fraction of a fake
/// second, far below the timeouts the tests use.
/// </summary>
internal sealed class RunningFakeClock : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RunningFakeClock()
    {
        _loop = Task.Run(async () =>
        {
            // Advance by real elapsed time times twenty, so the speed does not depend on how often the loop wakes.
            var real = System.Diagnostics.Stopwatch.StartNew();
            var advanced = TimeSpan.Zero;
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(1);
                // A stalled loop (a JIT pause, a busy machine) must not make the clock jump: two timers due 0.5 s
                // apart would fire together. The clock slows down instead.
                var step = real.Elapsed * Speed - advanced;
                step = step > MaxStep ? MaxStep : step;
                Time.Advance(step);
                advanced += step;
            }
        });
    }

    public const int Speed = 20;

    private static readonly TimeSpan MaxStep = TimeSpan.FromMilliseconds(100);

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
