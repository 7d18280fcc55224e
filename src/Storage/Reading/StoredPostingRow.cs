using System.Globalization;
using System.Text;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Reading;

/// <summary>
/// A posting's stored columns as SQLite gave them, not yet decoded: reading them is a byte copy per column, so the
/// thread that steps SQLite does only that and <see cref="ToDetail"/> (strings, JSON, objects) runs on another one.
/// </summary>
internal sealed class StoredPostingRow
{
    /// <summary>
    /// The posting's own columns, on postings aliased <c>p</c>. The short ones come as one JSON array: each column read
    /// is several native calls (a null check, then the value, each checking the row first), and a dozen of them cost
    /// more than SQLite takes to write and we take to read the array. The nullable JSON columns come as empty text
    /// instead of null, which saves the null check.
    /// </summary>
    public const string Columns = """
        json_array(p.id, p.source, p.title, p.is_remote != 0, p.source_id, p.url, p.company, p.location, p.posted_at,
            p.valid_through, p.employment_type, p.salary_min, p.salary_max, p.salary_currency, p.salary_unit,
            p.occupational_category, p.extraction_method, p.role, p.model_version),
        p.description, coalesce(p.source_skills, ''), coalesce(p.ceo_probability, 0), coalesce(p.explanation, '')
        """;

    /// <summary>The number of <see cref="Columns"/>; the next ordinal is free for the caller.</summary>
    public const int ColumnCount = 5;

    private static readonly IReadOnlyList<byte[]> NoSources = [];

    private readonly byte[] _head;
    private readonly byte[] _description;
    private readonly byte[] _sourceSkills;
    private readonly double _ceoProbability;
    private readonly byte[] _explanation;

    /// <summary>Copies the <see cref="Columns"/> of the reader's current row.</summary>
    public StoredPostingRow(SqliteDataReader r)
    {
        _head = r.GetFieldValue<byte[]>(0);
        _description = r.GetFieldValue<byte[]>(1);
        _sourceSkills = r.GetFieldValue<byte[]>(2);
        _ceoProbability = r.GetDouble(3);
        _explanation = r.GetFieldValue<byte[]>(4);
    }

    /// <summary>The posting's skills as <see cref="PostingChildReader.SkillColumns"/> gives them; null without skills.</summary>
    public byte[]? Skills { get; init; }

    /// <summary>The posting's sources, one <see cref="PostingChildReader.SourceColumns"/> array each, in order.</summary>
    public IReadOnlyList<byte[]> Sources { get; init; } = NoSources;

    /// <summary>The <see cref="Columns"/>' first array as stored: id, source, title, is_remote, then the short columns.</summary>
    public ReadOnlySpan<byte> HeadUtf8 => _head;

    /// <summary>The description as stored, UTF-8.</summary>
    public ReadOnlySpan<byte> DescriptionUtf8 => _description;

    /// <summary>The explanation JSON as stored; empty when there is none.</summary>
    public ReadOnlySpan<byte> ExplanationUtf8 => _explanation;

    /// <summary>The CEO probability; 0 when the posting is not classified.</summary>
    public double CeoProbability => _ceoProbability;

    /// <summary>The posting, its labels, skills and sources.</summary>
    public PostingDetail ToDetail()
    {
        var skills = Skills is null ? [] : PostingChildReader.Skills(Skills);
        var sources = new List<PostingSourceRef>(Sources.Count);
        foreach (var source in Sources)
        {
            sources.Add(PostingChildReader.Source(source));
        }

        return new PostingDetail(ToTagged(skills), sources);
    }

    /// <summary>The posting and its classification, with the given skills.</summary>
    public TaggedPosting ToTagged(IReadOnlyList<SkillTag> skills)
    {
        var head = new ShortColumns(_head);
        var id = head.Next() ?? string.Empty;
        var source = head.Next() ?? string.Empty;
        var title = head.Next() ?? string.Empty;
        var isRemote = head.Next() == "1";
        var sourceId = head.Next();
        var url = head.Next();
        var company = head.Next();
        var location = head.Next();
        var postedAt = head.Next();
        var validThrough = head.Next();
        var employmentType = head.Next();
        var salaryMin = head.Next();
        var salaryMax = head.Next();
        var salaryCurrency = head.Next();
        var salaryUnit = head.Next();
        var occupationalCategory = head.Next();
        var extractionMethod = head.Next();
        var roleName = head.Next();
        var model = head.Next();
        var posting = new JobPosting
        {
            Id = id,
            Source = source,
            SourceId = sourceId,
            Url = url,
            Title = title,
            Company = company,
            Location = location,
            IsRemote = isRemote,
            PostedAt = postedAt is null ? null : StoredTimeReader.Read(postedAt),
            ValidThrough = validThrough is null ? null : StoredTimeReader.Read(validThrough),
            EmploymentType = employmentType,
            Salary = salaryMin is null && salaryMax is null && salaryCurrency is null && salaryUnit is null
                ? null
                : new SalaryRange(Number(salaryMin), Number(salaryMax), salaryCurrency, salaryUnit),
            Description = Encoding.UTF8.GetString(_description),
            SourceSkills = StoredJsonReader.Strings(_sourceSkills),
            OccupationalCategory = occupationalCategory,
            ExtractionMethod = extractionMethod,
        };
        var role = roleName is not null && model is not null
            ? new RoleClassification
            {
                Role = roleName == "ceo" ? Role.Ceo : Role.Coo,
                CeoProbability = _ceoProbability,
                ModelVersion = model,
                Evidence = _explanation.Length == 0 ? [] : new StoredJsonList<RoleEvidence>(_explanation, StoredJsonReader.Explanation),
            }
            : null;
        return new TaggedPosting(posting) { Role = role, Skills = skills };
    }

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);
}
