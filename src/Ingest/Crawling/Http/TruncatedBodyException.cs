namespace JobTagger.Ingest.Crawling.Http;

/// <summary>The connection ended before the body did. An <see cref="IOException"/>, so it is retried.</summary>
internal sealed class TruncatedBodyException : IOException
{
    public TruncatedBodyException()
    {
    }

    public TruncatedBodyException(string message)
        : base(message)
    {
    }

    public TruncatedBodyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
