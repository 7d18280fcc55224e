using System.Net;
using System.Text.Json;
using JobTagger.Web.Tests.Support;

namespace JobTagger.Web.Tests.Api;

public sealed class SearchApiTests(WebServer server) : IClassFixture<WebServer>
{
    public static TheoryData<string, string> InvalidQueries => new()
    {
        // Pages count from 1.
        { "page=0", "page" },
        // Not a number.
        { "page=two", "page" },
        // Past the deepest page served.
        { "page=10001", "page" },
        // Page sizes are 1 to 100.
        { "pageSize=0", "pageSize" },
        { "pageSize=101", "pageSize" },
        // Roles are any, coo or ceo.
        { "role=cto", "role" },
        // remote is a boolean.
        { "remote=maybe", "remote" },
    };

    [Fact]
    public async Task Search_DreamJobAndPlace_ReturnsSnakeCaseHitsWithPaging()
    {
        using var response = await server.Client.GetAsync(new Uri("/api/search?q=operations&where=Austin&pageSize=2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.False(root.GetProperty("total_is_capped").GetBoolean());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(2, root.GetProperty("page_size").GetInt32());
        var hit = root.GetProperty("hits")[0];
        var names = hit.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["id", "title", "company", "location", "role", "ceo_probability", "skills", "score", "snippet", "url", "posted_at", "highlights"], names);
        Assert.Equal("board:101", hit.GetProperty("id").GetString());
        Assert.Equal("coo", hit.GetProperty("role").GetString());
        Assert.Equal(0.12, hit.GetProperty("ceo_probability").GetDouble());
        Assert.Equal("Budgeting", hit.GetProperty("skills")[0].GetString());
        // The snippet is plain text, as in 'search --json'; highlights say where the matched words are.
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.StartsWith("Lead day-to-day operations across", snippet, StringComparison.Ordinal);
        var highlight = hit.GetProperty("highlights")[0];
        Assert.Equal("operations", snippet.Substring(highlight[0].GetInt32(), highlight[1].GetInt32()));
        Assert.Equal("2026-11-25T09:00:00+00:00", hit.GetProperty("posted_at").GetString());
        Assert.Equal(2, root.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task Search_FiltersPastTheLastPage_ReturnNoHitsButTheTotal()
    {
        using var response = await server.Client.GetAsync(new Uri("/api/search?q=operations&role=COO&skill=Budgeting&skill=lean&remote=false&page=3&pageSize=5", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, json.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("hits").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task Search_InvalidParameter_Returns400ProblemNamingIt(string query, string parameter)
    {
        using var response = await server.Client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task GetPosting_KnownId_ReturnsTheWholePostingWithEvidence()
    {
        using var response = await server.Client.GetAsync(new Uri("/api/postings/board%3A101", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("Director of Operations", root.GetProperty("title").GetString());
        Assert.StartsWith("Lead day-to-day operations", root.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("coo", root.GetProperty("role").GetProperty("role").GetString());
        Assert.Equal(-0.9, root.GetProperty("role").GetProperty("evidence")[0].GetProperty("weight").GetDouble());
        var evidence = root.GetProperty("skills")[0].GetProperty("evidence")[0];
        Assert.Equal("description", evidence.GetProperty("field").GetString());
        Assert.Equal("budget", evidence.GetProperty("text").GetString());
        Assert.Equal("board", root.GetProperty("sources")[0].GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("/api/postings/no-such-posting")]
    [InlineData("/api/nothing-here")]
    public async Task Get_Unknown_Returns404Problem(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Post_ToSearch_Returns405Problem()
    {
        using var content = new StringContent("{}");
        using var response = await server.Client.PostAsync(new Uri("/api/search", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Healthz_ReturnsOk()
    {
        using var response = await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/search?q=x")]
    [InlineData("/api/search?page=0")]
    [InlineData("/postings/board%3A101")]
    [InlineData("/assets/site.css")]
    [InlineData("/missing")]
    public async Task Responses_CarryTheContentSecurityPolicy(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
