using System.Globalization;
using JobTagger.Storage.Search;
using JobTagger.Web.Api;

namespace JobTagger.Web.Pages;

/// <summary>The search page, rendered on the server so it works without the script.</summary>
internal static class SearchPageRenderer
{
    public static string Render(SearchRequest request, SearchPage? page, IReadOnlyDictionary<string, string[]>? errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        var html = new HtmlBuilder();
        var title = request.Q.Length > 0 ? $"{request.Q} jobs" : "Find your dream job";
        PageLayout.Open(html, title);
        html.Raw("<h1>Find your dream job</h1>\n");
        SearchFormMarkup.Write(html, request);
        if (errors is { Count: > 0 })
        {
            html.Raw("<div class=\"alert\" role=\"alert\"><h2>Please check the search</h2><ul>");
            foreach (var message in errors.Values.SelectMany(messages => messages))
            {
                html.Raw("<li>").Text(message).Raw("</li>");
            }

            html.Raw("</ul></div>\n");
        }
        else if (page is not null)
        {
            SkillChipsMarkup.Write(html, request, page.Hits);
            WriteResults(html, request, page);
        }

        PageLayout.Close(html);
        return html.ToString();
    }

    private static void WriteResults(HtmlBuilder html, SearchRequest request, SearchPage page)
    {
        html.Raw("<section id=\"results\" aria-labelledby=\"results-heading\">\n<h2 id=\"results-heading\" aria-live=\"polite\">");
        if (page.Total == 0)
        {
            html.Raw("No jobs match this search</h2>\n<p>Try fewer words, another place, or remove a filter.</p>\n</section>\n");
            return;
        }

        var first = ((request.Page - 1) * request.PageSize) + 1;
        var last = first + page.Hits.Count - 1;
        // Digits, commas and a plus only: nothing to encode (the encoder would write the plus as &#x2B;).
        html.Raw(page.Total == 1 && !page.TotalIsCapped ? "1 job" : $"{Number(page.Total)}{(page.TotalIsCapped ? "+" : string.Empty)} jobs")
            .Raw(page.Hits.Count > 0 ? $" <span class=\"range\">(showing {Number(first)}–{Number(last)})</span>" : string.Empty)
            .Raw("</h2>\n<ol class=\"hits\" start=\"").Raw(Number(first)).Raw("\">\n");
        foreach (var hit in page.Hits)
        {
            HitMarkup.Write(html, hit);
        }

        html.Raw("</ol>\n");
        // A capped count is a lower bound: while pages come back full there may be another one.
        var total = page.TotalIsCapped && page.Hits.Count == request.PageSize
            ? Math.Max(page.Total, (request.Page * request.PageSize) + 1)
            : page.Total;
        WritePaging(html, request, total, page.TotalIsCapped);
        html.Raw("</section>\n");
    }

    private static void WritePaging(HtmlBuilder html, SearchRequest request, int total, bool capped)
    {
        var pages = (int)Math.Min(SearchRequest.MaxPage, ((long)total + request.PageSize - 1) / request.PageSize);
        if (pages <= 1 && request.Page == 1)
        {
            return;
        }

        html.Raw("<nav class=\"paging\" aria-label=\"Result pages\">");
        if (request.Page > 1)
        {
            html.Raw("<a rel=\"prev\" href=\"").Text(SearchLinks.ToPage(request, Math.Min(request.Page - 1, Math.Max(pages, 1)))).Raw("\">← Previous</a>");
        }

        html.Raw("<span class=\"current\" aria-current=\"page\">Page ").Raw(Number(request.Page))
            .Raw(capped ? string.Empty : " of " + Number(pages)).Raw("</span>");
        if (request.Page < pages)
        {
            html.Raw("<a rel=\"next\" href=\"").Text(SearchLinks.ToPage(request, request.Page + 1)).Raw("\">Next →</a>");
        }

        html.Raw("</nav>\n");
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
