using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Search;

public sealed class SearchOrderTests
{
    [Fact]
    public async Task Search_Tiers_TitleThenSkillsThenDescriptionNewestFirstInEach()
    {
        await using var db = new TempDatabase();
        await using (var store = await db.OpenAsync())
        {
            // Stored oldest first: w:0 and w:3 have the word in the title, w:1 and w:4 only in a skill name, the
            // others only in the description.
            var postings = Enumerable.Range(0, 7).Select(i => Postings.Tagged($"w:{i}",
                title: i % 3 == 0 ? $"Warehouse Director {i}" : $"Site Lead {i}", company: $"Company {i}",
                skills: i % 3 == 1 ? [new SkillTag("warehouse-operations", "Warehouse Operations", "operations", [])] : [],
                description: $"Posting {i}: keep the warehouse running around the clock in shift {i}."));
            await store.StoreBatchAsync([.. postings], []);
        }

        var search = new PostingSearch(new StoreConnections(db.Path, readOnly: true), db.Time);

        var first = await search.SearchAsync(new SearchQuery { What = "warehouse", Limit = 3 });
        var second = await search.SearchAsync(new SearchQuery { What = "warehouse", Limit = 4, Offset = 3 });

        Assert.Equal(["w:6", "w:3", "w:0", "w:4", "w:1", "w:5", "w:2"], first.Hits.Concat(second.Hits).Select(h => h.Id));
        Assert.Equal((7, 7), (first.Total, second.Total));
        Assert.Equal([10.0, 10.0, 10.0, 4.0, 4.0, 1.0, 1.0], first.Hits.Concat(second.Hits).Select(h => h.Score));
        Assert.All(first.Hits.Concat(second.Hits), hit => Assert.Contains("\u0002warehouse\u0003", hit.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_MoreMatchesThanCountCap_CountsFirstMatchesAndSaysSo()
    {
        await using var db = new TempDatabase();
        await using (var store = await db.OpenAsync())
        {
            // Six matches; only the two newest are CEO postings, beyond the 4 counted: the page's hits still count.
            var postings = Enumerable.Range(0, 6).Select(i => Postings.Tagged($"w:{i}", title: $"Warehouse Lead {i}",
                role: i >= 4 ? Role.Ceo : Role.Coo));
            await store.StoreBatchAsync([.. postings], []);
        }

        var capped = new PostingSearch(new StoreConnections(db.Path, readOnly: true), db.Time) { CountCap = 4 };
        var exact = new PostingSearch(new StoreConnections(db.Path, readOnly: true), db.Time);

        var all = await capped.SearchAsync(new SearchQuery { What = "warehouse" });
        var ceo = await capped.SearchAsync(new SearchQuery { What = "warehouse", Role = Role.Ceo });
        var full = await exact.SearchAsync(new SearchQuery { What = "warehouse" });

        Assert.Equal((6, true), (all.Total, all.TotalIsCapped));
        Assert.Equal((2, true), (ceo.Total, ceo.TotalIsCapped));
        Assert.Equal((6, false), (full.Total, full.TotalIsCapped));
        Assert.Equal(6, all.Hits.Count);
    }
}
