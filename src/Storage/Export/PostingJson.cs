using System.Text.Encodings.Web;
using System.Text.Json;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using JobTagger.Storage.Writing;

namespace JobTagger.Storage.Export;

/// <summary>The JSON object of one stored posting, as the JSONL export writes it. Property names are snake_case.</summary>
internal static class PostingJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        // Readable non-ASCII text (names, accents); still valid JSON, and never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(Utf8JsonWriter w, PostingDetail detail)
    {
        var tagged = detail.Tagged;
        var p = tagged.Posting;
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("source", p.Source);
        WriteOptional(w, "source_id", p.SourceId);
        WriteOptional(w, "url", p.Url);
        w.WriteString("title", p.Title);
        WriteOptional(w, "company", p.Company);
        WriteOptional(w, "location", p.Location);
        w.WriteBoolean("is_remote", p.IsRemote);
        WriteDate(w, "posted_at", p.PostedAt);
        WriteDate(w, "valid_through", p.ValidThrough);
        WriteOptional(w, "employment_type", p.EmploymentType);
        if (p.Salary is { } salary)
        {
            w.WriteStartObject("salary");
            WriteNumber(w, "min", salary.Min);
            WriteNumber(w, "max", salary.Max);
            WriteOptional(w, "currency", salary.Currency);
            WriteOptional(w, "unit", salary.Unit);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("salary");
        }

        w.WriteString("description", p.Description);
        WriteOptional(w, "occupational_category", p.OccupationalCategory);
        WriteOptional(w, "extraction_method", p.ExtractionMethod);
        w.WriteStartArray("source_skills");
        foreach (var skill in p.SourceSkills)
        {
            w.WriteStringValue(skill);
        }

        w.WriteEndArray();
        WriteOptional(w, "role", PostingRow.RoleName(tagged.Role?.Role));
        if (tagged.Role is { } role)
        {
            w.WriteNumber("ceo_probability", role.CeoProbability);
        }
        else
        {
            w.WriteNull("ceo_probability");
        }

        WriteOptional(w, "model_version", tagged.Role?.ModelVersion);
        w.WriteStartArray("explanation");
        foreach (var e in tagged.Role?.Evidence ?? [])
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            w.WriteString("field", StoredJson.FieldName(e.Field));
            w.WriteNumber("start", e.Start);
            w.WriteNumber("length", e.Length);
            w.WriteNumber("weight", e.Weight);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteSkills(w, tagged.Skills);
        WriteSources(w, detail.Sources);
        w.WriteEndObject();
    }

    private static void WriteSkills(Utf8JsonWriter w, IReadOnlyList<SkillTag> skills)
    {
        w.WriteStartArray("skills");
        foreach (var skill in skills)
        {
            w.WriteStartObject();
            w.WriteString("id", skill.SkillId);
            w.WriteString("name", skill.Name);
            w.WriteString("category", skill.Category);
            w.WriteStartArray("evidence");
            foreach (var e in skill.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("text", e.Text);
                w.WriteString("field", StoredJson.FieldName(e.Field));
                w.WriteNumber("start", e.Start);
                w.WriteNumber("length", e.Length);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSources(Utf8JsonWriter w, IReadOnlyList<PostingSourceRef> sources)
    {
        w.WriteStartArray("sources");
        foreach (var source in sources)
        {
            w.WriteStartObject();
            w.WriteString("source", source.Source);
            WriteOptional(w, "url", source.Url);
            WriteOptional(w, "source_id", source.SourceId);
            WriteDate(w, "first_seen", source.FirstSeen);
            WriteDate(w, "last_seen", source.LastSeen);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    internal static void WriteDate(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, date);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    internal static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
