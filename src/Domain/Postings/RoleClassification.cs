namespace JobTagger.Domain.Postings;

/// <summary>The role label of a posting, how sure the model is, and why.</summary>
public sealed record RoleClassification
{
    public required Role Role { get; init; }

    /// <summary>Calibrated probability that the posting is CEO-like (strategy leadership); 1 - this is COO-like.</summary>
    public required double CeoProbability { get; init; }

    public required string ModelVersion { get; init; }

    /// <summary>The sentences or phrases that pushed the decision, strongest first.</summary>
    public IReadOnlyList<RoleEvidence> Evidence { get; init; } = [];
}
