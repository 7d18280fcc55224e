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
    /// <summary>
    /// The posting's own columns, on postings aliased <c>p</c>, read by <see cref="ReadTagged"/>. The short nullable
    /// ones come as one JSON array: each column read is several native calls (a null check, then the value, each
    /// checking the row first), and fifteen of them cost more than SQLite takes to write and we take to read the array.
    /// </summary>
    public const string PostingColumns = """
        p.id, p.source, p.title, p.is_remote, p.description, p.source_skills, p.ceo_probability, p.explanation,
        json_array(p.source_id, p.url, p.company, p.location, p.posted_at, p.valid_through, p.employment_type,
            p.salary_min, p.salary_max, p.salary_currency, p.salary_unit, p.occupational_category, p.extraction_method,
            p.role, p.model_version)
        """;

    /// <summary>The number of <see cref="PostingColumns"/>; the next ordinal is free for the caller.</summary>
    public const int PostingColumnCount = 9;

    /// <summary>The select list, on postings aliased <c>p</c>; skills and sources come as JSON arrays from subqueries.</summary>
    public const string Columns = PostingColumns + """
        ,
        (SELECT json_group_array(json_array(k.skill_id, k.name, k.category, json(k.evidence)))
           FROM posting_skills k WHERE k.posting_pk = p.pk) AS skills,
        (SELECT json_group_array(json_array(s.source, s.url, s.source_id, s.first_seen, s.last_seen))
           FROM posting_sources s WHERE s.posting_pk = p.pk) AS sources
        """;

    public static PostingDetail Read(SqliteDataReader r) => new(
        ReadTagged(r, ReadSkills(r.GetString(PostingColumnCount))),
        ReadSources(r.GetString(PostingColumnCount + 1)));

    /// <summary>The posting and its classification from the <see cref="PostingColumns"/>, with the given skills.</summary>
    public static TaggedPosting ReadTagged(SqliteDataReader r, IReadOnlyList<SkillTag> skills)
    {
        var small = new ShortColumns(r.GetFieldValue<byte[]>(8));
        var sourceId = small.Next();
        var url = small.Next();
        var company = small.Next();
        var location = small.Next();
        var postedAt = small.Next();
        var validThrough = small.Next();
        var employmentType = small.Next();
        var salaryMin = small.Next();
        var salaryMax = small.Next();
        var salaryCurrency = small.Next();
        var salaryUnit = small.Next();
        var occupationalCategory = small.Next();
        var extractionMethod = small.Next();
        var roleName = small.Next();
        var model = small.Next();
        var posting = new JobPosting
        {
            Id = r.GetString(0),
            Source = r.GetString(1),
            SourceId = sourceId,
            Url = url,
            Title = r.GetString(2),
            Company = company,
            Location = location,
            IsRemote = r.GetBoolean(3),
            PostedAt = postedAt is null ? null : StoredTimeReader.Read(postedAt),
            ValidThrough = validThrough is null ? null : StoredTimeReader.Read(validThrough),
            EmploymentType = employmentType,
            Salary = salaryMin is null && salaryMax is null && salaryCurrency is null && salaryUnit is null
                ? null
                : new SalaryRange(Number(salaryMin), Number(salaryMax), salaryCurrency, salaryUnit),
            Description = r.GetString(4),
            SourceSkills = r.IsDBNull(5) ? [] : StoredJsonReader.Strings(r.GetFieldValue<byte[]>(5)),
            OccupationalCategory = occupationalCategory,
            ExtractionMethod = extractionMethod,
        };
        var role = roleName is not null && model is not null
            ? new RoleClassification
            {
                Role = roleName == "ceo" ? Role.Ceo : Role.Coo,
                CeoProbability = r.GetDouble(6),
                ModelVersion = model,
                Evidence = r.IsDBNull(7) ? [] : new StoredJsonList<RoleEvidence>(r.GetFieldValue<byte[]>(7), StoredJsonReader.Explanation),
            }
            : null;
        return new TaggedPosting(posting) { Role = role, Skills = skills };
    }

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

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
