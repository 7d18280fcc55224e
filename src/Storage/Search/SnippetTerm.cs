namespace JobTagger.Storage.Search;

/// <summary>
/// The description words one query word highlights in a <see cref="DescriptionSnippet"/>: those starting with its root,
/// a rough cut of the endings porter removes ("operations" and "operational" from "operat"); a root shorter than four
/// letters only the word itself and its plural ("coo" is not "coordinate"). Only highlighting depends on it: which
/// postings match is FTS5's (porter) business.
/// </summary>
internal readonly record struct SnippetTerm(string Start, bool WholeWord)
{
    private const int MinimumRoot = 4;

    // Longest first; one ending is cut.
    private static readonly string[] Endings =
    [
        "ational", "ations", "ation", "ional", "ions", "ion", "ings", "ing", "ments", "ment", "ities", "ity", "ers", "er",
        "ies", "es", "ed", "ly", "s", "e", "y",
    ];

    /// <summary>A word still being typed: every word it starts.</summary>
    public static SnippetTerm Typed(string prefix) => new(DescriptionSnippet.Fold(prefix), WholeWord: false);

    /// <summary>A finished word: the words starting with its root.</summary>
    public static SnippetTerm Finished(string word)
    {
        var folded = DescriptionSnippet.Fold(word);
        var ending = Endings.FirstOrDefault(e => folded.Length - e.Length >= MinimumRoot && folded.EndsWith(e, StringComparison.Ordinal));
        var root = ending is null ? folded : folded[..^ending.Length];
        return root.Length < MinimumRoot ? new SnippetTerm(folded, WholeWord: true) : new SnippetTerm(root, WholeWord: false);
    }

    /// <summary>Whether a description word is one this term highlights (case and accents ignored).</summary>
    public bool Matches(ReadOnlySpan<char> word)
    {
        // Most words are ASCII: compared in place, case ignored; the others are folded first.
        var token = System.Text.Ascii.IsValid(word) ? word : DescriptionSnippet.Fold(word).AsSpan();
        if (!token.StartsWith(Start, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !WholeWord || token.Length == Start.Length || (token.Length == Start.Length + 1 && token[^1] is 's' or 'S');
    }
}
