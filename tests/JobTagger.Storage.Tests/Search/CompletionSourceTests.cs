using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Search;

public sealed class CompletionSourceTests
{
    [Fact]
    public async Task Get_PostingsAddedAfterTheRecheckTime_ReloadsTheVocabulary()
    {
        await using var db = new TempDatabase();
        await using var store = await db.OpenAsync();
        await store.StoreBatchAsync([Postings.Tagged("a:1", title: "Plant Manager")], []);
        var source = new CompletionSource(new StoreConnections(db.Path, readOnly: true), db.Time);

        var before = await source.GetAsync(CancellationToken.None);
        await store.StoreBatchAsync([Postings.Tagged("a:2", title: "Zebra Keeper")], []);
        var tooSoon = await source.GetAsync(CancellationToken.None);
        db.Time.Advance(CompletionSource.RecheckAfter);
        var stale = await source.GetAsync(CancellationToken.None);
        await source.WhenRecheckedAsync();
        var reloaded = await source.GetAsync(CancellationToken.None);

        Assert.Empty(before.Complete("zeb", 5));
        Assert.Same(before, tooSoon);
        Assert.Same(before, stale);
        Assert.Equal(["zebra"], reloaded.Complete("zeb", 5));
    }

    [Fact]
    public async Task Get_NothingAdded_KeepsTheVocabulary()
    {
        await using var db = new TempDatabase();
        await using (var store = await db.OpenAsync())
        {
            await store.StoreBatchAsync([Postings.Tagged("a:1", title: "Plant Manager")], []);
        }

        var source = new CompletionSource(new StoreConnections(db.Path, readOnly: true), db.Time);
        var first = await source.GetAsync(CancellationToken.None);
        db.Time.Advance(CompletionSource.RecheckAfter);
        await source.GetAsync(CancellationToken.None);
        await source.WhenRecheckedAsync();

        Assert.Same(first, await source.GetAsync(CancellationToken.None));
    }
}
