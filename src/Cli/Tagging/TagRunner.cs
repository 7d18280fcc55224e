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
        var work = Channel.CreateBounded<JobPosting>(new BoundedChannelOptions(batchSize * 2) { SingleWriter = true });
        var done = Channel.CreateBounded<TagItem>(new BoundedChannelOptions(batchSize * 2) { SingleReader = true });

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
        ChannelWriter<JobPosting> work,
        ChannelWriter<TagItem> done,
        CancellationToken stopReading,
        CancellationToken abort)
    {
        try
        {
            foreach (var source in sources)
            {
                await foreach (var result in source.ReadAsync(stopReading))
                {
                    if (result.Posting is { } posting)
                    {
                        await work.WriteAsync(posting, abort);
                    }
                    else if (result.Reject is { } reject)
                    {
                        await done.WriteAsync(new TagItem(null, reject), abort);
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
            work.TryComplete();
        }
    }

    private async Task EnrichAsync(ChannelReader<JobPosting> work, ChannelWriter<TagItem> done, CancellationToken abort)
    {
        await foreach (var posting in work.ReadAllAsync(abort))
        {
            // Preparing the stored columns here, on every core, leaves the single writer only the SQLite work.
            await done.WriteAsync(new TagItem(PreparedPosting.From(pipeline.Enrich(posting)), null), abort);
        }
    }

    private async Task<TagSummary> WriteAsync(ChannelReader<TagItem> done, Action<TagSummary>? batchStored)
    {
        var summary = new TagSummary();
        var postings = new List<PreparedPosting>(batchSize);
        var rejects = new List<RejectedRecord>();
        await foreach (var item in done.ReadAllAsync())
        {
            if (item.Posting is { } posting)
            {
                postings.Add(posting);
            }
            else if (item.Reject is { } reject)
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

    private sealed record TagItem(PreparedPosting? Posting, RejectedRecord? Reject);
}
