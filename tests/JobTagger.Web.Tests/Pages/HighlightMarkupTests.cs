using JobTagger.Domain.Postings;
using JobTagger.Web.Pages;

namespace JobTagger.Web.Tests.Pages;

public sealed class HighlightMarkupTests
{
    public static TheoryData<string, string> Snippets => new()
    {
        // A marked word becomes <mark>.
        { "run \u0002operations\u0003 daily", "run <mark>operations</mark> daily" },
        // Markup in the text is encoded before any <mark> is added.
        { "<b>\u0002ops\u0003</b> & more", "&lt;b&gt;<mark>ops</mark>&lt;/b&gt; &amp; more" },
        // A script inside a marked word stays text.
        { "\u0002<script>x</script>\u0003", "<mark>&lt;script&gt;x&lt;/script&gt;</mark>" },
        // A stray end marker is dropped; an unclosed start is closed at the end.
        { "a\u0003b \u0002c", "ab <mark>c</mark>" },
        // Quotes are encoded too, so the text is safe in an attribute.
        { "say \"hi\"", "say &quot;hi&quot;" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_MarkedText_EncodesThenMarks(string snippet, string expected)
    {
        var html = new HtmlBuilder();

        HighlightMarkup.Snippet(html, snippet);

        Assert.Equal(expected, html.ToString());
    }

    [Fact]
    public void Evidence_SpansInAnyOrder_MarkEachOnceWithItsSkill()
    {
        const string text = "Own the <budget> and lead lean methods.";
        var skills = new[]
        {
            Skill("Lean", (26, 4, "lean")),
            Skill("Budgeting", (8, 8, "<budget>")),
        };
        var html = new HtmlBuilder();

        HighlightMarkup.Evidence(html, text, PostingField.Description, skills);

        Assert.Equal(
            "Own the <mark class=\"skill\" title=\"Budgeting\">&lt;budget&gt;</mark> and lead <mark class=\"skill\" title=\"Lean\">lean</mark> methods.",
            html.ToString());
    }

    [Fact]
    public void Evidence_OverlappingOutOfRangeOrStaleSpans_AreLeftUnmarked()
    {
        const string text = "Manage vendor relations.";
        var skills = new[]
        {
            Skill("Vendor management", (0, 13, "Manage vendor")),
            // Overlaps the span before it.
            Skill("Relations", (7, 16, "vendor relations")),
            // Past the end of the text.
            Skill("Far", (20, 30, "relations.xxxxx")),
            // Offsets from an older text: the words there differ.
            Skill("Stale", (14, 9, "budgeting")),
        };
        var html = new HtmlBuilder();

        HighlightMarkup.Evidence(html, text, PostingField.Description, skills);

        Assert.Equal("<mark class=\"skill\" title=\"Vendor management\">Manage vendor</mark> relations.", html.ToString());
    }

    [Fact]
    public void Evidence_OtherField_IsNotMarked()
    {
        var html = new HtmlBuilder();

        HighlightMarkup.Evidence(html, "Head of Ops", PostingField.Description, [Skill("Ops", (8, 3, "Ops"), PostingField.Title)]);

        Assert.Equal("Head of Ops", html.ToString());
    }

    private static SkillTag Skill(string name, (int Start, int Length, string Text) span, PostingField field = PostingField.Description) =>
        new(name.ToLowerInvariant(), name, "test", [new SkillEvidence(field, span.Start, span.Length, span.Text)]);
}
