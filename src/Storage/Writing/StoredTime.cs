using System.Globalization;

namespace JobTagger.Storage.Writing;

/// <summary>
/// Timestamps are stored as fixed-width UTC ISO-8601 text: readable in any SQLite tool, and text order is time order,
/// so "newest first" and "posted within" use the index.
/// </summary>
internal static class StoredTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Write(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static object WriteOrNull(DateTimeOffset? value) => value is { } v ? Write(v) : DBNull.Value;

    public static DateTimeOffset Read(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
