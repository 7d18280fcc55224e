namespace JobTagger.Ingest.Crawling.Frontier;

/// <summary>What the crawler expects behind a URL; a page that turns out to be a sitemap is read as one.</summary>
internal enum CrawlTargetKind
{
    /// <summary>A page that may hold a posting (or links to postings).</summary>
    Page,

    /// <summary>A sitemap or sitemap index, plain or gzip.</summary>
    Sitemap,

    /// <summary>A bare site root: try robots.txt sitemaps, then /sitemap.xml, then the root page's links.</summary>
    SiteRoot,
}
