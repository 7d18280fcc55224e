using System.Text;

namespace JobTagger.Storage.Locations;

/// <summary>
/// Rewrites a location to lower-case words with abbreviations expanded (<see cref="LocationAliases"/>). Stored
/// locations and "where" searches go through the same rewrite, and the result is indexed by FTS5, so matching is
/// tolerant of case, punctuation, accents and abbreviations.
/// </summary>
internal static class LocationNormalizer
{
    /// <summary>The searchable form of a stored location: its comma-separated parts rewritten, joined by " , ".</summary>
    public static string Key(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return string.Empty;
        }

        return string.Join(" , ", Parts(location));
    }

    /// <summary>The parts of a location or a "where" search ("Austin, TX" -> "austin", "texas"), each rewritten.</summary>
    public static IReadOnlyList<string> Parts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        foreach (var raw in text.Split([',', ';', '/', '|', '(', ')', '·', '-', '–'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = Words(raw);
            if (words.Count == 0)
            {
                continue;
            }

            var whole = string.Join(' ', words.Select(w => w.Lower));
            if (LocationAliases.ByCode.TryGetValue(whole, out var full))
            {
                parts.Add(full);
                continue;
            }

            // Inside a longer part only upper-case codes are expanded ("Austin TX"), so words like "in" or "or" stay.
            parts.Add(string.Join(' ', words.Select(w =>
                w.IsUpperCode && LocationAliases.ByCode.TryGetValue(w.Lower, out var name) ? name : w.Lower)));
        }

        return parts;
    }

    /// <summary>True when a location key says the work is remote ("Remote", "Remote - US", "Austin or remote").</summary>
    public static bool SaysRemote(string key) =>
        key.Contains("remote", StringComparison.Ordinal) || key.Contains("anywhere", StringComparison.Ordinal)
        || key.Contains("telecommute", StringComparison.Ordinal);

    private static List<(string Lower, bool IsUpperCode)> Words(string part)
    {
        var words = new List<(string, bool)>();
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in part.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                upper &= char.IsUpper(c);
                continue;
            }

            if (builder.Length > 0)
            {
                words.Add((builder.ToString(), upper && builder.Length is 2 or 3));
                builder.Clear();
            }

            upper = true;
        }

        return words;
    }
}
