using JobTagger.Classifier.Roles;

namespace JobTagger.Classifier.Tests.Roles;

public sealed class StatementNormalizerTests
{
    [Theory]
    // Case, punctuation and apostrophes.
    [InlineData("Lead the Company's VISION!", "lead the companys vision")]
    // British spellings become American; a lone ampersand becomes "and", inside a word it stays.
    [InlineData("Organisation & programme: P&L", "organization and program p&l")]
    // Hyphens and slashes separate words.
    [InlineData("day-to-day HR/IT", "day to day hr it")]
    public void Normalize_Text_GivesFeaturizerTokens(string text, string expected) =>
        Assert.Equal(expected, StatementNormalizer.Normalize(text));
}
