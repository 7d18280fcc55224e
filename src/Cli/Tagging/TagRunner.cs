using System.Threading.Channels;
using JobTagger.Domain.Enrichment;
using JobTagger.Domain.Ingestion;
using JobTagger.Domain.Postings;
using JobTagger.Storage;

namespace JobTagger.Cli.Tagging;

/// <summary>
/// The main job, streamed: read every source -> enrich each posting (role, skills) on every core -> store in batched
/// transactions. Memory is bounded by the channel capacities and the batch size, whatever the input size.
/// Rejected records are stored beside the postings; one bad record never stops the run.
/// </summary>
/// <remarks>
/// Cancelling stops the reading only: every posting already read is still enriched and stored before the run ends
/// with <see cref="OperationCanceledException"/>. The crawler relies on this: a URL it has handed over counts as stored.
/// </remarks>
internal sealed class TagRunner(EnrichmentPipeline pipeline, SqliteJobStore store, TimeProvider time, int batchSize = TagRunner.DefaultBatchSize)
{
    public const int DefaultBatchSize = 500;

    /// <summary>Postings handed between the threads at a time.</summary>
    private const int ChunkSize = 32;

    /// <summary>Called on the writer's thread for each rejected record, before it is stored.</summary>
    public Action<RejectedRecord>? Rejected { get; init; }

    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <param name="sources">What to read, in order.</param>
    /// <param name="batchStored">Called on the writer's thread after each committed batch with the running totals.</param>
    /// <param name="cancellationToken">Stops the reading; what was read is still stored.</param>
    public async Task<TagSummary> RunAsync(IEnumerable<IPostingSource> sources, Action<TagSummary>? batchStored = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var started = time.GetTimestamp();

        // Postings travel in chunks: one channel hand-over per chunk, not per posting, keeps the threads busy with work.
        var capacity = Math.Max(2, batchSize * 2 / ChunkSize);
        var work = Channel.CreateBounded<List<JobPosting>>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var done = Channel.CreateBounded<TagChunk>(new BoundedChannelOptions(capacity) { SingleReader = true });

        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var abort = new CancellationTokenSource();
        var reader = Task.Run(() => ReadAsync(sources, work.Writer, done.Writer, stopReading.Token, abort.Token), CancellationToken.None);
        var enrichers = Enumerable.Range(0, Workers)
            .Select(_ => Task.Run(() => EnrichAsync(work.Reader, done.Writer, abort.Token), CancellationToken.None))
            .ToArray();
        var producers = Task.WhenAll([reader, .. enrichers]);
        _ = producers.ContinueWith(_ => done.Writer.TryComplete(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

        TagSummary summary;
        try
        {
            summary = await WriteAsync(done.Reader, batchStored);
        }
        catch
        {
            // The store failed: nothing more can be written, so stop everything.
            await abort.CancelAsync();
            await stopReading.CancelAsync();
            throw;
        }

        await producers; // surfaces a source's fault (an unreadable file) after what was read is stored
        cancellationToken.ThrowIfCancellationRequested();
        return summary with { Elapsed = time.GetElapsedTime(started) };
    }

    private static async Task ReadAsync(
        IEnumerable<IPostingSource> sources,
        ChannelWriter<List<JobPosting>> work,
        ChannelWriter<TagChunk> done,
        CancellationToken stopReading,
        CancellationToken abort)
    {
        var chunk = new List<JobPosting>(ChunkSize);
        try
        {
            foreach (var source in sources)
            {
                await foreach (var result in source.ReadAsync(stopReading))
                {
                    if (result.Posting is { } posting)
                    {
                        chunk.Add(posting);
                        if (chunk.Count == ChunkSize)
                        {
                            await work.WriteAsync(chunk, abort);
                            chunk = new List<JobPosting>(ChunkSize);
                        }
                    }
                    else if (result.Reject is { } reject)
                    {
                        await done.WriteAsync(new TagChunk([], reject), abort);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stopReading.IsCancellationRequested && !abort.IsCancellationRequested)
        {
            // Ctrl-C: stop reading; what was read goes on to be stored.
        }
        finally
        {
            if (chunk.Count > 0 && !abort.IsCancellationRequested)
            {
                await work.WriteAsync(chunk, abort);
            }

            work.TryComplete();
        }
    }

    private async Task EnrichAsync(ChannelReader<List<JobPosting>> work, ChannelWriter<TagChunk> done, CancellationToken abort)
    {
        await foreach (var chunk in work.ReadAllAsync(abort))
        {
            // Preparing the stored columns here, on every core, leaves the single writer only the SQLite work.
            var prepared = new PreparedPosting[chunk.Count];
            for (var i = 0; i < prepared.Length; i++)
            {
                prepared[i] = PreparedPosting.From(pipeline.Enrich(chunk[i]));
            }

            await done.WriteAsync(new TagChunk(prepared, null), abort);
        }
    }

    private async Task<TagSummary> WriteAsync(ChannelReader<TagChunk> done, Action<TagSummary>? batchStored)
    {
        var summary = new TagSummary();
        var postings = new List<PreparedPosting>(batchSize + ChunkSize);
        var rejects = new List<RejectedRecord>();
        await foreach (var chunk in done.ReadAllAsync())
        {
            postings.AddRange(chunk.Postings);
            if (chunk.Reject is { } reject)
            {
                Rejected?.Invoke(reject);
                rejects.Add(reject);
            }

            if (postings.Count + rejects.Count >= batchSize)
            {
                summary = await FlushAsync(postings, rejects, summary, batchStored);
            }
        }

        return postings.Count + rejects.Count > 0 ? await FlushAsync(postings, rejects, summary, batchStored) : summary;
    }

    private async Task<TagSummary> FlushAsync(List<PreparedPosting> postings, List<RejectedRecord> rejects, TagSummary summary, Action<TagSummary>? batchStored)
    {
        // A batch is committed whole, even when the run is being cancelled.
        var stored = await store.StoreBatchAsync(postings, rejects, CancellationToken.None);
        summary = summary.Add(postings, stored);
        postings.Clear();
        rejects.Clear();
        batchStored?.Invoke(summary);
        return summary;
    }

    private sealed record TagChunk(PreparedPosting[] Postings, RejectedRecord? Reject);
}
