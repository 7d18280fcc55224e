namespace JobTagger.Web.Api;

/// <summary>The body of <c>GET /api/search</c>: the same hit fields as <c>jobtagger search --json</c>, plus paging.</summary>
internal sealed record SearchResponse(IReadOnlyList<ApiHit> Hits, int Total, int Page, int PageSize);
