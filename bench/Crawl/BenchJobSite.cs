using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobTagger.Bench.Crawl;

/// <summary>A local job site of generated JSON-LD job pages (about 4 KB each), with a sitemap listing them.</summary>
internal sealed class BenchJobSite : IAsyncDisposable
{
    private static readonly string[] Titles = ["Chief Operating Officer", "VP Operations", "Chief Executive Officer", "Head of Strategy", "Director of Supply Chain"];
    private readonly WebApplication _app;

    private BenchJobSite(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<BenchJobSite> StartAsync(int pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var bodies = Enumerable.Range(0, pages).Select(i => Encoding.UTF8.GetBytes(Page(i))).ToArray();
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /admin/\n"));
        app.MapGet("/sitemap.xml", (HttpContext c) =>
        {
            var root = $"{c.Request.Scheme}://{c.Request.Host}";
            var xml = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
            for (var i = 0; i < pages; i++)
            {
                xml.Append("<url><loc>").Append(root).Append("/jobs/").Append(i).Append("</loc></url>");
            }

            return Results.Text(xml.Append("</urlset>").ToString(), "application/xml");
        });
        app.MapGet("/jobs/{id:int}", (int id) => id < pages
            ? Results.Bytes(bodies[id], "text/html; charset=utf-8")
            : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchJobSite(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Page(int i)
    {
        var title = Titles[i % Titles.Length];
        var paragraphs = string.Concat(Enumerable.Range(0, 12).Select(p =>
            $"<p>Paragraph {p}: lead operations, budgets and teams across plants, logistics and procurement; report to the board.</p>"));
        var description = paragraphs.Replace("\"", "\\\"", StringComparison.Ordinal);
        return $$$"""
            <!doctype html><html><head><title>{{{title}}} #{{{i}}}</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"JobPosting","title":"{{{title}}}","identifier":{"@type":"PropertyValue","value":"B-{{{i}}}"},
             "hiringOrganization":{"@type":"Organization","name":"Bench Co {{{i % 50}}}"},"datePosted":"2026-01-02",
             "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Leeds","addressCountry":"GB"}},
             "description":"{{{description}}}"}
            </script></head><body><nav><a href="/jobs/{{{(i + 1) % 1000}}}">next job</a></nav><main><h1>{{{title}}}</h1>{{{paragraphs}}}</main></body></html>
            """;
    }
}
