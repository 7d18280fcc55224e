using System.Text;
using JobTagger.Domain.Postings;

namespace JobTagger.Bench.Storage;

/// <summary>
/// Deterministic synthetic leadership postings (~3 KB, ~10 skills each) with a realistic spread of titles, companies,
/// places, dates and vocabulary, so FTS5 sees posting-like term frequencies. Fixed seed: every run stores the same data.
/// </summary>
internal sealed class SyntheticPostings(int seed, DateTimeOffset now)
{
    public static readonly string[] Titles =
    [
        "Chief Operating Officer", "VP of Operations", "Head of Operations", "Director of Operations", "General Manager",
        "Chief Executive Officer", "President", "Chief Strategy Officer", "Managing Director", "Operations Manager",
        "Plant Manager", "VP Supply Chain", "Director of Business Operations", "Head of Strategy", "Executive Director",
        "Chief Business Officer", "SVP Operations", "Regional Operations Director", "Founder and CEO", "Country Manager",
    ];

    public static readonly string[] Places =
    [
        "Austin, TX", "Dallas, Texas", "Houston, TX", "New York, NY", "Brooklyn, New York", "San Francisco, CA",
        "Los Angeles, California", "Seattle, WA", "Portland, OR", "Denver, CO", "Chicago, IL", "Boston, MA",
        "Atlanta, GA", "Miami, FL", "Phoenix, AZ", "Nashville, TN", "Raleigh, NC", "Columbus, OH", "Detroit, MI",
        "Minneapolis, MN", "Salt Lake City, UT", "Pittsburgh, PA", "Remote", "Remote - US", "London, United Kingdom",
        "Berlin, Germany", "Munich, Germany", "Paris, France", "Zürich, Switzerland", "Amsterdam, Netherlands",
        "Toronto, ON, Canada", "Dublin, Ireland", "Singapore", "Sydney, Australia", "Madrid, Spain", "Stockholm, Sweden",
    ];

    public static readonly string[] SkillNames =
    [
        "Budgeting", "Forecasting", "Supply Chain Management", "Lean Manufacturing", "Six Sigma", "Logistics",
        "Procurement", "Vendor Management", "P&L Ownership", "Strategic Planning", "Fundraising", "Investor Relations",
        "Board Relations", "Mergers and Acquisitions", "Partnerships", "Change Management", "Process Improvement",
        "KPI Design", "OKRs", "Team Leadership", "Hiring", "Customer Success", "Sales Operations", "Pricing",
        "Financial Modeling", "Risk Management", "Compliance", "ERP Systems", "SAP", "Salesforce", "Data Analysis",
        "SQL", "Project Management", "Agile", "Quality Assurance", "Inventory Management", "Warehouse Operations",
        "Fleet Management", "Real Estate", "Facilities", "Healthcare Operations", "Revenue Cycle", "Public Speaking",
        "Negotiation", "Go-to-Market", "Product Strategy", "International Expansion", "Capital Allocation",
    ];

    private static readonly string[] Industries =
    [
        "logistics", "healthcare", "fintech", "manufacturing", "retail", "e-commerce", "software", "biotech", "energy",
        "construction", "hospitality", "education", "insurance", "media", "agriculture", "aerospace", "telecom",
    ];

    private static readonly string[] Verbs =
    [
        "lead", "own", "build", "scale", "run", "improve", "streamline", "oversee", "coordinate", "design", "drive",
        "manage", "partner on", "shape", "deliver", "launch", "restructure", "measure", "negotiate", "champion",
    ];

    private static readonly string[] Objects =
    [
        "the operating budget", "day-to-day operations", "our supply chain", "the fulfillment network", "plant safety",
        "cross-functional programs", "the quarterly planning cycle", "vendor contracts", "customer onboarding",
        "the long-term vision", "board communication", "investor updates", "our fundraising roadmap", "strategic partnerships",
        "acquisitions and integrations", "the hiring plan", "service levels", "unit economics", "gross margin",
        "the field teams", "regional expansion", "quality systems", "the ERP rollout", "capital projects", "pricing strategy",
        "the company culture", "risk and compliance", "warehouse automation", "the product roadmap", "market entry",
    ];

