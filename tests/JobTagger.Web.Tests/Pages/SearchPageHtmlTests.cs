using System.Net;
using JobTagger.Web.Tests.Support;

namespace JobTagger.Web.Tests.Pages;

/// <summary>The server-rendered HTML, read as a client without JavaScript would.</summary>
public sealed class SearchPageHtmlTests(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task Page_HostilePosting_IsEncodedAsText()
    {
        var html = await server.Client.GetStringAsync(new Uri("/?q=operations&where=Austin", UriKind.Relative));

        Assert.Contains("&lt;script&gt;window.pwned=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.pwned", html, StringComparison.Ordinal);
        Assert.Contains("Evil &lt;b&gt;Corp&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Search_RendersResultsFormValuesAndChipLinks()
    {
        var html = await server.Client.GetStringAsync(new Uri("/?q=operations&where=Austin&role=coo", UriKind.Relative));

        Assert.Contains("value=\"operations\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Austin\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"coo\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("3 jobs", html, StringComparison.Ordinal);
        Assert.Contains("<mark>operations</mark>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?q=operations&amp;where=Austin&amp;role=coo&amp;skill=Budgeting\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/postings/board%3A101\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_InvalidParameter_Returns400WithTheProblemListed()
    {
        using var response = await server.Client.GetAsync(new Uri("/?role=janitor", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("must be one of: any, coo, ceo", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostingPage_UnknownId_Returns404Page()
    {
        using var response = await server.Client.GetAsync(new Uri("/postings/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no posting with this id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/assets/search.js", "text/javascript")]
    public async Task Assets_AreServedFromTheAssemblyWithTheirType(string path, string mediaType)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500);
    }
}
