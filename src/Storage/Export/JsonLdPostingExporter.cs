using System.Globalization;
using System.Text.Json;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Reading;
using JobTagger.Storage.Search;
using JobTagger.Storage.Writing;

namespace JobTagger.Storage.Export;

/// <summary>
/// A JSON array (written element by element) of schema.org JobPosting objects. The posting id travels as an
/// <c>identifier</c> PropertyValue with propertyID <c>jobtagger</c>, which the ingest reader takes as the id, so
/// <c>jobtagger tag</c> re-imports an export without creating new postings. Labels go in <c>additionalProperty</c>.
/// </summary>
internal sealed class JsonLdPostingExporter : PostingExporter
{
    private protected override async Task<int> WriteAsync(IAsyncEnumerable<PostingDetail> postings, ExportSink sink, CancellationToken ct)
    {
        await using var writer = new Utf8JsonWriter(sink.Buffer, PostingJson.WriterOptions);
        var count = 0;
        sink.WriteAscii("["u8);
        // JSON-LD lists skill names only: their evidence is not even read.
        await foreach (var detail in ReadAhead.Of(postings is StoredPostings stored ? stored.WithoutEvidence : postings, ct))
        {
            sink.WriteAscii(count == 0 ? "\n"u8 : ",\n"u8);
            writer.Reset(sink.Buffer);
            Write(writer, detail);
            writer.Flush();
            await sink.FlushIfFullAsync(ct);
            count++;
        }

        sink.WriteAscii(count == 0 ? "]\n"u8 : "\n]\n"u8);
        await sink.CompleteAsync(ct);
        return count;
    }

    private static void Write(Utf8JsonWriter w, PostingDetail detail)
    {
        var tagged = detail.Tagged;
        var p = tagged.Posting;
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "JobPosting");
        w.WriteStartObject("identifier");
        w.WriteString("@type", "PropertyValue");
        w.WriteString("propertyID", "jobtagger");
        w.WriteString("value", p.Id);
        w.WriteEndObject();
        w.WriteString("title", p.Title);
        w.WriteString("description", p.Description);
        if (p.Company is not null)
        {
            w.WriteStartObject("hiringOrganization");
            w.WriteString("@type", "Organization");
            w.WriteString("name", p.Company);
            w.WriteEndObject();
        }

        WriteLocation(w, p);
        WriteDate(w, "datePosted", p.PostedAt);
        WriteDate(w, "validThrough", p.ValidThrough);
        WriteString(w, "employmentType", p.EmploymentType);
        WriteSalary(w, p.Salary);
        WriteString(w, "url", p.Url);
        WriteString(w, "occupationalCategory", p.OccupationalCategory);
        if (tagged.Skills.Count > 0)
        {
            w.WriteStartArray("skills");
            foreach (var skill in tagged.Skills)
            {
                w.WriteStringValue(skill.Name);
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("additionalProperty");
        if (tagged.Role is { } role)
        {
            WriteProperty(w, "jobtagger:role", PostingRow.RoleName(role.Role)!);
            WriteProperty(w, "jobtagger:ceo_probability", role.CeoProbability.ToString("R", CultureInfo.InvariantCulture));
            WriteProperty(w, "jobtagger:model_version", role.ModelVersion);
        }

        WriteProperty(w, "jobtagger:source", p.Source);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, JobPosting p)
    {
        if (p.IsRemote)
        {
            w.WriteString("jobLocationType", "TELECOMMUTE");
        }

        if (string.IsNullOrWhiteSpace(p.Location))
        {
            return;
        }

        // "Austin, TX" -> locality and region; "Berlin, Berlin, Germany" -> locality, region, country.
        var parts = p.Location.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        w.WriteStartObject("jobLocation");
        w.WriteString("@type", "Place");
        w.WriteStartObject("address");
        w.WriteString("@type", "PostalAddress");
        w.WriteString("addressLocality", parts[0]);
        if (parts.Length == 2)
        {
            w.WriteString("addressRegion", parts[1]);
        }
        else if (parts.Length > 2)
        {
            w.WriteString("addressRegion", string.Join(", ", parts[1..^1]));
            w.WriteString("addressCountry", parts[^1]);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSalary(Utf8JsonWriter w, SalaryRange? salary)
    {
        if (salary is null)
        {
            return;
        }

        w.WriteStartObject("baseSalary");
        w.WriteString("@type", "MonetaryAmount");
        WriteString(w, "currency", salary.Currency);
        w.WriteStartObject("value");
        w.WriteString("@type", "QuantitativeValue");
        if (salary.Min is { } min)
        {
            w.WriteNumber("minValue", min);
        }

        if (salary.Max is { } max)
        {
            w.WriteNumber("maxValue", max);
        }

        WriteString(w, "unitText", salary.Unit);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter w, string name, string value)
    {
        w.WriteStartObject();
        w.WriteString("@type", "PropertyValue");
        w.WriteString("name", name);
        w.WriteString("value", value);
        w.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, date);
        }
    }
}
