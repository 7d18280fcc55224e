using System.Globalization;
using JobTagger.Domain.Crawling;
using JobTagger.Ingest.Crawling;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Crawl;

/// <summary>The end of a crawl on screen: a count per outcome, then every failed URL with its reason.</summary>
internal static class CrawlSummaryView
{
    public static void Write(IAnsiConsole console, CrawlSummary summary, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(summary);
        var total = summary.Counts.Values.Sum();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Crawled {total} URLs; state kept in {databasePath}"));
        var counts = new Table { Title = new TableTitle("Crawl outcomes") }.AddColumn("Outcome").AddColumn(new TableColumn("URLs").RightAligned());
        foreach (var outcome in Enum.GetValues<CrawlOutcome>())
        {
            counts.AddRow(new Text(Describe(outcome)), new Text(summary.Count(outcome).ToString(CultureInfo.InvariantCulture)));
        }

        console.Write(counts);
        if (summary.Failures.Count == 0)
        {
            return;
        }

        var failures = new Table { Title = new TableTitle("Failed (a re-run retries them)") }
            .AddColumn("URL").AddColumn("Status").AddColumn(new TableColumn("Attempts").RightAligned()).AddColumn("Reason");
        foreach (var failure in summary.Failures)
        {
            failures.AddRow(
                new Text(failure.Url),
                new Text(failure.Status?.ToString(CultureInfo.InvariantCulture) ?? "-"),
                new Text(failure.Attempts.ToString(CultureInfo.InvariantCulture)),
                new Text(failure.Reason ?? "-"));
        }

        console.Write(failures);
    }

    private static string Describe(CrawlOutcome outcome) => outcome switch
    {
        CrawlOutcome.Pending => "Pending (interrupted; a re-run resumes)",
        CrawlOutcome.Stored => "Stored",
        CrawlOutcome.Unchanged => "Unchanged (304)",
        CrawlOutcome.NotAJobPage => "Not a job page (or a sitemap)",
        CrawlOutcome.DisallowedByRobots => "Disallowed by robots.txt",
        _ => "Failed",
    };
}
