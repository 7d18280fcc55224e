namespace JobTagger.Domain.Postings;

/// <summary>The words in the posting that show a skill: <see cref="Text"/> is at <see cref="Start"/> in <see cref="Field"/>.</summary>
public sealed record SkillEvidence(PostingField Field, int Start, int Length, string Text);
