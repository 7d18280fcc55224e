namespace JobTagger.Domain.Postings;

/// <summary>A skill the posting asks for, with its evidence (strongest first). Each skill appears once per posting.</summary>
public sealed record SkillTag(string SkillId, string Name, string Category, IReadOnlyList<SkillEvidence> Evidence);
