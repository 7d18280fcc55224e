using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Turns posting text that may be HTML into clean text. Paragraphs (<c>p</c>, headings, lists, tables) are separated
/// by a blank line, <c>br</c> and <c>div</c> end a line, and each <c>li</c> starts a line with "• ". Entities are
/// decoded, scripts and styles dropped, runs of spaces collapsed. Text without '&lt;' or '&amp;' skips the parser and
/// is only whitespace-normalized, which keeps plain-text sources fast.
/// </summary>
internal static class HtmlText
{
    public const string Bullet = "• ";

    public static string? ToPlainText(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var hasTag = text.Contains('<', StringComparison.Ordinal);
        if (!hasTag && !text.Contains('&', StringComparison.Ordinal))
        {
            return WhitespaceNormalizer.Normalize(text);
        }

        if (!hasTag)
        {
            // Escaped markup (Greenhouse sends "&lt;p&gt;...") decodes to HTML that still needs converting.
            var decoded = WebUtility.HtmlDecode(text);
            return decoded.Contains('<', StringComparison.Ordinal) ? FromHtml(decoded) : WhitespaceNormalizer.Normalize(decoded);
        }

        return FromHtml(text);
    }

    public static string FromHtml(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return FromNode(document.DocumentNode);
    }

    public static string FromNode(HtmlNode node)
    {
        var writer = new TextWriterState(new StringBuilder(256));
        Walk(node, ref writer);
        return writer.Builder.ToString();
    }

    private static void Walk(HtmlNode node, ref TextWriterState writer)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    writer.AppendText(((HtmlTextNode)child).Text);
                    break;
                case HtmlNodeType.Element:
                    WalkElement(child, ref writer);
                    break;
                default:
                    break;
            }
        }
    }

    private static void WalkElement(HtmlNode element, ref TextWriterState writer)
    {
        var name = element.Name;
        if (HtmlElementKinds.IsSkipped(name))
        {
            return;
        }

        if (name == "br")
        {
            writer.RequestBreak(1);
            return;
        }

        if (name == "li")
        {
            writer.RequestBreak(1);
            writer.StartBullet();
            Walk(element, ref writer);
            writer.RequestBreak(1);
            return;
        }

        var breaks = HtmlElementKinds.BreaksAround(name);
        if (breaks > 0)
        {
            writer.RequestBreak(breaks);
        }
        else if (name is "td" or "th")
        {
            writer.RequestSpace();
        }

        Walk(element, ref writer);
        if (breaks > 0)
        {
            writer.RequestBreak(breaks);
        }
    }
}
