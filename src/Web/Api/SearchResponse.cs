namespace JobTagger.Web.Api;

/// <summary>
/// The body of <c>GET /api/search</c>: the same hit fields as <c>jobtagger search --json</c>, plus paging. When
/// <c>total_is_capped</c>, counting stopped at <c>total</c> (at least that many match).
/// </summary>
internal sealed record SearchResponse(IReadOnlyList<ApiHit> Hits, int Total, bool TotalIsCapped, int Page, int PageSize);
