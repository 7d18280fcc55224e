using System.Globalization;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Train;

/// <summary>A confusion matrix as a Spectre.Console table: rows are the actual class, columns the predicted one.</summary>
internal static class ConfusionTable
{
    public static Table Build(IReadOnlyList<string> classes, IReadOnlyList<IReadOnlyList<int>> rows)
    {
        var table = new Table { Title = new TableTitle("Confusion matrix (rows actual, columns predicted)") };
        table.AddColumn("actual \\ predicted");
        foreach (var name in classes)
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        for (var a = 0; a < classes.Count; a++)
        {
            table.AddRow([classes[a], .. rows[a].Select(n => n.ToString(CultureInfo.InvariantCulture))]);
        }

        return table;
    }
}
