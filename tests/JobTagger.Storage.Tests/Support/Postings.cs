using JobTagger.Domain.Postings;

namespace JobTagger.Storage.Tests.Support;

/// <summary>Small tagged postings for tests, written by us in the style of real operations-leadership ads.</summary>
internal static class Postings
{
    public const string OpsDescription =
        "Lead day-to-day operations across our three plants. Own the operating budget, build repeatable processes, " +
        "and coordinate supply chain, finance and customer success so the business runs smoothly every quarter. " +
        "You will report to the CEO and manage a team of twelve directors.";

    public const string StrategyDescription =
        "Set the long-term vision and strategy of the company. Work with the board and investors, lead fundraising " +
        "and mergers and acquisitions, and represent the company to partners near and far.";

    public static TaggedPosting Tagged(
        string id,
        string title = "Chief Operating Officer",
        string? company = "Acme Robotics",
        string? location = "Austin, TX",
        string description = OpsDescription,
        string source = "feed-a",
        string? url = null,
        string? sourceId = null,
        Role role = Role.Coo,
        double ceoProbability = 0.12,
        bool isRemote = false,
        DateTimeOffset? postedAt = null,
        params SkillTag[] skills) =>
        new(new JobPosting
        {
            Id = id,
            Source = source,
            SourceId = sourceId,
            Url = url,
            Title = title,
            Company = company,
            Location = location,
            IsRemote = isRemote,
            PostedAt = postedAt ?? TempDatabase.Start.AddDays(-3),
            ValidThrough = TempDatabase.Start.AddDays(30),
            EmploymentType = "FULL_TIME",
            Salary = new SalaryRange(180000m, 240000.50m, "USD", "YEAR"),
            Description = description,
            SourceSkills = ["Operations", "Budgeting"],
            OccupationalCategory = "11-1021.00",
            ExtractionMethod = "jsonl",
        })
        {
            Role = new RoleClassification
            {
                Role = role,
                CeoProbability = ceoProbability,
                ModelVersion = "roles-2026.03",
                Evidence = [new RoleEvidence(PostingField.Description, 0, 27, "Lead day-to-day operations", -1.25)],
            },
            Skills = skills.Length > 0 ? skills : [Budgeting, SupplyChain],
        };

    public static SkillTag Budgeting { get; } = new("budgeting", "Budgeting", "finance",
        [new SkillEvidence(PostingField.Description, 76, 16, "operating budget")]);

    public static SkillTag SupplyChain { get; } = new("supply-chain", "Supply Chain Management", "operations",
        [new SkillEvidence(PostingField.Description, 156, 12, "supply chain"), new SkillEvidence(PostingField.Title, 0, 5, "Chief")]);

    public static SkillTag Fundraising { get; } = new("fundraising", "Fundraising", "strategy",
        [new SkillEvidence(PostingField.Description, 120, 11, "fundraising")]);
}
