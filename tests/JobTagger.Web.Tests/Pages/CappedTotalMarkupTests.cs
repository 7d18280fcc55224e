using JobTagger.Storage.Search;
using JobTagger.Web.Api;
using JobTagger.Web.Pages;

namespace JobTagger.Web.Tests.Pages;

/// <summary>A broad search's count stops at a cap: the page says "at least" and keeps offering the next page.</summary>
public sealed class CappedTotalMarkupTests
{
    private static SearchPage Page(int hits, int total, bool capped) => new(
        [.. Enumerable.Range(0, hits).Select(i => new SearchHit { Id = $"x:{i}", Title = $"Operations Lead {i}", Snippet = string.Empty })],
        total) { TotalIsCapped = capped };

    [Fact]
    public void Render_CappedTotalOnTheLastCountedPage_SaysPlusAndLinksTheNextPage()
    {
        var html = SearchPageRenderer.Render(new SearchRequest { Q = "operations", Page = 50 }, Page(20, 1000, capped: true), null);

        Assert.Contains("1,000+ jobs", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Page 50</span>", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"/?q=operations&amp;page=51\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CappedTotalWithAShortPage_OffersNoNextPage()
    {
        var html = SearchPageRenderer.Render(new SearchRequest { Q = "operations", Page = 60 }, Page(3, 1000, capped: true), null);

        Assert.Contains("1,000+ jobs", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ExactTotal_SaysHowManyPages()
    {
        var html = SearchPageRenderer.Render(new SearchRequest { Q = "operations", Page = 1 }, Page(20, 45, capped: false), null);

        Assert.Contains("45 jobs", html, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 3", html, StringComparison.Ordinal);
    }
}
