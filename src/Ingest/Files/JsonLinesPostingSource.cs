using System.Runtime.CompilerServices;
using System.Text;
using JobTagger.Domain.Ingestion;

namespace JobTagger.Ingest.Files;

/// <summary>
/// JSON lines (<c>.jsonl</c>, <c>.ndjson</c>, standard input): one posting object per line, read line by line in
/// constant memory. A malformed line, invalid UTF-8 or an over-long line is a reject with file:line; blank lines are skipped.
/// </summary>
internal sealed class JsonLinesPostingSource : IPostingSource
{
    /// <summary>A line longer than this is not a posting: reject it rather than buffer without bound.</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private readonly Func<Stream>? _openFile;
    private readonly TextReader? _reader;

    public JsonLinesPostingSource(string name, Func<Stream> openFile)
    {
        Name = name;
        _openFile = openFile;
    }

    public JsonLinesPostingSource(string name, TextReader reader)
    {
        Name = name;
        _reader = reader;
    }

    public string Name { get; }

    public IAsyncEnumerable<IngestResult> ReadAsync(CancellationToken cancellationToken = default) =>
        _reader is not null ? ReadTextAsync(_reader, cancellationToken) : ReadBytesAsync(cancellationToken);

    private async IAsyncEnumerable<IngestResult> ReadBytesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = _openFile!();
        await foreach (var line in Utf8LineReader.ReadAsync(stream, MaxLineBytes, cancellationToken))
        {
            var where = new SourceLocation(Name, line.Number);
            if (line.TooLong)
            {
                yield return IngestResult.Rejected(where, $"line longer than {MaxLineBytes} bytes", Encoding.UTF8.GetString(line.Bytes.Span));
            }
            else if (!IsBlank(line.Bytes.Span))
            {
                yield return JsonRecordReader.FromLine(line.Bytes, Name, "jsonl", where);
            }
        }
    }

    private async IAsyncEnumerable<IngestResult> ReadTextAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return JsonRecordReader.FromLine(Encoding.UTF8.GetBytes(text), Name, "jsonl", new SourceLocation(Name, number));
            }
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;
}
