using System.CommandLine;
using JobTagger.Cli.Commands.Search;
using JobTagger.Storage;
using JobTagger.Storage.Export;

namespace JobTagger.Cli.Commands.Export;

/// <summary><c>jobtagger export</c>: streams the stored postings (filtered like search) as JSONL, CSV or JSON-LD.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = CommonOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = $"Output format: {PostingExporter.FormatNames}.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong(PostingExporter.FormatNames.Split(", "));
        var output = new Option<string>("--out")
        {
            Description = "The file to write, or - for standard output.",
            DefaultValueFactory = _ => "-",
        };
        var filters = new PostingFilterOptions();
        var command = new Command("export", "Export the stored postings with their labels, skills and sources.") { db, format, output };
        filters.AddTo(command);
        command.SetAction(async (parseResult, ct) =>
        {
            var exporter = PostingExporter.For(PostingExporter.ParseFormat(parseResult.GetValue(format)!));
            var target = parseResult.GetValue(output)!;
            await using var store = await SqliteJobStore.OpenReadOnlyAsync(parseResult.GetValue(db)!, context.Time, ct);
            var postings = store.ReadPostingsAsync(filters.Read(parseResult), ct);
            int count;
            if (target == "-")
            {
                count = await exporter.WriteAsync(postings, context.Out, ct);
            }
            else
            {
                // UTF-8 straight to the file; the exporter buffers, so the stream needs no buffer of its own.
                await using var file = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0, useAsync: false);
                count = await exporter.WriteAsync(postings, file, ct);
            }

            await context.Error.WriteLineAsync($"exported {count} postings to {(target == "-" ? "standard output" : target)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
