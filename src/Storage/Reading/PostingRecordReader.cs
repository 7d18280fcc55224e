using System.Globalization;
using System.Text.Json;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Reading;

/// <summary>Reads whole postings (labels, skills with evidence, sources) from rows selected with <see cref="Columns"/>.</summary>
internal static class PostingRecordReader
{
    /// <summary>The posting's own columns, on postings aliased <c>p</c>, read by <see cref="ReadTagged"/>.</summary>
    public const string PostingColumns = """
        p.id, p.source, p.source_id, p.url, p.title, p.company, p.location, p.is_remote, p.posted_at, p.valid_through,
        p.employment_type, p.salary_min, p.salary_max, p.salary_currency, p.salary_unit, p.description, p.source_skills,
        p.occupational_category, p.extraction_method, p.role, p.ceo_probability, p.model_version, p.explanation
        """;

    /// <summary>The number of <see cref="PostingColumns"/>; the next ordinal is free for the caller.</summary>
    public const int PostingColumnCount = 23;

    /// <summary>The select list, on postings aliased <c>p</c>; skills and sources come as JSON arrays from subqueries.</summary>
    public const string Columns = PostingColumns + """
        ,
        (SELECT json_group_array(json_array(k.skill_id, k.name, k.category, json(k.evidence)))
           FROM posting_skills k WHERE k.posting_pk = p.pk) AS skills,
        (SELECT json_group_array(json_array(s.source, s.url, s.source_id, s.first_seen, s.last_seen))
           FROM posting_sources s WHERE s.posting_pk = p.pk) AS sources
        """;

    public static PostingDetail Read(SqliteDataReader r) =>
        new(ReadTagged(r, ReadSkills(r.GetString(23))), ReadSources(r.GetString(24)));

    /// <summary>The posting and its classification from the <see cref="PostingColumns"/>, with the given skills.</summary>
    public static TaggedPosting ReadTagged(SqliteDataReader r, IReadOnlyList<SkillTag> skills)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        decimal? Number(int i) => r.IsDBNull(i) ? null : decimal.Parse(r.GetString(i), CultureInfo.InvariantCulture);
        var posting = new JobPosting
        {
            Id = r.GetString(0),
            Source = r.GetString(1),
            SourceId = Text(2),
            Url = Text(3),
            Title = r.GetString(4),
            Company = Text(5),
            Location = Text(6),
            IsRemote = r.GetBoolean(7),
            PostedAt = Text(8) is { } posted ? StoredTimeReader.Read(posted) : null,
            ValidThrough = Text(9) is { } valid ? StoredTimeReader.Read(valid) : null,
            EmploymentType = Text(10),
            Salary = r.IsDBNull(11) && r.IsDBNull(12) && r.IsDBNull(13) && r.IsDBNull(14)
                ? null
                : new SalaryRange(Number(11), Number(12), Text(13), Text(14)),
            Description = r.GetString(15),
            SourceSkills = r.IsDBNull(16) ? [] : StoredJsonReader.Strings(r.GetFieldValue<byte[]>(16)),
            OccupationalCategory = Text(17),
            ExtractionMethod = Text(18),
        };
        var role = Text(19) is { } roleName && Text(21) is { } model
            ? new RoleClassification
            {
                Role = roleName == "ceo" ? Role.Ceo : Role.Coo,
                CeoProbability = r.GetDouble(20),
                ModelVersion = model,
                Evidence = r.IsDBNull(22) ? [] : new StoredJsonList<RoleEvidence>(r.GetFieldValue<byte[]>(22), StoredJsonReader.Explanation),
            }
            : null;
        return new TaggedPosting(posting) { Role = role, Skills = skills };
    }

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
