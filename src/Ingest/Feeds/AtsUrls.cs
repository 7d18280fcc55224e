namespace JobTagger.Ingest.Feeds;

/// <summary>ATS job-board APIs name no company; their hosted URLs carry it as the first path segment.</summary>
internal static class AtsUrls
{
    public static string? CompanySlug(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Segments.Length > 1 ? uri.Segments[1].Trim('/') : null;
}
