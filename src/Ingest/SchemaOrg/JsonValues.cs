using System.Globalization;
using System.Text.Json;

namespace JobTagger.Ingest.SchemaOrg;

/// <summary>
/// Reads schema.org-style values, which may be a string, a number, an object with a <c>name</c> or <c>value</c>, or
/// an array of any of these.
/// </summary>
internal static class JsonValues
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    /// <summary>The element itself, or each item when it is an array.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement? element)
    {
        if (element is not { } value)
        {
            yield break;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                yield return item;
            }
        }
        else
        {
            yield return value;
        }
    }

    public static string? Text(JsonElement? element)
    {
        if (element is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Array => Items(value).Select(i => Text(i)).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
            JsonValueKind.Object => Text(Property(value, "name")) ?? Text(Property(value, "value")) ?? Text(Property(value, "@value")),
            _ => null,
        };
    }

    public static string? Text(JsonElement element, string name) => Text(Property(element, name));

    public static IReadOnlyList<string> Texts(JsonElement? element) =>
        Items(element).Select(i => Text(i)).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct().ToArray();

    public static decimal? Number(JsonElement? element)
    {
        if (element is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
