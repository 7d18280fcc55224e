namespace JobTagger.Domain.Ingestion;

/// <summary>Input that could not become a posting: where it was, why, and the raw text, kept for inspection.</summary>
public sealed record RejectedRecord(SourceLocation Where, string Reason, string Raw);
