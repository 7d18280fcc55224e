using System.Collections.Frozen;

namespace JobTagger.Ingest.Html;

/// <summary>Which HTML elements carry no readable text and which start a new line or paragraph.</summary>
internal static class HtmlElementKinds
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.ToFrozenSet(
        ["script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "select", "button", "input", "textarea"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Paragraphs = FrozenSet.ToFrozenSet(
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "hr", "figure"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Lines = FrozenSet.ToFrozenSet(
        ["div", "section", "article", "main", "header", "footer", "aside", "nav", "tr", "dt", "dd", "address", "caption", "form", "fieldset", "details", "summary"],
        StringComparer.Ordinal);

    public static bool IsSkipped(string name) => Skipped.Contains(name);

    /// <summary>2 for a paragraph break, 1 for a line break, 0 for inline elements.</summary>
    public static int BreaksAround(string name) => Paragraphs.Contains(name) ? 2 : Lines.Contains(name) ? 1 : 0;
}
