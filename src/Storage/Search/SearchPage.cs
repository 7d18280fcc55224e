namespace JobTagger.Storage.Search;

/// <summary>A page of hits and how many postings match in all.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total)
{
    /// <summary>
    /// True when counting stopped early (a broad query): at least <see cref="Total"/> match. Show "1,000+". Counting
    /// stops at 1,000 matches (as Meilisearch's estimated totals do): past that a count costs more than the page.
    /// </summary>
    public bool TotalIsCapped { get; init; }
}
