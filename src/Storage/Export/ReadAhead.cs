using System.Runtime.CompilerServices;
using System.Threading.Channels;
using JobTagger.Storage.Search;

namespace JobTagger.Storage.Export;

/// <summary>
/// Reads the postings on a second thread while the exporter formats the ones before them: reading (SQLite) and
/// formatting cost about the same, so with a core free the export takes the longer of the two instead of their sum.
/// The bounded channel keeps memory flat (at most 8 chunks of 64 postings).
/// </summary>
internal static class ReadAhead
{
    // Handed over in chunks: one hand-over per posting woke the other thread so often that waking cost more CPU than
    // the formatting saved.
    private const int ChunkSize = 64;
    private const int Capacity = 8;

    public static IAsyncEnumerable<PostingDetail> Of(IAsyncEnumerable<PostingDetail> postings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(postings);
        return Read(postings, ct);

        static async IAsyncEnumerable<PostingDetail> Read(IAsyncEnumerable<PostingDetail> source, [EnumeratorCancellation] CancellationToken token)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
            var channel = Channel.CreateBounded<List<PostingDetail>>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
            var producer = Task.Run(() => ProduceAsync(source, channel.Writer, stop.Token), CancellationToken.None);
            try
            {
                await foreach (var chunk in channel.Reader.ReadAllAsync(token))
                {
                    foreach (var posting in chunk)
                    {
                        yield return posting;
                    }
                }
            }
            finally
            {
                // The consumer may stop early (a write failed): stop reading too, and surface nothing twice.
                await stop.CancelAsync();
                await producer.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }

            await producer;
        }
    }

    private static async Task ProduceAsync(IAsyncEnumerable<PostingDetail> source, ChannelWriter<List<PostingDetail>> writer, CancellationToken ct)
    {
        try
        {
            var chunk = new List<PostingDetail>(ChunkSize);
            await foreach (var posting in source.WithCancellation(ct))
            {
                chunk.Add(posting);
                if (chunk.Count == ChunkSize)
                {
                    await writer.WriteAsync(chunk, ct);
                    chunk = new List<PostingDetail>(ChunkSize);
                }
            }

            if (chunk.Count > 0)
            {
                await writer.WriteAsync(chunk, ct);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }
}
