using System.Runtime.CompilerServices;
using JobTagger.Storage.Search;

namespace JobTagger.Storage.Reading;

/// <summary>
/// What <see cref="SqliteJobStore.ReadPostingsAsync"/> returns: the decoded postings, and the undecoded rows for an
/// exporter that formats them on other threads than the one reading SQLite.
/// </summary>
/// <param name="read">Reads the rows, with the skills' evidence or without it (each skill's then reads as none).</param>
internal sealed class StoredPostings(Func<bool, IAsyncEnumerable<StoredPostingRow>> read) : IAsyncEnumerable<PostingDetail>
{
    /// <summary>Every row, in order.</summary>
    public IAsyncEnumerable<StoredPostingRow> Rows => read(true);

    /// <summary>Every row, in order, for a format that never writes skill evidence.</summary>
    public IAsyncEnumerable<StoredPostingRow> RowsWithoutEvidence => read(false);

    /// <summary>The decoded postings with no skill evidence, for a format that never writes it (JSON-LD).</summary>
    public IAsyncEnumerable<PostingDetail> WithoutEvidence => Decode(RowsWithoutEvidence, CancellationToken.None);

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
