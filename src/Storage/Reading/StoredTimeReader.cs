using JobTagger.Storage.Writing;

namespace JobTagger.Storage.Reading;

/// <summary>
/// Reads the fixed-width UTC timestamps <see cref="StoredTime"/> writes (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>) digit by
/// digit, several times faster than the general parser the export used to spend its time in; any other text goes to
/// <see cref="StoredTime.Read"/>, so the result is the same.
/// </summary>
internal static class StoredTimeReader
{
    public static DateTimeOffset Read(string value) => Read(value.AsSpan());

    public static DateTimeOffset Read(ReadOnlySpan<char> s)
    {
        if (s.Length == 28 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == '.' && s[27] == 'Z'
            && TryDigits(s[0..4], out var year) && TryDigits(s[5..7], out var month) && TryDigits(s[8..10], out var day)
            && TryDigits(s[11..13], out var hour) && TryDigits(s[14..16], out var minute) && TryDigits(s[17..19], out var second)
            && TryDigits(s[20..27], out var fraction)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 1, month)
            && year >= 1 && hour < 24 && minute < 60 && second < 60)
        {
            var ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fraction;
            return new DateTimeOffset(ticks, TimeSpan.Zero);
        }

        return StoredTime.Read(s.ToString());
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
