using System.Text.Json;

namespace JobTagger.Cli.Tests.Classify;

public sealed class ClassifyCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Classify_OperationsText_IsCooLikeWithQuotedExplanation()
    {
        const string text = "Oversee day-to-day operations, manage the operations budget, streamline processes and coordinate the departments.";

        var result = await _cli.RunAsync("classify", text, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("coo", json.RootElement.GetProperty("role").GetString());
        var explanation = json.RootElement.GetProperty("explanation").EnumerateArray().ToList();
        Assert.NotEmpty(explanation);
        Assert.All(explanation, e => Assert.Contains(e.GetProperty("text").GetString()!, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Classify_FileOfPostings_ClassifiesTheFirstWithItsSkills()
    {
        var result = await _cli.RunAsync("classify", "--file", CliHarness.Fixture("postings.jsonl"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("COO-like", result.Output, StringComparison.Ordinal);
        Assert.Contains("Budgeting", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_StrategyTextFromStandardInput_IsCeoLike()
    {
        var result = await _cli.RunWithInputAsync(
            "Set the long-term vision and strategy, report to the board of directors, build investor relations and lead acquisitions.",
            "classify", "--title", "Chief Executive Officer", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("ceo", json.RootElement.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Classify_Nothing_IsAClearError()
    {
        var result = await _cli.RunAsync("classify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing to classify", result.Error, StringComparison.Ordinal);
    }
}
