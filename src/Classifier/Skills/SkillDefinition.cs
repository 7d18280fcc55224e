namespace JobTagger.Classifier.Skills;

/// <summary>One skill of the taxonomy: a stable slug id, a display name, a category and the phrases that express it.</summary>
internal sealed record SkillDefinition(string Id, string Name, string Category, IReadOnlyList<SkillPhrase> Phrases);
