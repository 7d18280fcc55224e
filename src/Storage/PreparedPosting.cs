using JobTagger.Domain.Postings;
using JobTagger.Storage.Writing;

namespace JobTagger.Storage;

/// <summary>
/// A tagged posting with its stored column values computed (JSON columns, search and duplicate keys, content hash).
/// Preparing is pure CPU work and safe on any thread, so callers can do it in parallel before the single writer stores.
/// </summary>
public sealed class PreparedPosting
{
    [ThreadStatic]
    private static StoredJson? _json;

    private PreparedPosting(PostingRow row) => Row = row;

    public TaggedPosting Tagged => Row.Tagged;

    internal PostingRow Row { get; }

    public static PreparedPosting From(TaggedPosting tagged)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        return new PreparedPosting(PostingRow.From(tagged, _json ??= new StoredJson()));
    }
}
