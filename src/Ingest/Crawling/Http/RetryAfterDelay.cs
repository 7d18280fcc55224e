namespace JobTagger.Ingest.Crawling.Http;

/// <summary>Reads a response's <c>Retry-After</c> (delta seconds or an HTTP date) as a delay, capped.</summary>
internal static class RetryAfterDelay
{
    /// <summary>The delay the server asked for, at most <paramref name="max"/>; null when it asked for none.</summary>
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider time, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }

        TimeSpan? asked = header.Delta ?? (header.Date is { } date ? date - time.GetUtcNow() : null);
        if (asked is not { } delay)
        {
            return null;
        }

        if (delay < TimeSpan.Zero)
        {
            // A date in the past means "now".
            return TimeSpan.Zero;
        }

        return delay > max ? max : delay;
    }
}
