namespace JobTagger.Classifier.Roles;

/// <summary>
/// Splits a description into statements (sentences and bullets) and keeps their offsets. Real postings glue bullets
/// together when HTML is flattened ("...objectivesPosition Responsibilities", "· Manage daily activities"), so
/// bullet marks, line breaks, semicolons, sentence ends and a lower-to-upper case jump inside a word all end a statement.
/// </summary>
internal static class StatementSplitter
{
    /// <summary>Adds the statements of <paramref name="text"/> to <paramref name="segments"/> (trimmed, never empty).</summary>
    public static void Split(string text, List<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsHardBreak(c))
            {
                Add(text, start, i, segments);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && IsSentenceEnd(text, i))
            {
                Add(text, start, i + 1, segments);
                start = i + 1;
            }
            else if (IsGluedWordBoundary(text, i))
            {
                Add(text, start, i, segments);
                start = i;
            }
        }

        Add(text, start, text.Length, segments);
    }

    private static bool IsHardBreak(char c) =>
        c is '\n' or '\r' or ';' or '\u2022' or '\u00b7' or '\u25aa' or '\u25cf' or '\u2023' or '\u2043' or '|';

    // "end. Next" or "end.Next" ends a sentence; "e.g. the", "3.5" and "U.S." do not.
    private static bool IsSentenceEnd(string text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return true;
        }

        var next = text[i + 1];
        if (char.IsWhiteSpace(next))
        {
            return i < 2 || text[i - 2] != '.';
        }

        return char.IsUpper(next) && i >= 2 && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]);
    }

    // "WriterWrite" or "decision-makingStrong": two lower-case letters, then an upper-case letter followed by a lower-case one.
    private static bool IsGluedWordBoundary(string text, int i) =>
        i >= 2 && i + 1 < text.Length && char.IsUpper(text[i]) && char.IsLower(text[i + 1]) &&
        char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]);

    private static void Add(string text, int start, int end, List<TextSegment> segments)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '-' or '*' or '\u2013' or '\u2014' or '>' or ':'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                segments.Add(new TextSegment(start, end - start));
                return;
            }
        }
    }
}
