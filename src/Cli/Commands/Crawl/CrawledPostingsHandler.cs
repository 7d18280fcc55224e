using JobTagger.Domain.Ingestion;
using JobTagger.Storage;

namespace JobTagger.Cli.Commands.Crawl;

/// <summary>
/// What <c>jobtagger crawl</c> does with the postings the crawler yields: classify, tag skills and store them, exactly as
/// <c>tag</c> does for a file. It must take the postings one after another (the crawler marks a URL Stored once the
/// next posting is asked for) and commit what it took before it returns or is cancelled.
/// </summary>
internal delegate Task CrawledPostingsHandler(IPostingSource postings, SqliteJobStore store, CancellationToken cancellationToken);
