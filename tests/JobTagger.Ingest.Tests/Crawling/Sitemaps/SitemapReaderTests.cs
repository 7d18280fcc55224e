using System.IO.Compression;
using System.Text;
using JobTagger.Ingest.Crawling.Sitemaps;

namespace JobTagger.Ingest.Tests.Crawling.Sitemaps;

public class SitemapReaderTests
{
    private static readonly Uri Url = new("https://jobs.example.com/sitemap.xml");

    private const string UrlSet = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://jobs.example.com/jobs/1</loc><lastmod>2026-01-02</lastmod></url>
          <url><loc> https://jobs.example.com/jobs/2#top </loc></url>
          <url><loc>ftp://jobs.example.com/jobs/3</loc></url>
        </urlset>
        """;

    [Fact]
    public void Read_UrlSet_ListsItsHttpLocations()
    {
        var document = SitemapReader.Read(Encoding.UTF8.GetBytes(UrlSet), Url, out var problem);

        Assert.Null(problem);
        Assert.NotNull(document);
        Assert.False(document.IsIndex);
        Assert.Equal(["https://jobs.example.com/jobs/1", "https://jobs.example.com/jobs/2"], document.Locations.Select(l => l.AbsoluteUri));
    }

    [Fact]
    public void Read_GzipSitemapIndex_ListsItsSitemaps()
    {
        const string index = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://jobs.example.com/a.xml</loc></sitemap><sitemap><loc>https://jobs.example.com/b.xml.gz</loc></sitemap>
            </sitemapindex>
            """;

        var document = SitemapReader.Read(Gzip(index), Url, out _);

        Assert.NotNull(document);
        Assert.True(document.IsIndex);
        Assert.Equal(2, document.Locations.Count);
    }

    public static TheoryData<string, string> NotSitemaps => new()
    {
        // An HTML page is not a sitemap.
        { "<html><body>jobs</body></html>", "not a sitemap" },
        // A DTD (the door to entity expansion attacks) is refused.
        { "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY a \"aaaa\">]><urlset><url><loc>&a;</loc></url></urlset>", "unreadable sitemap" },
        // Broken XML.
        { "<urlset><url><loc>http://x.test/1</loc></url>", "unreadable sitemap" },
    };

    [Theory]
    [MemberData(nameof(NotSitemaps))]
    public void Read_NotASitemap_SaysWhy(string body, string expected)
    {
        var document = SitemapReader.Read(Encoding.UTF8.GetBytes(body), Url, out var problem);

        Assert.Null(document);
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    internal static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
