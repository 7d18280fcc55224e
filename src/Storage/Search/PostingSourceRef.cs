namespace JobTagger.Storage.Search;

/// <summary>One place a posting was seen: the source, its URL and id there, and when.</summary>
public sealed record PostingSourceRef(string Source, string? Url, string? SourceId, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
