using System.CommandLine;
using System.Text.Json;
using JobTagger.Classifier.Roles;
using JobTagger.Classifier.Roles.Evaluation;

namespace JobTagger.Cli.Commands.Evaluate;

/// <summary><c>jobtagger evaluate</c>: the role model on labelled postings, beside two baselines.</summary>
internal static class EvaluateCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var file = new Argument<string>("file") { Description = "JSONL or CSV of postings with id, title, description and label (coo/ceo)." };
        var labels = new Option<string?>("--labels") { Description = "Take labels from an id<TAB>label file instead of a label field." };
        var descriptionOnly = new Option<bool>("--description-only") { Description = "Classify from the description alone (ignore titles)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var model = new Option<string?>("--model") { Description = "A model zip written by 'jobtagger train' (default: the bundled model)." };
        var command = new Command("evaluate", "Measure the role model on labelled postings: accuracy, macro-F1, calibration, baselines.")
        {
            file, labels, descriptionOnly, json, model,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var modelPath = parseResult.GetValue(model);
            var classifier = modelPath is null ? RoleClassifier.LoadBundled() : RoleClassifier.Load(modelPath);
            var input = LabelledPostingReader.Read(parseResult.GetValue(file)!, parseResult.GetValue(labels));
            var report = new RoleEvaluator(classifier).Evaluate(input, parseResult.GetValue(descriptionOnly));
            if (parseResult.GetValue(json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(report, JsonOptions).AsMemory(), cancellationToken);
            }
            else
            {
                EvaluationReportView.Write(context, report);
            }

            foreach (var skipped in report.Skipped)
            {
                await context.Error.WriteLineAsync($"skipped {skipped}".AsMemory(), cancellationToken);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
