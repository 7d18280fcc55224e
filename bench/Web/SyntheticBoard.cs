using JobTagger.Domain.Postings;
using JobTagger.Storage;

namespace JobTagger.Bench.Web;

/// <summary>
/// A database of generated leadership postings (fixed seed): titles, companies, cities, descriptions of about 90
/// words from a sentence pool, role labels and skill tags with real offsets. Written for this benchmark.
/// </summary>
internal static class SyntheticBoard
{
    private const int BatchSize = 2_000;

    private static readonly string[] Titles =
    [
        "Director of Operations", "VP Operations", "Chief Operating Officer", "Operations Manager", "Head of Operations",
        "Chief Executive Officer", "Chief Strategy Officer", "VP Strategy", "General Manager", "President",
        "Plant Manager", "Director of Supply Chain", "VP Business Development", "Managing Director", "Head of Corporate Development",
    ];

    private static readonly string[] Cities =
    [
        "Austin, TX", "Denver, CO", "New York, NY", "Chicago, IL", "Seattle, WA", "Atlanta, GA", "Boston, MA", "Phoenix, AZ",
        "Dallas, TX", "San Diego, CA", "Portland, OR", "Nashville, TN", "Columbus, OH", "Charlotte, NC", "Remote",
    ];

    private static readonly string[] Companies = [.. Enumerable.Range(1, 400).Select(i => $"Company {i} Holdings")];

    private static readonly (string Sentence, string Skill, string Words, bool Strategy)[] Sentences =
    [
        ("Own the operating budget and report variances monthly.", "Budgeting", "budget", false),
        ("Drive process improvement across every plant and warehouse.", "Process improvement", "process improvement", false),
        ("Manage vendors and negotiate supplier contracts.", "Vendor management", "vendors", false),
        ("Introduce lean methods on the shop floor.", "Lean", "lean", false),
        ("Keep inventory accurate and shipping on time.", "Inventory management", "inventory", false),
        ("Lead day-to-day operations with a team of supervisors.", "People management", "team of supervisors", false),
        ("Shape the long-term vision and present it to the board.", "Board relations", "the board", true),
        ("Raise capital and keep investors informed.", "Fundraising", "investors", true),
        ("Lead mergers and acquisitions from sourcing to integration.", "M&A", "mergers and acquisitions", true),
        ("Build strategic partnerships with industry leaders.", "Partnerships", "partnerships", true),
        ("Set the strategy for new markets and products.", "Strategic planning", "strategy", true),
        ("We offer health insurance, a retirement plan and paid time off.", "", "", false),
        ("Our culture values candour, care and craft.", "", "", false),
        ("You will work closely with finance, sales and people teams.", "", "", false),
    ];

    public static async Task CreateAsync(string path, int count, TimeProvider time, CancellationToken ct)
    {
        var random = new Random(42);
        var now = time.GetUtcNow();
        await using var store = await SqliteJobStore.OpenAsync(path, time, ct);
        for (var start = 0; start < count; start += BatchSize)
        {
            var batch = Enumerable.Range(start, Math.Min(BatchSize, count - start)).Select(i => Posting(i, random, now)).ToList();
            await store.StoreBatchAsync(batch, [], ct);
            if ((start / BatchSize) % 10 == 0)
            {
                Console.Write($"\r  stored {start + batch.Count:N0} / {count:N0}");
            }
        }

        Console.WriteLine();
    }

    private static TaggedPosting Posting(int i, Random random, DateTimeOffset now)
    {
        var picked = Enumerable.Range(0, 7).Select(_ => Sentences[random.Next(Sentences.Length)]).Distinct().ToList();
        var description = string.Join(" ", picked.Select(s => s.Sentence));
        var skills = picked.Where(s => s.Skill.Length > 0).Select(s =>
        {
            var start = description.IndexOf(s.Words, StringComparison.Ordinal);
            return new SkillTag(s.Skill.ToLowerInvariant().Replace(' ', '-'), s.Skill, "leadership", [new SkillEvidence(PostingField.Description, start, s.Words.Length, s.Words)]);
        }).ToList();
        var strategy = picked.Count(s => s.Strategy);
        var ceo = Math.Clamp((0.2 + (0.2 * strategy)) - (0.05 * (picked.Count - strategy)) + (random.NextDouble() * 0.1), 0.01, 0.99);
        var location = Cities[random.Next(Cities.Length)];
        var posting = new JobPosting
        {
            Id = $"bench:{i}",
            Source = "bench",
            SourceId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Url = $"https://jobs.example.test/{i}",
            Title = Titles[random.Next(Titles.Length)],
            Company = Companies[random.Next(Companies.Length)],
            Location = location,
            IsRemote = location == "Remote",
            PostedAt = now.AddHours(-random.Next(24 * 90)),
            Description = description,
        };
        return new TaggedPosting(posting)
        {
            Role = new RoleClassification { Role = ceo >= 0.5 ? Role.Ceo : Role.Coo, CeoProbability = ceo, ModelVersion = "bench" },
            Skills = skills,
        };
    }
}
