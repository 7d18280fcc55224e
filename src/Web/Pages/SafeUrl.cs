namespace JobTagger.Web.Pages;

/// <summary>
/// A posting's URL comes from the internet: only absolute http(s) URLs become links, so a <c>javascript:</c> or
/// <c>data:</c> URL can never be clicked.
/// </summary>
internal static class SafeUrl
{
    public static string? Http(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
