using System.Text.Json;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Reading;

/// <summary>Reads whole postings (labels, skills with evidence, sources) from rows selected with <see cref="Columns"/>, one at a time.</summary>
internal static class PostingRecordReader
{
    /// <summary>The select list, on postings aliased <c>p</c>; skills and sources come as JSON arrays from subqueries.</summary>
    public const string Columns = StoredPostingRow.Columns + """
        ,
        (SELECT json_group_array(json_array(k.skill_id, k.name, k.category, json(k.evidence)))
           FROM posting_skills k WHERE k.posting_pk = p.pk) AS skills,
        (SELECT json_group_array(json_array(s.source, s.url, s.source_id, s.first_seen, s.last_seen))
           FROM posting_sources s WHERE s.posting_pk = p.pk) AS sources
        """;

    public static PostingDetail Read(SqliteDataReader r) => new(
        new StoredPostingRow(r).ToTagged(ReadSkills(r.GetString(StoredPostingRow.ColumnCount))),
        ReadSources(r.GetString(StoredPostingRow.ColumnCount + 1)));

    private static List<SkillTag> ReadSkills(string json)
    {
        using var document = JsonDocument.Parse(json);
        var skills = new List<SkillTag>(document.RootElement.GetArrayLength());
        foreach (var item in document.RootElement.EnumerateArray())
        {
            skills.Add(new SkillTag(
                item[0].GetString() ?? string.Empty,
                item[1].GetString() ?? string.Empty,
                item[2].GetString() ?? string.Empty,
                StoredJson.ReadEvidence(item[3])));
        }

        return skills;
    }

    private static List<PostingSourceRef> ReadSources(string json)
    {
        using var document = JsonDocument.Parse(json);
        var sources = new List<PostingSourceRef>(document.RootElement.GetArrayLength());
        foreach (var item in document.RootElement.EnumerateArray())
        {
            sources.Add(new PostingSourceRef(
                item[0].GetString() ?? string.Empty,
                item[1].ValueKind == JsonValueKind.Null ? null : item[1].GetString(),
                item[2].ValueKind == JsonValueKind.Null ? null : item[2].GetString(),
                StoredTime.Read(item[3].GetString()!),
                StoredTime.Read(item[4].GetString()!)));
        }

        return sources;
    }
}
