using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobTagger.Cli.Tests.Crawl;

/// <summary><c>crawl</c> end to end against a small job site on 127.0.0.1: pages found, tagged, stored, accounted for.</summary>
public sealed class CrawlCommandTests : IAsyncLifetime, IDisposable
{
    private readonly CliHarness _cli = new(TimeProvider.System);
    private WebApplication? _site;
    private string _root = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _site = builder.Build();
        _site.MapGet("/robots.txt", () => "User-agent: *\nDisallow: /private/\n");
        _site.MapGet("/sitemap.xml", (HttpContext http) => Results.Text(Sitemap(http), "application/xml"));
        _site.MapGet("/jobs/{n:int}", (int n) => Results.Content(JobPage(n), "text/html"));
        _site.MapGet("/jobs/99", () => Results.StatusCode(500));
        _site.MapGet("/private/jobs/7", () => Results.Content(JobPage(7), "text/html"));
        await _site.StartAsync();
        _root = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Crawl_SiteRoot_StoresItsJobPagesAndReportsEveryOtherUrl()
    {
        var result = await _cli.RunAsync("crawl", _root + "/", "--db", _cli.Database, "--rate", "50");

        Assert.Equal(0, result.ExitCode);
        var export = await _cli.RunAsync("export", "--db", _cli.Database, "--format", "jsonl", "--out", "-");
        var postings = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, postings.Count);
        Assert.Contains(postings, p => p.GetProperty("title").GetString() == "Chief Operating Officer 1" && p.GetProperty("role").GetString() == "coo");
        Assert.Matches(@"Disallowed by robots\.txt\s*│\s*1", result.Output);
        Assert.Matches(@"Stored\s*│\s*3", result.Output);
        Assert.Matches(@"Failed\s*│\s*1", result.Output);
        Assert.Contains("HTTP 500 Internal Server", result.Output, StringComparison.Ordinal); // the failure is listed with its reason
    }

    private static string Sitemap(HttpContext http)
    {
        var root = $"{http.Request.Scheme}://{http.Request.Host}";
        var urls = string.Concat(new[] { "/jobs/1", "/jobs/2", "/jobs/3", "/jobs/99", "/private/jobs/7" }.Select(p => $"<url><loc>{root}{p}</loc></url>"));
        return $"<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}</urlset>";
    }

    private static string JobPage(int n) => $$$"""
        <!doctype html><html><head><title>Job {{{n}}}</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"JobPosting","title":"Chief Operating Officer {{{n}}}",
         "hiringOrganization":{"@type":"Organization","name":"Alderbank Foods"},
         "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Leeds","addressCountry":"GB"}},
         "datePosted":"2026-10-0{{{n}}}","identifier":"job-{{{n}}}",
         "description":"<p>Oversee day-to-day operations of our three plants, own the operating budget, streamline processes and coordinate the department heads.</p>"}
        </script></head><body><h1>Chief Operating Officer {{{n}}}</h1></body></html>
        """;
}
