using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using JobTagger.Storage.Tests.Support;

namespace JobTagger.Storage.Tests.Search;

public sealed class PostingSearchTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private SqliteJobStore _store = null!;

    /// <summary>Hostile input, each with a word that must still be found.</summary>
    public static TheoryData<string, string> HostileQueries => new()
    {
        // Unbalanced double quote.
        { "\"supply chain", "a:1" },
        // Quotes inside a word.
        { "supp\"ly", "" },
        // A bare star and a leading star.
        { "* budget", "a:1" },
        // FTS5 NOT operator as a leading minus.
        { "-fundraising", "b:2" },
        // NEAR( group left open.
        { "NEAR(board investors", "b:2" },
        // Operators as words: searched for as words (so nothing has "or" and "and" and "not" here).
        { "board OR AND NOT", "" },
        // SQL injection attempt.
        { "'); DROP TABLE postings; --", "" },
        // Unbalanced parentheses and a hyphenated word.
        { "((plants))) day-to-day", "a:1" },
        // A column filter: "title" is a word here, and this posting has none.
        { "title:plants", "" },
        // Emoji around a word.
        { "🚀investors🚀", "b:2" },
        // Only punctuation: treated as no text (a listing).
        { "\"\" ** () ^ : {", "*" },
        // Empty.
        { "", "*" },
    };

    public async Task InitializeAsync()
    {
        _store = await _db.OpenAsync();
        var now = TempDatabase.Start;
        await _store.StoreBatchAsync(
        [
            Postings.Tagged("a:1", location: "Austin, TX", postedAt: now.AddDays(-2)),
            Postings.Tagged("b:2", title: "Chief Executive Officer", company: "Northwind Capital", location: "Zürich, Switzerland",
                description: Postings.StrategyDescription, role: Role.Ceo, ceoProbability: 0.91, postedAt: now.AddDays(-40),
                skills: Postings.Fundraising),
            Postings.Tagged("c:3", title: "Director of Operations", company: "Contoso", location: "Remote - US", postedAt: now.AddDays(-1),
                description: "Operations director for a distributed logistics team. Budget owner."),
            Postings.Tagged("d:4", title: "Head of Operations", company: "Fabrikam", location: "New York, NY", isRemote: true,
                postedAt: now.AddDays(-10), description: "Build the operations function of a growing fintech."),
        ], []);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_HostileText_NeverThrowsAndFindsTheWords(string what, string expected)
    {
        var page = await _store.Search.SearchAsync(new SearchQuery { What = what });

        switch (expected)
        {
            case "*": Assert.Equal(4, page.Total); break;
            case "": Assert.Empty(page.Hits); break;
            default: Assert.Contains(expected, page.Hits.Select(h => h.Id)); break;
        }
    }

    public static TheoryData<string, string[]> Locations => new()
    {
        // City and state abbreviation, the stored form.
        { "Austin, TX", ["a:1"] },
        // State written out finds the abbreviation.
        { "Austin, Texas", ["a:1"] },
        // City alone, lower case.
        { "austin", ["a:1"] },
        // State alone, abbreviated and full.
        { "TX", ["a:1"] },
        { "texas", ["a:1"] },
        // Without the accent.
        { "Zurich", ["b:2"] },
        // Country.
        { "switzerland", ["b:2"] },
        // "NYC" and "New York" and "NY".
        { "NYC", ["d:4"] },
        { "new york, ny", ["d:4"] },
        // Remote: the flag or the location saying so.
        { "remote", ["c:3", "d:4"] },
        // US finds the remote-US posting by its location words.
        { "USA", ["c:3"] },
        // Nowhere we have.
        { "Paris", [] },
    };

    [Theory]
    [MemberData(nameof(Locations))]
    public async Task Search_Where_MatchesTolerantly(string where, string[] expected)
    {
        var page = await _store.Search.SearchAsync(new SearchQuery { Where = where });

        Assert.Equal(expected.Order(), page.Hits.Select(h => h.Id).Order());
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task Search_PrefixOfLastWord_FindsAsYouType()
    {
        var typing = await _store.Search.SearchAsync(new SearchQuery { What = "fundrai" });
        var finished = await _store.Search.SearchAsync(new SearchQuery { What = "fundrai " });

        Assert.Equal("b:2", Assert.Single(typing.Hits).Id);
        Assert.Empty(finished.Hits);
    }

    [Fact]
    public async Task Search_TitleMatch_RanksAboveBodyMatch()
    {
        // "Chief Operating Officer" (a:1) is itself a title match for "operations" (porter stems both to "oper"), so
        // the body-only case is "director": in c:3's title, only in a:1's description ("twelve directors").
        var all = await _store.Search.SearchAsync(new SearchQuery { What = "operations" });
        var page = await _store.Search.SearchAsync(new SearchQuery { What = "director" });

        Assert.Equal(3, all.Total);
        Assert.Equal(2, page.Total);
        Assert.Equal("a:1", page.Hits[^1].Id);
        Assert.True(page.Hits[0].Score > page.Hits[^1].Score);
    }

    [Fact]
    public async Task Search_Snippet_WrapsMatchesInMarkers()
    {
        var page = await _store.Search.SearchAsync(new SearchQuery { What = "investors" });
        // A finished word (trailing space): FTS5's snippet, stemmed ("investor" finds "investors").
        var finished = await _store.Search.SearchAsync(new SearchQuery { What = "investor " });

        var snippet = Assert.Single(page.Hits).Snippet;
        Assert.Contains($"{SearchHit.HighlightStart}investors{SearchHit.HighlightEnd}", snippet, StringComparison.Ordinal);
        Assert.Contains($"{SearchHit.HighlightStart}investors{SearchHit.HighlightEnd}", Assert.Single(finished.Hits).Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Filters_RoleSkillRemotePostedWithin()
    {
        var ceo = await _store.Search.SearchAsync(new SearchQuery { Role = Role.Ceo });
        var skill = await _store.Search.SearchAsync(new SearchQuery { Skills = ["SUPPLY CHAIN MANAGEMENT", "budgeting"] });
        var remote = await _store.Search.SearchAsync(new SearchQuery { What = "operations", RemoteOnly = true });
        var recent = await _store.Search.SearchAsync(new SearchQuery { PostedWithin = TimeSpan.FromDays(7) });

        Assert.Equal(["b:2"], ceo.Hits.Select(h => h.Id));
        Assert.Equal(["c:3", "a:1", "d:4"], skill.Hits.Select(h => h.Id));
        Assert.Equal(["c:3", "d:4"], remote.Hits.Select(h => h.Id).Order());
        Assert.Equal(["c:3", "a:1"], recent.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Search_NoText_ListsNewestFirstWithPaging()
    {
        var first = await _store.Search.SearchAsync(new SearchQuery { Limit = 2 });
        var second = await _store.Search.SearchAsync(new SearchQuery { Limit = 2, Offset = 2 });

        Assert.Equal(["c:3", "a:1"], first.Hits.Select(h => h.Id));
        Assert.Equal(["d:4", "b:2"], second.Hits.Select(h => h.Id));
        Assert.Equal(4, first.Total);
        Assert.Equal(4, second.Total);
        Assert.Equal(0, first.Hits[0].Score);
    }

    [Fact]
    public async Task Search_Hit_CarriesLabelsAndSkills()
    {
        var hit = Assert.Single((await _store.Search.SearchAsync(new SearchQuery { What = "Northwind" })).Hits);

        Assert.Equal(("Chief Executive Officer", Role.Ceo, 0.91), (hit.Title, hit.Role!.Value, hit.CeoProbability!.Value));
        Assert.Equal(["Fundraising"], hit.Skills);
    }
}
