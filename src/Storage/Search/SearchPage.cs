namespace JobTagger.Storage.Search;

/// <summary>A page of hits and how many postings match in all.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total)
{
    /// <summary>
    /// True when counting stopped early (a very broad query): at least <see cref="Total"/> match. Show "10,000+". With
    /// words, only the newest 10,000 postings holding them are counted, so a filtered Total can be lower than 10,000.
    /// </summary>
    public bool TotalIsCapped { get; init; }
}
