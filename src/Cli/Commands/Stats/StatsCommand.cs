using System.CommandLine;
using System.Globalization;
using JobTagger.Storage;
using JobTagger.Storage.Stats;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Stats;

/// <summary><c>jobtagger stats</c>: what the database holds, by role, source, skill, crawl outcome and model version.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = CommonOptions.Database();
        var command = new Command("stats", "Show postings by role and source, the top skills, rejects, crawl outcomes and model versions.") { db };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await SqliteJobStore.OpenReadOnlyAsync(parseResult.GetValue(db)!, context.Time, ct);
            var stats = await store.GetStatisticsAsync(ct);
            var console = context.Console;
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stats.Postings} postings, {stats.Rejects} rejects in {store.Path}"));
            console.Write(Counts("Postings by role", "Role", stats.ByRole));
            console.Write(Counts("Postings by source", "Source", stats.BySource));
            console.Write(Counts("Top skills", "Skill", stats.TopSkills));
            console.Write(Counts("Model versions", "Model", stats.ModelVersions));
            if (stats.CrawlOutcomes.Count > 0)
            {
                console.Write(Counts("Crawl outcomes", "Outcome", stats.CrawlOutcomes));
            }

            if (stats.RecentCrawlFailures.Count > 0)
            {
                var failures = new Table { Title = new TableTitle("Recent crawl failures") }.AddColumns("URL", "Attempts", "Reason");
                foreach (var failure in stats.RecentCrawlFailures)
                {
                    failures.AddRow(new Text(failure.Name), new Text(failure.Count.ToString(CultureInfo.InvariantCulture)), new Text(failure.Detail ?? "-"));
                }

                console.Write(failures);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Table Counts(string title, string name, IReadOnlyList<NamedCount> rows)
    {
        var table = new Table { Title = new TableTitle(title) }.AddColumn(name).AddColumn(new TableColumn("Count").RightAligned());
        foreach (var row in rows)
        {
            table.AddRow(new Text(row.Name), new Text(row.Count.ToString(CultureInfo.InvariantCulture)));
        }

        if (rows.Count == 0)
        {
            table.AddRow("(none)", "0");
        }

        return table;
    }
}
