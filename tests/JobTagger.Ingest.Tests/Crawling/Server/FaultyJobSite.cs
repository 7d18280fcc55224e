using System.Collections.Concurrent;
using JobTagger.Ingest.Tests.Crawling.Sitemaps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JobTagger.Ingest.Tests.Crawling.Server;

/// <summary>
/// A job site that misbehaves in every way the crawler must survive: 503 with Retry-After, 429 with a date, a slow
/// answer past the timeout, a reset connection, a truncated body, redirect loops and chains, an oversized page,
/// robots.txt rules, a sitemap index with a gzip sitemap, and 304s for what the crawler already has. Some faults
/// happen once (a retry heals them); <see cref="Healed"/> makes the lasting ones go away for a re-run.
/// </summary>
internal sealed class FaultyJobSite
{
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    public bool Healed { get; set; }

    public static readonly string[] PagesSitemap =
    [
        "jobs/1", "jobs/2", "jobs/retry-after", "jobs/throttled", "jobs/slow-once", "jobs/reset-once", "jobs/truncated",
        "jobs/loop", "jobs/chain/0", "jobs/huge", "private/jobs/secret", "about", "jobs/down", "jobs/logo.png",
    ];

    public static readonly string[] GzipSitemap = ["careers/3", "jobs/moved"];

    public void Map(WebApplication app, LocalSite site)
    {
        app.MapGet("/robots.txt", () => Results.Text(
            $"# test site\nUser-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n\nSitemap: {site.Url("sitemap-index.xml")}\n"));
        app.MapGet("/sitemap-index.xml", () => Results.Text(
            JobPages.SitemapIndex(site.BaseUrl, ["sitemaps/pages.xml", "sitemaps/more.xml.gz"]), "application/xml"));
        app.MapGet("/sitemaps/pages.xml", () => Results.Text(JobPages.UrlSet(site.BaseUrl, PagesSitemap), "text/xml"));
        app.MapGet("/sitemaps/more.xml.gz", () => Results.Bytes(SitemapReaderTests.Gzip(JobPages.UrlSet(site.BaseUrl, GzipSitemap)), "application/gzip"));

        app.MapGet("/jobs/{id:int}", (HttpContext c, int id) => JobPages.ServeAsync(c, $"Chief Operating Officer {id}", "/jobs/linked", "/blog/post"));
        app.MapGet("/careers/{id:int}", (HttpContext c, int id) => JobPages.ServeAsync(c, $"VP Operations {id}"));
        app.MapGet("/jobs/linked", c => JobPages.ServeAsync(c, "Head of Operations"));
        app.MapGet("/blog/post", c => JobPages.ServeAsync(c, "Not followed: not a job link"));
        app.MapGet("/private/jobs/secret", c => JobPages.ServeAsync(c, "Secret"));
        app.MapGet("/about", () => Results.Content("<html><body><h1>About us</h1></body></html>", "text/html"));
        app.MapGet("/jobs/logo.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));

        app.MapGet("/jobs/retry-after", async c =>
        {
            if (First(c))
            {
                c.Response.StatusCode = 503;
                c.Response.Headers.RetryAfter = "5";
                return;
            }

            await JobPages.ServeAsync(c, "COO after a 503");
        });
        app.MapGet("/jobs/throttled", async c =>
        {
            if (First(c))
            {
                c.Response.StatusCode = 429;
                c.Response.Headers.RetryAfter = site.Time.GetUtcNow().AddSeconds(3).ToString("r");
                return;
            }

            await JobPages.ServeAsync(c, "COO after a 429");
        });
        app.MapGet("/jobs/slow-once", async c =>
        {
            if (First(c))
            {
                // A minute on the crawler's clock: past its attempt timeout.
                await Task.Delay(TimeSpan.FromSeconds(60), site.Time, c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            await JobPages.ServeAsync(c, "COO after a slow answer");
        });
        app.MapGet("/jobs/reset-once", async c =>
        {
            if (First(c))
            {
                c.Abort();
                return;
            }

            await JobPages.ServeAsync(c, "COO after a reset");
        });
        app.MapGet("/jobs/truncated", async c =>
        {
            if (Healed)
            {
                await JobPages.ServeAsync(c, "COO, whole at last");
                return;
            }

            var body = JobPages.Utf8(JobPages.Html("COO cut short"));
            c.Response.ContentType = "text/html";
            c.Response.ContentLength = body.Length * 2;
            await c.Response.Body.WriteAsync(body);
            await c.Response.Body.FlushAsync();

            // Let the client read the first half before the connection drops (a reset discards unread data).
            await Task.Delay(TimeSpan.FromSeconds(1), site.Time);
            c.Abort();
        });
        app.MapGet("/jobs/down", async c =>
        {
            if (Healed)
            {
                await JobPages.ServeAsync(c, "COO, back up");
                return;
            }

            c.Response.StatusCode = 503;
        });
        app.MapGet("/jobs/loop", () => Results.Redirect("/jobs/loop-b"));
        app.MapGet("/jobs/loop-b", () => Results.Redirect("/jobs/loop"));
        app.MapGet("/jobs/chain/{n:int}", (int n) => n < 7 ? Results.Redirect($"/jobs/chain/{n + 1}") : Results.Content(JobPages.Html("End of chain"), "text/html"));
        app.MapGet("/jobs/moved", () => Results.Redirect("/jobs/4", permanent: true));
        app.MapGet("/jobs/huge", async c =>
        {
            c.Response.ContentType = "text/html";
            var chunk = JobPages.Utf8(new string('x', 8 * 1024));
            for (var i = 0; i < 25 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        });
    }

    private bool First(HttpContext context) => _hits.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1) == 1;
}
