using JobTagger.Classifier.Roles;

namespace JobTagger.Classifier.Tests.Roles;

public sealed class StatementSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // Sentences, with an abbreviation that does not end one.
        { "Lead the team. Manage e.g. budgets and vendors. Report weekly!", ["Lead the team.", "Manage e.g. budgets and vendors.", "Report weekly!"] },
        // Bullets of several kinds, dashes trimmed.
        { "Duties:\n• Run payroll\n· Manage vendors\n- Track KPIs", ["Duties:", "Run payroll", "Manage vendors", "Track KPIs"] },
        // Bullets glued together when HTML was flattened.
        { "Staff WriterWrite articles.Manage the budget", ["Staff Writer", "Write articles.", "Manage the budget"] },
        // Numbers and brand names stay whole.
        { "Grow revenue 3.5x with iPhone users", ["Grow revenue 3.5x with iPhone users"] },
        // Nothing but punctuation gives nothing.
        { " ... \n --- ", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_Text_GivesStatementsWithOffsets(string text, string[] expected)
    {
        var segments = new List<TextSegment>();

        StatementSplitter.Split(text, segments);

        Assert.Equal(expected, segments.Select(s => text.Substring(s.Start, s.Length)));
    }
}
