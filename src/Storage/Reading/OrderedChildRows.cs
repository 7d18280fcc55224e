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

    // The current row's pk, read once: every column read is a native call (with a lock) in Microsoft.Data.Sqlite.
    private long _pk;

    /// <summary>The rows of posting <paramref name="pk"/>, skipping rows of postings the parent query filtered out.</summary>
    public IReadOnlyList<T> For(long pk)
    {
        if (!_started)
        {
            _started = true;
            Next();
        }

        while (_hasRow && _pk < pk)
        {
            Next();
        }

        if (!_hasRow || _pk != pk)
        {
            return [];
        }

        var rows = new List<T>(8);
        do
        {
            rows.Add(read(reader));
            Next();
        }
        while (_hasRow && _pk == pk);

        return rows;
    }

    private void Next()
    {
        _hasRow = reader.Read();
        _pk = _hasRow ? reader.GetInt64(0) : long.MaxValue;
    }
}
