using JobTagger.Storage.Search;

namespace JobTagger.Storage.Tests.Search;

public sealed class FtsMatchTests
{
    public static TheoryData<string?, string[], string?> Cases => new()
    {
        // Words quoted and ANDed; without completions the word being typed is a prefix.
        { "supply chain", [], "\"supply\" AND \"chain\"*" },
        // A trailing space: the last word is finished.
        { "supply chain ", [], "\"supply\" AND \"chain\"" },
        // Operators and punctuation are not syntax.
        { "NEAR(a OR \"b\"", [], "\"near\" AND \"a\" AND \"or\" AND \"b\"" },
        // Location parts become column-filtered phrases.
        { "cfo", ["austin", "texas"], "\"cfo\"* AND location_key : \"austin\" AND location_key : \"texas\"" },
        { null, ["new york"], "location_key : \"new york\"" },
        // Nothing to search.
        { "*** 🚀", [], null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_UserText_QuotedWordsOnly(string? what, string[] where, string? expected)
    {
        Assert.Equal(expected, FtsMatch.Build(what, where));
    }

    public static TheoryData<string, string[], string> TypedCases => new()
    {
        // The word being typed stands for its completions, ORed.
        { "supply ch", ["chain", "change"], "\"supply\" AND (\"chain\" OR \"change\")" },
        // One completion: a plain phrase.
        { "operatio", ["oper"], "\"oper\"" },
        // A finished word ignores completions.
        { "supply ch ", ["chain"], "\"supply\" AND \"ch\"" },
        // One letter is not prefix-matched: "b*" would read half the index.
        { "plan b", ["bank"], "\"plan\" AND \"b\"" },
        // A completion that is not one word is never syntax.
        { "ma", ["ma\" OR x", "manager"], "\"manager\"" },
    };

    [Theory]
    [MemberData(nameof(TypedCases))]
    public void Build_WordBeingTyped_OrsItsCompletions(string what, string[] completions, string expected)
    {
        Assert.Equal(expected, FtsMatch.Build(what, [], completions));
    }

    [Theory]
    [InlineData("supply ch", "ch")]
    [InlineData("supply ch ", null)]
    [InlineData("plan b", null)]
    [InlineData("!!", null)]
    public void Typed_LastWordWithoutSpaceAfter(string what, string? typed)
    {
        Assert.Equal(typed, FtsMatch.Typed(what));
    }

    [Theory]
    // Remote is a flag; the rest of the part still has to match.
    [InlineData("Remote - US", true, new[] { "united states" })]
    [InlineData("Austin, TX", false, new[] { "austin", "texas" })]
    [InlineData("Portland OR", false, new[] { "portland oregon" })]
    [InlineData("portland or seattle", false, new[] { "portland or seattle" })]
    [InlineData("  ", false, new string[0])]
    public void Where_SplitsPartsAndRemote(string where, bool remote, string[] parts)
    {
        var (actualParts, actualRemote) = FtsMatch.Where(where);

        Assert.Equal(remote, actualRemote);
        Assert.Equal(parts, actualParts);
    }
}
