namespace JobTagger.Cli.Tests.Commands.Evaluate;

public sealed class EvaluateCommandTests
{
    private const string Postings = """
        {"id": "p1", "title": "Operations Manager", "description": "Run daily operations, vendor contracts and the office budget.\nManage staffing and scheduling.", "label": "coo"}
        {"id": "p2", "title": "Executive Director", "description": "Lead fundraising and set the strategic vision with the board of directors.", "label": "ceo"}
        {"id": "p3", "title": "Director of Operations", "description": "Oversee facilities, payroll and HR operations.", "label": "coo"}
        {"id": "p4", "title": "Chief Executive Officer", "description": "Own the long-term strategy, growth and investor relations.", "label": "ceo"}
        {"id": "p5", "title": "Broken
        """;

    [Fact]
    public async Task Evaluate_LabelledJsonl_PrintsModelBaselinesAndCalibration()
    {
        var path = await WriteTempAsync(Postings);
        try
        {
            var (exitCode, output, error) = await RoleCommandRunner.RunAsync("evaluate", path);

            Assert.Equal(0, exitCode);
            Assert.Contains("on 4 postings (title + description)", output, StringComparison.Ordinal);
            Assert.Contains("keyword count", output, StringComparison.Ordinal);
            Assert.Contains("majority", output, StringComparison.Ordinal);
            Assert.Contains("Precision", output, StringComparison.Ordinal);
            Assert.Contains("Expected calibration error (10 bins)", output, StringComparison.Ordinal);
            Assert.Contains($"skipped {path}:5: malformed JSON", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Evaluate_Json_PrintsTheReportAsJson()
    {
        var path = await WriteTempAsync(Postings);
        try
        {
            var (exitCode, output, _) = await RoleCommandRunner.RunAsync("evaluate", path, "--description-only", "--json");

            Assert.Equal(0, exitCode);
            using var report = System.Text.Json.JsonDocument.Parse(output);
            Assert.Equal(4, report.RootElement.GetProperty("postings").GetInt32());
            Assert.True(report.RootElement.GetProperty("descriptionOnly").GetBoolean());
            Assert.InRange(report.RootElement.GetProperty("model").GetProperty("accuracy").GetDouble(), 0, 1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Evaluate_FileWithoutLabels_FailsWithOneClearLine()
    {
        var path = await WriteTempAsync("{\"id\": \"x\", \"title\": \"COO\", \"description\": \"Run operations.\"}\nnot json\n");
        try
        {
            var (exitCode, output, error) = await RoleCommandRunner.RunAsync("evaluate", path);

            Assert.Equal(1, exitCode);
            Assert.Equal(string.Empty, output);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"jobtagger: {path}: no labelled postings", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Evaluate_MissingFile_FailsWithOneClearLine()
    {
        var (exitCode, _, error) = await RoleCommandRunner.RunAsync("evaluate", "/nonexistent/postings.jsonl");

        Assert.Equal(1, exitCode);
        Assert.Equal("jobtagger: /nonexistent/postings.jsonl: no such file or folder", error.Trim());
    }

    private static async Task<string> WriteTempAsync(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jobtagger-eval-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}
