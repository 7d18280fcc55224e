using System.CommandLine;
using JobTagger.Cli.Tagging;
using JobTagger.Domain.Ingestion;
using JobTagger.Storage;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Tag;

/// <summary><c>jobtagger tag</c>: the main job. Reads, classifies, tags skills and stores, streaming.</summary>
internal static class TagCommand
{
    /// <summary>Rejects printed one per line; past this many the rest are only counted (all are stored).</summary>
    private const int RejectLinesShown = 20;

    public static Command Create(CliContext context)
    {
        var sources = new Argument<string[]>("source")
        {
            Description = "Files (.jsonl .json .csv .html .xml), folders (searched recursively), http(s) job page URLs, " +
                "or '-' for JSON lines on standard input. None: the bundled sample feed.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        sources.Validators.Add(result =>
        {
            // '--typo' would otherwise be taken for a file name and fail later as "no such file".
            foreach (var unknown in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"Unrecognized option '{unknown.Value}'.");
            }
        });
        var database = CommonOptions.Database();
        var skills = CommonOptions.Skills();
        var model = CommonOptions.Model();
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Postings stored per transaction.",
            DefaultValueFactory = _ => TagRunner.DefaultBatchSize,
        };
        batchSize.InRange(1, 100_000);

        var command = new Command("tag", "Classify and skill-tag postings and store them in the database (re-runs add no duplicates).")
        {
            sources, database, skills, model, batchSize,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = TagInputs.Open(parse.GetValue(sources) ?? [], context);
            var pipeline = EnrichmentPipelineFactory.Create(parse.GetValue(model), parse.GetValue(skills));
            var databasePath = parse.GetValue(database)!;
            await using var store = await SqliteJobStore.OpenAsync(databasePath, context.Time, cancellationToken);

            var shownRejects = 0;
            var runner = new TagRunner(pipeline, store, context.Time, parse.GetValue(batchSize))
            {
                Rejected = reject =>
                {
                    if (shownRejects++ < RejectLinesShown)
                    {
                        context.Error.WriteLine($"jobtagger: rejected {reject.Where}: {reject.Reason}");
                    }
                },
            };

            var summary = await RunWithProgressAsync(context, runner, inputs, cancellationToken);
            if (shownRejects > RejectLinesShown)
            {
                await context.Error.WriteLineAsync($"jobtagger: ... and {shownRejects - RejectLinesShown} more rejects; 'jobtagger rejects' lists them all.");
            }

            TagSummaryView.Render(context.Console, summary, databasePath);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<TagSummary> RunWithProgressAsync(CliContext context, TagRunner runner, IReadOnlyList<IPostingSource> inputs, CancellationToken cancellationToken)
    {
        if (!context.IsTerminal)
        {
            return await runner.RunAsync(inputs, cancellationToken: cancellationToken);
        }

        return await context.Console.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Tagging postings").IsIndeterminate();
                var summary = await runner.RunAsync(
                    inputs,
                    totals => task.Description = $"Tagged {totals.Read:N0} postings ({totals.Rejected:N0} rejected)",
                    cancellationToken);
                task.StopTask();
                return summary;
            });
    }
}
