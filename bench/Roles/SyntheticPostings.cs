using System.Text;

namespace JobTagger.Bench.Roles;

/// <summary>Seeded postings of about 3 KB: a title, a company blurb, duty bullets of both kinds and boilerplate.</summary>
internal static class SyntheticPostings
{
    private static readonly string[] Titles =
    [
        "Operations Manager", "Chief Executive Officer", "Director of Operations", "Executive Director", "VP, Operations",
        "President & CEO", "General Manager", "Managing Director", "Head of Business Operations", "Founder & CEO",
    ];

    private static readonly string[] Verbs =
    [
        "Oversee", "Manage", "Lead", "Coordinate", "Drive", "Develop", "Build", "Set", "Monitor", "Champion", "Streamline",
        "Represent", "Own", "Improve", "Negotiate",
    ];

    private static readonly string[] Objects =
    [
        "day-to-day operations across our sites", "the annual operating budget and monthly forecasts",
        "relationships with investors, donors and the board of directors", "the long-term vision and strategic plan",
        "vendor contracts, procurement and facilities", "staffing, scheduling and onboarding of new hires",
        "partnerships with community organizations and government agencies", "quality assurance and compliance programmes",
        "expansion into new markets and acquisitions", "company culture, values and internal communications",
        "KPIs, dashboards and weekly operating reviews", "fundraising campaigns and major gift strategy",
    ];

    private static readonly string[] Boilerplate =
    [
        "We offer competitive pay, medical, dental and vision insurance, and a generous 401(k) match.",
        "We are an equal opportunity employer and welcome applicants of every background, identity and experience.",
        "To apply, send your resume and a short cover letter through our careers page; applications are reviewed weekly.",
        "This is a full-time hybrid role based in our downtown office, with two remote days each week.",
        "Excellent written and verbal communication skills, sound judgment and attention to detail are essential.",
    ];

    public static List<(string Title, string Description)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var postings = new List<(string, string)>(count);
        var text = new StringBuilder(3200);
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            text.Append("About us: we are a growing organization serving customers and communities across the region since 1998. ");
            text.Append("Our teams work in offices, clinics, warehouses and stores, and we care about doing the work well.\n\nResponsibilities:\n");
            while (text.Length < 2500)
            {
                text.Append("• ").Append(Verbs[random.Next(Verbs.Length)]).Append(' ')
                    .Append(Objects[random.Next(Objects.Length)]).Append(", working closely with the leadership team.\n");
            }

            text.Append("\nBenefits and how to apply:\n");
            while (text.Length < 3000)
            {
                text.Append(Boilerplate[random.Next(Boilerplate.Length)]).Append(' ');
            }

            postings.Add((Titles[random.Next(Titles.Length)], text.ToString()));
        }

        return postings;
    }
}
