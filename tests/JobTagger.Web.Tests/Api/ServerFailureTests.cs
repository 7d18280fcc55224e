using System.Net;
using System.Text.Json;
using JobTagger.Storage.Search;
using JobTagger.Web.Tests.Support;

namespace JobTagger.Web.Tests.Api;

public sealed class ServerFailureTests
{
    [Theory]
    [InlineData("/api/search?q=ops")]
    [InlineData("/?q=ops")]
    [InlineData("/api/postings/board%3A101")]
    public async Task Request_WhenTheStoreFails_Returns500ProblemWithoutStackTrace(string path)
    {
        var server = new WebServer(() => new FailingPostingSearch());
        await server.InitializeAsync();
        try
        {
            using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(body);
            Assert.Equal(500, json.RootElement.GetProperty("status").GetInt32());
            Assert.DoesNotContain("secret.db", body, StringComparison.Ordinal);
            Assert.DoesNotContain("FailingPostingSearch", body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
            Assert.Contains("Content-Security-Policy", response.Headers.Select(h => h.Key));
            Assert.Contains("InvalidOperationException: disk I/O error in /srv/secret.db", server.ErrorLog.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private sealed class FailingPostingSearch : IPostingSearch
    {
        public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("disk I/O error in /srv/secret.db");

        public Task<PostingDetail?> GetAsync(string id, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("disk I/O error in /srv/secret.db");
    }
}
