namespace JobTagger.Classifier.Skills;

/// <summary>One entry of a taxonomy file: a skill, or (with <see cref="Skill"/> null) <c>"disabled": true</c> for an id.</summary>
internal sealed record SkillTaxonomyEntry(string Id, SkillDefinition? Skill);
