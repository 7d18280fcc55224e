using System.Globalization;
using System.Text;

namespace JobTagger.Storage.Search;

/// <summary>
/// A description snippet built here, not by FTS5: snippet() tokenizes and stems the whole description again and sets up
/// the query once per row (about 40% of a search's time), and expands a word being typed over the whole vocabulary per
/// row. A description word is highlighted when a <see cref="SnippetTerm"/> of the query matches it (case and accents
/// ignored); the window opens just before the first match.
/// </summary>
internal static class DescriptionSnippet
{
    private const int Lead = 3;

    public static string Build(string text, IReadOnlyList<SnippetTerm> terms, int tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        bool IsMatch((int Start, int End) word) => terms.Any(t => t.Matches(text.AsSpan(word.Start, word.End - word.Start)));

        // Up to the first match, remembering the last few words before it: the window opens there. Descriptions run
        // to thousands of words and the first match is usually early, so the rest is never tokenized.
        var recent = new Queue<int>(Lead + 1);
        var at = 0;
        var from = -1;
        while (Next(text, at) is { } word)
        {
            recent.Enqueue(word.Start);
            if (recent.Count > Lead + 1)
            {
                recent.Dequeue();
            }

            if (IsMatch(word))
            {
                from = recent.Peek();
                break;
            }

            at = word.End;
        }

        var first = Next(text, 0);
        from = from < 0 ? first?.Start ?? text.Length : from;
        var builder = new StringBuilder(from > (first?.Start ?? text.Length) ? "…" : text[..from], 64 + (tokens * 10));
        var (written, end) = (0, from);
        while (written < tokens && Next(text, end) is { } word)
        {
            builder.Append(text, end, word.Start - end);
            var match = IsMatch(word);
            builder.Append(match ? SearchHit.HighlightStart.ToString() : string.Empty).Append(text, word.Start, word.End - word.Start)
                .Append(match ? SearchHit.HighlightEnd.ToString() : string.Empty);
            (written, end) = (written + 1, word.End);
        }

        return (Next(text, end) is null ? builder.Append(text, end, text.Length - end) : builder.Append('…')).ToString();
    }

    /// <summary>The next word at or after <paramref name="at"/>, or null.</summary>
    private static (int Start, int End)? Next(string text, int at)
    {
        while (at < text.Length && !IsWordChar(text[at]))
        {
            at++;
        }

        if (at == text.Length)
        {
            return null;
        }

        var start = at;
        while (at < text.Length && IsWordChar(text[at]))
        {
            at++;
        }

        return (start, at);
    }

    // Combining marks belong to the word (as for the unicode61 tokenizer): "Zürich" is one word.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>Lower case without diacritics, as the index's tokenizer (remove_diacritics 2) sees a word.</summary>
    // The build uses invariant globalization (no string.Normalize beyond ASCII), so Latin letters with diacritics are
    // mapped through a table made from Unicode's decompositions, and combining marks are dropped.
    public static string Fold(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (CharUnicodeInfo.GetUnicodeCategory(lower) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var at = Accented.IndexOf(lower, StringComparison.Ordinal);
            builder.Append(at >= 0 ? Plain[at] : lower);
        }

        return builder.ToString();
    }

    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooy";
}
