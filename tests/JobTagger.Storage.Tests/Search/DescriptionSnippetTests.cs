using JobTagger.Storage.Search;

namespace JobTagger.Storage.Tests.Search;

public sealed class DescriptionSnippetTests
{
    public static TheoryData<string, string[], int, string> Cases => new()
    {
        // A prefix highlights every word it starts, whatever the case.
        { "Pricing and price lists.", ["pri"], 24, "\u0002Pricing\u0003 and \u0002price\u0003 lists." },
        // The window opens three words before the first match and says where it was cut.
        { "one two three four five six seven", ["fiv"], 3, "…two three four…" },
        // Accents do not matter, as in the index.
        { "Büro in Zürich", ["zur"], 24, "Büro in \u0002Zürich\u0003" },
        // No match: the start of the text.
        { "Lead the plants.", ["xyz"], 2, "Lead the…" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_TypedWords_HighlightsWordsTheyStart(string text, string[] words, int tokens, string expected)
    {
        Assert.Equal(expected, DescriptionSnippet.Build(text, [.. words.Select(SnippetTerm.Typed)], tokens));
    }

    public static TheoryData<string, string[], string> FinishedCases => new()
    {
        // Endings porter also cuts: one root for the forms of a word.
        { "Operations and operational excellence; we operate.", ["operations"], "\u0002Operations\u0003 and \u0002operational\u0003 excellence; we \u0002operate\u0003." },
        { "Meet investors and an investor.", ["investors"], "Meet \u0002investors\u0003 and an \u0002investor\u0003." },
        { "Strategic strategy.", ["strategy"], "\u0002Strategic\u0003 \u0002strategy\u0003." },
        // A short word highlights itself and its plural only: "coo" is not "coordinate".
        { "The COO and two COOs coordinate.", ["coo"], "The \u0002COO\u0003 and two \u0002COOs\u0003 coordinate." },
    };

    [Theory]
    [MemberData(nameof(FinishedCases))]
    public void Build_FinishedWords_HighlightsTheirForms(string text, string[] words, string expected)
    {
        Assert.Equal(expected, DescriptionSnippet.Build(text, [.. words.Select(SnippetTerm.Finished)], 24));
    }
}
