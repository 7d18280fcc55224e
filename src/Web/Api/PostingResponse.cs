using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;

namespace JobTagger.Web.Api;

/// <summary>The body of <c>GET /api/postings/{id}</c>: the posting's fields flattened, its labels, skills and sources.</summary>
internal sealed record PostingResponse
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Company { get; init; }

    public string? Location { get; init; }

    public bool IsRemote { get; init; }

    public DateTimeOffset? PostedAt { get; init; }

    public DateTimeOffset? ValidThrough { get; init; }

    public string? EmploymentType { get; init; }

    public SalaryRange? Salary { get; init; }

    public string? Url { get; init; }

    public required string Source { get; init; }

    public required string Description { get; init; }

    public RoleClassification? Role { get; init; }

    public IReadOnlyList<SkillTag> Skills { get; init; } = [];

    public IReadOnlyList<PostingSourceRef> Sources { get; init; } = [];

    public static PostingResponse From(PostingDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var posting = detail.Tagged.Posting;
        return new PostingResponse
        {
            Id = posting.Id,
            Title = posting.Title,
            Company = posting.Company,
            Location = posting.Location,
            IsRemote = posting.IsRemote,
            PostedAt = posting.PostedAt,
            ValidThrough = posting.ValidThrough,
            EmploymentType = posting.EmploymentType,
            Salary = posting.Salary,
            Url = posting.Url,
            Source = posting.Source,
            Description = posting.Description,
            Role = detail.Tagged.Role,
            Skills = detail.Tagged.Skills,
            Sources = detail.Sources,
        };
    }
}
