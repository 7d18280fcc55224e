using System.Text.Json;
using JobTagger.Domain.Postings;
using JobTagger.Ingest.Html;
using JobTagger.Ingest.Mapping;
using static JobTagger.Ingest.SchemaOrg.JsonValues;

namespace JobTagger.Ingest.SchemaOrg;

/// <summary>
/// Maps a schema.org <c>JobPosting</c> (from JSON-LD, a JSON file or microdata turned into JSON) to a draft.
/// An <c>identifier</c> PropertyValue with <c>propertyID</c> "jobtagger" is a JobTagger id from our own JSON-LD export:
/// it is kept unchanged, as is the <c>jobtagger:source</c> additional property, so an export re-imports without loss.
/// </summary>
internal static class SchemaOrgJobPostingMapper
{
    public const string JobTaggerPropertyId = "jobtagger";
    public const string JobTaggerSourceProperty = "jobtagger:source";

    public static bool IsJobPosting(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && Items(Property(element, "@type")).Any(t => t.ValueKind == JsonValueKind.String && IsJobPostingType(t.GetString()));

    public static PostingDraft Map(JsonElement posting)
    {
        var (sourceId, fixedId) = Identifier(Property(posting, "identifier"));
        var remote = Items(Property(posting, "jobLocationType"))
            .Any(t => string.Equals(Text(t), "TELECOMMUTE", StringComparison.OrdinalIgnoreCase));
        var location = Location(Property(posting, "jobLocation"))
            ?? JoinNames(Property(posting, "applicantLocationRequirements"));
        return new PostingDraft
        {
            Id = sourceId,
            FixedId = fixedId,
            Source = AdditionalProperty(posting, JobTaggerSourceProperty),
            Title = HtmlText.ToPlainText(Text(posting, "title") ?? Text(posting, "name")),
            Company = HtmlText.ToPlainText(Text(posting, "hiringOrganization")),
            Location = location,
            IsRemote = remote,
            Url = Text(posting, "url"),
            Description = HtmlText.ToPlainText(Text(posting, "description")),
            PostedAt = LooseValueParser.ParseDate(Text(posting, "datePosted")),
            ValidThrough = LooseValueParser.ParseDate(Text(posting, "validThrough")),
            EmploymentType = JoinTexts(Property(posting, "employmentType")),
            Salary = Salary(Property(posting, "baseSalary")) ?? Salary(Property(posting, "estimatedSalary")),
            Skills = Items(Property(posting, "skills"))
                .SelectMany(s => s.ValueKind == JsonValueKind.String ? FlatRecordMapper.SplitList(s.GetString()) : Texts(s))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray(),
            OccupationalCategory = JoinTexts(Property(posting, "occupationalCategory")),
        };
    }

    private static bool IsJobPostingType(string? type) =>
        type is not null && (type == "JobPosting" || type.EndsWith("/JobPosting", StringComparison.Ordinal)
            || type.EndsWith(":JobPosting", StringComparison.Ordinal));

    private static (string? SourceId, string? FixedId) Identifier(JsonElement? identifier)
    {
        string? sourceId = null;
        foreach (var item in Items(identifier))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                var value = Text(item, "value") ?? Text(item, "name");
                if (string.Equals(Text(item, "propertyID"), JobTaggerPropertyId, StringComparison.OrdinalIgnoreCase) && value is not null)
                {
                    return (value, value);
                }

                sourceId ??= value;
            }
            else
            {
                sourceId ??= Text(item);
            }
        }

        return (sourceId, null);
    }

    private static string? AdditionalProperty(JsonElement posting, string name) =>
        Items(Property(posting, "additionalProperty"))
            .Where(p => string.Equals(Text(p, "name") ?? Text(p, "propertyID"), name, StringComparison.OrdinalIgnoreCase))
            .Select(p => Text(p, "value"))
            .FirstOrDefault();

    private static string? Location(JsonElement? jobLocation)
    {
        var places = Items(jobLocation).Select(Place).Where(p => p is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return places.Length == 0 ? null : string.Join("; ", places);
    }

    private static string? Place(JsonElement place)
    {
        if (place.ValueKind == JsonValueKind.String)
        {
            return place.GetString();
        }

        var address = Items(Property(place, "address")).FirstOrDefault();
        if (address.ValueKind == JsonValueKind.String)
        {
            return address.GetString();
        }

        if (address.ValueKind != JsonValueKind.Object)
        {
            return Text(place, "name");
        }

        return FlatRecordMapper.JoinPlace(
            Text(address, "addressLocality"), Text(address, "addressRegion"), Text(address, "addressCountry"))
            ?? Text(address, "name") ?? Text(place, "name");
    }

    private static string? JoinNames(JsonElement? element)
    {
        var names = Texts(element);
        return names.Count == 0 ? null : string.Join("; ", names);
    }

    private static string? JoinTexts(JsonElement? element)
    {
        var texts = Texts(element);
        return texts.Count == 0 ? null : string.Join(", ", texts);
    }

    private static SalaryRange? Salary(JsonElement? salary)
    {
        var amount = Items(salary).FirstOrDefault();
        if (amount.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        if (amount.ValueKind is JsonValueKind.Number or JsonValueKind.String)
        {
            var single = LooseValueParser.ParseAmount(Text(amount));
            return single is null ? null : new SalaryRange(single, single, null, null);
        }

        var currency = Text(amount, "currency")?.Trim().ToUpperInvariant();
        var value = Property(amount, "value");
        if (value is { ValueKind: JsonValueKind.Object } quantity)
        {
            var exact = Number(Property(quantity, "value"));
            var min = Number(Property(quantity, "minValue")) ?? exact;
            var max = Number(Property(quantity, "maxValue")) ?? exact;
            var unit = LooseValueParser.ParseUnit(Text(quantity, "unitText")) ?? LooseValueParser.ParseUnit(Text(amount, "unitText"));
            return min is null && max is null ? null : new SalaryRange(min, max, currency, unit);
        }

        var number = Number(value) ?? LooseValueParser.ParseAmount(Text(value));
        var low = Number(Property(amount, "minValue")) ?? number;
        var high = Number(Property(amount, "maxValue")) ?? number;
        return low is null && high is null ? null : new SalaryRange(low, high, currency, LooseValueParser.ParseUnit(Text(amount, "unitText")));
    }
}
