using JobTagger.Storage.Search;
using JobTagger.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JobTagger.Web.Pages;

/// <summary>The HTML endpoints: the search page at <c>/</c> and a posting at <c>/postings/{id}</c>.</summary>
internal static class SearchPages
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", SearchAsync);
        endpoints.MapGet("/postings/{id}", PostingAsync);
    }

    private static async Task<IResult> SearchAsync(HttpRequest request, IPostingSearch search, CancellationToken cancellationToken)
    {
        if (!SearchRequest.TryParse(request.Query, out var parsed, out var errors))
        {
            return Results.Content(SearchPageRenderer.Render(parsed, null, errors), HtmlType, statusCode: StatusCodes.Status400BadRequest);
        }

        var page = await search.SearchAsync(parsed.ToQuery(), cancellationToken);
        return Results.Content(SearchPageRenderer.Render(parsed, page, null), HtmlType);
    }

    private static async Task<IResult> PostingAsync(string id, IPostingSearch search, CancellationToken cancellationToken)
    {
        var detail = await search.GetAsync(PostingRoute.DecodeId(id), cancellationToken);
        return detail is null
            ? Results.Content(NotFoundPage.Render("There is no posting with this id. It may have been removed."), HtmlType, statusCode: StatusCodes.Status404NotFound)
            : Results.Content(PostingPageRenderer.Render(detail), HtmlType);
    }
}
