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
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            spans.Add((start, i));
        }

        bool IsMatch((int Start, int End) span)
        {
            var token = Fold(text.AsSpan(span.Start, span.End - span.Start));
            return terms.Any(t => t.Matches(token));
        }

        var first = spans.FindIndex(s => IsMatch(s));
        var from = Math.Max(0, first - Lead);
        var to = Math.Min(spans.Count, from + tokens);
        var builder = new StringBuilder(from > 0 ? "…" : text[..(spans.Count > 0 ? spans[0].Start : text.Length)]);
        for (var i = from; i < to; i++)
        {
            var (start, end) = spans[i];
            if (i > from)
            {
                builder.Append(text, spans[i - 1].End, start - spans[i - 1].End);
            }

            var match = IsMatch(spans[i]);
            builder.Append(match ? SearchHit.HighlightStart.ToString() : string.Empty).Append(text, start, end - start)
                .Append(match ? SearchHit.HighlightEnd.ToString() : string.Empty);
        }

        return (to < spans.Count ? builder.Append('…') : builder.Append(text, spans.Count > 0 ? spans[^1].End : text.Length, text.Length - (spans.Count > 0 ? spans[^1].End : text.Length))).ToString();
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
