using System.Globalization;
using JobTagger.Classifier.Roles.Evaluation;
using JobTagger.Cli.Commands.Train;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Evaluate;

/// <summary>Prints a <see cref="RoleEvaluationReport"/> as Spectre.Console tables.</summary>
internal static class EvaluationReportView
{
    public static void Write(CliContext context, RoleEvaluationReport report)
    {
        var console = context.Console;
        console.WriteLine($"Evaluated {report.ModelVersion} on {report.Postings} postings ({(report.DescriptionOnly ? "description only" : "title + description")})");
        var summary = new Table { Title = new TableTitle("Model and baselines") };
        summary.AddColumn("Predictor").AddColumn(new TableColumn("Accuracy").RightAligned()).AddColumn(new TableColumn("Macro-F1").RightAligned());
        foreach (var predictor in new[] { report.Model, report.MajorityBaseline, report.KeywordBaseline })
        {
            summary.AddRow(predictor.Name, F(predictor.Accuracy), F(predictor.MacroF1));
        }

        console.Write(summary);
        var classes = new Table { Title = new TableTitle("Model per class") };
        classes.AddColumn("Class").AddColumn(new TableColumn("Precision").RightAligned())
            .AddColumn(new TableColumn("Recall").RightAligned()).AddColumn(new TableColumn("F1").RightAligned());
        foreach (var c in report.Model.Classes)
        {
            classes.AddRow(c.Class, F(c.Precision), F(c.Recall), F(c.F1));
        }

        console.Write(classes);
        console.Write(ConfusionTable.Build([.. report.Model.Classes.Select(c => c.Class)], report.Model.Confusion));
        console.WriteLine($"Expected calibration error (10 bins): {F(report.ExpectedCalibrationError)}");
        foreach (var miss in report.Misclassified)
        {
            console.WriteLine($"  miss {miss}", Style.Plain);
        }
    }

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
