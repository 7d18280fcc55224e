using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Roles.Evaluation;

/// <summary>
/// The naive baseline the model must beat: count operations words and strategy words in the text; more strategy words
/// means CEO-like, otherwise (ties included) COO-like.
/// </summary>
internal static class KeywordCountBaseline
{
    private static readonly HashSet<string> CooWords = new(StringComparer.Ordinal)
    {
        "operations", "operational", "operating", "day", "daily", "efficiency", "efficient", "process", "processes",
        "workflow", "workflows", "budget", "budgets", "resources", "departments", "kpis", "kpi", "policies", "procedures",
        "facilities", "logistics", "vendors", "vendor", "staffing", "compliance", "scheduling", "schedules", "quality",
        "payroll", "hr", "administration", "administrative", "systems", "inventory", "supply", "coo",
    };

    private static readonly HashSet<string> CeoWords = new(StringComparer.Ordinal)
    {
        "vision", "mission", "strategic", "strategy", "long", "growth", "stakeholders", "investors", "board",
        "shareholders", "acquisitions", "mergers", "partnerships", "partners", "expansion", "external", "fundraising",
        "donors", "funders", "culture", "public", "spokesperson", "advocacy", "governance", "ceo", "executive", "president",
    };

    public static Role Predict(string text)
    {
        var coo = 0;
        var ceo = 0;
        foreach (var token in StatementNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            coo += CooWords.Contains(token) ? 1 : 0;
            ceo += CeoWords.Contains(token) ? 1 : 0;
        }

        return ceo > coo ? Role.Ceo : Role.Coo;
    }
}
