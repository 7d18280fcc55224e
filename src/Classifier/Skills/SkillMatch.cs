using JobTagger.Domain.Postings;

namespace JobTagger.Classifier.Skills;

/// <summary>One phrase found in one field: the span covers its first to its last token.</summary>
internal readonly record struct SkillMatch(int SkillIndex, PostingField Field, int Start, int Length, int TokenCount)
{
    public int End => Start + Length;
}
