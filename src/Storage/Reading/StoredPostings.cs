using System.Runtime.CompilerServices;
using JobTagger.Storage.Search;

namespace JobTagger.Storage.Reading;

/// <summary>
/// What <see cref="SqliteJobStore.ReadPostingsAsync"/> returns: the decoded postings, and the undecoded
/// <see cref="Rows"/> for an exporter that decodes them on other threads than the one reading SQLite.
/// </summary>
internal sealed class StoredPostings(IAsyncEnumerable<StoredPostingRow> rows) : IAsyncEnumerable<PostingDetail>
{
    /// <summary>The rows, in order, each readable once and only from one enumeration.</summary>
    public IAsyncEnumerable<StoredPostingRow> Rows { get; } = rows;

    public IAsyncEnumerator<PostingDetail> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        Decode(Rows, cancellationToken).GetAsyncEnumerator(cancellationToken);

    private static async IAsyncEnumerable<PostingDetail> Decode(IAsyncEnumerable<StoredPostingRow> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row.ToDetail();
        }
    }
}
