using JobTagger.Domain.Ingestion;
using JobTagger.Domain.Postings;
using JobTagger.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace JobTagger.Cli.Tests.Commands.Search;

/// <summary>A temp database with three postings and a reject, and a way to run the CLI against it in-process.</summary>
public sealed class StoredPostingsFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("jobtagger-cli-").FullName;

    public string DbPath => Path.Combine(_folder, "jobtagger.db");

    public string Folder => _folder;

    public FakeTimeProvider Time { get; } = new(Now);

    public async Task InitializeAsync()
    {
        await using var store = await SqliteJobStore.OpenAsync(DbPath, Time);
        await store.StoreBatchAsync(
        [
            Posting("acme:1", "Chief Operating Officer", "Acme [Robotics]", "Austin, TX", Role.Coo, 0.1,
                "Run day-to-day operations, the operating budget and the supply chain of three plants.", Now.AddDays(-2)),
            Posting("nw:2", "Chief Executive Officer", "Northwind", "Boston, MA", Role.Ceo, 0.93,
                "Set the vision and strategy, work with the board and investors, lead fundraising.", Now.AddDays(-60)),
            Posting("ct:3", "VP Operations", "Contoso", "Remote", Role.Coo, 0.2,
                "Scale operations processes across a distributed team; own vendor budgets.", Now.AddDays(-5)),
        ],
        [new RejectedRecord(new SourceLocation("jobs.csv", 7), "missing title", ",Acme,Austin,\"no title here\"")]);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    public async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(new StringReader(string.Empty), output, error, Time, IsTerminal: false);
        var exit = await CliApp.RunAsync(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    private static TaggedPosting Posting(string id, string title, string company, string location, Role role, double p, string text, DateTimeOffset posted) =>
        new(new JobPosting
        {
            Id = id, Source = id.Split(':')[0], Url = $"https://{id.Split(':')[0]}.example/{id}", Title = title, Company = company,
            Location = location, Description = text, PostedAt = posted, IsRemote = location == "Remote",
        })
        {
            Role = new RoleClassification { Role = role, CeoProbability = p, ModelVersion = "roles-test" },
            Skills = [new SkillTag("budgeting", "Budgeting", "finance", [new SkillEvidence(PostingField.Description, 0, 6, "budget")])],
        };
}
