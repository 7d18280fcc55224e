using System.Net;

namespace JobTagger.Ingest.Crawling.Http;

/// <summary>How one fetch (redirects followed) ended.</summary>
internal enum FetchStatus
{
    /// <summary>A 2xx with its body read in full.</summary>
    Ok,

    /// <summary>304: the copy we have is current.</summary>
    NotModified,

    /// <summary>A redirect led to a URL robots.txt disallows, or out of the crawl's scope.</summary>
    Refused,

    /// <summary>Gave up: an error status after retries, a network failure, a limit passed.</summary>
    Failed,
}

/// <summary>The result of fetching one URL: status, the final URL after redirects, and the body when there is one.</summary>
internal sealed record FetchResult
{
    public required FetchStatus Status { get; init; }

    public required Uri FinalUrl { get; init; }

    public HttpStatusCode? HttpStatus { get; init; }

    public string? Reason { get; init; }

    public byte[] Body { get; init; } = [];

    /// <summary>The Content-Type's media type, lower case, or null when the server sent none.</summary>
    public string? MediaType { get; init; }

    public string? CharSet { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>For <see cref="FetchStatus.Refused"/>: the outcome the URL gets.</summary>
    public JobTagger.Domain.Crawling.CrawlOutcome RefusedAs { get; init; }

    public int Attempts { get; init; }
}
