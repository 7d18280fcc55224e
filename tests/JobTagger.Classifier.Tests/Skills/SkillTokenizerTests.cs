using JobTagger.Classifier.Skills;

namespace JobTagger.Classifier.Tests.Skills;

public sealed class SkillTokenizerTests
{
    public static TheoryData<string, string> Normalized => new()
    {
        { "KPIs", "kpi" },             // acronym plural
        { "Budgets", "budget" },       // regular plural, any case
        { "policies", "policy" },      // -ies
        { "processes", "process" },    // -sses
        { "approaches", "approach" },  // -ches
        { "analysis", "analysis" },    // -is is not a plural
        { "status", "status" },        // -us is not a plural
        { "economics", "economics" },  // -ics is not the plural of an adjective
        { "aws", "aws" },              // three letters stay
        { "C++", "c++" },              // symbols stay, no folding
    };

    public static TheoryData<string, string[]> Tokens => new()
    {
        { "C++, C# and .NET", ["C++", "C#", "and", ".NET"] },        // symbol tokens
        { "Node.js/ASP.NET", ["Node.js", "ASP", "NET"] },            // lower case after a dot joins, upper case splits
        { "P&L", ["P", "&", "L"] },                                  // & is its own token
        { "cross-functional", ["cross", "functional"] },              // hyphen splits
        { "driver's license", ["driver", "s", "license"] },          // apostrophe splits
    };

    [Theory]
    [MemberData(nameof(Normalized))]
    public void Normalize_Token_FoldsCaseAndPlural(string token, string expected) =>
        Assert.Equal(expected, SkillTokenizer.Normalize(token));

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Next_Text_SplitsIntoTokens(string text, string[] expected) =>
        Assert.Equal(expected, PhraseTokens.Split(text).Select(t => t.Raw));

    [Fact]
    public void Next_AfterCommaOrGluedSentence_MarksBreak()
    {
        var tokens = PhraseTokens.Split("sales, marketing and communication.Ability");

        Assert.Equal([false, true, false, false, true], tokens.Select(t => t.AfterBreak));
    }
}
