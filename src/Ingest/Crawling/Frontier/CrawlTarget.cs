namespace JobTagger.Ingest.Crawling.Frontier;

/// <summary>One URL waiting in the frontier.</summary>
internal sealed record CrawlTarget(Uri Url, CrawlTargetKind Kind);
