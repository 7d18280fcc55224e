using System.Text;
using JobTagger.Storage.Locations;

namespace JobTagger.Storage.Search;

/// <summary>
/// Builds FTS5 MATCH strings from whatever a user typed. Only runs of letters and digits survive, each wrapped in
/// double quotes, so no input (quotes, <c>*</c>, <c>NEAR(</c>, <c>OR</c>, parentheses, SQL) can be FTS5 syntax:
/// the words are searched for, nothing else. The value is always bound as a parameter.
/// </summary>
internal static class FtsMatch
{
    /// <summary>Words shorter than this are not prefix-matched: "a*" would expand to half the vocabulary.</summary>
    private const int MinimumPrefixLength = 2;

    /// <summary>The words of free text, lower-cased, in order.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0)
            {
                words.Add(builder.ToString());
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            words.Add(builder.ToString());
        }

        return words;
    }

    /// <summary>The last word of "what" while it is being typed (no space after it, two letters or more), else null.</summary>
    public static string? Typed(string? what)
    {
        var words = Words(what);
        return words.Count > 0 && !char.IsWhiteSpace(what![^1]) && words[^1].Length >= MinimumPrefixLength ? words[^1] : null;
    }

    /// <summary>
    /// The MATCH expression for a "what" and a "where" (location parts, without "remote"), or null when neither holds
    /// a word. The last word, while being typed (see <see cref="Typed"/>), stands for any of its
    /// <paramref name="completions"/> (indexed words, see <see cref="CompletionVocabulary"/>), or is a prefix when there are none.
    /// </summary>
    public static string? Build(string? what, IReadOnlyList<string> whereParts, IReadOnlyList<string>? completions = null)
    {
        ArgumentNullException.ThrowIfNull(whereParts);
        // Explicit ANDs: FTS5 takes an implicit AND between phrases only, not after a parenthesised group.
        var terms = new List<string>();
        var words = Words(what);
        var typed = Typed(what);
        for (var i = 0; i < words.Count; i++)
        {
            var builder = new StringBuilder();
            var alternatives = i == words.Count - 1 && typed is not null
                ? (completions ?? []).Where(c => Words(c).Count == 1).ToList()
                : [];
            if (alternatives.Count == 0)
            {
                // No completion known: FTS5's own prefix query, which reads every indexed word with that start.
                terms.Add(AppendPhrase(builder, words[i]).Append(i == words.Count - 1 && typed is not null ? "*" : string.Empty).ToString());
                continue;
            }

            for (var a = 0; a < alternatives.Count; a++)
            {
                AppendPhrase(a == 0 ? builder : builder.Append(" OR"), alternatives[a]);
            }

            terms.Add(alternatives.Count == 1 ? builder.ToString() : $"({builder})");
        }

        foreach (var part in whereParts)
        {
            terms.Add(AppendPhrase(new StringBuilder("location_key : "), part).ToString());
        }

        return terms.Count == 0 ? null : string.Join(" AND ", terms);
    }

    /// <summary>
    /// A column filter matching any of the texts as a phrase, e.g. <c>skills_text : ("supply chain" OR "logistics")</c>;
    /// null when none of them holds a word.
    /// </summary>
    public static string? AnyPhrase(string column, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var phrases = texts.Select(Words).Where(w => w.Count > 0).Select(w => string.Join(' ', w)).Distinct(StringComparer.Ordinal).ToList();
        if (phrases.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder(column).Append(" : (");
        for (var i = 0; i < phrases.Count; i++)
        {
            builder.Append(i > 0 ? " OR " : string.Empty);
            AppendPhrase(builder, phrases[i]);
        }

        return builder.Append(')').ToString();
    }

    /// <summary>The parts of a "where" to match against locations, with "remote" taken out as a flag.</summary>
    public static (IReadOnlyList<string> Parts, bool Remote) Where(string? where)
    {
        if (string.IsNullOrWhiteSpace(where))
        {
            return ([], false);
        }

        var remote = false;
        var parts = new List<string>();
        foreach (var part in LocationNormalizer.Parts(where))
        {
            var words = Words(part);
            if (words.Count == 0)
            {
                continue;
            }

            if (words.Contains("remote") || words.Contains("anywhere"))
            {
                remote = true;
                words = [.. words.Where(w => w is not ("remote" or "anywhere" or "only" or "fully"))];
            }

            if (words.Count > 0)
            {
                parts.Add(string.Join(' ', words));
            }
        }

        return (parts, remote);
    }

    private static StringBuilder AppendPhrase(StringBuilder builder, string phrase)
    {
        if (builder.Length > 0 && builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        // Words hold only letters and digits, so there is no quote to double; doubling keeps that true if that changes.
        return builder.Append('"').Append(phrase.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
