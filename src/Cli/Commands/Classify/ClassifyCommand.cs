using System.CommandLine;
using JobTagger.Cli.Tagging;

namespace JobTagger.Cli.Commands.Classify;

/// <summary><c>jobtagger classify</c>: one posting's role, probability, explanation and skills, to try the model out.</summary>
internal static class ClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string?>("text")
        {
            Description = "The posting's text (its description). Omit it to use --file or standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var title = new Option<string?>("--title") { Description = "The posting's title (it counts towards the role)." };
        var file = new Option<string?>("--file")
        {
            Description = "Read the posting from a file: plain text, or the first posting of a .jsonl/.json/.csv/.html/.xml file.",
            HelpName = "PATH",
        };
        var json = CommonOptions.Json();
        var skills = CommonOptions.Skills();
        var model = CommonOptions.Model();

        var command = new Command("classify", "Classify one posting as COO-like or CEO-like and show why, with its skills.")
        {
            text, title, file, json, skills, model,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var posting = await ClassifyInput.ReadAsync(parse.GetValue(text), parse.GetValue(title), parse.GetValue(file), context, cancellationToken);
            var pipeline = EnrichmentPipelineFactory.Create(parse.GetValue(model), parse.GetValue(skills));
            var tagged = pipeline.Enrich(posting);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(ClassificationJson.Serialize(tagged));
            }
            else
            {
                ClassificationView.Render(context.Console, tagged);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
