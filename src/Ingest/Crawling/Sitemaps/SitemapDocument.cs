namespace JobTagger.Ingest.Crawling.Sitemaps;

/// <summary>A parsed sitemap: the page URLs of a <c>urlset</c>, or the child sitemaps of a <c>sitemapindex</c>.</summary>
internal sealed record SitemapDocument(bool IsIndex, IReadOnlyList<Uri> Locations);
