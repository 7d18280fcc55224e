using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JobTagger.Storage;
using JobTagger.Storage.Search;
using Spectre.Console;

namespace JobTagger.Cli.Commands.Search;

/// <summary><c>jobtagger search "what"</c>: finds postings by text, place and filters; a table or <c>--json</c>.</summary>
internal static class SearchCommand
{
    private const int TableSkills = 3;

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var what = new Argument<string?>("what")
        {
            Description = "Words to search for in titles, companies, skills and descriptions (the last one as a prefix). Empty: the newest postings.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var db = CommonOptions.Database();
        var filters = new PostingFilterOptions();
        var limit = new Option<int>("--limit") { Description = "How many hits to show.", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (paging).", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print the hits as a JSON array instead of a table." };
        var command = new Command("search", "Find your dream job: search the stored postings by words, place, role and skills.") { what, db, limit, offset, json };
        filters.AddTo(command);
        command.SetAction(async (parseResult, ct) =>
        {
            var filter = filters.Read(parseResult);
            var query = new SearchQuery
            {
                What = parseResult.GetValue(what),
                Where = filter.Where,
                Role = filter.Role,
                Skills = filter.Skills,
                RemoteOnly = filter.RemoteOnly,
                PostedWithin = filter.PostedWithin,
                Limit = Math.Clamp(parseResult.GetValue(limit), 1, 1000),
                Offset = Math.Max(0, parseResult.GetValue(offset)),
            };
            await using var store = await SqliteJobStore.OpenReadOnlyAsync(parseResult.GetValue(db)!, context.Time, ct);
            var page = await store.Search.SearchAsync(query, ct);
            if (parseResult.GetValue(json))
            {
                await context.Out.WriteLineAsync(ToJson(page));
            }
            else
            {
                Print(context, query, page);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The snippet as plain text: the highlight markers dropped.</summary>
    public static string PlainSnippet(string snippet) =>
        snippet.Replace(SearchHit.HighlightStart.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace(SearchHit.HighlightEnd.ToString(), string.Empty, StringComparison.Ordinal);

    /// <summary>The snippet as Spectre markup: text escaped first, then the matches in bold.</summary>
    public static string MarkupSnippet(string snippet) =>
        Markup.Escape(snippet.ReplaceLineEndings(" "))
            .Replace(SearchHit.HighlightStart.ToString(), "[bold]", StringComparison.Ordinal)
            .Replace(SearchHit.HighlightEnd.ToString(), "[/]", StringComparison.Ordinal);

    private static void Print(CliContext context, SearchQuery query, SearchPage page)
    {
        if (page.Hits.Count == 0)
        {
            context.Console.WriteLine(page.Total == 0 ? "No postings match." : $"No more hits ({page.Total} in all).");
            return;
        }

        // Title, company and location share a column so the snippet gets room on an 80-column terminal.
        var table = new Table().AddColumns("Posting", "Role", "Skills", "Snippet");
        foreach (var hit in page.Hits)
        {
            var where = string.Join(" · ", new[] { hit.Company, hit.Location }.Where(s => !string.IsNullOrWhiteSpace(s)));
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(hit.Title)}[/]\n{Markup.Escape(where)}"),
                new Text(PostingFilterOptions.RoleLabel(hit.Role, hit.CeoProbability)),
                new Text(string.Join(", ", hit.Skills.Take(TableSkills))),
                new Markup(MarkupSnippet(hit.Snippet)));
        }

        context.Console.Write(table);
        context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{query.Offset + 1}-{query.Offset + page.Hits.Count} of {page.Total}{(page.TotalIsCapped ? "+" : string.Empty)} postings"));
    }

    private static string ToJson(SearchPage page)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var hit in page.Hits)
            {
                w.WriteStartObject();
                w.WriteString("id", hit.Id);
                w.WriteString("title", hit.Title);
                w.WriteString("company", hit.Company);
                w.WriteString("location", hit.Location);
                w.WriteString("role", hit.Role?.ToString().ToLowerInvariant());
                if (hit.CeoProbability is { } p)
                {
                    w.WriteNumber("ceo_probability", p);
                }
                else
                {
                    w.WriteNull("ceo_probability");
                }

                w.WriteStartArray("skills");
                foreach (var skill in hit.Skills)
                {
                    w.WriteStringValue(skill);
                }

                w.WriteEndArray();
                w.WriteNumber("score", hit.Score);
                w.WriteString("snippet", PlainSnippet(hit.Snippet));
                w.WriteString("url", hit.Url);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
