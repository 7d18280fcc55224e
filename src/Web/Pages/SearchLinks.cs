using System.Globalization;
using System.Text;
using JobTagger.Domain.Postings;
using JobTagger.Web.Api;

namespace JobTagger.Web.Pages;

/// <summary>
/// Page URLs for a search, with the API's parameter names (<c>/?q=..&amp;where=..&amp;role=coo&amp;skill=..&amp;page=2</c>)
/// so a search can be bookmarked and shared. Defaults are left out to keep the URLs short.
/// </summary>
internal static class SearchLinks
{
    public static string For(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new StringBuilder();
        Add(query, "q", request.Q);
        Add(query, "where", request.Where);
        Add(query, "role", RoleValue(request.Role));
        foreach (var skill in request.Skills)
        {
            Add(query, "skill", skill);
        }

        Add(query, "remote", request.RemoteOnly ? "true" : null);
        Add(query, "page", request.Page > 1 ? request.Page.ToString(CultureInfo.InvariantCulture) : null);
        Add(query, "pageSize", request.PageSize != SearchRequest.DefaultPageSize
            ? request.PageSize.ToString(CultureInfo.InvariantCulture)
            : null);
        return query.Length == 0 ? "/" : "/?" + query;
    }

    public static string ToPage(SearchRequest request, int page) => For(request with { Page = page });

    /// <summary>The search with one more skill filter, back on page 1 (the old page may not exist any more).</summary>
    public static string WithSkill(SearchRequest request, string skill) =>
        For(request with { Skills = [.. request.Skills, skill], Page = 1 });

    public static string WithoutSkill(SearchRequest request, string skill) =>
        For(request with
        {
            Skills = [.. request.Skills.Where(s => !s.Equals(skill, StringComparison.OrdinalIgnoreCase))],
            Page = 1,
        });

    public static string? RoleValue(Role? role) => role switch
    {
        Role.Coo => "coo",
        Role.Ceo => "ceo",
        _ => null,
    };

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
