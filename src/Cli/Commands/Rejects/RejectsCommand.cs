using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JobTagger.Storage;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Rejects;

/// <summary><c>jobtagger rejects</c>: the input records that could not become postings, newest first.</summary>
internal static class RejectsCommand
{
    private const int RawWidth = 80;

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = CommonOptions.Database();
        var limit = new Option<int>("--limit") { Description = "How many rejects to show, newest first.", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print the rejects as a JSON array (raw text in full)." };
        var command = new Command("rejects", "List rejected input records with where they were, why, and their raw text.") { db, limit, json };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await SqliteJobStore.OpenReadOnlyAsync(parseResult.GetValue(db)!, context.Time, ct);
            var rejects = store.ReadRejectsAsync(Math.Max(1, parseResult.GetValue(limit)), ct);
            if (parseResult.GetValue(json))
            {
                using var stream = new MemoryStream();
                await using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    w.WriteStartArray();
                    await foreach (var reject in rejects)
                    {
                        w.WriteStartObject();
                        w.WriteString("where", reject.Where.ToString());
                        w.WriteString("source", reject.Where.Source);
                        if (reject.Where.Line is { } line)
                        {
                            w.WriteNumber("line", line);
                        }

                        w.WriteString("reason", reject.Reason);
                        w.WriteString("raw", reject.Raw);
                        w.WriteString("at", reject.At);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                await context.Out.WriteLineAsync(Encoding.UTF8.GetString(stream.ToArray()));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Where", "Reason", "Raw");
            var count = 0;
            await foreach (var reject in rejects)
            {
                table.AddRow(new Text(reject.Where.ToString()), new Text(reject.Reason), new Text(Truncate(reject.Raw)));
                count++;
            }

            if (count == 0)
            {
                context.Console.WriteLine("No rejects.");
            }
            else
            {
                context.Console.Write(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Truncate(string raw)
    {
        var flat = raw.ReplaceLineEndings(" ⏎ ");
        return flat.Length <= RawWidth ? flat : string.Concat(flat.AsSpan(0, RawWidth - 1), "…");
    }
}
