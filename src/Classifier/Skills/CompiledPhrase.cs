namespace JobTagger.Classifier.Skills;

/// <summary>
/// One token sequence the automaton reports, with the phrase's rules turned into vocabulary ids so checking them costs
/// a few integer compares. <see cref="CaseSensitiveRaw"/> is null unless the phrase is case-sensitive.
/// </summary>
internal sealed record CompiledPhrase(
    int SkillIndex,
    int TokenCount,
    string[]? CaseSensitiveRaw,
    int[] Nearby,
    int NearbyWindow,
    int[] ExcludesPrevious,
    int[] ExcludesNext)
{
    public bool HasRules => CaseSensitiveRaw is not null || Nearby.Length > 0 || ExcludesPrevious.Length > 0 || ExcludesNext.Length > 0;
}
