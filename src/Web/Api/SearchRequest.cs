using System.Globalization;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using Microsoft.AspNetCore.Http;

namespace JobTagger.Web.Api;

/// <summary>
/// The search parameters shared by the page and the API (<c>q, where, role, skill, remote, page, pageSize</c>),
/// validated once: every problem is reported together, keyed by parameter name.
/// </summary>
internal sealed record SearchRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    // A bound on page keeps (page - 1) * pageSize inside an int and stops pointless deep scans.
    public const int MaxPage = 10_000;
    public const int MaxTextLength = 200;

    public string Q { get; init; } = string.Empty;

    public string Where { get; init; } = string.Empty;

    /// <summary>Null for "any".</summary>
    public Role? Role { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public bool RemoteOnly { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public SearchQuery ToQuery() => new()
    {
        What = Q.Length == 0 ? null : Q,
        Where = Where.Length == 0 ? null : Where,
        Role = Role,
        Skills = Skills,
        RemoteOnly = RemoteOnly,
        Limit = PageSize,
        Offset = (Page - 1) * PageSize,
    };

    /// <summary>Reads the query string; on failure <paramref name="errors"/> names each bad parameter.</summary>
    public static bool TryParse(IQueryCollection query, out SearchRequest request, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var q = Text(query, "q", errors);
        var where = Text(query, "where", errors);
        var role = ParseRole(query["role"].ToString(), errors);
        var remote = ParseBool(query["remote"].ToString(), errors);
        var page = ParseInt(query, "page", 1, 1, MaxPage, errors);
        var pageSize = ParseInt(query, "pageSize", DefaultPageSize, 1, MaxPageSize, errors);
        var skills = query["skill"]
            .SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (skills.Any(skill => skill.Length > MaxTextLength))
        {
            errors["skill"] = [$"Each skill must be at most {MaxTextLength} characters."];
        }

        request = new SearchRequest
        {
            Q = q,
            Where = where,
            Role = role,
            Skills = skills,
            RemoteOnly = remote,
            Page = page,
            PageSize = pageSize,
        };
        return errors.Count == 0;
    }

    private static string Text(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        var value = query[name].ToString().Trim();
        if (value.Length > MaxTextLength)
        {
            errors[name] = [$"'{name}' must be at most {MaxTextLength} characters."];
        }

        return value;
    }

    private static Role? ParseRole(string value, Dictionary<string, string[]> errors)
    {
        switch (value.Trim().ToUpperInvariant())
        {
            case "" or "ANY":
                return null;
            case "COO":
                return Domain.Postings.Role.Coo;
            case "CEO":
                return Domain.Postings.Role.Ceo;
            default:
                errors["role"] = ["'role' must be one of: any, coo, ceo."];
                return null;
        }
    }

    private static bool ParseBool(string value, Dictionary<string, string[]> errors)
    {
        switch (value.Trim().ToUpperInvariant())
        {
            case "" or "FALSE" or "0" or "OFF":
                return false;
            case "TRUE" or "1" or "ON":
                return true;
            default:
                errors["remote"] = ["'remote' must be true or false."];
                return false;
        }
    }

    private static int ParseInt(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var text = query[name].ToString().Trim();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"'{name}' must be a whole number from {min} to {max}."];
        return fallback;
    }
}
