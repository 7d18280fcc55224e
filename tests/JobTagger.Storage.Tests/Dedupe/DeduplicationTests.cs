using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Dedupe;

public sealed class DeduplicationTests
{
    [Fact]
    public async Task StoreBatch_SameUrlWithTrackingParams_StoredOnceWithBothSources()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        var fromBoard = Postings.Tagged("board:1", source: "board", url: "https://Jobs.Example.com/coo/42?utm_source=board#apply");
        var fromFeed = Postings.Tagged("feed:99", source: "feed", title: "COO", url: "http://www.jobs.example.com/coo/42/?utm_medium=rss&gclid=abc");

        var first = await store.StoreBatchAsync([fromBoard], []);
        var second = await store.StoreBatchAsync([fromFeed], []);
        var again = await store.StoreBatchAsync([fromFeed], []);

        Assert.Equal(1, first.Inserted);
        Assert.Equal(new StoreBatchResult(0, 0, 0, 1, 0), second);
        Assert.Equal(new StoreBatchResult(0, 0, 0, 1, 0), again);
        var detail = await store.Search.GetAsync("board:1");
        Assert.Equal(["board", "feed"], detail!.Sources.Select(s => s.Source));
        Assert.Null(await store.Search.GetAsync("feed:99"));
    }

    [Fact]
    public async Task StoreBatch_NearIdenticalDescriptionSameTitleCompanyLocation_Duplicate()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        var original = Postings.Tagged("a:1", source: "a", url: "https://a.example/1");
        // The second feed reworded one phrase and changed the spacing and case of the title.
        var reworded = Postings.Tagged("b:7", source: "b", url: "https://b.example/7", title: "chief  operating officer",
            description: Postings.OpsDescription.Replace("twelve directors", "twelve senior directors", StringComparison.Ordinal));

        var result = await store.StoreBatchAsync([original, reworded], []);

        Assert.Equal(new StoreBatchResult(1, 0, 0, 1, 0), result);
        var detail = await store.Search.GetAsync("a:1");
        Assert.Equal(["https://a.example/1", "https://b.example/7"], detail!.Sources.Select(s => s.Url));
    }

    [Fact]
    public async Task StoreBatch_SameTitleCompanyLocationDifferentDescription_BothStored()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        var ops = Postings.Tagged("a:1", source: "a");
        var strategy = Postings.Tagged("b:2", source: "b", description: Postings.StrategyDescription);

        var result = await store.StoreBatchAsync([ops, strategy], []);

        Assert.Equal(2, result.Inserted);
    }

    [Fact]
    public async Task StoreBatch_SameHashIdFromTwoFiles_OnePostingTwoSources()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();

        var result = await store.StoreBatchAsync(
            [Postings.Tagged("h:abc", source: "a.jsonl"), Postings.Tagged("h:abc", source: "b.csv")], []);

        Assert.Equal(new StoreBatchResult(1, 0, 0, 1, 0), result);
        Assert.Equal(2, (await store.Search.GetAsync("h:abc"))!.Sources.Count);
    }

    [Fact]
    public async Task StoreBatch_SameSourceIdSameTitleCompanyLocation_DuplicateEvenWithOtherText()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        var full = Postings.Tagged("greenhouse:4411", source: "greenhouse", sourceId: "4411");
        var truncated = Postings.Tagged("page:4411", source: "careers-page", sourceId: "4411", description: "Lead day-to-day operations.");

        var result = await store.StoreBatchAsync([full, truncated], []);

        Assert.Equal(1, result.Duplicates);
    }
}
