using JobTagger.Domain.Postings;

namespace JobTagger.Web.Tests.Support;

/// <summary>
/// A small board of postings written for these tests: operations and strategy roles in a few places, plus one hostile
/// posting whose text holds markup and script. Evidence offsets are found in the text, as the tagger would.
/// </summary>
internal static class SamplePostings
{
    public const string HostileId = "evil:1";
    public const string HostileTitle = "<script>window.pwned=1</script>";

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<TaggedPosting> All { get; } =
    [
        Posting("board:101", "Director of Operations", "Acme Logistics", "Austin, TX", 2, 0.12,
            "Lead day-to-day operations across three warehouses.\nOwn the operating budget and drive process improvement in every team.\nReport to the COO.",
            ["Budgeting:budget", "Process improvement:process improvement", "Logistics:warehouses"],
            ["day-to-day operations:-0.9", "operating budget:-0.6"]),
        Posting("board:102", "VP Operations", "Lone Star Foods", "Austin, TX", 5, 0.21,
            "Run plant operations and budgeting for a food producer.\nIntroduce lean methods and manage vendors.",
            ["Budgeting:budgeting", "Lean:lean", "Vendor management:manage vendors"],
            ["plant operations:-0.8"]),
        Posting("board:103", "Chief Strategy Officer", "Northwind Capital", "New York, NY", 1, 0.88,
            "Shape the long-term vision, work with the board and investors, and lead mergers and acquisitions.",
            ["Board relations:the board", "Fundraising:investors", "M&A:mergers and acquisitions"],
            ["long-term vision:1.1", "the board and investors:0.7"]),
        Posting("board:104", "Operations Manager, Warehouse", "Rocky Supply", "Denver, CO", 3, 0.3,
            "Manage warehouse operations, inventory and the shift budget.",
            ["Inventory management:inventory", "Budgeting:budget"],
            ["warehouse operations:-0.7"]),
        Posting("board:105", "Head of Operations", "Cloudy Apps", "Remote", 4, 0.25,
            "Fully remote. Scale our operations and process improvement as we grow.",
            ["Process improvement:process improvement"],
            ["Scale our operations:-0.5"],
            remote: true),
        Posting("board:106", "Chief Executive Officer", "Hill Country Health", "Austin, TX", 6, 0.93,
            "Set the strategy and represent the company to the board and investors.",
            ["Board relations:the board", "Fundraising:investors"],
            ["Set the strategy:1.2"]),
        Posting(HostileId, HostileTitle, "Evil <b>Corp</b>", "Austin, TX", 7, 0.4,
            "Operations lead wanted. <img src=x onerror=\"window.pwned=2\"> Manage vendors <script>window.pwned=3</script> daily.",
            ["Vendor management:Manage vendors"],
            ["Operations lead:-0.3"],
            url: "javascript:window.pwned=4"),
    ];

    private static TaggedPosting Posting(
        string id, string title, string company, string location, int daysAgo, double ceoProbability, string description,
        string[] skills, string[] roleEvidence, bool remote = false, string? url = null)
    {
        var posting = new JobPosting
        {
            Id = id,
            Source = id.Split(':')[0],
            SourceId = id.Split(':')[1],
            Url = url ?? $"https://jobs.example.test/{id.Replace(':', '/')}",
            Title = title,
            Company = company,
            Location = location,
            IsRemote = remote,
            PostedAt = Now.AddDays(-daysAgo),
            Description = description,
        };
        var tags = skills.Select(spec =>
        {
            var (name, words) = Split(spec);
            var start = description.IndexOf(words, StringComparison.Ordinal);
            var evidence = new SkillEvidence(PostingField.Description, start, words.Length, words);
            return new SkillTag(name.ToLowerInvariant().Replace(' ', '-'), name, "operations", [evidence]);
        }).ToList();
        var evidence = roleEvidence.Select(spec =>
        {
            var (words, weight) = Split(spec);
            var start = description.IndexOf(words, StringComparison.Ordinal);
            return new RoleEvidence(PostingField.Description, start, words.Length, words, double.Parse(weight, System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
        return new TaggedPosting(posting)
        {
            Role = new RoleClassification
            {
                Role = ceoProbability >= 0.5 ? Role.Ceo : Role.Coo,
                CeoProbability = ceoProbability,
                ModelVersion = "test-model-1",
                Evidence = evidence,
            },
            Skills = tags,
        };
    }

    private static (string Left, string Right) Split(string spec)
    {
        var colon = spec.LastIndexOf(':');
        return (spec[..colon], spec[(colon + 1)..]);
    }
}
