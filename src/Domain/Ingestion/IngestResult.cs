using JobTagger.Domain.Postings;

namespace JobTagger.Domain.Ingestion;

/// <summary>
/// What a source yields for each record it reads: a posting, or a reject with its reason. Bad input is a value, not an
/// exception, so one bad record never stops a batch.
/// </summary>
public sealed record IngestResult
{
    private IngestResult(SourceLocation where, JobPosting? posting, RejectedRecord? reject)
    {
        Where = where;
        Posting = posting;
        Reject = reject;
    }

    public SourceLocation Where { get; }

    public JobPosting? Posting { get; }

    public RejectedRecord? Reject { get; }

    public static IngestResult Accepted(JobPosting posting, SourceLocation where) => new(where, posting, null);

    public static IngestResult Rejected(SourceLocation where, string reason, string raw) =>
        new(where, null, new RejectedRecord(where, reason, raw));
}
