namespace JobTagger.Ingest.Crawling.Http;

/// <summary>The validators of the copy we have: sent as If-None-Match / If-Modified-Since.</summary>
internal sealed record ConditionalHeaders(string? ETag, string? LastModified)
{
    public static ConditionalHeaders None { get; } = new(null, null);

    public void ApplyTo(HttpRequestMessage request)
    {
        if (!string.IsNullOrEmpty(ETag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ETag);
        }

        if (!string.IsNullOrEmpty(LastModified))
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", LastModified);
        }
    }
}
