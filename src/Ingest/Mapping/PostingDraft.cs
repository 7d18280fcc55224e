using System.Text.Json;
using JobTagger.Domain.Ingestion;
using JobTagger.Domain.Postings;

namespace JobTagger.Ingest.Mapping;

/// <summary>
/// The fields of a posting as a reader finds them, before the checks that make it a <see cref="JobPosting"/>. Every
/// reader (flat JSON, CSV, schema.org, ATS feeds) fills one and lets <c>ToResult</c> apply the same rules.
/// </summary>
internal sealed class PostingDraft
{
    public string? Id { get; set; }

    /// <summary>An id to use unchanged as <see cref="JobPosting.Id"/> (a JobTagger export carries it).</summary>
    public string? FixedId { get; set; }

    /// <summary>Overrides the reader's source name (a JobTagger export carries the original one).</summary>
    public string? Source { get; set; }

    public string? Title { get; set; }

    public string? Company { get; set; }

    public string? Location { get; set; }

    public bool IsRemote { get; set; }

    public string? Url { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? PostedAt { get; set; }

    public DateTimeOffset? ValidThrough { get; set; }

    public string? EmploymentType { get; set; }

    public SalaryRange? Salary { get; set; }

    public IReadOnlyList<string> Skills { get; set; } = [];

    public string? OccupationalCategory { get; set; }

    /// <summary>Turns the draft into a posting, or a reject when it has neither a title nor a description.</summary>
    public IngestResult ToResult(string source, string method, SourceLocation where, string raw) =>
        ToPosting(source, method) is { } posting ? IngestResult.Accepted(posting, where) : Reject(where, raw);

    /// <summary>
    /// As <see cref="ToResult(string, string, SourceLocation, string)"/>, copying the record's raw text only for a
    /// reject: an accepted line never needs it, and copying every line cost a string the size of the posting.
    /// </summary>
    public IngestResult ToResult(string source, string method, SourceLocation where, JsonElement raw) =>
        ToPosting(source, method) is { } posting ? IngestResult.Accepted(posting, where) : Reject(where, raw.GetRawText());

    private static IngestResult Reject(SourceLocation where, string raw) => IngestResult.Rejected(where, "no title and no description", raw);

    private JobPosting? ToPosting(string source, string method)
    {
        var title = Clean(Title);
        var description = Clean(Description);
        if (title is null && description is null)
        {
            return null;
        }

        var postingSource = Clean(Source) ?? source;
        var company = Clean(Company);
        var location = Clean(Location);
        var sourceId = Clean(Id);
        var id = Clean(FixedId)
            ?? PostingIdentity.For(postingSource, sourceId, title ?? string.Empty, company, location, description ?? string.Empty);
        var posting = new JobPosting
        {
            Id = id,
            Source = postingSource,
            SourceId = sourceId,
            Url = Clean(Url),
            Title = title ?? string.Empty,
            Company = company,
            Location = location,
            IsRemote = IsRemote,
            PostedAt = PostedAt,
            ValidThrough = ValidThrough,
            EmploymentType = Clean(EmploymentType),
            Salary = Salary,
            Description = description ?? string.Empty,
            SourceSkills = Skills,
            OccupationalCategory = Clean(OccupationalCategory),
            ExtractionMethod = method,
        };
        return posting;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
