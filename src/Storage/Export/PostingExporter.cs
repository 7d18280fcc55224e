using JobTagger.Domain.Errors;
using JobTagger.Storage.Search;

namespace JobTagger.Storage.Export;

/// <summary>Writes a stream of stored postings in one <see cref="ExportFormat"/>, one posting at a time.</summary>
public abstract class PostingExporter
{
    /// <summary>The names <c>--format</c> accepts.</summary>
    public const string FormatNames = "jsonl, csv, jsonld";

    private protected PostingExporter()
    {
    }

    public static PostingExporter For(ExportFormat format) => format switch
    {
        ExportFormat.Jsonl => new JsonlPostingExporter(),
        ExportFormat.Csv => new CsvPostingExporter(),
        ExportFormat.JsonLd => new JsonLdPostingExporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Parses a format name ("jsonl", "csv", "jsonld" or "json-ld"), case-insensitively.</summary>
    /// <exception cref="JobTaggerException">The name is none of those.</exception>
    public static ExportFormat ParseFormat(string name) => name?.Trim().ToLowerInvariant() switch
    {
        "jsonl" or "ndjson" => ExportFormat.Jsonl,
        "csv" => ExportFormat.Csv,
        "jsonld" or "json-ld" => ExportFormat.JsonLd,
        _ => throw JobTaggerException.InvalidData("--format", $"unknown export format '{name}' (supported: {FormatNames})"),
    };

    /// <summary>Writes every posting as text and returns how many; memory stays flat whatever the count.</summary>
    public Task<int> WriteAsync(IAsyncEnumerable<PostingDetail> postings, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(output);
        return WriteAsync(postings, new ExportSink(output), ct);
    }

    /// <summary>Writes every posting as UTF-8 (no byte order mark) and returns how many; the fastest way to a file.</summary>
    public Task<int> WriteAsync(IAsyncEnumerable<PostingDetail> postings, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(output);
        return WriteAsync(postings, new ExportSink(output), ct);
    }

    private protected abstract Task<int> WriteAsync(IAsyncEnumerable<PostingDetail> postings, ExportSink sink, CancellationToken ct);
}
