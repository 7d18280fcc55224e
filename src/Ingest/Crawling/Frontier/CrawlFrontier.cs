using System.Threading.Channels;

namespace JobTagger.Ingest.Crawling.Frontier;

/// <summary>
/// The URLs still to fetch: each normalised URL once, at most <c>maxPages</c> pages. The queue is unbounded because
/// the workers that read it also add to it (a bounded queue could deadlock them); the page budget bounds it instead.
/// It completes itself when the last admitted URL is done and nothing new was found.
/// </summary>
internal sealed class CrawlFrontier
{
    private readonly Channel<CrawlTarget> _queue = Channel.CreateUnbounded<CrawlTarget>();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly int _maxPages;
    private int _pages;
    private int _open;

    public CrawlFrontier(int maxPages)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPages);
        _maxPages = maxPages;
    }

    public ChannelReader<CrawlTarget> Reader => _queue.Reader;

    /// <summary>How many pages were admitted (sitemaps and site roots do not count).</summary>
    public int PageCount
    {
        get
        {
            lock (_gate)
            {
                return _pages;
            }
        }
    }

    /// <summary>
    /// Claims a URL unless it was seen or the page budget is spent. A claimed URL must be handed to
    /// <see cref="Enqueue"/> (or released with <see cref="Done"/>); claiming first lets the caller record it as
    /// Pending before any worker can see it.
    /// </summary>
    public bool TryReserve(CrawlTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        lock (_gate)
        {
            if (_seen.Contains(Key(target)) || (target.Kind == CrawlTargetKind.Page && _pages >= _maxPages))
            {
                return false;
            }

            _seen.Add(Key(target));
            if (target.Kind == CrawlTargetKind.Page)
            {
                _pages++;
            }

            _open++;
            return true;
        }
    }

    /// <summary>Queues a claimed URL for the workers.</summary>
    public void Enqueue(CrawlTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!_queue.Writer.TryWrite(target))
        {
            // The queue closed (the crawl is stopping): the claim is released so the count stays true.
            Done();
        }
    }

    /// <summary>Marks an admitted URL finished; the last one closes the queue so the workers end.</summary>
    public void Done()
    {
        bool last;
        lock (_gate)
        {
            last = --_open == 0;
        }

        if (last)
        {
            _queue.Writer.TryComplete();
        }
    }

    /// <summary>Closes the queue when nothing was admitted at all (for example every seed was a duplicate).</summary>
    public void CompleteIfIdle()
    {
        lock (_gate)
        {
            if (_open > 0)
            {
                return;
            }
        }

        _queue.Writer.TryComplete();
    }

    // A site root and the page at the same URL are different work, so the kind is part of the key.
    private static string Key(CrawlTarget target) =>
        target.Kind == CrawlTargetKind.SiteRoot ? "root|" + target.Url.AbsoluteUri : target.Url.AbsoluteUri;
}
