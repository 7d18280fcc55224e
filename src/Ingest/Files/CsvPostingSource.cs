using System.Runtime.CompilerServices;
using CsvHelper;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Mapping;

namespace JobTagger.Ingest.Files;

/// <summary>
/// A CSV file with a header row; columns are recognised by their common names (see <see cref="FlatFieldAliases"/>).
/// Rows are streamed. Quoted fields may span lines (descriptions do). A row with bad quoting or a different number
/// of fields than the header is skipped by the reader and becomes a reject with file:line and its raw text; the rows
/// after it are still read. An unbalanced quote pairs with the next quote in the file, so the rows in between are
/// rejected together as one malformed record.
/// </summary>
internal sealed class CsvPostingSource(string name, Func<Stream> openFile) : IPostingSource
{
    /// <summary>A record larger than this is an unclosed quote swallowing the file, not a posting.</summary>
    public const int MaxRecordBytes = 8 * 1024 * 1024;

    public string Name => name;

    public async IAsyncEnumerable<IngestResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var malformed = new Queue<IngestResult>();
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = record => malformed.Enqueue(IngestResult.Rejected(
                new SourceLocation(Name, (int)record.LineNumber), Describe(record.Reason), record.RawRecord)),
        };
        await using var reader = CsvReader.Create(openFile(), options, leaveOpen: false);
        await reader.ReadHeaderAsync(cancellationToken);
        var header = reader.Headers.ToArray();
        while (await ReadNextAsync(reader, malformed, cancellationToken))
        {
            while (malformed.TryDequeue(out var reject))
            {
                yield return reject;
            }

            var where = new SourceLocation(Name, (int)reader.LineNumber);
            var pairs = new KeyValuePair<string, string?>[header.Length];
            for (var i = 0; i < header.Length; i++)
            {
                pairs[i] = new(header[i], i < reader.FieldCount ? reader.GetString(i) : null);
            }

            yield return FlatRecordMapper.Map(pairs).ToResult(Name, "csv", where, reader.Current.ToString());
        }

        while (malformed.TryDequeue(out var reject))
        {
            yield return reject;
        }
    }

    private async ValueTask<bool> ReadNextAsync(CsvReader reader, Queue<IngestResult> malformed, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (CsvFormatException e)
        {
            // Only an over-long record throws once malformed rows are skipped: nothing after it can be trusted.
            malformed.Enqueue(IngestResult.Rejected(new SourceLocation(Name, (int)e.LineNumber), $"unreadable CSV, rest of file skipped: {e.Message}", string.Empty));
            return false;
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "bad quoting: a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "bad quoting: text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "bad quoting: a quoted field is never closed",
        CsvMalformedReason.FieldCountMismatch => "wrong number of fields for the header (often an unbalanced quote)",
        _ => $"malformed row ({reason})",
    };
}
