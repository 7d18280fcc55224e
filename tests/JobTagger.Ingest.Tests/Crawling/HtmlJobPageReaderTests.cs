using JobTagger.Domain.Crawling;
using JobTagger.Ingest.Crawling;
using JobTagger.Ingest.Tests.Crawling.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JobTagger.Ingest.Tests.Crawling;

public sealed class HtmlJobPageReaderTests
{
    private const string JsonLdPage = """
        <!doctype html><html><head><title>COO | Northwind Foods</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"JobPosting","title":"Chief Operating Officer",
         "hiringOrganization":{"@type":"Organization","name":"Northwind Foods"},
         "datePosted":"2026-01-02","identifier":{"@type":"PropertyValue","value":"NW-77"},
         "description":"<p>Run plants, logistics and procurement across three regions.</p>"}
        </script></head><body><h1>Chief Operating Officer</h1></body></html>
        """;

    [Fact]
    public async Task Crawl_WithTheHtmlExtractor_YieldsTheJsonLdPosting()
    {
        await using var clock = new RunningFakeClock();
        await using var site = await LocalSite.StartAsync(clock.Time, (app, _) =>
        {
            app.MapGet("/robots.txt", () => Results.Text("User-agent: *\n"));
            app.MapGet("/careers/coo", () => Results.Content(JsonLdPage, "text/html"));
        });
        var store = new InMemoryCrawlStateStore();
        var crawler = new JobSiteCrawler(CrawlHarness.Options(site.Url("careers/coo")), store, clock.Time);

        var results = new List<Domain.Ingestion.IngestResult>();
        await foreach (var result in crawler.ReadAsync())
        {
            results.Add(result);
        }

        var posting = Assert.Single(results).Posting;
        Assert.NotNull(posting);
        Assert.Equal("Chief Operating Officer", posting.Title);
        Assert.Equal("Northwind Foods", posting.Company);
        Assert.Equal(posting.Id, store[site.Url("careers/coo").AbsoluteUri].PostingId);
        Assert.Equal(CrawlOutcome.Stored, store[site.Url("careers/coo").AbsoluteUri].Outcome);
    }
}
