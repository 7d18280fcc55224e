using JobTagger.Cli.Tagging;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Tag;

/// <summary>The table <c>tag</c> prints when it is done.</summary>
internal static class TagSummaryView
{
    public static void Render(IAnsiConsole console, TagSummary summary, string databasePath)
    {
        var table = new Table().Title("JobTagger: tag summary").AddColumn("What").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Postings read", $"{summary.Read:N0}");
        table.AddRow("  new", $"{summary.Inserted:N0}");
        table.AddRow("  updated", $"{summary.Updated:N0}");
        table.AddRow("  unchanged", $"{summary.Unchanged:N0}");
        table.AddRow("  merged duplicates", $"{summary.Duplicates:N0}");
        table.AddRow("COO-like (operations)", $"{summary.Coo:N0}");
        table.AddRow("CEO-like (strategy)", $"{summary.Ceo:N0}");
        table.AddRow("Rejected (see 'jobtagger rejects')", $"{summary.Rejected:N0}");
        table.AddRow("Time", $"{summary.Elapsed.TotalSeconds:N1} s ({summary.PostingsPerSecond:N0} postings/s)");
        console.Write(table);
        console.MarkupLineInterpolated($"Stored in [bold]{databasePath}[/]. Try: jobtagger search \"operations\" --db {databasePath}");
    }
}
