using System.Text.Json;
using JobTagger.Domain.Postings;
using JobTagger.Storage;
using JobTagger.Web.Tests.Support;

namespace JobTagger.Web.Tests.Api;

/// <summary>The API over a real SQLite database opened read-only, as <c>jobtagger serve</c> runs it.</summary>
public sealed class SqliteStoreApiTests(SqliteWebServer server) : IClassFixture<SqliteWebServer>
{
    [Fact]
    public async Task Search_RealStore_FindsByWordsPlaceAndSkill()
    {
        using var json = await GetJsonAsync("/api/search?q=operations&where=Austin&skill=Budgeting");

        var ids = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["board:101", "board:102"], ids);
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task GetPosting_RealStore_ReturnsEvidenceOffsetsThatPointAtTheirWords()
    {
        using var json = await GetJsonAsync("/api/postings/board%3A101");

        var description = json.RootElement.GetProperty("description").GetString()!;
        var evidence = json.RootElement.GetProperty("skills").EnumerateArray().SelectMany(s => s.GetProperty("evidence").EnumerateArray()).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(
            e.GetProperty("text").GetString(),
            description.Substring(e.GetProperty("start").GetInt32(), e.GetProperty("length").GetInt32())));
    }

    [Fact]
    public async Task Search_WhileAWriterStoresABatch_SeesTheCommittedPostings()
    {
        var posting = new JobPosting
        {
            Id = "late:1",
            Source = "late",
            SourceId = "1",
            Title = "Chief Operating Officer",
            Company = "Quokka Bakeries",
            Location = "Austin, TX",
            Description = "Run the bakeries day to day and own the budget.",
        };

        // The server holds the file open read-only; a writer (as 'jobtagger tag') stores at the same time.
        await using (var writer = await SqliteJobStore.OpenAsync(server.DatabasePath, SqliteWebServer.Time))
        {
            await writer.StoreBatchAsync([new TaggedPosting(posting)], []);
        }

        using var json = await GetJsonAsync("/api/search?q=quokka");
        var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal("late:1", hit.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("role").ValueKind);
    }

    private async Task<JsonDocument> GetJsonAsync(string path) =>
        JsonDocument.Parse(await server.Client.GetStringAsync(new Uri(path, UriKind.Relative)));
}
