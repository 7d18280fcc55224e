using System.Buffers;
using System.Runtime.CompilerServices;

namespace JobTagger.Ingest.Files;

/// <summary>
/// Splits a stream into lines of raw bytes, holding one buffer however large the file. Bytes, not text, so invalid
/// UTF-8 can be detected per line instead of being silently replaced by a decoder. A yielded line is only valid
/// until the next one is asked for. Lines longer than the limit come back truncated with <c>TooLong</c> set.
/// </summary>
internal static class Utf8LineReader
{
    public readonly record struct Line(int Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

    public static async IAsyncEnumerable<Line> ReadAsync(Stream stream, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var start = 0;
            var end = 0;
            var number = 0;
            var skippingLongLine = false;
            while (true)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (newline >= 0)
                {
                    number++;
                    if (!skippingLongLine)
                    {
                        yield return new Line(number, TrimCr(buffer.AsMemory(start, newline - start)), false);
                    }

                    skippingLongLine = false;
                    start = newline + 1;
                    continue;
                }

                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    if (buffer.Length >= maxLineBytes)
                    {
                        if (!skippingLongLine)
                        {
                            yield return new Line(number + 1, buffer.AsMemory(0, Math.Min(end, 4096)), true);
                        }

                        skippingLongLine = true;
                        end = 0;
                    }
                    else
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxLineBytes));
                        Buffer.BlockCopy(buffer, 0, larger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }

                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
                if (read == 0)
                {
                    if (end > start && !skippingLongLine)
                    {
                        yield return new Line(number + 1, TrimCr(buffer.AsMemory(start, end - start)), false);
                    }

                    yield break;
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlyMemory<byte> TrimCr(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
