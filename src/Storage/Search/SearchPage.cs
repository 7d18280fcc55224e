namespace JobTagger.Storage.Search;

/// <summary>A page of hits and how many postings match in all.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total);
