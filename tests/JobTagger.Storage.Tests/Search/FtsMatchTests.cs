using JobTagger.Storage.Search;

namespace JobTagger.Storage.Tests.Search;

public sealed class FtsMatchTests
{
    public static TheoryData<string?, string[], string?> Cases => new()
    {
        // Words quoted, the last one a prefix.
        { "supply chain", [], "\"supply\" \"chain\"*" },
        // A trailing space: the last word is finished.
        { "supply chain ", [], "\"supply\" \"chain\"" },
        // Operators and punctuation are not syntax.
        { "NEAR(a OR \"b\"", [], "\"near\" \"a\" \"or\" \"b\"" },
        // One letter is not prefix-matched.
        { "plan b", [], "\"plan\" \"b\"" },
        // Location parts become column-filtered phrases.
        { "cfo", ["austin", "texas"], "\"cfo\"* location_key : \"austin\" location_key : \"texas\"" },
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
