using JobTagger.Storage.Search;
using JobTagger.Web.Api;

namespace JobTagger.Web.Pages;

/// <summary>
/// Skill filters as chips: the active filters (each a link that removes it) and the top skills of the results shown
/// (each a link that adds it). Plain links, so they work by keyboard and without the script.
/// </summary>
internal static class SkillChipsMarkup
{
    private const int MaxSuggestions = 10;

    public static void Write(HtmlBuilder html, SearchRequest request, IReadOnlyList<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(hits);
        var suggestions = hits
            .SelectMany(hit => hit.Skills.Take(5))
            .Where(skill => !request.Skills.Contains(skill, StringComparer.OrdinalIgnoreCase))
            .GroupBy(skill => skill, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions)
            .Select(group => (Skill: group.First(), Count: group.Count()))
            .ToList();
        if (request.Skills.Count == 0 && suggestions.Count == 0)
        {
            return;
        }

        html.Raw("<section class=\"chips\" aria-labelledby=\"skills-heading\">\n<h2 id=\"skills-heading\">Filter by skill</h2>\n<ul>");
        foreach (var skill in request.Skills)
        {
            html.Raw("<li><a class=\"chip chip-on\" href=\"").Text(SearchLinks.WithoutSkill(request, skill))
                .Raw("\" aria-label=\"Remove skill filter ").Text(skill).Raw("\">").Text(skill)
                .Raw(" <span aria-hidden=\"true\">&times;</span></a></li>");
        }

        foreach (var (skill, count) in suggestions)
        {
            html.Raw("<li><a class=\"chip\" href=\"").Text(SearchLinks.WithSkill(request, skill))
                .Raw("\" aria-label=\"Only jobs asking for ").Text(skill).Raw("\">").Text(skill)
                .Raw(" <span class=\"count\">").Text(count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</span></a></li>");
        }

        html.Raw("</ul>\n</section>\n");
    }
}
