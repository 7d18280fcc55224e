using JobTagger.Domain.Postings;
using JobTagger.Web.Api;
using JobTagger.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace JobTagger.Web.Tests.Api;

public sealed class SearchRequestTests
{
    [Fact]
    public void TryParse_FullQuery_MapsToOneStoreQuery()
    {
        var ok = SearchRequest.TryParse(Query("?q=+operations+director+&where=Austin&role=CEO&skill=budgeting&skill=lean,Budgeting&remote=on&page=3&pageSize=10"), out var request, out var errors);

        Assert.True(ok);
        Assert.Empty(errors);
        var query = request.ToQuery();
        Assert.Equal("operations director", query.What);
        Assert.Equal("Austin", query.Where);
        Assert.Equal(Role.Ceo, query.Role);
        Assert.Equal(["budgeting", "lean"], query.Skills);
        Assert.True(query.RemoteOnly);
        Assert.Equal(10, query.Limit);
        Assert.Equal(20, query.Offset);
    }

    [Fact]
    public void TryParse_EmptyQuery_ListsTheNewestTwenty()
    {
        Assert.True(SearchRequest.TryParse(Query(string.Empty), out var request, out _));

        var query = request.ToQuery();
        Assert.Null(query.What);
        Assert.Null(query.Where);
        Assert.Null(query.Role);
        Assert.Equal(20, query.Limit);
        Assert.Equal(0, query.Offset);
    }

    [Fact]
    public void TryParse_SeveralBadParameters_ReportsThemAllTogether()
    {
        var ok = SearchRequest.TryParse(Query("?page=-1&pageSize=1000&role=cto&q=" + new string('x', 201)), out _, out var errors);

        Assert.False(ok);
        Assert.Equal(["page", "pageSize", "q", "role"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    // Defaults are left out of the link.
    [InlineData("?role=any&page=1&pageSize=20", "/")]
    // Words and places are escaped; several skills repeat the parameter.
    [InlineData("?q=ops+%26+finance&where=S%C3%A3o+Paulo&skill=a&skill=b&page=2", "/?q=ops%20%26%20finance&where=S%C3%A3o%20Paulo&skill=a&skill=b&page=2")]
    // Role, remote and page size are kept.
    [InlineData("?role=coo&remote=true&pageSize=50", "/?role=coo&remote=true&pageSize=50")]
    public void SearchLinks_For_WritesAShareableUrlThatParsesBack(string queryString, string expected)
    {
        Assert.True(SearchRequest.TryParse(Query(queryString), out var request, out _));

        var link = SearchLinks.For(request);

        Assert.Equal(expected, link);
        Assert.True(SearchRequest.TryParse(Query(link.Length > 1 ? link[1..] : string.Empty), out var again, out _));
        Assert.Equal(request.ToQuery() with { Skills = [] }, again.ToQuery() with { Skills = [] });
        Assert.Equal(request.Skills, again.Skills);
    }

    [Fact]
    public void SearchLinks_WithSkill_AddsTheFilterAndGoesBackToPageOne()
    {
        Assert.True(SearchRequest.TryParse(Query("?q=ops&page=4"), out var request, out _));

        Assert.Equal("/?q=ops&skill=Budgeting", SearchLinks.WithSkill(request, "Budgeting"));
        Assert.Equal("/?q=ops", SearchLinks.WithoutSkill(request with { Skills = ["budgeting"] }, "Budgeting"));
    }

    [Fact]
    public void ApiHit_Unmark_GivesPlainTextAndWhereTheMatchesAre()
    {
        var (text, highlights) = ApiHit.Unmark("lead \u0002ops\u0003 and \u0002finance\u0003\u0003");

        Assert.Equal("lead ops and finance", text);
        Assert.Equal([[5, 3], [13, 7]], highlights);
    }

    private static QueryCollection Query(string queryString) => new(QueryHelpers.ParseQuery(queryString));
}
