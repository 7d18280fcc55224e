namespace JobTagger.Classifier.Skills;

/// <summary>
/// A phrase that expresses a skill, with the context rules short or ambiguous words need ("R", "Go", "Excel" the verb).
/// Rule words are single tokens compared in normalized form; see training/skills/README.md.
/// </summary>
internal sealed record SkillPhrase(string Text)
{
    public const int DefaultNearbyWindow = 8;

    /// <summary>The posting must spell the phrase with exactly this case ("R", "Go", "SAP").</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>When not empty, one of these words must be within <see cref="NearbyWindow"/> tokens of the phrase.</summary>
    public IReadOnlyList<string> RequiresAnyNearby { get; init; } = [];

    public int NearbyWindow { get; init; } = DefaultNearbyWindow;

    /// <summary>The phrase does not count when the word just before it is one of these ("vitamin C").</summary>
    public IReadOnlyList<string> ExcludesPrevious { get; init; } = [];

    /// <summary>The phrase does not count when the word just after it is one of these ("C-suite", "go-to").</summary>
    public IReadOnlyList<string> ExcludesNext { get; init; } = [];

    public bool HasRules => CaseSensitive || RequiresAnyNearby.Count > 0 || ExcludesPrevious.Count > 0 || ExcludesNext.Count > 0;
}
