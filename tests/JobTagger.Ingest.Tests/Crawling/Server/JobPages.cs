using System.Text;
using Microsoft.AspNetCore.Http;

namespace JobTagger.Ingest.Tests.Crawling.Server;

/// <summary>What the local sites serve: small job pages with ETags, and sitemaps.</summary>
internal static class JobPages
{
    public static string Html(string title, params string[] links) =>
        $"<!doctype html><html><head><title>{title}</title></head><body><h1 class=\"job-title\">{title}</h1>" +
        "<p>Lead operations across three plants.</p>" +
        string.Concat(links.Select(l => $"<a href=\"{l}\">{l}</a>")) + "</body></html>";

    /// <summary>Serves a job page with an ETag, and 304 when the client already has that version.</summary>
    public static async Task ServeAsync(HttpContext context, string title, params string[] links)
    {
        var etag = $"\"v1-{context.Request.Path.Value!.Trim('/').Replace('/', '-')}\"";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.Headers.ETag = etag;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Html(title, links));
    }

    public static string UrlSet(Uri baseUrl, IEnumerable<string> paths) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" +
        string.Concat(paths.Select(p => $"  <url><loc>{new Uri(baseUrl, p)}</loc></url>\n")) + "</urlset>\n";

    public static string SitemapIndex(Uri baseUrl, IEnumerable<string> paths) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" +
        string.Concat(paths.Select(p => $"  <sitemap><loc>{new Uri(baseUrl, p)}</loc></sitemap>\n")) + "</sitemapindex>\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
