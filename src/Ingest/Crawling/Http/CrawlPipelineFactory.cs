using System.Net;
using System.Threading.RateLimiting;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace JobTagger.Ingest.Crawling.Http;

/// <summary>
/// Builds one host's resilience pipeline. Outermost first: the host's concurrency limit (so time queued for a slot does
/// not eat the timeouts), the overall timeout, retries, the host's circuit breaker, the host's rate limiter (so every
/// attempt, retries included, is rate limited), and the per-attempt timeout. All time goes through the TimeProvider.
/// </summary>
internal static class CrawlPipelineFactory
{
    public static HostPipeline Create(CrawlOptions options, double ratePerSecond, TimeProvider time)
    {
        var resources = new List<IDisposable>();
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        builder.AddConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = PermitsPerHost(options, ratePerSecond),
            QueueLimit = 100_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        builder.AddTimeout(options.OverallTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, time, options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    // The failed response is not handed to anyone: free its connection now.
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = args => ValueTask.FromResult(IsHostFailure(args.Outcome)),
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerBreakDuration,
        });
        if (ratePerSecond > 0)
        {
            var limiter = new IntervalRateLimiter(TimeSpan.FromSeconds(1 / ratePerSecond), time);
            resources.Add(limiter);
            builder.AddRateLimiter(limiter);
        }

        builder.AddTimeout(options.AttemptTimeout);
        return new HostPipeline(builder.Build(), resources);
    }

    /// <summary>
    /// Requests in flight to one host. A slow rate (a long Crawl-delay) gets fewer, so that no request waits in the rate
    /// limiter longer than about one attempt timeout: a queue of 4 behind a 30 s Crawl-delay would time out.
    /// </summary>
    public static int PermitsPerHost(CrawlOptions options, double ratePerSecond) => ratePerSecond <= 0
        ? options.Concurrency
        : Math.Clamp((int)(ratePerSecond * options.AttemptTimeout.TotalSeconds), 1, options.Concurrency);

    /// <summary>Worth another attempt: network failures, timeouts, 408, 429 and 5xx.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        HttpRequestException or IOException or TimeoutRejectedException => true,
        null => outcome.Result is { } response && IsTransientStatus(response.StatusCode),
        _ => false,
    };

    public static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    // A 429 says "slow down", not "broken": it is retried but does not count towards opening the circuit.
    private static bool IsHostFailure(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        HttpRequestException or IOException or TimeoutRejectedException => true,
        null => outcome.Result is { } response && (int)response.StatusCode >= 500,
        _ => false,
    };
}
