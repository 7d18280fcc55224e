using System.Text.Json;
using HtmlAgilityPack;
using JobTagger.Ingest.SchemaOrg;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Finds the first schema.org JobPosting in a page's JSON-LD blocks, wherever it sits: a top-level object, an array,
/// an <c>@graph</c>, or nested under another node such as a WebPage's <c>mainEntity</c>.
/// </summary>
internal static class JsonLdJobPostingFinder
{
    public static JsonElement? Find(HtmlDocument page)
    {
        var scripts = page.DocumentNode.SelectNodes("//script[@type]");
        if (scripts is null)
        {
            return null;
        }

        foreach (var script in scripts)
        {
            if (!script.GetAttributeValue("type", string.Empty).Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var document = LenientJson.TryParse(script.InnerHtml);
            if (document is not null && FindIn(document.RootElement, depth: 0) is { } posting)
            {
                return posting.Clone();
            }
        }

        return null;
    }

    /// <summary>Searches parsed JSON (a JSON-LD block or a whole .json file) for a JobPosting node.</summary>
    public static JsonElement? FindIn(JsonElement element, int depth)
    {
        if (depth > 32)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object when SchemaOrgJobPostingMapper.IsJobPosting(element):
                return element;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && FindIn(property.Value, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindIn(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
