using System.Net;
using System.Text;
using System.Text.Json;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Parses the JSON real sites put in JSON-LD blocks: comments and trailing commas are allowed, and when that still
/// fails a repair pass fixes the usual breakage (raw newlines and tabs inside strings, <c>\'</c> escapes, HTML comment
/// or CDATA wrappers, a trailing semicolon, an entity-encoded block) before one more try.
/// </summary>
internal static class LenientJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    };

    public static JsonDocument? TryParse(string text)
    {
        var trimmed = Unwrap(text);
        if (trimmed.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(trimmed, Options);
        }
        catch (JsonException)
        {
            try
            {
                return JsonDocument.Parse(Repair(trimmed), Options);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private static string Unwrap(string text)
    {
        var t = text.Trim();
        foreach (var (open, close) in new[] { ("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>") })
        {
            if (t.StartsWith(open, StringComparison.Ordinal))
            {
                t = t[open.Length..];
                var end = t.LastIndexOf(close, StringComparison.Ordinal);
                t = (end >= 0 ? t[..end] : t).Trim();
            }
        }

        t = t.TrimEnd(';').Trim();
        return t.StartsWith("{&quot;", StringComparison.Ordinal) || t.StartsWith("[{&quot;", StringComparison.Ordinal)
            ? WebUtility.HtmlDecode(t)
            : t;
    }

    private static string Repair(string json)
    {
        var builder = new StringBuilder(json.Length + 16);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (!inString)
            {
                inString = c == '"';
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '\\' when i + 1 < json.Length && json[i + 1] == '\'':
                    builder.Append('\'');
                    i++;
                    break;
                case '\\' when i + 1 < json.Length:
                    builder.Append(c).Append(json[++i]);
                    break;
                case '"':
                    inString = false;
                    builder.Append(c);
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