    private static readonly string[] Tails =
    [
        "across three continents", "with a team of forty", "while keeping costs flat", "in a fast-growing business",
        "alongside the founders", "with clear metrics", "through the next funding round", "for our largest customers",
        "during a period of rapid change", "together with finance and HR", "with an eye on sustainability",
        "as we prepare to go public", "in close partnership with the CEO", "to hit ambitious targets",
    ];

    private readonly Random _random = new(seed);

    public TaggedPosting Next(int n)
    {
        var title = Pick(Titles);
        var company = $"{Pick(Prefixes)} {Pick(Suffixes)} {n % 997}";
        var place = Pick(Places);
        var industry = Pick(Industries);
        var description = Description(company, industry);
        var ceo = title.Contains("Executive", StringComparison.Ordinal) || title.Contains("CEO", StringComparison.Ordinal)
            || title.Contains("Strategy", StringComparison.Ordinal) || title == "President";
        var probability = ceo ? 0.6 + _random.NextDouble() * 0.4 : _random.NextDouble() * 0.4;
        var skills = Enumerable.Range(0, 10).Select(_ => _random.Next(SkillNames.Length)).Distinct()
            .Select(i => Skill(SkillNames[i], description)).ToList();
        return new TaggedPosting(new JobPosting
        {
            Id = $"bench:{n}",
            Source = n % 3 == 0 ? "greenhouse" : n % 3 == 1 ? "lever" : "jobs.jsonl",
            SourceId = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Url = $"https://jobs.example.com/{n}?utm_source=bench",
            Title = title,
            Company = company,
            Location = place,
            IsRemote = place.StartsWith("Remote", StringComparison.Ordinal) || _random.Next(10) == 0,
            PostedAt = now.AddMinutes(-_random.Next(60 * 24 * 120)),
            EmploymentType = "FULL_TIME",
            Salary = new SalaryRange(150000 + _random.Next(100) * 1000, 250000 + _random.Next(200) * 1000, "USD", "YEAR"),
            Description = description,
            ExtractionMethod = "bench",
        })
        {
            Role = new RoleClassification
            {
                Role = ceo ? Role.Ceo : Role.Coo,
                CeoProbability = probability,
                ModelVersion = "bench-1",
                Evidence = [new RoleEvidence(PostingField.Description, 0, 20, description[..20], ceo ? 1.1 : -1.1)],
            },
            Skills = skills,
        };
    }

    private static readonly string[] Prefixes = ["Acme", "Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Hooli", "Vandelay", "Wonka"];

    private static readonly string[] Suffixes = ["Logistics", "Health", "Robotics", "Foods", "Capital", "Energy", "Labs", "Systems", "Retail", "Mobility", "Analytics", "Brands"];

    private string Description(string company, string industry)
    {
        var text = new StringBuilder(3300);
        text.Append(company).Append(" is a ").Append(industry).Append(" company looking for a leader to join the executive team.\n");
        while (text.Length < 3000)
        {
            var verb = Pick(Verbs);
            text.Append(char.ToUpperInvariant(verb[0])).Append(verb.AsSpan(1)).Append(' ').Append(Pick(Objects))
                .Append(' ').Append(Pick(Tails)).Append(", using ").Append(Pick(SkillNames).ToLowerInvariant())
                .Append(" in our ").Append(Pick(Industries)).Append(" business. ");
            if (_random.Next(6) == 0)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private SkillTag Skill(string name, string description)
    {
        var start = _random.Next(description.Length - 40);
        return new SkillTag(name.ToLowerInvariant().Replace(' ', '-'), name, "bench",
            [new SkillEvidence(PostingField.Description, start, 12, description.Substring(start, 12))]);
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
