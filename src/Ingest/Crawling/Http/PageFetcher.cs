using System.Net;
using System.Runtime.CompilerServices;
using JobTagger.Ingest.Crawling.Frontier;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace JobTagger.Ingest.Crawling.Http;

/// <summary>
/// Fetches one URL through its host's resilience pipeline, following redirects itself: at most
/// <see cref="CrawlOptions.MaxRedirects"/> hops, no loops, http(s) only, and every hop checked (robots.txt, scope)
/// before it is requested. Every way it can end is a <see cref="FetchResult"/>; only cancellation throws.
/// </summary>
internal sealed class PageFetcher(HttpClient client, CrawlOptions options)
{
    public delegate ValueTask<HostPipeline> PipelineSelector(Uri url, CancellationToken cancellationToken);

    public delegate ValueTask<HopRefusal?> HopCheck(Uri url, CancellationToken cancellationToken);

    public async Task<FetchResult> FetchAsync(
        Uri url, ConditionalHeaders conditional, PipelineSelector pipelineFor, HopCheck? checkHop, CancellationToken cancellationToken)
    {
        var visited = new List<Uri> { url };
        var attempts = new StrongBox<int>();
        var current = url;
        for (var hop = 0; ; hop++)
        {
            var pipeline = await pipelineFor(current, cancellationToken);

            // The stored validators came from the end of this same redirect chain, so every hop carries them: a
            // redirecting hop ignores them and the final one answers 304 when the page is unchanged.
            HttpResponseMessage response;
            try
            {
                response = await SendAsync(pipeline.Pipeline, current, conditional, attempts, cancellationToken);
            }
            catch (Exception ex) when (Describe(ex, attempts.Value) is { } reason && !cancellationToken.IsCancellationRequested)
            {
                return Failed(current, null, reason, attempts.Value);
            }

            using (response)
            {
                var status = response.StatusCode;
                if (!IsRedirect(status))
                {
                    return await FinishAsync(current, response, attempts.Value, cancellationToken);
                }

                if (response.Headers.Location is not { } location
                    || !UrlNormalizer.TryNormalize(current, location.OriginalString, out var next))
                {
                    return Failed(current, status, $"HTTP {(int)status} redirect without a usable http(s) Location", attempts.Value);
                }

                if (hop >= options.MaxRedirects)
                {
                    return Failed(current, status, $"too many redirects (more than {options.MaxRedirects})", attempts.Value);
                }

                if (visited.Any(v => v.AbsoluteUri == next.AbsoluteUri))
                {
                    return Failed(current, status, $"redirect loop: {string.Join(" -> ", visited.Append(next))}", attempts.Value);
                }

                visited.Add(next);
                if (checkHop is not null && await checkHop(next, cancellationToken) is { } refusal)
                {
                    return new FetchResult
                    {
                        Status = FetchStatus.Refused, FinalUrl = next, HttpStatus = status, Reason = refusal.Reason,
                        RefusedAs = refusal.Outcome, Attempts = attempts.Value,
                    };
                }

                current = next;
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(
        ResiliencePipeline<HttpResponseMessage> pipeline, Uri url, ConditionalHeaders conditional, StrongBox<int> attempts, CancellationToken cancellationToken)
    {
        return await pipeline.ExecuteAsync(
            async token =>
            {
                Interlocked.Increment(ref attempts.Value);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                conditional.ApplyTo(request);
                var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                try
                {
                    if (response.IsSuccessStatusCode)
                    {
                        // Read inside the attempt, so a body cut short is retried like any other network failure.
                        await BoundedBodyReader.BufferAsync(response, options.MaxResponseBytes, token);
                    }

                    return response;
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            },
            cancellationToken);
    }

    private static async Task<FetchResult> FinishAsync(Uri url, HttpResponseMessage response, int attempts, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        if (status == HttpStatusCode.NotModified)
        {
            return new FetchResult { Status = FetchStatus.NotModified, FinalUrl = url, HttpStatus = status, Attempts = attempts };
        }

        if (!response.IsSuccessStatusCode)
        {
            var tries = attempts > 1 ? $" after {attempts} attempts" : string.Empty;
            return Failed(url, status, $"HTTP {(int)status} {response.ReasonPhrase}{tries}".TrimEnd(), attempts);
        }

        var contentType = response.Content.Headers.ContentType;
        return new FetchResult
        {
            Status = FetchStatus.Ok,
            FinalUrl = url,
            HttpStatus = status,
            Body = await response.Content.ReadAsByteArrayAsync(cancellationToken),
            MediaType = contentType?.MediaType?.ToLowerInvariant(),
            CharSet = contentType?.CharSet,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("r"),
            Attempts = attempts,
        };
    }

    private static FetchResult Failed(Uri url, HttpStatusCode? status, string reason, int attempts) =>
        new() { Status = FetchStatus.Failed, FinalUrl = url, HttpStatus = status, Reason = reason, Attempts = attempts };

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private string? Describe(Exception ex, int attempts)
    {
        var tries = attempts > 1 ? $" after {attempts} attempts" : string.Empty;
        return ex switch
        {
            ResponseTooLargeException => ex.Message,
            TimeoutRejectedException timeout when timeout.Timeout == options.OverallTimeout =>
                $"timed out: no answer within {timeout.Timeout.TotalSeconds:0.#} s overall{tries}",
            TimeoutRejectedException timeout => $"timed out: no answer within {timeout.Timeout.TotalSeconds:0.#} s{tries}",
            BrokenCircuitException => "circuit open: the host kept failing, so the crawl stopped asking it for a while",
            RateLimiterRejectedException => "the host's request queue is full",
            TruncatedBodyException => ex.Message + tries,
            HttpRequestException or IOException => $"network error: {Innermost(ex).Message}{tries}",
            _ => null,
        };
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner && ex is HttpRequestException ? Innermost(inner) : ex;
}
