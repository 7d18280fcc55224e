namespace JobTagger.Storage.Stats;

/// <summary>A name and how many: one line of a statistics table. <see cref="Detail"/> carries a reason where there is one.</summary>
public sealed record NamedCount(string Name, int Count, string? Detail = null);
