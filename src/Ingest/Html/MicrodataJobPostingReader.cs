using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HtmlAgilityPack;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Reads a schema.org JobPosting marked up with microdata (<c>itemscope itemtype=".../JobPosting"</c>) into the same
/// JSON shape JSON-LD has, so one mapper serves both. Nested items (hiringOrganization, jobLocation, address,
/// baseSalary) become nested objects; values follow the microdata rules (meta content, link href, time datetime).
/// </summary>
internal static class MicrodataJobPostingReader
{
    public static JsonElement? Find(HtmlDocument page)
    {
        var items = page.DocumentNode.SelectNodes("//*[@itemscope and @itemtype]");
        var posting = items?.FirstOrDefault(n => n.GetAttributeValue("itemtype", string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(t => t.EndsWith("schema.org/JobPosting", StringComparison.OrdinalIgnoreCase)));
        return posting is null ? null : JsonSerializer.SerializeToElement(ReadItem(posting));
    }

    private static JsonObject ReadItem(HtmlNode item)
    {
        var type = item.GetAttributeValue("itemtype", string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var result = new JsonObject { ["@type"] = type[(type.LastIndexOf('/') + 1)..] };
        CollectProperties(item, result);
        return result;
    }

    private static void CollectProperties(HtmlNode node, JsonObject target)
    {
        foreach (var child in node.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element))
        {
            var names = child.GetAttributeValue("itemprop", string.Empty);
            var isItem = child.Attributes.Contains("itemscope");
            if (names.Length > 0)
            {
                foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    JsonNode value = isItem ? ReadItem(child) : JsonValue.Create(PropertyValue(child));
                    Add(target, name, value);
                }
            }

            // A nested item owns the properties inside it; anything else may still hold properties of this item.
            if (!isItem)
            {
                CollectProperties(child, target);
            }
        }
    }

    private static void Add(JsonObject target, string name, JsonNode value)
    {
        if (!target.TryGetPropertyValue(name, out var existing) || existing is null)
        {
            target[name] = value;
            return;
        }

        if (existing is not JsonArray array)
        {
            target.Remove(name);
            array = [existing];
            target[name] = array;
        }

        array.Add(value);
    }

    private static string PropertyValue(HtmlNode element)
    {
        var attribute = element.Name switch
        {
            "meta" => "content",
            "a" or "link" or "area" => "href",
            "img" or "audio" or "video" or "source" or "embed" or "iframe" => "src",
            "time" => "datetime",
            "data" or "meter" => "value",
            _ => null,
        };
        if (attribute is not null && element.Attributes[attribute] is { } found)
        {
            return WebUtility.HtmlDecode(found.Value) ?? string.Empty;
        }

        return element.Attributes["content"] is { } content ? WebUtility.HtmlDecode(content.Value) ?? string.Empty : HtmlText.FromNode(element);
    }
}
