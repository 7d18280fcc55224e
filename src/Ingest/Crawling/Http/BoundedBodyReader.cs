using System.Buffers;

namespace JobTagger.Ingest.Crawling.Http;

/// <summary>
/// Reads a response body into memory, stopping past the size cap, and checks it against Content-Length so a
/// connection cut mid-body is a (retryable) <see cref="IOException"/> rather than a silently short page.
/// </summary>
internal static class BoundedBodyReader
{
    public static async Task BufferAsync(HttpResponseMessage response, long cap, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        if (declared > cap)
        {
            throw ResponseTooLargeException.Over(cap);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream(declared is { } length ? (int)length : 16 * 1024);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await ReadAsync(stream, buffer, body.Length, declared, cancellationToken)) > 0)
            {
                if (body.Length + read > cap)
                {
                    throw ResponseTooLargeException.Over(cap);
                }

                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (declared is { } expected && body.Length != expected)
        {
            throw new TruncatedBodyException($"truncated body: {body.Length} of {expected} bytes");
        }

        var buffered = new ByteArrayContent(body.ToArray());
        foreach (var header in response.Content.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content.Dispose();
        response.Content = buffered;
    }

    private static async ValueTask<int> ReadAsync(Stream stream, byte[] buffer, long received, long? declared, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException ex)
        {
            // Say what happened in the words a user looks for; the IOException type keeps it retryable.
            var of = declared is { } expected ? $" of {expected}" : string.Empty;
            throw new TruncatedBodyException($"truncated body: connection lost after {received}{of} bytes ({ex.Message})", ex);
        }
    }
}
