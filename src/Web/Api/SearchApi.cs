using JobTagger.Storage.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JobTagger.Web.Api;

/// <summary>The JSON endpoints: <c>/api/search</c>, <c>/api/postings/{id}</c> and <c>/healthz</c>.</summary>
internal static class SearchApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", SearchAsync);
        endpoints.MapGet("/api/postings/{id}", GetPostingAsync);
        endpoints.MapGet("/healthz", () => Results.Json(new { Status = "ok" }));
    }

    private static async Task<IResult> SearchAsync(HttpRequest request, IPostingSearch search, CancellationToken cancellationToken)
    {
        if (!SearchRequest.TryParse(request.Query, out var parsed, out var errors))
        {
            return ProblemResults.Invalid(errors);
        }

        var page = await search.SearchAsync(parsed.ToQuery(), cancellationToken);
        return Results.Json(new SearchResponse([.. page.Hits.Select(ApiHit.From)], page.Total, page.TotalIsCapped, parsed.Page, parsed.PageSize));
    }

    private static async Task<IResult> GetPostingAsync(string id, IPostingSearch search, CancellationToken cancellationToken)
    {
        var detail = await search.GetAsync(PostingRoute.DecodeId(id), cancellationToken);
        return detail is null
            ? ProblemResults.NotFound($"There is no posting with id '{PostingRoute.DecodeId(id)}'.")
            : Results.Json(PostingResponse.From(detail));
    }
}
