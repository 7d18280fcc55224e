using System.Runtime.CompilerServices;
using JobTagger.Domain.Crawling;
using JobTagger.Domain.Ingestion;

namespace JobTagger.Ingest.Crawling;

/// <summary>
/// Crawls job sites politely and yields the postings found, so the tagging pipeline consumes a crawl exactly like a
/// file. Each URL's outcome is saved through the <see cref="ICrawlStateStore"/>; a page counts as Stored once the
/// consumer has taken its posting (asked for the next one), so a crawl stopped by Ctrl-C leaves the in-flight URLs
/// Pending and a re-run resumes them. Pages that hold no posting are not yielded: their reason is in the crawl state.
/// </summary>
internal sealed class JobSiteCrawler : IPostingSource
{
    private readonly CrawlOptions _options;
    private readonly ICrawlStateStore _store;
    private readonly IJobPageReader _reader;
    private readonly TimeProvider _time;

    /// <summary>A crawler that reads pages with the HTML extractor.</summary>
    public JobSiteCrawler(CrawlOptions options, ICrawlStateStore store, TimeProvider time)
        : this(options, store, new HtmlJobPageReader(), time)
    {
    }

    public JobSiteCrawler(CrawlOptions options, ICrawlStateStore store, IJobPageReader reader, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(time);
        options.ThrowIfInvalid();
        _options = options;
        _store = store;
        _reader = reader;
        _time = time;
    }

    public string Name => "crawl";

    /// <summary>The outcomes of the last run (also after a cancelled one); null before the first.</summary>
    public CrawlSummary? LastSummary { get; private set; }

    public IAsyncEnumerable<IngestResult> ReadAsync(CancellationToken cancellationToken = default) => ReadCoreAsync(cancellationToken);

    private async IAsyncEnumerable<IngestResult> ReadCoreAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var run = new CrawlRun(_options, _store, _reader, _time);
        try
        {
            await foreach (var result in run.RunAsync(cancellationToken))
            {
                yield return result;
            }
        }
        finally
        {
            LastSummary = run.Summarize();
        }
    }
}
