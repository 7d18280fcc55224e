using System.Globalization;

namespace JobTagger.Ingest.Mapping;

/// <summary>
/// Reads the loosely typed values postings carry (dates as ISO text or epoch numbers, amounts with currency signs,
/// pay periods spelled five ways). Unparseable values become null: a bad date should not cost the posting.
/// </summary>
internal static class LooseValueParser
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ssK", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz",
        "MM/dd/yyyy", "M/d/yyyy",
    ];

    public static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return FromEpoch(epoch);
        }

        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, Styles, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var parsed) ? parsed : null;
    }

    /// <summary>Epoch seconds or milliseconds (ATS APIs use both); anything outside 1990-2100 is not a date.</summary>
    public static DateTimeOffset? FromEpoch(long value)
    {
        var seconds = value > 100_000_000_000 ? value / 1000 : value;
        return seconds is > 631_152_000 and < 4_102_444_800 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }

    public static decimal? ParseAmount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        Span<char> digits = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var c in text)
        {
            if ((char.IsAsciiDigit(c) || c == '.') && length < digits.Length)
            {
                digits[length++] = c;
            }
            else if (c is 'k' or 'K' && length > 0)
            {
                return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var k)
                    ? k * 1000
                    : null;
            }
        }

        return length > 0 && decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;
    }

    /// <summary>Maps pay periods (HOURLY, per annum, 1 YEAR, ...) to the schema.org unit names HOUR..YEAR.</summary>
    public static string? ParseUnit(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().ToUpperInvariant();
        return t switch
        {
            _ when t.Contains("HOUR", StringComparison.Ordinal) => "HOUR",
            _ when t.Contains("DAY", StringComparison.Ordinal) || t.Contains("DAILY", StringComparison.Ordinal) => "DAY",
            _ when t.Contains("WEEK", StringComparison.Ordinal) => "WEEK",
            _ when t.Contains("MONTH", StringComparison.Ordinal) => "MONTH",
            _ when t.Contains("YEAR", StringComparison.Ordinal) || t.Contains("ANNUM", StringComparison.Ordinal)
                || t.Contains("ANNUAL", StringComparison.Ordinal) => "YEAR",
            _ => null,
        };
    }

    public static bool ParseFlag(string? text) =>
        text is not null && text.Trim().ToUpperInvariant() is "1" or "1.0" or "TRUE" or "YES" or "Y" or "REMOTE";
}
