using JobTagger.Classifier.Skills;

namespace JobTagger.Classifier.Tests.Skills;

/// <summary>Generated from the bundled taxonomy: every phrase of every skill, in a sentence that meets its rules, tags that skill.</summary>
public sealed class BundledTaxonomyPhraseTests
{
    private static readonly SkillTagger Tagger = SkillTagger.LoadBundled();

    public static TheoryData<string> SkillIds => [.. SkillTaxonomy.LoadBundled().Skills.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SkillIds))]
    public void Tag_EachPhraseOfSkill_TagsTheSkill(string skillId)
    {
        var skill = SkillTaxonomy.LoadBundled().Skills.Single(s => s.Id == skillId);
        var missed = new List<string>();
        foreach (var phrase in skill.Phrases)
        {
            // A word the phrase needs nearby goes after a full stop, so it cannot extend the phrase itself.
            var context = phrase.RequiresAnyNearby.Count > 0 ? $". {phrase.RequiresAnyNearby[0]}" : string.Empty;
            var text = $"Requirements: {phrase.Text}{context}.";
            if (!Tagger.Tag(string.Empty, text).Any(t => t.SkillId == skillId))
            {
                missed.Add(phrase.Text);
            }
        }

        Assert.Empty(missed);
    }
}
