namespace JobTagger.Classifier.Skills;

/// <summary>
/// Splits text into the word tokens both phrases and postings are matched on, and normalizes a token (lower case, a
/// light plural fold) so "KPIs" meets "KPI" and "Budgets" meets "budget". Phrases and postings go through the same
/// code, so whatever the rules do they do to both sides alike.
/// </summary>
internal static class SkillTokenizer
{
    /// <summary>Longer tokens cannot be in the taxonomy (validation rejects them), so the matcher skips them.</summary>
    public const int MaxTokenLength = 48;

    /// <summary>
    /// Reads the next token at or after <paramref name="position"/>. <paramref name="afterBreak"/> says punctuation that
    /// ends a phrase (a comma, a full stop, a newline, a bullet) came before it; <paramref name="afterHyphen"/> says the
    /// gap was exactly one hyphen ("cross-functional").
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start, out int length, out bool afterBreak, out bool afterHyphen)
    {
        afterBreak = false;
        var gapLength = 0;
        var gapIsHyphen = false;
        var i = position;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c) || c == '&' || (c == '.' && StartsDotWord(text, i)))
            {
                break;
            }

            afterBreak |= IsBreak(text, i);
            gapIsHyphen = gapLength == 0 && c == '-';
            gapLength++;
            i++;
        }

        if (i >= text.Length)
        {
            position = i;
            start = i;
            length = 0;
            afterHyphen = false;
            return false;
        }

        afterHyphen = gapIsHyphen && gapLength == 1;
        start = i;
        if (text[i] == '&')
        {
            position = i + 1;
            length = 1;
            return true;
        }

        i++; // the first char: a word char or the dot of ".NET"
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if (c == '.' && i + 1 < text.Length && IsWordChar(text[i - 1]) && IsLowerOrDigit(text[i + 1]))
            {
                i++; // "node.js", "3.5"; an upper-case letter after the dot is glued text ("inclusion.Who") or "ASP.NET"
            }
            else if (c is '+' or '#')
            {
                while (i < text.Length && text[i] is '+' or '#')
                {
                    i++; // "C++", "C#"
                }

                break;
            }
            else
            {
                break;
            }
        }

        position = i;
        length = i - start;
        return true;
    }

    /// <summary>Writes the normalized form of <paramref name="token"/> into <paramref name="destination"/>; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> token, Span<char> destination)
    {
        var n = token.Length;
        var allLetters = true;
        for (var i = 0; i < n; i++)
        {
            var c = token[i];
            if (c < 128)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    c = (char)(c + 32);
                }
                else if (c is < 'a' or > 'z')
                {
                    allLetters = false;
                }
            }
            else
            {
                c = char.ToLowerInvariant(c);
                allLetters &= char.IsLetter(c);
            }

            destination[i] = c;
        }

        return allLetters ? FoldPlural(destination, n) : n;
    }

    public static string Normalize(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[token.Length];
        var n = Normalize(token, buffer);
        return new string(buffer[..n]);
    }

    // Only the regular English plurals: both sides fold alike, so an odd fold ("series" -> "sery") still matches.
    private static int FoldPlural(Span<char> w, int n)
    {
        if (n < 4 || w[n - 1] != 's')
        {
            return n;
        }

        if (n >= 5 && w[n - 2] == 'e' && w[n - 3] == 'i')
        {
            w[n - 3] = 'y'; // policies -> policy
            return n - 2;
        }

        if (n >= 5 && w[n - 2] == 'e' && (w[n - 3] == 'x' || (w[n - 3] == 's' && w[n - 4] == 's') || (w[n - 3] == 'h' && w[n - 4] is 'c' or 's')))
        {
            return n - 2; // processes -> process, approaches -> approach, taxes -> tax
        }

        // budgets -> budget, KPIs -> kpi; not "process", "status", "analysis", nor "economics" (not "economic"s)
        var keep = w[n - 2] is 's' or 'u' || (w[n - 2] == 'i' && n >= 5) || (w[n - 2] == 'c' && w[n - 3] == 'i');
        return keep ? n : n - 1;
    }

    private static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    private static bool IsLowerOrDigit(char c) =>
        c < 128 ? (uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLower(c);

    // ".NET" after a space or a slash; not the full stop of "sales.NET" glued text.
    private static bool StartsDotWord(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && IsWordChar(text[i + 1]) && (i == 0 || !IsWordChar(text[i - 1]));

    private static bool IsBreak(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        return c switch
        {
            // "communication.Ability" is two sentences glued by a lost newline; "ASP.NET" and "U.S." are not.
            '.' => i + 1 >= text.Length || !IsWordChar(text[i + 1]) || (char.IsUpper(text[i + 1]) && i > 0 && char.IsLower(text[i - 1])),
            '-' => (i > 0 && char.IsWhiteSpace(text[i - 1])) || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])),
            ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '"' or '*' or '\n' or '\r' => true,
            '\u2022' or '\u00b7' or '\u25cf' or '\u25aa' or '\u2013' or '\u2014' or '\u201c' or '\u201d' => true,
            _ => false,
        };
    }
}
