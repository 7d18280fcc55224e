using System.Globalization;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;

namespace JobTagger.Web.Pages;

/// <summary>
/// A posting in full: the description with each skill's evidence marked (by its offsets), why the model chose the
/// role label, and every source the posting was seen in.
/// </summary>
internal static class PostingPageRenderer
{
    public static string Render(PostingDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var tagged = detail.Tagged;
        var posting = tagged.Posting;
        var html = new HtmlBuilder();
        PageLayout.Open(html, posting.Title);
        html.Raw("<p class=\"back\"><a href=\"/\" data-back>← Back to search</a></p>\n<article class=\"posting\">\n<h1>");
        HighlightMarkup.Evidence(html, posting.Title, PostingField.Title, tagged.Skills);
        html.Raw("</h1>\n<p class=\"meta\">");
        var meta = new[] { posting.Company, posting.Location, posting.IsRemote ? "Remote" : null, posting.EmploymentType }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .ToList();
        for (var i = 0; i < meta.Count; i++)
        {
            html.Raw(i > 0 ? "<span aria-hidden=\"true\"> · </span>" : string.Empty).Raw("<span>").Text(meta[i]).Raw("</span>");
        }

        if (posting.PostedAt is { } posted)
        {
            html.Raw(meta.Count > 0 ? "<span aria-hidden=\"true\"> · </span>" : string.Empty);
            HitMarkup.WriteDate(html, posted);
        }

        html.Raw("</p>\n<p class=\"labels\">");
        RoleBadge.Write(html, tagged.Role?.Role, tagged.Role?.CeoProbability);
        if (SafeUrl.Http(posting.Url) is { } url)
        {
            html.Raw(" <a class=\"original\" href=\"").Text(url).Raw("\" rel=\"noopener noreferrer nofollow\">Original posting</a>");
        }

        html.Raw("</p>\n");
        RoleExplanationMarkup.Write(html, tagged.Role);
        WriteSkills(html, tagged.Skills);
        html.Raw("<section aria-labelledby=\"description-heading\">\n<h2 id=\"description-heading\">Description</h2>\n")
            .Raw("<p class=\"hint\">Words that show a skill are <mark class=\"skill\">marked</mark>; hover a mark to see its skill.</p>\n")
            .Raw("<div class=\"description\">");
        HighlightMarkup.Evidence(html, posting.Description, PostingField.Description, tagged.Skills);
        html.Raw("</div>\n</section>\n");
        WriteSources(html, detail.Sources);
        html.Raw("</article>\n");
        PageLayout.Close(html);
        return html.ToString();
    }

    private static void WriteSkills(HtmlBuilder html, IReadOnlyList<SkillTag> skills)
    {
        if (skills.Count == 0)
        {
            return;
        }

        html.Raw("<section aria-labelledby=\"skills-heading\">\n<h2 id=\"skills-heading\">Skills</h2>\n<ul class=\"skills\">");
        foreach (var skill in skills)
        {
            html.Raw("<li title=\"").Text(skill.Category).Raw("\">").Text(skill.Name)
                .Raw(" <span class=\"count\">").Text(skill.Evidence.Count.ToString(CultureInfo.InvariantCulture))
                .Raw(skill.Evidence.Count == 1 ? " mention" : " mentions").Raw("</span></li>");
        }

        html.Raw("</ul>\n</section>\n");
    }

    private static void WriteSources(HtmlBuilder html, IReadOnlyList<PostingSourceRef> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        html.Raw("<section aria-labelledby=\"sources-heading\">\n<h2 id=\"sources-heading\">Sources</h2>\n<table class=\"sources\">")
            .Raw("<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Id there</th><th scope=\"col\">First seen</th>")
            .Raw("<th scope=\"col\">Last seen</th></tr></thead><tbody>");
        foreach (var source in sources)
        {
            html.Raw("<tr><td>");
            if (SafeUrl.Http(source.Url) is { } url)
            {
                html.Raw("<a href=\"").Text(url).Raw("\" rel=\"noopener noreferrer nofollow\">").Text(source.Source).Raw("</a>");
            }
            else
            {
                html.Text(source.Source);
            }

            html.Raw("</td><td>").Text(source.SourceId ?? "-").Raw("</td><td>").Text(Stamp(source.FirstSeen))
                .Raw("</td><td>").Text(Stamp(source.LastSeen)).Raw("</td></tr>");
        }

        html.Raw("</tbody></table>\n</section>\n");
    }

    private static string Stamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
