using System.Text;
using System.Text.Json;
using JobTagger.Domain.Ingestion;
using JobTagger.Domain.Postings;
using JobTagger.Ingest.Html;
using JobTagger.Ingest.Mapping;
using static JobTagger.Ingest.SchemaOrg.JsonValues;

namespace JobTagger.Ingest.Feeds;

/// <summary>
/// Maps one posting of Lever's postings API (<c>/v0/postings/{company}</c>): the description is the opening, each
/// list (heading + items) and the closing text, in that order, as the hosted page shows them.
/// </summary>
internal static class LeverPostingMapper
{
    public const string Source = "lever";

    public static bool IsLeverPosting(JsonElement element) =>
        Property(element, "hostedUrl") is not null
        && (Property(element, "descriptionPlain") is not null || Property(element, "categories") is not null || Property(element, "lists") is not null);

    public static IngestResult Map(JsonElement posting, SourceLocation where)
    {
        var categories = Property(posting, "categories") ?? default;
        var location = Text(categories, "location") ?? string.Join("; ", Texts(Property(categories, "allLocations")));
        var hostedUrl = Text(posting, "hostedUrl");
        var draft = new PostingDraft
        {
            Id = Text(posting, "id"),
            Title = HtmlText.ToPlainText(Text(posting, "text")),
            Company = AtsUrls.CompanySlug(hostedUrl),
            Location = location,
            IsRemote = string.Equals(Text(posting, "workplaceType"), "remote", StringComparison.OrdinalIgnoreCase)
                || location.Contains("remote", StringComparison.OrdinalIgnoreCase),
            Url = hostedUrl,
            Description = Description(posting),
            PostedAt = Property(posting, "createdAt") is { ValueKind: JsonValueKind.Number } created && created.TryGetInt64(out var ms)
                ? LooseValueParser.FromEpoch(ms)
                : LooseValueParser.ParseDate(Text(posting, "createdAt")),
            EmploymentType = Text(categories, "commitment"),
            OccupationalCategory = Text(categories, "team") ?? Text(categories, "department"),
            Salary = Salary(Property(posting, "salaryRange")),
        };
        return draft.ToResult(Source, Source, where, posting);
    }

    private static string? Description(JsonElement posting)
    {
        var html = new StringBuilder();
        html.Append(Text(posting, "description") ?? Text(posting, "opening"));
        foreach (var list in Items(Property(posting, "lists")))
        {
            html.Append("<h3>").Append(Text(list, "text")).Append("</h3><ul>").Append(Text(list, "content")).Append("</ul>");
        }

        html.Append("<div>").Append(Text(posting, "additional")).Append("</div>");
        var text = HtmlText.ToPlainText(html.ToString());
        return string.IsNullOrWhiteSpace(text)
            ? HtmlText.ToPlainText(Text(posting, "descriptionPlain") + "\n\n" + Text(posting, "additionalPlain"))
            : text;
    }

    private static SalaryRange? Salary(JsonElement? range)
    {
        if (range is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        var min = Number(Property(value, "min"));
        var max = Number(Property(value, "max"));
        return min is null && max is null ? null : new SalaryRange(min, max, Text(value, "currency"), LooseValueParser.ParseUnit(Text(value, "interval")));
    }
}
