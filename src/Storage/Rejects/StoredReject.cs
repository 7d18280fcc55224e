using JobTagger.Domain.Ingestion;

namespace JobTagger.Storage.Rejects;

/// <summary>A stored reject: where it was read, why it was rejected, its raw text and when it was stored.</summary>
public sealed record StoredReject(long Id, SourceLocation Where, string Reason, string Raw, DateTimeOffset At);
