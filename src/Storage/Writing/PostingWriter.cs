using JobTagger.Domain.Ingestion;
using JobTagger.Storage.Dedupe;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Writing;

/// <summary>
/// Stores batches of tagged postings in one transaction each: insert, update (skills replaced), unchanged (content hash
/// equal) or duplicate of a posting already stored from another source (same id, canonical URL, source id, or a
/// near-identical description under the same title, company and location); rejects are appended.
/// Not thread-safe: <see cref="SqliteJobStore"/> serializes callers.
/// </summary>
internal sealed partial class PostingWriter(SqliteConnection connection, TimeProvider time) : IDisposable
{
    /// <summary>Estimated Jaccard similarity of the descriptions at or above which two postings are the same.</summary>
    public const double NearDuplicateSimilarity = 0.9;

    private readonly PostingCommands _commands = new(connection);

    public StoreBatchResult Store(IReadOnlyList<PreparedPosting> postings, IReadOnlyList<RejectedRecord> rejects, CancellationToken ct)
    {
        var now = StoredTime.Write(time.GetUtcNow());
        int inserted = 0, updated = 0, unchanged = 0, duplicates = 0;
        using var transaction = connection.BeginTransaction();
        _commands.Enlist(transaction);
        try
        {
            foreach (var prepared in postings)
            {
                ct.ThrowIfCancellationRequested();
                switch (StoreOne(prepared.Row, now))
                {
                    case Outcome.Inserted: inserted++; break;
                    case Outcome.Updated: updated++; break;
                    case Outcome.Unchanged: unchanged++; break;
                    default: duplicates++; break;
                }
            }

            foreach (var reject in rejects)
            {
                ct.ThrowIfCancellationRequested();
                var p = _commands.InsertReject.Parameters;
                p[0].Value = reject.Where.Source;
                p[1].Value = (object?)reject.Where.Line ?? DBNull.Value;
                p[2].Value = reject.Reason;
                p[3].Value = reject.Raw;
                p[4].Value = now;
                _commands.InsertReject.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        finally
        {
            _commands.Enlist(null);
        }

        return new StoreBatchResult(inserted, updated, unchanged, duplicates, rejects.Count);
    }

    public void Dispose() => _commands.Dispose();

    private Outcome StoreOne(PostingRow row, string now)
    {
        var posting = row.Posting;
        if (FindById(posting.Id) is var (pk, hash))
        {
            var sourceId = FindSource(pk, posting.Source, posting.Id);
            if (sourceId is null)
            {
                // The same content-hash id read from another source: one posting, one more source.
                InsertSource(pk, row, now);
                return Outcome.Duplicate;
            }

            TouchSource(sourceId.Value, row, now);
            if (hash.AsSpan().SequenceEqual(row.ContentHash))
            {
                Execute(_commands.TouchPosting, pk, now);
                return Outcome.Unchanged;
            }

            UpdatePosting(pk, row, now);
            return Outcome.Updated;
        }

        if (FindAlias(posting.Id) is var (aliasPk, aliasSourceId))
        {
            // Stored before as a duplicate of another posting: it still is one.
            TouchSource(aliasSourceId, row, now);
            Execute(_commands.TouchPosting, aliasPk, now);
            return Outcome.Duplicate;
        }

        var fresh = row;
        var original = FindByUrl(fresh.CanonicalUrl) ?? FindNearDuplicate(fresh);
        if (original is { } originalPk)
        {
            InsertSource(originalPk, fresh, now);
            Execute(_commands.TouchPosting, originalPk, now);
            return Outcome.Duplicate;
        }

        var newPk = InsertPosting(fresh, now);
        InsertSource(newPk, fresh, now);
        InsertSkills(newPk, fresh);
        return Outcome.Inserted;
    }

    private long? FindNearDuplicate(PostingRow row)
    {
        var command = _commands.FindCandidates;
        command.Parameters[0].Value = row.DedupeKey;
        command.Parameters[1].Value = (object?)row.Posting.SourceId ?? DBNull.Value;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var sameSourceId = reader.GetBoolean(2);
            if (sameSourceId || (!reader.IsDBNull(1)
                && MinHashSignature.Similarity((byte[])reader.GetValue(1), row.Signature) >= NearDuplicateSimilarity))
            {
                return reader.GetInt64(0);
            }
        }

        return null;
    }

    private enum Outcome
    {
        Inserted,
        Updated,
        Unchanged,
        Duplicate,
    }
}
