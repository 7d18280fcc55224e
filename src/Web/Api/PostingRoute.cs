namespace JobTagger.Web.Api;

/// <summary>Links to a posting. Ids look like <c>greenhouse:123</c> or <c>h:9f2c...</c> and may hold any character.</summary>
internal static class PostingRoute
{
    public static string PagePath(string id) => "/postings/" + Uri.EscapeDataString(id);

    public static string ApiPath(string id) => "/api/postings/" + Uri.EscapeDataString(id);

    /// <summary>
    /// The server decodes a path segment except for <c>%2F</c>, which it keeps so the segment stays one segment;
    /// an id holding a slash arrives with it still escaped.
    /// </summary>
    public static string DecodeId(string routeValue) =>
        routeValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
