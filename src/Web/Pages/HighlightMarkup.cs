using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;

namespace JobTagger.Web.Pages;

/// <summary>
/// Turns highlighted text into markup. The text is encoded piece by piece and the <c>&lt;mark&gt;</c> tags are added
/// between the encoded pieces, so nothing in the text can ever become markup.
/// </summary>
internal static class HighlightMarkup
{
    /// <summary>A search snippet: words between STX and ETX become <c>&lt;mark&gt;</c>; stray markers are dropped.</summary>
    public static void Snippet(HtmlBuilder html, string snippet)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(snippet);
        var open = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            var end = i == snippet.Length;
            var c = end ? '\0' : snippet[i];
            if (!end && c != SearchHit.HighlightStart && c != SearchHit.HighlightEnd)
            {
                continue;
            }

            html.Text(snippet.AsSpan(start, i - start));
            start = i + 1;
            if (!open && c == SearchHit.HighlightStart)
            {
                html.Raw("<mark>");
                open = true;
            }
            else if (open && (c == SearchHit.HighlightEnd || end))
            {
                html.Raw("</mark>");
                open = false;
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> with the evidence spans of <paramref name="field"/> marked, each titled with its skill.
    /// Spans that fall outside the text, overlap an earlier span, or quote other words than the text holds there
    /// (offsets from an older version of the posting) are left unmarked rather than marking the wrong words.
    /// </summary>
    public static void Evidence(HtmlBuilder html, string text, PostingField field, IEnumerable<SkillTag> skills)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(skills);
        var spans = skills
            .SelectMany(skill => skill.Evidence.Select(evidence => (Skill: skill, Evidence: evidence)))
            .Where(span => span.Evidence.Field == field && Fits(text, span.Evidence))
            .OrderBy(span => span.Evidence.Start)
            .ThenByDescending(span => span.Evidence.Length);
        var position = 0;
        foreach (var (skill, evidence) in spans)
        {
            if (evidence.Start < position)
            {
                continue;
            }

            html.Text(text.AsSpan(position, evidence.Start - position))
                .Raw("<mark class=\"skill\" title=\"").Text(skill.Name).Raw("\">")
                .Text(text.AsSpan(evidence.Start, evidence.Length))
                .Raw("</mark>");
            position = evidence.Start + evidence.Length;
        }

        html.Text(text.AsSpan(position));
    }

    private static bool Fits(string text, SkillEvidence evidence) =>
        evidence.Start >= 0
        && evidence.Length > 0
        && evidence.Start <= text.Length - evidence.Length
        && text.AsSpan(evidence.Start, evidence.Length).Equals(evidence.Text, StringComparison.OrdinalIgnoreCase);
}
