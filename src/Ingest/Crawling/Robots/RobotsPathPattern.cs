using System.Text;

namespace JobTagger.Ingest.Crawling.Robots;

/// <summary>
/// A robots.txt path pattern: a prefix match where <c>*</c> stands for any run of characters and a trailing <c>$</c>
/// anchors the end (RFC 9309 section 2.2.3). Matching is case-sensitive and octet-wise on the percent-encoded form.
/// </summary>
internal sealed class RobotsPathPattern
{
    private readonly string _body;
    private readonly bool _anchored;

    private RobotsPathPattern(string text)
    {
        Text = text;
        _anchored = text.EndsWith('$');
        _body = _anchored ? text[..^1] : text;
    }

    /// <summary>The pattern as normalised; its length decides precedence (the longest match wins).</summary>
    public string Text { get; }

    public int Length => Text.Length;

    public static RobotsPathPattern Parse(string value) => new(Normalize(value));

    public bool Matches(string pathAndQuery) => Match(_body.AsSpan(), pathAndQuery.AsSpan());

    /// <summary>
    /// Encodes characters outside US-ASCII as UTF-8 percent escapes and upper-cases existing escapes, so a rule
    /// written with raw UTF-8 matches the escaped URL path (RFC 9309 section 2.2.2). Escapes are not decoded.
    /// </summary>
    internal static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else if (c > 0x7F)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(value.Substring(i, length)))
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path)
    {
        // Iterative wildcard matching with a single backtrack point: linear enough for robots.txt-sized patterns
        // and immune to the exponential blow-up of naive recursion on patterns like "/*a*a*a*b".
        int p = 0, s = 0, star = -1, mark = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (p == pattern.Length && !_anchored)
            {
                return true;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
