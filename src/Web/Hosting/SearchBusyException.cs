namespace JobTagger.Web.Hosting;

/// <summary>Every search slot and queue place is taken: answered with 503 and Retry-After.</summary>
internal sealed class SearchBusyException : Exception
{
    public SearchBusyException()
        : base("The server is busy; try again in a moment.")
    {
    }

    public SearchBusyException(string message)
        : base(message)
    {
    }

    public SearchBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
