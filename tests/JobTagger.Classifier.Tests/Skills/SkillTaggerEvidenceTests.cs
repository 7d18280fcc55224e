using JobTagger.Classifier.Skills;
using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Tests.Skills;

public sealed class SkillTaggerEvidenceTests
{
    private static readonly SkillTagger Tagger = SkillTagger.LoadBundled();

    [Fact]
    public void Tag_Evidence_PointsAtTheMatchedText()
    {
        const string description = "We need someone with SQL skills.\nYou will own the P&L and key performance indicators.";

        var tags = Tagger.Tag("Operations Director", description);

        foreach (var evidence in tags.SelectMany(t => t.Evidence))
        {
            var field = evidence.Field == PostingField.Title ? "Operations Director" : description;
            Assert.Equal(field.Substring(evidence.Start, evidence.Length), evidence.Text);
        }

        var pl = Assert.Single(tags, t => t.SkillId == "p-and-l-management").Evidence[0];
        Assert.Equal((PostingField.Description, description.IndexOf("P&L", StringComparison.Ordinal), "P&L"), (pl.Field, pl.Start, pl.Text));
        var kpi = Assert.Single(tags, t => t.SkillId == "kpis").Evidence[0];
        Assert.Equal("key performance indicators", kpi.Text);
    }

    [Fact]
    public void Tag_SkillMentionedOften_AppearsOnceWithAtMostThreeSpans()
    {
        var tags = Tagger.Tag("SQL Developer", "SQL, more SQL, T-SQL, MySQL and PostgreSQL. SQL every day.");

        var sql = Assert.Single(tags, t => t.SkillId == "sql");
        Assert.Equal(3, sql.Evidence.Count);
        Assert.Equal(PostingField.Title, sql.Evidence[0].Field); // title evidence is strongest
        Assert.Equal(tags.Count, tags.Select(t => t.SkillId).Distinct().Count());
    }

    [Fact]
    public void Tag_LongerPhrase_ComesBeforeShorterInEvidence()
    {
        var tags = Tagger.Tag(string.Empty, "Budgeting matters. Experience with budget management.");

        var budgeting = Assert.Single(tags, t => t.SkillId == "budgeting");
        Assert.Equal(["budget management", "Budgeting"], budgeting.Evidence.Select(e => e.Text));
    }

    [Fact]
    public void Tag_PhraseInsideLongerPhraseOfAnotherSkill_GivesWay()
    {
        var tags = Tagger.Tag(string.Empty, "Ship features in React Native for iOS.");

        Assert.Contains(tags, t => t.SkillId == "react-native");
        Assert.DoesNotContain(tags, t => t.SkillId == "react");
    }

    [Fact]
    public void Tag_TitleSkill_RanksFirst()
    {
        var tags = Tagger.Tag("Payroll Specialist", "Excel, Excel and more Excel. Microsoft Excel daily.");

        Assert.Equal("compensation-benefits", tags[0].SkillId);
    }

    [Fact]
    public void Enrich_Posting_SetsSkills()
    {
        var posting = new TaggedPosting(new JobPosting { Id = "t:1", Source = "t", Title = "Data Analyst", Description = "SQL and Tableau." });

        var enriched = Tagger.Enrich(posting);

        Assert.Equal(["data-analysis", "sql", "tableau"], enriched.Skills.Select(s => s.SkillId).Order());
        Assert.Equal("skills", Tagger.Name);
    }

    [Fact]
    public void Tag_EmptyText_ReturnsNoTags() => Assert.Empty(Tagger.Tag(string.Empty, string.Empty));
}
