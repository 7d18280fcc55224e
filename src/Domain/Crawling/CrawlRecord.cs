namespace JobTagger.Domain.Crawling;

/// <summary>The state of one crawled URL: its outcome and what a conditional re-fetch needs.</summary>
public sealed record CrawlRecord
{
    public required string Url { get; init; }

    public required CrawlOutcome Outcome { get; init; }

    /// <summary>The final HTTP status, when there was a response.</summary>
    public int? Status { get; init; }

    /// <summary>Why it ended so: <c>HTTP 503 after 4 attempts</c>, <c>timeout</c>, <c>no JobPosting on page</c> ...</summary>
    public string? Reason { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? PostingId { get; init; }

    public int Attempts { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
