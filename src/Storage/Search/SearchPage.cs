namespace JobTagger.Storage.Search;

/// <summary>A page of hits and how many postings match in all.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total)
{
    /// <summary>
    /// True when counting stopped at <see cref="Total"/> (a very broad query): at least that many match. Show "10,000+".
    /// </summary>
    public bool TotalIsCapped { get; init; }
}
