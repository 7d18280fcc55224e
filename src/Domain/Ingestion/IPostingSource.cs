namespace JobTagger.Domain.Ingestion;

/// <summary>A stream of postings (and rejects) from one input: a file, a feed, a page, standard input.</summary>
public interface IPostingSource
{
    /// <summary>A short name for summaries and the <c>source</c> column.</summary>
    string Name { get; }

    IAsyncEnumerable<IngestResult> ReadAsync(CancellationToken cancellationToken = default);
}
