namespace JobTagger.Storage.Search;

/// <summary>Searches the stored postings. Safe for any user input: never a syntax error, never injection.</summary>
public interface IPostingSearch
{
    Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>One posting in full, or null when there is none with that id.</summary>
    Task<PostingDetail?> GetAsync(string id, CancellationToken cancellationToken = default);
}
