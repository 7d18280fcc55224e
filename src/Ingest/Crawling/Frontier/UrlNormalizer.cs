namespace JobTagger.Ingest.Crawling.Frontier;

/// <summary>
/// Puts a URL in the one form the frontier dedupes on: http(s) only, lower-case scheme and host, no default port, no
/// fragment, an empty path as <c>/</c>. Path and query keep their case: servers may treat them as case-sensitive.
/// </summary>
internal static class UrlNormalizer
{
    public static bool TryNormalize(Uri? baseUrl, string? href, out Uri url)
    {
        url = null!;
        if (string.IsNullOrWhiteSpace(href))
        {
            return false;
        }

        var text = href.Trim();
        var ok = baseUrl is null
            ? Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            : Uri.TryCreate(baseUrl, text, out parsed);
        if (!ok || parsed is null || !parsed.IsAbsoluteUri)
        {
            return false;
        }

        return TryNormalize(parsed, out url);
    }

    public static bool TryNormalize(Uri absolute, out Uri url)
    {
        url = null!;
        if (absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(absolute.UserInfo))
        {
            // Credentials in a link are a trap (and would leak into logs); such links are not followed.
            return false;
        }

        var builder = new UriBuilder(absolute)
        {
            Fragment = string.Empty,
            Host = absolute.Host.ToLowerInvariant(),
        };
        if (absolute.IsDefaultPort)
        {
            builder.Port = -1;
        }

        url = builder.Uri;
        return true;
    }

    /// <summary>The key a host is limited by: <c>host:port</c>, so two test servers on one machine are two hosts.</summary>
    public static string HostKey(Uri url) => $"{url.Host}:{url.Port}";
}
