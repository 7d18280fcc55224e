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
internal sealed class TagRunner(EnrichmentPipeline pipeline, SqliteJobStore store, TimeProvider time, int batchSize = TagRunner.DefaultBatchSize)
{
    public const int DefaultBatchSize = 500;

    /// <summary>Called on the writer's thread for each rejected record, before it is stored.</summary>
    public Action<RejectedRecord>? Rejected { get; init; }

    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <param name="sources">What to read, in order.</param>
    /// <param name="batchStored">Called on the writer's thread after each committed batch with the running totals.</param>
    /// <param name="cancellationToken">Stops the run; the batch in hand is still committed.</param>
    public async Task<TagSummary> RunAsync(IEnumerable<IPostingSource> sources, Action<TagSummary>? batchStored = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var started = time.GetTimestamp();
        var work = Channel.CreateBounded<JobPosting>(new BoundedChannelOptions(batchSize * 2) { SingleWriter = true });
        var done = Channel.CreateBounded<TagItem>(new BoundedChannelOptions(batchSize * 2) { SingleReader = true });

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => ReadAsync(sources, work.Writer, done.Writer, stopping.Token), CancellationToken.None);
        var enrichers = Enumerable.Range(0, Workers)
            .Select(_ => Task.Run(() => EnrichAsync(work.Reader, done.Writer, stopping.Token), CancellationToken.None))
            .ToArray();
        var producers = Task.WhenAll([reader, .. enrichers]);
        _ = producers.ContinueWith(_ => done.Writer.TryComplete(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

        var summary = new TagSummary();
        try
        {
            summary = await WriteAsync(done.Reader, summary, batchStored, cancellationToken);
        }
        finally
        {
            // Whatever ended the run, stop the producers before leaving.
            await stopping.CancelAsync();
        }

        await producers; // surfaces a source's fault (an unreadable file) after what was read is stored
        return summary with { Elapsed = time.GetElapsedTime(started) };
    }

    private static async Task ReadAsync(IEnumerable<IPostingSource> sources, ChannelWriter<JobPosting> work, ChannelWriter<TagItem> done, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var source in sources)
            {
                await foreach (var result in source.ReadAsync(cancellationToken))
                {
                    if (result.Posting is { } posting)
                    {
                        await work.WriteAsync(posting, cancellationToken);
                    }
                    else if (result.Reject is { } reject)
                    {
                        await done.WriteAsync(new TagItem(null, reject), cancellationToken);
                    }
                }
            }
        }
        finally
        {
            work.TryComplete();
        }
    }

    private async Task EnrichAsync(ChannelReader<JobPosting> work, ChannelWriter<TagItem> done, CancellationToken cancellationToken)
    {
        await foreach (var posting in work.ReadAllAsync(cancellationToken))
        {
            await done.WriteAsync(new TagItem(pipeline.Enrich(posting), null), cancellationToken);
        }
    }

    private async Task<TagSummary> WriteAsync(ChannelReader<TagItem> done, TagSummary summary, Action<TagSummary>? batchStored, CancellationToken cancellationToken)
    {
        var postings = new List<TaggedPosting>(batchSize);
        var rejects = new List<RejectedRecord>();
        try
        {
            await foreach (var item in done.ReadAllAsync(cancellationToken))
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
                    summary = await FlushAsync(postings, rejects, summary, batchStored, cancellationToken);
                }
            }
        }
        finally
        {
            // On Ctrl-C the batch in hand is still committed, so a re-run only redoes what was in flight.
            if (postings.Count + rejects.Count > 0)
            {
                summary = await FlushAsync(postings, rejects, summary, batchStored, CancellationToken.None);
            }
        }

        return summary;
    }

    private async Task<TagSummary> FlushAsync(List<TaggedPosting> postings, List<RejectedRecord> rejects, TagSummary summary, Action<TagSummary>? batchStored, CancellationToken cancellationToken)
    {
        var stored = await store.StoreBatchAsync(postings, rejects, cancellationToken);
        summary = summary.Add(postings, stored);
        postings.Clear();
        rejects.Clear();
        batchStored?.Invoke(summary);
        return summary;
    }

    private sealed record TagItem(TaggedPosting? Posting, RejectedRecord? Reject);
}
