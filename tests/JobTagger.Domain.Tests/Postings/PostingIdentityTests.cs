using JobTagger.Domain.Postings;

namespace JobTagger.Domain.Tests.Postings;

public sealed class PostingIdentityTests
{
    [Fact]
    public void For_SourceWithOwnId_UsesSourceAndId()
    {
        Assert.Equal("greenhouse:42", PostingIdentity.For("greenhouse", " 42 ", "Title", null, null, "Text"));
    }

    [Fact]
    public void For_NoSourceId_SameTextWithOtherSpacingAndCase_GivesSameHash()
    {
        var first = PostingIdentity.For("a.jsonl", null, "Chief Operating Officer", "Acme", "Austin, TX", "Run  the\nplant.");
        var second = PostingIdentity.For("b.csv", "", "chief operating officer ", "ACME", "Austin, TX", "Run the plant.");

        Assert.StartsWith("h:", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void For_NoSourceId_ChangedDescription_GivesOtherHash()
    {
        var first = PostingIdentity.For("a", null, "COO", "Acme", null, "Run the plant.");
        var second = PostingIdentity.For("a", null, "COO", "Acme", null, "Run the plants.");

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("  ", "")]
    [InlineData(" Head of\tOps \n", "head of ops")]
    public void Normalize_CollapsesWhitespaceAndLowersCase(string? input, string expected)
    {
        Assert.Equal(expected, PostingIdentity.Normalize(input));
    }
}
