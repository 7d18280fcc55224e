using System.Text.Json;

namespace JobTagger.Cli.Tests.Commands.Search;

public sealed class SearchCommandTests(StoredPostingsFixture fixture) : IClassFixture<StoredPostingsFixture>
{
    [Fact]
    public async Task Search_Words_PrintsTableWithEscapedMarkupAndTotal()
    {
        var (exit, output, error) = await fixture.RunAsync("search", "operations", "--db", fixture.DbPath);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Acme [Robotics]", output, StringComparison.Ordinal);
        Assert.Contains("COO 90%", output, StringComparison.Ordinal);
        Assert.Contains("1-2 of 2 postings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Json_HitsWithPlainSnippets()
    {
        var (exit, output, _) = await fixture.RunAsync("search", "fundrai", "--json", "--db", fixture.DbPath);

        Assert.Equal(0, exit);
        var hit = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal(("nw:2", "ceo", 0.93), (hit.GetProperty("id").GetString(), hit.GetProperty("role").GetString(), hit.GetProperty("ceo_probability").GetDouble()));
        Assert.Contains("lead fundraising", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u0002', hit.GetProperty("snippet").GetString()!);
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Search_FiltersFromOptions()
    {
        var (_, output, _) = await fixture.RunAsync("search", "--json", "--db", fixture.DbPath, "--role", "coo", "--posted-within", "3d",
            "--skill", "BUDGETING", "--where", "Austin, Texas");
        var (_, remote, _) = await fixture.RunAsync("search", "--json", "--db", fixture.DbPath, "--remote");

        Assert.Equal(["acme:1"], JsonDocument.Parse(output).RootElement.EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(["ct:3"], JsonDocument.Parse(remote).RootElement.EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Search_HostileText_NoError()
    {
        var (exit, output, error) = await fixture.RunAsync("search", "\"'); DROP TABLE postings; -- NEAR(( 🚀", "--db", fixture.DbPath);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("No postings match.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadPostedWithin_UsageError()
    {
        var (exit, _, error) = await fixture.RunAsync("search", "ops", "--posted-within", "soon", "--db", fixture.DbPath);

        Assert.Equal(2, exit);
        Assert.Contains("--posted-within: 'soon'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("export")]
    [InlineData("stats")]
    [InlineData("rejects")]
    public async Task Command_MissingDatabase_SaysRunTagFirstAndCreatesNoFile(string command)
    {
        var missing = Path.Combine(fixture.Folder, command + "-missing.db");

        var (exit, _, error) = await fixture.RunAsync(command, "--db", missing);

        Assert.Equal(1, exit);
        Assert.Equal($"jobtagger: no database at {missing}; run 'jobtagger tag' first", error.Trim());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Command_NotADatabase_OneClearLine()
    {
        var path = Path.Combine(fixture.Folder, "notes.db");
        await File.WriteAllTextAsync(path, new string('#', 2048));

        var (exit, _, error) = await fixture.RunAsync("stats", "--db", path);

        Assert.Equal(1, exit);
        Assert.StartsWith($"jobtagger: {path}: not a JobTagger SQLite database", error, StringComparison.Ordinal);
    }
}
