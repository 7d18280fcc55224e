using JobTagger.Domain.Postings;
using JobTagger.Web.Api;

namespace JobTagger.Web.Pages;

/// <summary>The search form: labelled fields that submit to <c>/</c> with the API's parameter names.</summary>
internal static class SearchFormMarkup
{
    public static void Write(HtmlBuilder html, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(request);
        html.Raw("<form class=\"search\" action=\"/\" method=\"get\" role=\"search\" aria-label=\"Job search\">\n")
            .Raw("<div class=\"field grow\"><label for=\"q\">Enter your dream job</label>")
            .Raw("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"200\" placeholder=\"e.g. operations director\" value=\"")
            .Text(request.Q).Raw("\"></div>\n")
            .Raw("<div class=\"field\"><label for=\"where\">Where</label>")
            .Raw("<input id=\"where\" name=\"where\" type=\"text\" maxlength=\"200\" placeholder=\"City, region or remote\" value=\"")
            .Text(request.Where).Raw("\"></div>\n")
            .Raw("<div class=\"field\"><label for=\"role\">Role</label><select id=\"role\" name=\"role\">");
        Option(html, "any", "Any leadership role", request.Role is null);
        Option(html, "coo", "COO-like (operations)", request.Role == Role.Coo);
        Option(html, "ceo", "CEO-like (strategy)", request.Role == Role.Ceo);
        html.Raw("</select></div>\n")
            .Raw("<div class=\"field check\"><input id=\"remote\" name=\"remote\" type=\"checkbox\" value=\"true\"")
            .Raw(request.RemoteOnly ? " checked" : string.Empty)
            .Raw("><label for=\"remote\">Remote only</label></div>\n");
        foreach (var skill in request.Skills)
        {
            html.Raw("<input type=\"hidden\" name=\"skill\" value=\"").Text(skill).Raw("\">");
        }

        if (request.PageSize != SearchRequest.DefaultPageSize)
        {
            html.Raw("<input type=\"hidden\" name=\"pageSize\" value=\"").Text(request.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("\">");
        }

        html.Raw("<button type=\"submit\">Search</button>\n</form>\n");
    }

    private static void Option(HtmlBuilder html, string value, string label, bool selected) =>
        html.Raw("<option value=\"").Raw(value).Raw(selected ? "\" selected>" : "\">").Text(label).Raw("</option>");
}
