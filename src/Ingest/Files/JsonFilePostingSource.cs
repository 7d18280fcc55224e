using System.Runtime.CompilerServices;
using System.Text.Json;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Feeds;
using JobTagger.Ingest.Html;
using static JobTagger.Ingest.SchemaOrg.JsonValues;

namespace JobTagger.Ingest.Files;

/// <summary>
/// A <c>.json</c> file, sniffed: a top-level array is streamed item by item (flat objects, schema.org JobPostings or
/// Lever postings); an object is a Greenhouse or Ashby board (<c>{"jobs": [...]}</c>), a JSON-LD document
/// (<c>@graph</c>) or a single posting. Board responses are parsed whole: they are single API pages, not bulk data.
/// Items of an array are located as <c>file[index]</c>.
/// </summary>
internal sealed class JsonFilePostingSource(string name, Func<Stream> openFile) : IPostingSource
{
    private static readonly JsonSerializerOptions ArrayOptions = new() { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public string Name => name;

    public async IAsyncEnumerable<IngestResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var stream = new BufferedStream(openFile(), 64 * 1024);
        var first = FirstSignificantByte(stream);
        var items = first == '['
            ? ReadArrayAsync(stream, cancellationToken)
            : ReadDocumentAsync(stream, cancellationToken);
        await foreach (var result in items)
        {
            yield return result;
        }
    }

    private async IAsyncEnumerable<IngestResult> ReadArrayAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        await using var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, ArrayOptions, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            IngestResult? failure = null;
            try
            {
                if (!await items.MoveNextAsync())
                {
                    break;
                }
            }
            catch (JsonException e)
            {
                failure = IngestResult.Rejected(new SourceLocation(Name, (int)(e.LineNumber ?? 0) + 1), $"malformed JSON, rest of file skipped: {e.Message}", string.Empty);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            yield return JsonRecordReader.FromElement(items.Current, Name, "json", new SourceLocation($"{Name}[{index++}]"));
        }
    }

    private async IAsyncEnumerable<IngestResult> ReadDocumentAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        JsonDocument? document = null;
        IngestResult? failure = null;
        try
        {
            document = await JsonDocument.ParseAsync(stream, DocumentOptions, cancellationToken);
        }
        catch (JsonException e)
        {
            failure = IngestResult.Rejected(new SourceLocation(Name, (int)(e.LineNumber ?? 0) + 1), $"malformed JSON: {e.Message}", string.Empty);
        }

        if (document is null)
        {
            yield return failure!;
            yield break;
        }

        using (document)
        {
            foreach (var result in Classify(document.RootElement))
            {
                yield return result;
            }
        }
    }

    private IEnumerable<IngestResult> Classify(JsonElement root)
    {
        var index = 0;
        if (Property(root, "jobs") is { ValueKind: JsonValueKind.Array } jobs)
        {
            foreach (var job in jobs.EnumerateArray())
            {
                var where = new SourceLocation($"{Name}[{index++}]");
                yield return GreenhouseJobMapper.IsGreenhouseJob(job) ? GreenhouseJobMapper.Map(job, where)
                    : AshbyJobMapper.IsAshbyJob(job) ? AshbyJobMapper.Map(job, where)
                    : JsonRecordReader.FromElement(job, Name, "json", where);
            }

            yield break;
        }

        if (Property(root, "@graph") is { ValueKind: JsonValueKind.Array } graph)
        {
            foreach (var node in graph.EnumerateArray().Where(n => JsonLdJobPostingFinder.FindIn(n, 0) is not null))
            {
                yield return JobPageExtractor.FromSchemaOrg(JsonLdJobPostingFinder.FindIn(node, 0)!.Value, Name, new SourceLocation($"{Name}[{index++}]"));
            }

            yield break;
        }

        yield return JsonRecordReader.FromElement(root, Name, "json", new SourceLocation(Name));
    }

    private static int FirstSignificantByte(Stream stream)
    {
        Span<byte> one = stackalloc byte[1];
        var position = stream.Position;
        int b;
        do
        {
            b = stream.Read(one) == 0 ? -1 : one[0];
        }
        while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);
        stream.Position = position;
        return b;
    }
}
