using System.Text;

namespace JobTagger.Storage.Dedupe;

/// <summary>
/// The form of a posting URL used to spot the same posting in two feeds: lower-case scheme and host, no default port,
/// no fragment, no trailing slash, and no tracking parameters (<c>utm_*</c>, <c>gclid</c>, <c>fbclid</c> ...).
/// </summary>
internal static class CanonicalUrl
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "gclid", "fbclid", "msclkid", "mc_cid", "mc_eid", "ref", "referrer", "source", "src", "trk", "trackingid", "_hsenc", "_hsmi",
    };

    public static string? For(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var builder = new StringBuilder(url.Length);
        // http and https serve the same posting; the host without "www." likewise.
        var host = uri.Host.ToLowerInvariant();
        builder.Append(host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host);
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        builder.Append(uri.AbsolutePath.TrimEnd('/'));
        var kept = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (kept.Count > 0)
        {
            builder.Append('?').AppendJoin('&', kept);
        }

        return builder.ToString();
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
