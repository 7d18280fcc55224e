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

    /// <summary>
    /// The MATCH expression for a "what" and a "where" (location parts, without "remote"), or null when neither holds
    /// a word. The last word of "what" is a prefix (search as you type) unless the text ends with a space.
    /// </summary>
    public static string? Build(string? what, IReadOnlyList<string> whereParts)
    {
        ArgumentNullException.ThrowIfNull(whereParts);
        var builder = new StringBuilder();
        var words = Words(what);
        var prefixLast = what is { Length: > 0 } && !char.IsWhiteSpace(what[^1]);
        for (var i = 0; i < words.Count; i++)
        {
            AppendPhrase(builder, words[i]);
            if (i == words.Count - 1 && prefixLast && words[i].Length >= MinimumPrefixLength)
            {
                builder.Append('*');
            }
        }

        foreach (var part in whereParts)
        {
            builder.Append(builder.Length > 0 ? " " : string.Empty).Append("location_key : ");
            AppendPhrase(builder, part);
        }

        return builder.Length == 0 ? null : builder.ToString();
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

    private static void AppendPhrase(StringBuilder builder, string phrase)
    {
        if (builder.Length > 0 && builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        // Words hold only letters and digits, so there is no quote to double; doubling keeps that true if that changes.
        builder.Append('"').Append(phrase.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
