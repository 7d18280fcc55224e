namespace JobTagger.Domain.Postings;

/// <summary>A posting with what the enrichment steps found in it.</summary>
public sealed record TaggedPosting(JobPosting Posting)
{
    public RoleClassification? Role { get; init; }

    public IReadOnlyList<SkillTag> Skills { get; init; } = [];
}
