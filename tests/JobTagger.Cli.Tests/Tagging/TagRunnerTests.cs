using System.Runtime.CompilerServices;
using JobTagger.Cli.Tagging;
using JobTagger.Domain.Ingestion;
using JobTagger.Domain.Postings;
using JobTagger.Storage;

namespace JobTagger.Cli.Tests.Tagging;

public sealed class TagRunnerTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Run_CancelledMidway_StoresEveryPostingItHadReadThenThrows()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new CountingSource(total: 5_000, cancelAfter: 1_234, cancellation);
        await using var store = await SqliteJobStore.OpenAsync(_cli.Database, _cli.Time);
        var runner = new TagRunner(EnrichmentPipelineFactory.Create(null, null), store, _cli.Time, batchSize: 100);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync([source], cancellationToken: cancellation.Token));

        var stats = await _cli.RunAsync("export", "--db", _cli.Database, "--format", "jsonl", "--out", "-");
        Assert.Equal(source.Yielded, stats.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.InRange(source.Yielded, 1_234, 1_235);
    }

    [Fact]
    public async Task Run_ManyPostings_CountsEveryOneAndRejectsNone()
    {
        var source = new CountingSource(total: 2_000, cancelAfter: int.MaxValue, null);
        await using var store = await SqliteJobStore.OpenAsync(_cli.Database, _cli.Time);
        var batches = 0;
        var runner = new TagRunner(EnrichmentPipelineFactory.Create(null, null), store, _cli.Time, batchSize: 250);

        var summary = await runner.RunAsync([source], _ => batches++);

        Assert.Equal(2_000, summary.Read);
        Assert.Equal(2_000, summary.Inserted);
        Assert.Equal(2_000, summary.Coo + summary.Ceo);
        Assert.Equal(8, batches);
    }

    /// <summary>Yields distinct postings, and cancels the run after a given number of them.</summary>
    private sealed class CountingSource(int total, int cancelAfter, CancellationTokenSource? cancellation) : IPostingSource
    {
        public string Name => "counting";

        public int Yielded { get; private set; }

        public async IAsyncEnumerable<IngestResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var i = 0; i < total; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
                var description = i % 2 == 0
                    ? $"Run day-to-day operations of warehouse {i}, own the operating budget and streamline processes."
                    : $"Set the long-term vision of company {i}, report to the board and lead investor relations.";
                var posting = new JobPosting { Id = $"counting:{i}", Source = Name, SourceId = $"{i}", Title = $"Leader {i}", Description = description };
                Yielded++;
                yield return IngestResult.Accepted(posting, new SourceLocation(Name, i + 1));
                if (Yielded == cancelAfter)
                {
                    await cancellation!.CancelAsync();
                }
            }
        }
    }
}
