using System.Runtime.CompilerServices;
using System.Threading.Channels;
using JobTagger.Domain.Crawling;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Crawling.Frontier;
using JobTagger.Ingest.Crawling.Http;
using JobTagger.Ingest.Crawling.Robots;

namespace JobTagger.Ingest.Crawling;

/// <summary>
/// One crawl: the frontier, the workers that fetch from it in parallel, and the bounded channel of postings they
/// produce for the single consumer. Lives for one enumeration of <see cref="JobSiteCrawler"/>.
/// </summary>
internal sealed partial class CrawlRun : IDisposable
{
    private readonly CrawlOptions _options;
    private readonly IJobPageReader _reader;
    private readonly CrawlLedger _ledger;
    private readonly HostPipelines _pipelines;
    private readonly HttpClient _client;
    private readonly PageFetcher _fetcher;
    private readonly RobotsTxtCache _robots;
    private readonly CrawlFrontier _frontier;
    private readonly HashSet<string> _seedHosts = new(StringComparer.Ordinal);
    private readonly Channel<CrawledPosting> _postings;

    public CrawlRun(CrawlOptions options, ICrawlStateStore store, IJobPageReader reader, TimeProvider time)
    {
        _options = options;
        _reader = reader;
        _ledger = new CrawlLedger(store, time);
        _pipelines = new HostPipelines(options, time);
        _client = CrawlHttpClientFactory.Create(options);
        _fetcher = new PageFetcher(_client, options);
        _robots = new RobotsTxtCache(_fetcher, _pipelines, options);
        _frontier = new CrawlFrontier(options.MaxPages);
        _postings = Channel.CreateBounded<CrawledPosting>(new BoundedChannelOptions(options.Concurrency * 2)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public async IAsyncEnumerable<IngestResult> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await SeedAsync(stop.Token);
        var workers = Enumerable.Range(0, _options.Concurrency).Select(_ => WorkAsync(stop)).ToArray();
        var finished = CloseWhenDoneAsync(workers);
        try
        {
            await foreach (var posting in _postings.Reader.ReadAllAsync(cancellationToken))
            {
                yield return posting.Result;

                // The consumer asked for the next item, so it has taken this one: only now does the URL count as stored.
                await _ledger.SaveAsync(posting.Record with { UpdatedAt = _ledger.Now }, cancellationToken);
            }

            await finished;
        }
        finally
        {
            await stop.CancelAsync();
            // Workers end quietly on cancellation; a worker fault was already surfaced through the channel.
            await finished.ContinueWith(static _ => { }, TaskScheduler.Default);
        }
    }

    public CrawlSummary Summarize() => _ledger.Summarize();

    public void Dispose()
    {
        _client.Dispose();
        _pipelines.Dispose();
        _ledger.Dispose();
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seeds = new List<CrawlTarget>();
        foreach (var seed in _options.Seeds)
        {
            if (UrlNormalizer.TryNormalize(seed, out var url))
            {
                _seedHosts.Add(UrlNormalizer.HostKey(url));
                seeds.Add(new CrawlTarget(url, KindOf(url)));
            }
        }

        // What an earlier run left Pending or Failed comes first, so a re-run finishes the old work within the budget.
        foreach (var record in await _ledger.ListUnfinishedAsync(cancellationToken))
        {
            if (UrlNormalizer.TryNormalize(null, record.Url, out var url))
            {
                _seedHosts.Add(UrlNormalizer.HostKey(url));
                await AdmitAsync(new CrawlTarget(url, CrawlTargetKind.Page), cancellationToken);
            }
        }

        foreach (var seed in seeds)
        {
            await AdmitAsync(seed, cancellationToken);
        }

        _frontier.CompleteIfIdle();
    }

    private static CrawlTargetKind KindOf(Uri url)
    {
        var path = url.AbsolutePath;
        if (path == "/" && url.Query.Length == 0)
        {
            return CrawlTargetKind.SiteRoot;
        }

        return path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".xml.gz", StringComparison.OrdinalIgnoreCase)
            || path.Contains("sitemap", StringComparison.OrdinalIgnoreCase)
            ? CrawlTargetKind.Sitemap
            : CrawlTargetKind.Page;
    }

    private async Task AdmitAsync(CrawlTarget target, CancellationToken cancellationToken)
    {
        if (!_frontier.TryReserve(target))
        {
            return;
        }

        try
        {
            if (target.Kind == CrawlTargetKind.Page)
            {
                // Recorded before any worker can see it, so an interrupted crawl leaves it Pending for the re-run.
                var previous = await _ledger.GetAsync(target.Url, cancellationToken);
                var pending = (previous ?? NewRecord(target.Url)) with { Outcome = CrawlOutcome.Pending, UpdatedAt = _ledger.Now };
                await _ledger.SaveAsync(pending, cancellationToken);
            }
        }
        catch
        {
            _frontier.Done();
            throw;
        }

        _frontier.Enqueue(target);
    }

    private async Task WorkAsync(CancellationTokenSource stop)
    {
        var token = stop.Token;
        try
        {
            await foreach (var target in _frontier.Reader.ReadAllAsync(token))
            {
                try
                {
                    await ProcessAsync(target, token);
                }
                finally
                {
                    _frontier.Done();
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping: what is in flight stays Pending.
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }

    private async Task CloseWhenDoneAsync(Task[] workers)
    {
        try
        {
            await Task.WhenAll(workers);
            _postings.Writer.TryComplete();
        }
        catch (Exception ex)
        {
            _postings.Writer.TryComplete(ex);
            throw;
        }
    }

    private CrawlRecord NewRecord(Uri url) =>
        new() { Url = url.AbsoluteUri, Outcome = CrawlOutcome.Pending, UpdatedAt = _ledger.Now };
}
