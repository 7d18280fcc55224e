namespace JobTagger.Ingest.Crawling.Frontier;

/// <summary>Decides which discovered links look like job pages, so the crawl does not wander over a whole site.</summary>
internal static class JobLinkFilter
{
    private static readonly string[] Words = ["job", "career", "position", "vacanc", "opening"];

    /// <summary>True when a path segment mentions jobs, careers, positions, vacancies or openings.</summary>
    public static bool LooksLikeJobPage(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.AbsolutePath;
        foreach (var word in Words)
        {
            if (path.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Same host (and port) unless the crawl may leave it.</summary>
    public static bool IsInScope(Uri url, IReadOnlySet<string> seedHosts, bool allHosts) =>
        allHosts || seedHosts.Contains(UrlNormalizer.HostKey(url));
}
