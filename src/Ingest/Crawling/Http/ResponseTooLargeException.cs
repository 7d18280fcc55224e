namespace JobTagger.Ingest.Crawling.Http;

/// <summary>A body passed the size cap; reading stopped there. Not retried: the next attempt would be as large.</summary>
internal sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException()
    {
    }

    public ResponseTooLargeException(string message)
        : base(message)
    {
    }

    public ResponseTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static ResponseTooLargeException Over(long cap) =>
        new(cap >= 1024 * 1024
            ? $"response too large (over {cap / 1024.0 / 1024.0:0.#} MB)"
            : $"response too large (over {cap / 1024.0:0.#} KB)");
}
