using System.IO.Compression;
using System.Xml;
using JobTagger.Ingest.Crawling.Frontier;

namespace JobTagger.Ingest.Crawling.Sitemaps;

/// <summary>
/// Reads sitemaps.org XML (<c>urlset</c> and <c>sitemapindex</c>), gzip or not. No DTDs, no external entities, and a
/// cap on the decompressed size, because a sitemap is input from a server we do not trust.
/// </summary>
internal static class SitemapReader
{
    // sitemaps.org allows 50 MB uncompressed and 50,000 URLs per file.
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;
    public const int MaxLocations = 50_000;

    /// <summary>True when the bytes start with the gzip magic number, whatever the Content-Type said.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> body) => body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B;

    /// <summary>The sitemap in <paramref name="body"/>, or null with a reason when it is not one.</summary>
    public static SitemapDocument? Read(byte[] body, Uri url, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(body);
        problem = null;
        try
        {
            using var raw = new MemoryStream(body, writable: false);
            using Stream content = IsGzip(body) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxUncompressedBytes,
                IgnoreComments = true,
                Async = false,
            };
            using var reader = XmlReader.Create(content, settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName is not ("urlset" or "sitemapindex"))
            {
                problem = $"not a sitemap (root element <{reader.LocalName}>)";
                return null;
            }

            var isIndex = reader.LocalName == "sitemapindex";
            var locations = new List<Uri>();
            reader.Read();
            while (!reader.EOF && locations.Count < MaxLocations)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "loc")
                {
                    reader.Read();
                    continue;
                }

                // Reading the content moves past </loc>, so the loop must not Read() again here.
                if (UrlNormalizer.TryNormalize(url, reader.ReadElementContentAsString(), out var location))
                {
                    locations.Add(location);
                }
            }

            return new SitemapDocument(isIndex, locations);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            problem = $"unreadable sitemap: {ex.Message}";
            return null;
        }
    }
}
