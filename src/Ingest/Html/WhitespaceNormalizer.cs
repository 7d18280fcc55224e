using System.Text;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Normalizes plain text: line endings to '\n', runs of spaces and tabs to one space, lines trimmed, at most one blank
/// line in a row, no leading or trailing blank lines. Returns the input itself when it is already normal.
/// </summary>
internal static class WhitespaceNormalizer
{
    public static string Normalize(string text)
    {
        if (IsNormal(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreaks = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                pendingBreaks++;
                pendingSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u00a0' || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }

            if (builder.Length > 0)
            {
                if (pendingBreaks > 0)
                {
                    builder.Append('\n', Math.Min(pendingBreaks, 2));
                }
                else if (pendingSpace)
                {
                    builder.Append(' ');
                }
            }

            pendingBreaks = 0;
            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsNormal(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        var previous = 'x';
        var newlines = 0;
        foreach (var c in text)
        {
            var space = c == ' ';
            if (c == '\n')
            {
                if (previous == ' ' || ++newlines > 2)
                {
                    return false;
                }
            }
            else if ((space && (previous is ' ' or '\n')) || (!space && (char.IsWhiteSpace(c) || c == '\u00a0' || char.IsControl(c))))
            {
                return false;
            }
            else
            {
                newlines = 0;
            }

            previous = c;
        }

        return true;
    }
}
