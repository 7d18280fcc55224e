namespace JobTagger.Cli.Tests.Commands.Train;

public sealed class TrainCommandTests
{
    private static readonly string[] Coo =
    [
        "Oversee day-to-day operations across all sites.", "Manage the operating budget and monthly forecasts.",
        "Run vendor contracts, procurement and facilities.", "Coordinate staffing and shift schedules.",
        "Streamline workflows and standard operating procedures.", "Track KPIs and fix bottlenecks.",
        "Supervise payroll, benefits administration and HR records.", "Manage warehouse logistics and inventory.",
    ];

    private static readonly string[] Ceo =
    [
        "Set the vision and long-term strategy of the company.", "Build relationships with investors and shareholders.",
        "Report to the board of directors on strategy.", "Lead fundraising and donor relationships.",
        "Pursue mergers, acquisitions and strategic partnerships.", "Serve as the public face of the organization.",
        "Drive expansion into new markets.", "Shape the company culture and mission.",
    ];

    private static readonly string[] Neutral =
    [
        "We offer health, dental and vision insurance.", "We are an equal opportunity employer.",
        "To apply, send your resume.", "Salary: $90,000 - $110,000.", "Excellent communication skills.", "Location: Remote.",
    ];

    [Fact]
    public async Task Train_SmallCorpus_PrintsCrossValidatedMetricsAndWritesTheModel()
    {
        var folder = Directory.CreateTempSubdirectory("jobtagger-train-");
        try
        {
            var lines = Coo.Select(t => $"coo\t{t}").Concat(Ceo.Select(t => $"ceo\t{t}")).Concat(Neutral.Select(t => $"neutral\t{t}"));
            await File.WriteAllLinesAsync(Path.Combine(folder.FullName, "corpus.tsv"), ["label\ttext", .. lines]);
            var model = Path.Combine(folder.FullName, "out", "role-model.zip");

            var (exitCode, output, error) = await RoleCommandRunner.RunAsync("train", "--data", folder.FullName, "--out", model, "--folds", "2");

            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, error);
            Assert.Contains("2-fold cross-validation", output, StringComparison.Ordinal);
            Assert.Contains("Macro-F1", output, StringComparison.Ordinal);
            Assert.Contains("AUC", output, StringComparison.Ordinal);
            Assert.Contains("Log-loss", output, StringComparison.Ordinal);
            Assert.Contains("Confusion matrix", output, StringComparison.Ordinal);
            Assert.True(File.Exists(model));
            Assert.True(File.Exists(Path.ChangeExtension(model, ".json")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Train_FolderWithoutCorpus_FailsWithOneLine()
    {
        var folder = Directory.CreateTempSubdirectory("jobtagger-train-empty-");
        try
        {
            var (exitCode, _, error) = await RoleCommandRunner.RunAsync("train", "--data", folder.FullName);

            Assert.Equal(1, exitCode);
            Assert.Equal($"jobtagger: {Path.Combine(folder.FullName, "corpus.tsv")}: no such file or folder", error.Trim());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
