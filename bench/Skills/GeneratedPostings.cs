using System.Text;

namespace JobTagger.Bench.Skills;

/// <summary>
/// Posting-like text from a fixed seed: an "about us" paragraph, responsibilities and requirements bullets and a
/// benefits paragraph, with skill phrases at about the density real postings have. Written for this benchmark.
/// </summary>
internal static class GeneratedPostings
{
    private static readonly string[] Titles =
    [
        "Chief Operating Officer", "Director of Operations", "Senior Data Analyst", "Registered Nurse - ICU", "CDL-A Truck Driver",
        "Marketing Coordinator", "VP, Finance & Strategy", "Software Engineer (Go / Python)", "Warehouse Associate", "Chief Executive Officer",
    ];

    private static readonly string[] About =
    [
        "We are a fast-growing company with offices across the region and a reputation for doing right by our customers.",
        "Our team builds products that thousands of people rely on every day, and we are looking for someone to join us.",
        "Founded over twenty years ago, the organization serves clients in healthcare, logistics and financial services.",
        "This is an opportunity to be part of a collaborative culture where your ideas will be heard and acted on.",
    ];

    private static readonly string[] Duties =
    [
        "Lead a team of 12 supervisors and drive operational efficiency across three sites",
        "Own the P&L for the business unit and report monthly results to the board of directors",
        "Develop and manage budgets, forecasts and resource allocation for the department",
        "Partner with cross-functional stakeholders to deliver strategic planning and change management initiatives",
        "Build dashboards in Tableau and write SQL queries to track KPIs and key performance indicators",
        "Maintain inventory levels, coordinate shipping and receiving and support order fulfillment",
        "Provide direct patient care, administer medications and document in the EHR (Epic)",
        "Design, build and operate services in Go and Python on AWS with Docker and Kubernetes",
        "Plan and execute marketing campaigns across social media, email marketing and events",
        "Negotiate contracts with vendors and suppliers and oversee procurement",
        "Drive continuous improvement using Lean Six Sigma tools and root cause analysis",
        "Support mergers and acquisitions due diligence and investor relations activities",
        "Ensure regulatory compliance with OSHA, HIPAA and company policies and procedures",
        "Answer phones, greet visitors and handle scheduling and data entry for the office",
        "Operate a forklift safely and follow all safety procedures in the warehouse",
    ];

    private static readonly string[] Requirements =
    [
        "Bachelor's degree in business, finance or a related field; MBA preferred",
        "5+ years of experience in a leadership role with people management responsibilities",
        "Proficiency in Microsoft Office (Word, Excel, PowerPoint) and Salesforce",
        "Strong written and verbal communication skills and attention to detail",
        "Experience with R, Python and SQL for statistical analysis",
        "Valid driver's license and a clean driving record; Class A CDL required",
        "Excellent problem-solving skills and the ability to excel in a fast-paced environment",
        "Current BLS and ACLS certification; RN license in good standing",
        "Familiarity with ERP systems such as SAP or NetSuite and with GAAP",
        "Ability to lift up to 50 pounds and stand for long periods",
        "Go-to person for questions on the go; able to work on the go between sites",
        "Experience reporting to the C-suite and working with C-level executives",
    ];

    private static readonly string[] Filler =
    [
        "You will work closely with the rest of the team and help shape how we work.",
        "The schedule is Monday to Friday with occasional weekend work during busy periods.",
        "We value curiosity, kindness and a willingness to roll up your sleeves.",
        "Candidates should be comfortable with change and ready to take on new responsibilities as the role grows.",
        "This position is based at our main office with some travel to regional locations.",
    ];

    private static readonly string[] Benefits =
    [
        "We offer medical, dental and vision insurance, a 401(k) with company match and paid time off.",
        "Equal opportunity employer: all qualified applicants will receive consideration without regard to race, color or religion.",
        "Pay: $65,000 - $85,000 per year. Job type: full-time. Work location: in person.",
    ];

    public static List<(string Title, string Description)> Create(int seed, long totalChars)
    {
        var random = new Random(seed);
        var postings = new List<(string, string)>();
        var chars = 0L;
        var text = new StringBuilder();
        while (chars < totalChars)
        {
            text.Clear();
            Append(text, random, About, 2, " ");
            text.Append("\n\nResponsibilities:\n");
            Append(text, random, Duties, 6, "\n- ");
            text.Append("\n\n");
            Append(text, random, Filler, 3, " ");
            text.Append("\n\nQualifications:\n");
            Append(text, random, Requirements, 6, "\n- ");
            text.Append("\n\n");
            Append(text, random, Benefits, 3, " ");
            var title = Titles[random.Next(Titles.Length)];
            postings.Add((title, text.ToString()));
            chars += title.Length + text.Length;
        }

        return postings;
    }

    private static void Append(StringBuilder text, Random random, string[] pool, int count, string separator)
    {
        for (var i = 0; i < count; i++)
        {
            text.Append(separator).Append(pool[random.Next(pool.Length)]);
        }
    }
}
