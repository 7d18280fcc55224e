using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Reading;

/// <summary>
/// One side of a streaming merge join: rows of a child table (skills, sources) ordered by posting pk, handed out
/// posting by posting as the parent rows go by in the same order. Replaces a correlated subquery per posting.
/// </summary>
/// <typeparam name="T">What one child row becomes.</typeparam>
internal sealed class OrderedChildRows<T>(SqliteDataReader reader, Func<SqliteDataReader, T> read)
{
    // Column 0 is the posting pk; the rest is for read.
    private bool _started;
    private bool _hasRow;

    /// <summary>The rows of posting <paramref name="pk"/>, skipping rows of postings the parent query filtered out.</summary>
    public IReadOnlyList<T> For(long pk)
    {
        if (!_started)
        {
            _started = true;
            _hasRow = reader.Read();
        }

        while (_hasRow && reader.GetInt64(0) < pk)
        {
            _hasRow = reader.Read();
        }

        if (!_hasRow || reader.GetInt64(0) != pk)
        {
            return [];
        }

        var rows = new List<T>(8);
        do
        {
            rows.Add(read(reader));
            _hasRow = reader.Read();
        }
        while (_hasRow && reader.GetInt64(0) == pk);

        return rows;
    }
}
