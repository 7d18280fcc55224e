using JobTagger.Domain.Ingestion;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Writing;

public sealed class PostingWriterTests
{
    [Fact]
    public async Task StoreBatch_SamePostingTwice_SecondTimeUnchanged()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        var batch = new[] { Postings.Tagged("feed-a:1"), Postings.Tagged("feed-a:2", title: "VP Operations") };

        var first = await store.StoreBatchAsync(batch, []);
        db.Time.Advance(TimeSpan.FromHours(2));
        var second = await store.StoreBatchAsync(batch, []);

        Assert.Equal(new StoreBatchResult(2, 0, 0, 0, 0), first);
        Assert.Equal(new StoreBatchResult(0, 0, 2, 0, 0), second);
        var detail = await store.Search.GetAsync("feed-a:1");
        var source = Assert.Single(detail!.Sources);
        Assert.Equal(TempDatabase.Start, source.FirstSeen);
        Assert.Equal(TempDatabase.Start.AddHours(2), source.LastSeen);
    }

    [Fact]
    public async Task StoreBatch_ChangedSkills_UpdatedAndSkillsReplaced()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        await store.StoreBatchAsync([Postings.Tagged("feed-a:1")], []);

        var result = await store.StoreBatchAsync([Postings.Tagged("feed-a:1", skills: Postings.Fundraising)], []);

        Assert.Equal(new StoreBatchResult(0, 1, 0, 0, 0), result);
        var detail = await store.Search.GetAsync("feed-a:1");
        Assert.Equal(["fundraising"], detail!.Tagged.Skills.Select(s => s.SkillId));
        var bySkill = await store.Search.SearchAsync(new SearchQuery { What = "fundraising" });
        Assert.Equal("feed-a:1", Assert.Single(bySkill.Hits).Id);
        Assert.Empty((await store.Search.SearchAsync(new SearchQuery { Skills = ["budgeting"] })).Hits);
    }

    [Fact]
    public async Task StoreBatch_ThenGet_RoundTripsEveryField()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        var tagged = Postings.Tagged("feed-a:7", url: "https://jobs.example.com/7", sourceId: "7", isRemote: true);

        await store.StoreBatchAsync([tagged], []);
        var detail = await store.Search.GetAsync("feed-a:7");

        Assert.NotNull(detail);
        Assert.Equal(tagged.Posting, detail.Tagged.Posting with { SourceSkills = tagged.Posting.SourceSkills });
        Assert.Equal(tagged.Posting.SourceSkills, detail.Tagged.Posting.SourceSkills);
        Assert.Equal(tagged.Role! with { Evidence = [] }, detail.Tagged.Role! with { Evidence = [] });
        Assert.Equal(tagged.Role!.Evidence, detail.Tagged.Role!.Evidence);
        Assert.Equal(tagged.Skills.Count, detail.Tagged.Skills.Count);
        for (var i = 0; i < tagged.Skills.Count; i++)
        {
            Assert.Equal(tagged.Skills[i] with { Evidence = [] }, detail.Tagged.Skills[i] with { Evidence = [] });
            Assert.Equal(tagged.Skills[i].Evidence, detail.Tagged.Skills[i].Evidence);
        }

        Assert.Null(await store.Search.GetAsync("feed-a:nope"));
    }

    [Fact]
    public async Task StoreBatch_Rejects_StoredWithLocationAndTime()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        var reject = new RejectedRecord(new SourceLocation("jobs.csv", 14), "missing title", "\"\",Acme,Austin");

        var result = await store.StoreBatchAsync(Array.Empty<TaggedPosting>(), [reject]);
        var stored = await store.ReadRejectsAsync().ToListAsync();

        Assert.Equal(1, result.Rejected);
        var only = Assert.Single(stored);
        Assert.Equal(("jobs.csv:14", "missing title", "\"\",Acme,Austin", TempDatabase.Start),
            (only.Where.ToString(), only.Reason, only.Raw, only.At));
    }

    [Fact]
    public async Task StoreBatch_ReadOnlyStore_Throws()
    {
        await using var db = new TempDatabase();
        await (await db.OpenAsync()).DisposeAsync();
        await using var store = await SqliteJobStore.OpenReadOnlyAsync(db.Path, db.Time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.StoreBatchAsync([Postings.Tagged("x:1")], []));
    }

    [Fact]
    public async Task StoreBatch_Unclassified_StoredWithoutRole()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        var bare = new TaggedPosting(Postings.Tagged("feed-a:9").Posting with { Salary = null, PostedAt = null });

        await store.StoreBatchAsync([bare], []);
        var detail = await store.Search.GetAsync("feed-a:9");

        Assert.Null(detail!.Tagged.Role);
        Assert.Null(detail.Tagged.Posting.Salary);
        Assert.Empty(detail.Tagged.Skills);
    }
}
