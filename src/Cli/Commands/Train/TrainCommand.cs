using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using JobTagger.Classifier.Roles;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Train;

/// <summary><c>jobtagger train</c>: trains the role model from the labelled statements and prints cross-validated metrics.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = new Option<string?>("--data")
        {
            Description = "Folder with corpus.tsv (and titles.tsv). Default: training/roles of the repository above the current folder.",
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model zip; the metadata JSON is written beside it.",
            DefaultValueFactory = _ => "role-model.zip",
        };
        var folds = new Option<int>("--folds")
        {
            Description = "Cross-validation folds.",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("train", "Train the COO/CEO role model and print its k-fold cross-validated metrics.") { data, output, folds };
        command.SetAction((parseResult, _) =>
        {
            var folder = parseResult.GetValue(data) ?? TrainingDataLocator.Find(Directory.GetCurrentDirectory());
            var foldCount = parseResult.GetValue(folds);
            if (foldCount < 2)
            {
                throw new Domain.Errors.JobTaggerException($"--folds: must be at least 2 (got {foldCount})");
            }

            var corpus = RoleCorpus.Load(folder);
            var clock = Stopwatch.StartNew();
            var result = new RoleModelTrainer(foldCount).Train(corpus);
            var modelPath = parseResult.GetValue(output)!;
            result.Save(modelPath);
            Print(context, result.Metadata, folder, clock.Elapsed);
            context.Console.WriteLine($"Wrote {modelPath} and {Path.ChangeExtension(modelPath, ".json")}");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void Print(CliContext context, RoleModelMetadata metadata, string folder, TimeSpan elapsed)
    {
        var cv = metadata.CrossValidation;
        var console = context.Console;
        console.WriteLine($"Trained {metadata.ModelVersion} on {metadata.TrainingStatements} statements from {folder} in {elapsed.TotalSeconds:F1} s");
        var metrics = new Table().AddColumn("Metric").AddColumn(new TableColumn("Value").RightAligned());
        metrics.Title = new TableTitle($"{cv.Folds}-fold cross-validation (statements)");
        metrics.AddRow("Accuracy", F(cv.Accuracy));
        metrics.AddRow("Macro-F1", F(cv.MacroF1));
        metrics.AddRow("AUC (coo vs ceo)", F(cv.Auc));
        metrics.AddRow("Log-loss", F(cv.LogLoss));
        metrics.AddRow("Posting scale (1/T)", F(metadata.Calibration.Scale));
        console.Write(metrics);
        console.Write(ConfusionTable.Build(cv.Classes, cv.Confusion));
    }

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
