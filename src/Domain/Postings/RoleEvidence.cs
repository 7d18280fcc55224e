namespace JobTagger.Domain.Postings;

/// <summary>
/// A piece of the posting that pushed the role decision. <see cref="Text"/> is quoted from the posting at
/// <see cref="Start"/> (characters into <see cref="Field"/>). <see cref="Weight"/> is positive when it pushed towards
/// CEO-like (strategy) and negative when it pushed towards COO-like (operations).
/// </summary>
public sealed record RoleEvidence(PostingField Field, int Start, int Length, string Text, double Weight);
