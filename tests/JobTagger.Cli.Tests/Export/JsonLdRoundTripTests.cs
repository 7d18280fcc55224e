using System.Text.Json;

namespace JobTagger.Cli.Tests.Export;

/// <summary>An export as schema.org JSON-LD, tagged again into a new database, comes back the same.</summary>
public sealed class JsonLdRoundTripTests : IDisposable
{
    private static readonly string[] PostingFields = ["id", "source", "url", "title", "company", "location", "posted_at", "description", "role", "is_remote"];

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ExportJsonLd_TaggedAgain_GivesTheSamePostingsAndLabels()
    {
        var first = _cli.PathOf("first.db");
        var second = _cli.PathOf("second.db");
        var jsonLd = _cli.PathOf("postings.jsonld");
        Assert.Equal(0, (await _cli.RunAsync("tag", CliHarness.Fixture("postings.jsonl"), "--db", first)).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("export", "--db", first, "--format", "jsonld", "--out", jsonLd)).ExitCode);

        var retag = await _cli.RunAsync("tag", jsonLd, "--db", second);

        Assert.Equal(0, retag.ExitCode);
        var before = await ExportAsync(first);
        var after = await ExportAsync(second);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (id, original) in before)
        {
            foreach (var field in PostingFields)
            {
                Assert.Equal(original.GetProperty(field).ToString(), after[id].GetProperty(field).ToString());
            }

            Assert.Equal(SkillIds(original), SkillIds(after[id]));
            Assert.Equal(original.GetProperty("ceo_probability").GetDouble(), after[id].GetProperty("ceo_probability").GetDouble(), 6);
        }
    }

    private async Task<Dictionary<string, JsonElement>> ExportAsync(string database)
    {
        var export = await _cli.RunAsync("export", "--db", database, "--format", "jsonl", "--out", "-");
        Assert.Equal(0, export.ExitCode);
        return export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToDictionary(p => p.GetProperty("id").GetString()!);
    }

    private static string[] SkillIds(JsonElement posting) =>
        posting.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order().ToArray();
}
