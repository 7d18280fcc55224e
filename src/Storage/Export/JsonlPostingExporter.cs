using System.Text.Json;
using JobTagger.Storage.Search;

namespace JobTagger.Storage.Export;

/// <summary>JSON Lines: one object per posting with every stored field (see <see cref="PostingJson"/>).</summary>
internal sealed class JsonlPostingExporter : PostingExporter
{
    private protected override async Task<int> WriteAsync(IAsyncEnumerable<PostingDetail> postings, ExportSink sink, CancellationToken ct)
    {
        await using var writer = new Utf8JsonWriter(sink.Buffer, PostingJson.WriterOptions);
        var count = 0;
        await foreach (var detail in ReadAhead.Of(postings, ct))
        {
            // Reset per row: each line is a separate top-level value, never comma-separated.
            writer.Reset(sink.Buffer);
            PostingJson.Write(writer, detail);
            writer.Flush();
            sink.WriteAscii("\n"u8);
            await sink.FlushIfFullAsync(ct);
            count++;
        }

        await sink.CompleteAsync(ct);
        return count;
    }
}
