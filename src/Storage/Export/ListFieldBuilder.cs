namespace JobTagger.Storage.Export;

/// <summary>
/// Joins a list's values with <c>"; "</c> into one reused buffer, for the CSV list columns: no LINQ and no string
/// per row. Null values are left out (as source URLs are).
/// </summary>
internal sealed class ListFieldBuilder
{
    private char[] _chars = new char[1024];

    public ReadOnlySpan<char> Join<T>(IReadOnlyList<T> items, Func<T, string?> value)
    {
        var length = 0;
        var first = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (value(items[i]) is not { } text)
            {
                continue;
            }

            var needed = length + text.Length + 2;
            if (needed > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
            }

            if (!first)
            {
                _chars[length++] = ';';
                _chars[length++] = ' ';
            }

            first = false;
            text.CopyTo(_chars.AsSpan(length));
            length += text.Length;
        }

        return _chars.AsSpan(0, length);
    }
}
