using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Search;

/// <summary>Listings by place and skill (no words), and words being typed, against a small board.</summary>
public sealed class FilteredListingTests : IAsyncLifetime
{
    private static readonly SkillTag CapitalBudgeting = new("capital-budgeting", "Capital Budgeting", "finance", []);
    private static readonly SkillTag PandL = new("p-and-l-management", "P&L management", "finance", []);
    private static readonly SkillTag CSharp = new("csharp", "C#", "software", []);

    // Neutral words only, so a title match is the only match.
    private const string Description = "Keep the plants running and the teams safe.";

    private readonly TempDatabase _db = new();
    private SqliteJobStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await _db.OpenAsync();
        var now = TempDatabase.Start;
        await _store.StoreBatchAsync(
        [
            // Oldest to newest by posted date; stored in another order, so the row order is not the date order.
            Postings.Tagged("s:3", title: "Plant Manager", location: "Dallas, TX", description: Description, postedAt: now.AddDays(-3), skills: [Postings.Budgeting]),
            Postings.Tagged("s:1", title: "Finance Operations Lead", location: "Austin, TX", description: Description, postedAt: now.AddDays(-5), skills: [CapitalBudgeting]),
            Postings.Tagged("s:2", title: "Operations Manager", location: "Austin, TX", description: Description, postedAt: now.AddDays(-4), skills: [Postings.Budgeting, PandL]),
            Postings.Tagged("s:5", title: "Warehouse Operations Director", location: "Denver, CO", description: Description, postedAt: now.AddDays(-1), skills: [Postings.Budgeting]),
            Postings.Tagged("s:4", title: "Operational Excellence Lead", location: "Austin, TX", description: Description, postedAt: now.AddDays(-2), skills: [CSharp, PandL],
                role: Role.Ceo),
        ], []);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _db.DisposeAsync();
    }

    public static TheoryData<string?, string[], Role?, string[]> Listings => new()
    {
        // A skill by name: newest first; "Capital Budgeting" holds the word but is another skill.
        { null, ["budgeting"], null, ["s:5", "s:3", "s:2"] },
        // A place and a skill.
        { "Austin, TX", ["Budgeting"], null, ["s:2"] },
        { "texas", ["BUDGETING"], null, ["s:3", "s:2"] },
        // A skill by its id, whose words are not its name's.
        { null, ["p-and-l-management"], null, ["s:4", "s:2"] },
        // Two skills: both needed.
        { null, ["budgeting", "P&L management"], null, ["s:2"] },
        // A skill with no letters to index but one: checked against the skills themselves.
        { "austin", ["C#"], null, ["s:4"] },
        // A place with a role.
        { "Austin", [], Role.Ceo, ["s:4"] },
        // A place alone.
        { "Austin, Texas", [], null, ["s:4", "s:2", "s:1"] },
        // No such skill.
        { null, ["forklift"], null, [] },
    };

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task Search_NoWords_PlaceAndSkillFiltersListNewestFirst(string? where, string[] skills, Role? role, string[] expected)
    {
        var query = new SearchQuery { Where = where, Skills = skills, Role = role };

        // Every way the search may take gives the same page: rare skills' posting lists (the default here), common
        // skills matched in the head index, and common skills checked along the date index once the count is capped.
        var rare = await _store.Search.SearchAsync(query);
        var common = await Search(rareSkill: 0).SearchAsync(query);
        var walked = await Search(rareSkill: 0, countCap: 1).SearchAsync(query);

        Assert.Equal(expected, rare.Hits.Select(h => h.Id));
        Assert.Equal(expected, common.Hits.Select(h => h.Id));
        Assert.Equal(expected, walked.Hits.Select(h => h.Id));
        Assert.Equal((expected.Length, false), (rare.Total, rare.TotalIsCapped));
        Assert.Equal((expected.Length, false), (common.Total, common.TotalIsCapped));
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(0)]
    public async Task Search_SkillListingPastTheFirstPage_PagesAndCountsExactly(int rareSkill)
    {
        var search = Search(rareSkill);

        var first = await search.SearchAsync(new SearchQuery { Skills = ["budgeting"], Limit = 2 });
        var second = await search.SearchAsync(new SearchQuery { Skills = ["budgeting"], Limit = 2, Offset = 2 });

        Assert.Equal(["s:5", "s:3"], first.Hits.Select(h => h.Id));
        Assert.Equal(["s:2"], second.Hits.Select(h => h.Id));
        Assert.Equal((3, 3), (first.Total, second.Total));
    }

    [Theory]
    // The skill's posting list, or each candidate checked against its skills: the same hits.
    [InlineData(2000)]
    [InlineData(0)]
    public async Task Search_WordsAndSkill_SkillCheckedEitherWay(int rareSkill)
    {
        var page = await Search(rareSkill).SearchAsync(new SearchQuery { What = "operations ", Skills = ["budgeting"] });

        Assert.Equal(["s:5", "s:2"], page.Hits.Select(h => h.Id));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task Search_CommonSkillCountCapped_WalksTheDatesAndSaysAtLeast()
    {
        var capped = await Search(rareSkill: 0, countCap: 2).SearchAsync(new SearchQuery { Skills = ["budgeting"], Limit = 2, Offset = 1 });

        Assert.Equal(["s:3", "s:2"], capped.Hits.Select(h => h.Id));
        Assert.Equal((3, true), (capped.Total, capped.TotalIsCapped));
    }

    [Theory]
    // Partly typed: finds the words on their way ("operations", "operational"); ranked newest stored first.
    [InlineData("operatio", new[] { "s:4", "s:5", "s:2", "s:1" })]
    // The last word typed on its own is a word start too: "warehouse" and "warehouses".
    [InlineData("wareh", new[] { "s:5" })]
    // Finished (a trailing space): the word itself, stemmed as the index is: titles with "Manager", then the skill
    // "P&L management" (the same stem).
    [InlineData("manager ", new[] { "s:2", "s:3", "s:4" })]
    public async Task Search_WordBeingTyped_CompletesToIndexedWords(string what, string[] expected)
    {
        var page = await _store.Search.SearchAsync(new SearchQuery { What = what });

        Assert.Equal(expected, page.Hits.Select(h => h.Id));
    }

    private PostingSearch Search(int rareSkill, int countCap = 1000) =>
        new(new StoreConnections(_db.Path, readOnly: true), _db.Time) { RareSkill = rareSkill, CountCap = countCap };
}
