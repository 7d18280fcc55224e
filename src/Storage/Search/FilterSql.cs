using System.Globalization;
using System.Text;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Search;

/// <summary>
/// The SQL conditions (on the facets alias <c>f</c>) for a <see cref="PostingFilter"/>: role, skills, remote and posted
/// within. The location part goes to FTS5 (see <see cref="FtsMatch"/>). Every value is a parameter.
/// </summary>
internal static class FilterSql
{
    /// <summary>Every filter, each skill through its posting list (what an export, which reads every match, wants).</summary>
    public static string Conditions(SqliteCommand command, PostingFilter filter, bool remote, DateTimeOffset now)
        => Facets(command, filter, remote, now) + SkillParts(command, filter, listed: null).Listed;

    /// <summary>Role, remote and posted within: columns of the facets row.</summary>
    public static string Facets(SqliteCommand command, PostingFilter filter, bool remote, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new StringBuilder();
        if (filter.Role is { } role)
        {
            sql.Append(" AND f.role = $role");
            command.Parameters.AddWithValue("$role", PostingRow.RoleName(role));
        }

        if (remote || filter.RemoteOnly)
        {
            sql.Append(" AND f.works_remote = 1");
        }

        if (filter.PostedWithin is { } within)
        {
            sql.Append(" AND f.posted_at >= $since");
            command.Parameters.AddWithValue("$since", StoredTime.Write(now - within));
        }

        return sql.ToString();
    }

    /// <summary>
    /// The skills a posting must have, as conditions on the facets alias <c>f</c>, in two parts: the skills whose
    /// posting list is built once (all of them when <paramref name="listed"/> is null; cheaper than checking every
    /// posting when few postings have the skill), and the others, checked on each posting against its own skills.
    /// </summary>
    public static (string Listed, string Checked) SkillParts(SqliteCommand command, PostingFilter filter, IReadOnlySet<string>? listed)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(filter);
        var (lists, checks) = (new StringBuilder(), new StringBuilder());
        var i = 0;
        foreach (var skill in Names(filter))
        {
            var name = "$skill" + i.ToString(CultureInfo.InvariantCulture);
            if (listed is null || listed.Contains(skill))
            {
                lists.Append($" AND f.pk IN (SELECT posting_pk FROM posting_skills WHERE skill_id = {name} COLLATE NOCASE UNION SELECT posting_pk FROM posting_skills WHERE name = {name} COLLATE NOCASE)");
            }
            else
            {
                checks.Append($" AND EXISTS (SELECT 1 FROM posting_skills k WHERE k.posting_pk = f.pk AND (k.skill_id = {name} COLLATE NOCASE OR k.name = {name} COLLATE NOCASE))");
            }

            command.Parameters.AddWithValue(name, skill);
            i++;
        }

        return (lists.ToString(), checks.ToString());
    }

    /// <summary>The skill filters as given, trimmed, each once (case-insensitive).</summary>
    public static IReadOnlyList<string> Names(PostingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return [.. filter.Skills.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
