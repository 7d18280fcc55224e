using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Search;

public sealed class RankWindowTests
{
    [Fact]
    public async Task Search_MoreTitleMatchesThanWindow_RanksNewestOnlyButCountsAll()
    {
        await using var db = new TempDatabase();
        await using (var store = await db.OpenAsync())
        {
            // Every title has the word; the oldest is the shortest title, so the best BM25.
            var postings = Enumerable.Range(0, 6).Select(i => Postings.Tagged($"w:{i}",
                title: i == 0 ? "Warehouse" : $"Warehouse Site Lead {i}", company: $"Company {i}",
                description: $"Posting {i}: keep the warehouse running around the clock in shift {i}."));
            await store.StoreBatchAsync([.. postings], []);
        }

        var windowed = new PostingSearch(new StoreConnections(db.Path, readOnly: true), db.Time) { RankWindow = 3 };
        var unbounded = new PostingSearch(new StoreConnections(db.Path, readOnly: true), db.Time);

        var narrow = await windowed.SearchAsync(new SearchQuery { What = "warehouse", Limit = 2 });
        var full = await unbounded.SearchAsync(new SearchQuery { What = "warehouse" });

        var capped = await new PostingSearch(new StoreConnections(db.Path, readOnly: true), db.Time) { CountCap = 4 }
            .SearchAsync(new SearchQuery { What = "warehouse" });

        Assert.Equal((6, 6), (narrow.Total, full.Total));
        Assert.Equal((4, true, false), (capped.Total, capped.TotalIsCapped, full.TotalIsCapped));
        Assert.Equal("w:0", full.Hits[0].Id);
        Assert.Equal(2, narrow.Hits.Count);
        Assert.All(narrow.Hits, hit => Assert.Contains(hit.Id, new[] { "w:3", "w:4", "w:5" }));
    }

    [Fact]
    public async Task Search_DescriptionOnlyMatches_FollowTitleMatchesNewestFirst()
    {
        await using var db = new TempDatabase();
        await using (var store = await db.OpenAsync())
        {
            // The oldest posting has the word in its title; the newer ones only in their description.
            var postings = Enumerable.Range(0, 6).Select(i => Postings.Tagged($"w:{i}",
                title: i == 0 ? "Warehouse Director" : $"Site Lead {i}", company: $"Company {i}",
                description: $"Posting {i}: keep the warehouse running around the clock in shift {i}."));
            await store.StoreBatchAsync([.. postings], []);
        }

        var search = new PostingSearch(new StoreConnections(db.Path, readOnly: true), db.Time) { RankWindow = 3 };

        var first = await search.SearchAsync(new SearchQuery { What = "warehouse", Limit = 3 });
        var second = await search.SearchAsync(new SearchQuery { What = "warehouse", Limit = 3, Offset = 3 });

        Assert.Equal(["w:0", "w:5", "w:4"], first.Hits.Select(h => h.Id));
        Assert.Equal(["w:3", "w:2", "w:1"], second.Hits.Select(h => h.Id));
        Assert.Equal((6, 6), (first.Total, second.Total));
        Assert.True(first.Hits[0].Score > first.Hits[1].Score);
        Assert.All(first.Hits.Concat(second.Hits), hit => Assert.Contains("\u0002warehouse\u0003", hit.Snippet, StringComparison.Ordinal));
    }
}
