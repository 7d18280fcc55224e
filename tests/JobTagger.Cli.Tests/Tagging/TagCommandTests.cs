using System.Text.Json;

namespace JobTagger.Cli.Tests.Tagging;

/// <summary>The main job end to end: what a user sees after <c>tag</c>, <c>export</c> and <c>rejects</c>.</summary>
public sealed class TagCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Tag_Feed_StoresEveryPostingWithRoleAndSkills()
    {
        var result = await _cli.RunAsync("tag", CliHarness.Fixture("postings.jsonl"), "--db", _cli.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Postings read", result.Output, StringComparison.Ordinal);
        var exported = await ExportAsync();
        Assert.Equal(3, exported.Count);
        Assert.Equal("coo", exported["fx-coo"].GetProperty("role").GetString());
        Assert.Equal("ceo", exported["fx-ceo"].GetProperty("role").GetString());
        Assert.True(exported["fx-ceo"].GetProperty("ceo_probability").GetDouble() > 0.5);
        Assert.True(exported["fx-coo"].GetProperty("ceo_probability").GetDouble() < 0.5);
        var analystSkills = SkillNames(exported["fx-analyst"]);
        Assert.Contains("SQL", analystSkills);
        Assert.Contains("Tableau", analystSkills);
        var budget = exported["fx-coo"].GetProperty("skills").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "Budgeting");
        Assert.Contains("budget", budget.GetProperty("evidence")[0].GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Tag_SameFeedTwice_AddsNoDuplicates()
    {
        await _cli.RunAsync("tag", CliHarness.Fixture("postings.jsonl"), "--db", _cli.Database);

        var second = await _cli.RunAsync("tag", CliHarness.Fixture("postings.jsonl"), "--db", _cli.Database);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(3, (await ExportAsync()).Count);
        Assert.Matches(@"unchanged\s*│\s*3", second.Output);
    }

    [Fact]
    public async Task Tag_FeedWithBadLines_RejectsThemWithFileAndLineAndStoresTheRest()
    {
        var feed = CliHarness.Fixture("with-bad-lines.jsonl");

        var result = await _cli.RunAsync("tag", feed, "--db", _cli.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("with-bad-lines.jsonl:2", result.Error, StringComparison.Ordinal);
        Assert.Contains("with-bad-lines.jsonl:3", result.Error, StringComparison.Ordinal);
        Assert.Equal(["fx-ceo", "fx-coo"], (await ExportAsync()).Keys.Order().ToArray());
        var rejects = await _cli.RunAsync("rejects", "--db", _cli.Database, "--json");
        Assert.Equal(0, rejects.ExitCode);
        using var listed = JsonDocument.Parse(rejects.Output);
        Assert.Equal(2, listed.RootElement.GetArrayLength());
        Assert.Contains(listed.RootElement.EnumerateArray(), r => r.GetProperty("raw").GetString()!.Contains("fx-broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tag_NoSource_TagsTheBundledSampleFeed()
    {
        var result = await _cli.RunAsync("tag", "--db", _cli.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bundled sample feed", result.Error, StringComparison.Ordinal);
        Assert.True((await ExportAsync()).Count >= 30);
    }

    [Fact]
    public async Task Tag_StandardInput_ReadsJsonLines()
    {
        var lines = await File.ReadAllTextAsync(CliHarness.Fixture("postings.jsonl"));

        var result = await _cli.RunWithInputAsync(lines, "tag", "-", "--db", _cli.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, (await ExportAsync()).Count);
    }

    [Fact]
    public async Task Tag_MissingFile_SaysSoInOneLineAndFails()
    {
        var result = await _cli.RunAsync("tag", _cli.PathOf("nowhere.jsonl"), "--db", _cli.Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nowhere.jsonl", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tag_DatabaseFileThatIsNotSqlite_SaysSoAndFails()
    {
        await File.WriteAllTextAsync(_cli.Database, "this is a text file, not a database");

        var result = await _cli.RunAsync("tag", CliHarness.Fixture("postings.jsonl"), "--db", _cli.Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(_cli.Database, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tag_UnknownFormat_SaysSoAndFails()
    {
        var odd = _cli.PathOf("postings.docx");
        await File.WriteAllTextAsync(odd, "not a feed");

        var result = await _cli.RunAsync("tag", odd, "--db", _cli.Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("postings.docx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tag_UnknownOption_IsAUsageError()
    {
        var result = await _cli.RunAsync("tag", "--frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    // Out of range, and not a number at all: a usage error either way, never a crash.
    [InlineData("0")]
    [InlineData("ten")]
    public async Task Tag_BadBatchSize_IsAUsageError(string value)
    {
        var result = await _cli.RunAsync("tag", "--batch-size", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--batch-size", result.Error, StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, JsonElement>> ExportAsync()
    {
        var export = await _cli.RunAsync("export", "--db", _cli.Database, "--format", "jsonl", "--out", "-");
        Assert.Equal(0, export.ExitCode);
        return export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToDictionary(p => p.GetProperty("id").GetString()!.Split(':').Last());
    }

    private static string[] SkillNames(JsonElement posting) =>
        posting.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray();
}
