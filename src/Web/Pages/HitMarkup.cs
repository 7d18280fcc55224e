using System.Globalization;
using JobTagger.Storage.Search;
using JobTagger.Web.Api;

namespace JobTagger.Web.Pages;

/// <summary>One search result: title, company, place, role badge, top skills, highlighted snippet, date and links.</summary>
internal static class HitMarkup
{
    private const int ShownSkills = 6;

    public static void Write(HtmlBuilder html, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(hit);
        var detail = PostingRoute.PagePath(hit.Id);
        html.Raw("<li class=\"hit\"><article>\n<h3><a href=\"").Text(detail).Raw("\">").Text(hit.Title).Raw("</a></h3>\n")
            .Raw("<p class=\"meta\">");
        var parts = 0;
        if (!string.IsNullOrWhiteSpace(hit.Company))
        {
            html.Raw("<span class=\"company\">").Text(hit.Company).Raw("</span>");
            parts++;
        }

        if (!string.IsNullOrWhiteSpace(hit.Location))
        {
            html.Raw(parts++ > 0 ? "<span aria-hidden=\"true\"> · </span>" : string.Empty)
                .Raw("<span class=\"location\">").Text(hit.Location).Raw("</span>");
        }

        if (hit.PostedAt is { } posted)
        {
            html.Raw(parts > 0 ? "<span aria-hidden=\"true\"> · </span>" : string.Empty);
            WriteDate(html, posted);
        }

        html.Raw("</p>\n<p class=\"labels\">");
        RoleBadge.Write(html, hit.Role, hit.CeoProbability);
        html.Raw("</p>\n");
        if (hit.Snippet.Length > 0)
        {
            html.Raw("<p class=\"snippet\">");
            HighlightMarkup.Snippet(html, hit.Snippet);
            html.Raw("</p>\n");
        }

        if (hit.Skills.Count > 0)
        {
            html.Raw("<ul class=\"skills\" aria-label=\"Top skills\">");
            foreach (var skill in hit.Skills.Take(ShownSkills))
            {
                html.Raw("<li>").Text(skill).Raw("</li>");
            }

            html.Raw("</ul>\n");
        }

        html.Raw("<p class=\"links\"><a href=\"").Text(detail).Raw("\">Details and why<span class=\"visually-hidden\">: ")
            .Text(hit.Title).Raw("</span></a>");
        if (SafeUrl.Http(hit.Url) is { } url)
        {
            html.Raw(" <a href=\"").Text(url).Raw("\" rel=\"noopener noreferrer nofollow\">Original posting<span class=\"visually-hidden\">: ")
                .Text(hit.Title).Raw("</span></a>");
        }

        html.Raw("</p>\n</article></li>\n");
    }

    public static void WriteDate(HtmlBuilder html, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Raw("<time datetime=\"").Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("\">Posted ")
            .Text(date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)).Raw("</time>");
    }
}
