using System.Text.Json;

namespace JobTagger.Cli.Tests.Commands.Search;

public sealed class ExportStatsRejectsCommandTests(StoredPostingsFixture fixture) : IClassFixture<StoredPostingsFixture>
{
    [Fact]
    public async Task Export_JsonlToStandardOutput_OneLinePerPosting()
    {
        var (exit, output, error) = await fixture.RunAsync("export", "--db", fixture.DbPath);

        Assert.Equal(0, exit);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        Assert.Equal(["acme:1", "nw:2", "ct:3"], ids);
        Assert.Contains("exported 3 postings to standard output", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_CsvToFileWithFilter()
    {
        var path = Path.Combine(fixture.Folder, "ceo.csv");

        var (exit, _, _) = await fixture.RunAsync("export", "--db", fixture.DbPath, "--format", "csv", "--out", path, "--role", "ceo");

        Assert.Equal(0, exit);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("nw:2,nw,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_JsonLd_ArrayOfJobPostings()
    {
        var (_, output, _) = await fixture.RunAsync("export", "--db", fixture.DbPath, "--format", "jsonld", "--where", "remote");

        var posting = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("ct:3", posting.GetProperty("identifier").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Export_UnknownFormat_IsAUsageErrorNamingTheFormats()
    {
        var (exit, _, error) = await fixture.RunAsync("export", "--db", fixture.DbPath, "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("'xml'", error, StringComparison.Ordinal);
        Assert.Contains("jsonld", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_PrintsRolesSourcesSkillsRejectsAndModel()
    {
        var (exit, output, _) = await fixture.RunAsync("stats", "--db", fixture.DbPath);

        Assert.Equal(0, exit);
        Assert.Contains("3 postings, 1 rejects", output, StringComparison.Ordinal);
        Assert.Matches(@"coo\s*│\s*2", output);
        Assert.Matches(@"Budgeting\s*│\s*3", output);
        Assert.Matches(@"roles-test\s*│\s*3", output);
    }

    [Fact]
    public async Task Rejects_TableAndJson()
    {
        var (_, table, _) = await fixture.RunAsync("rejects", "--db", fixture.DbPath);
        var (_, json, _) = await fixture.RunAsync("rejects", "--db", fixture.DbPath, "--json");

        Assert.Contains("jobs.csv:7", table, StringComparison.Ordinal);
        Assert.Contains("missing title", table, StringComparison.Ordinal);
        var reject = Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray());
        Assert.Equal(",Acme,Austin,\"no title here\"", reject.GetProperty("raw").GetString());
        Assert.Equal(7, reject.GetProperty("line").GetInt32());
    }
}
