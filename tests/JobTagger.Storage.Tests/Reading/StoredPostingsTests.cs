using JobTagger.Storage.Reading;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Reading;

public sealed class StoredPostingsTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private SqliteJobStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await _db.OpenAsync();
        await _store.StoreBatchAsync([Postings.Tagged("a:1", url: "https://jobs.example.com/1"), Postings.Tagged("b:2", title: "VP Operations", description: "Runs the warehouses.")], []);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Rows_DecodeToTheStoredPostingsWithEvidence()
    {
        var stored = Assert.IsType<StoredPostings>(_store.ReadPostingsAsync());

        var details = await stored.Rows.Select(row => row.ToDetail()).ToListAsync();

        Assert.Equal(["a:1", "b:2"], details.Select(d => d.Tagged.Posting.Id));
        Assert.Equal(Postings.OpsDescription, details[0].Tagged.Posting.Description);
        Assert.Equal(["budgeting", "supply-chain"], details[0].Tagged.Skills.Select(s => s.SkillId));
        Assert.Equal(["supply chain", "Chief"], details[0].Tagged.Skills[1].Evidence.Select(e => e.Text));
        Assert.Equal("https://jobs.example.com/1", Assert.Single(details[0].Sources).Url);
    }

    [Fact]
    public async Task RowsWithoutEvidence_SameSkillsWithNoEvidence()
    {
        var stored = Assert.IsType<StoredPostings>(_store.ReadPostingsAsync());

        var details = await stored.RowsWithoutEvidence.Select(row => row.ToDetail()).ToListAsync();

        Assert.Equal(["Budgeting", "Supply Chain Management"], details[1].Tagged.Skills.Select(s => s.Name));
        Assert.All(details.SelectMany(d => d.Tagged.Skills), s => Assert.Empty(s.Evidence));
    }
}
