using System.CommandLine;
using JobTagger.Domain.Errors;
using JobTagger.Ingest.Crawling;
using JobTagger.Storage;

namespace JobTagger.Cli.Commands.Crawl;

/// <summary>
/// <c>jobtagger crawl URL...</c>: crawls job pages politely (robots.txt, a per-host rate, retries with backoff) from
/// page URLs, sitemaps or site roots, hands the postings to the tagging pipeline, and prints what became of every URL.
/// </summary>
internal static class CrawlCommand
{
    /// <param name="context">The console and clock.</param>
    /// <param name="storePostings">The tagging pipeline; null until it is wired, when the command says so and stops.</param>
    public static Command Create(CliContext context, CrawledPostingsHandler? storePostings)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CrawlCommandOptions();
        var command = new Command(
            "crawl",
            "Crawl job pages from page URLs, sitemaps or site roots, politely (robots.txt, 1 request/s per host by default), " +
            "and tag and store the postings found. A re-run retries what failed and re-fetches only what changed.");
        options.AddTo(command);
        command.SetAction(async (parseResult, ct) =>
        {
            var crawlOptions = options.Read(parseResult);
            if (storePostings is null)
            {
                throw new JobTaggerException("crawl: this build has no tagging pipeline to store crawled postings with");
            }

            await using var store = await SqliteJobStore.OpenAsync(parseResult.GetValue(options.Database)!, context.Time, ct);
            var crawler = new JobSiteCrawler(crawlOptions, store.CrawlState, context.Time);
            try
            {
                await storePostings(crawler, store, ct);
            }
            finally
            {
                // Also after Ctrl-C: what was done so far, and what stays Pending for the next run.
                if (crawler.LastSummary is { } summary)
                {
                    CrawlSummaryView.Write(context.Console, summary, store.Path);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
