using JobTagger.Storage.Search;

namespace JobTagger.Storage.Tests.Search;

public sealed class TypedSnippetTests
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
        Assert.Equal(expected, TypedSnippet.Build(text, words, tokens));
    }
}
