using System.Buffers;
using System.Text;
using System.Text.Json;
using JobTagger.Storage.Search;

namespace JobTagger.Storage.Export;

/// <summary>JSON Lines: one object per posting with every stored field (see <see cref="PostingJson"/>).</summary>
internal sealed class JsonlPostingExporter : PostingExporter
{
    public override async Task<int> WriteAsync(IAsyncEnumerable<PostingDetail> postings, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        await using var writer = new Utf8JsonWriter(buffer, PostingJson.WriterOptions);
        var chars = new char[16 * 1024];
        var count = 0;
        await foreach (var detail in postings.WithCancellation(ct))
        {
            buffer.ResetWrittenCount();
            writer.Reset();
            PostingJson.Write(writer, detail);
            writer.Flush();
            chars = Transcode(buffer.WrittenSpan, chars, out var length);
            chars[length] = '\n';
            await output.WriteAsync(chars.AsMemory(0, length + 1), ct);
            count++;
        }

        await output.FlushAsync(ct);
        return count;
    }

    internal static char[] Transcode(ReadOnlySpan<byte> utf8, char[] chars, out int length)
    {
        var needed = Encoding.UTF8.GetMaxCharCount(utf8.Length) + 1;
        if (chars.Length < needed)
        {
            chars = new char[needed];
        }

        length = Encoding.UTF8.GetChars(utf8, chars);
        return chars;
    }
}
