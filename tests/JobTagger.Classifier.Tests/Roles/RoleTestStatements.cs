namespace JobTagger.Classifier.Tests.Roles;

/// <summary>Statements for comparing scorers: corpus-like lines, unseen words, repeats, odd punctuation and spellings.</summary>
internal static class RoleTestStatements
{
    private static readonly string[] Heads =
    [
        "Oversee", "Lead", "Manage the", "Set the", "Coordinate", "Drive", "Build relationships with", "Représenter",
        "Optimise", "Champion", "Zorblax the", "- Run", "• Own", "Responsible for", "The COO will streamline",
    ];

    private static readonly string[] Tails =
    [
        "day-to-day operations across sites", "the long-term vision and strategy", "investors, donors & the board",
        "vendor contracts; staffing schedules", "the organisation's programmes", "M&A and P&L decisions",
        "budgets budgets budgets", "qwerty flibbertigibbet operations", "our mission, mission and mission",
        "KPIs, OKRs and SLAs (weekly)", "the company’s culture", "growth in 2025-2026 by 40%", "",
        "warehouse logistics and fulfilment", "partnerships with government and media",
    ];

    public static IEnumerable<string> Many()
    {
        foreach (var head in Heads)
        {
            for (var t = 0; t < Tails.Length; t++)
            {
                yield return $"{head} {Tails[t]}.";
                yield return $"{head} {Tails[t]} and {Tails[(t + 4) % Tails.Length]}";
            }
        }

        yield return string.Empty;
        yield return "!!!";
        yield return "a";
        yield return new string('x', 200) + " operations";
    }
}
