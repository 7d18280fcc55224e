using System.Text.Json;
using JobTagger.Domain.Ingestion;
using JobTagger.Domain.Postings;
using JobTagger.Ingest.Html;
using JobTagger.Ingest.Mapping;
using static JobTagger.Ingest.SchemaOrg.JsonValues;

namespace JobTagger.Ingest.Feeds;

/// <summary>Maps one job of Ashby's public job-board API (<c>/posting-api/job-board/{org}?includeCompensation=true</c>).</summary>
internal static class AshbyJobMapper
{
    public const string Source = "ashby";

    public static bool IsAshbyJob(JsonElement job) => Property(job, "jobUrl") is not null || Property(job, "descriptionHtml") is not null;

    public static IngestResult Map(JsonElement job, SourceLocation where)
    {
        var locations = new[] { Text(job, "location") }
            .Concat(Items(Property(job, "secondaryLocations")).Select(l => Text(l, "location")))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var jobUrl = Text(job, "jobUrl");
        var draft = new PostingDraft
        {
            Id = Text(job, "id"),
            Title = HtmlText.ToPlainText(Text(job, "title")),
            Company = AtsUrls.CompanySlug(jobUrl),
            Location = string.Join("; ", locations),
            IsRemote = Property(job, "isRemote") is { ValueKind: JsonValueKind.True }
                || string.Equals(Text(job, "workplaceType"), "Remote", StringComparison.OrdinalIgnoreCase),
            Url = jobUrl,
            Description = HtmlText.ToPlainText(Text(job, "descriptionHtml") ?? Text(job, "descriptionPlain")),
            PostedAt = LooseValueParser.ParseDate(Text(job, "publishedAt")),
            EmploymentType = Text(job, "employmentType"),
            OccupationalCategory = Text(job, "department") ?? Text(job, "team"),
            Salary = Salary(Property(job, "compensation")),
        };
        return draft.ToResult(Source, Source, where, job);
    }

    private static SalaryRange? Salary(JsonElement? compensation)
    {
        var component = Items(Property(compensation ?? default, "summaryComponents"))
            .FirstOrDefault(c => string.Equals(Text(c, "compensationType"), "Salary", StringComparison.OrdinalIgnoreCase));
        if (component.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var min = Number(Property(component, "minValue"));
        var max = Number(Property(component, "maxValue"));
        return min is null && max is null
            ? null
            : new SalaryRange(min, max, Text(component, "currencyCode"), LooseValueParser.ParseUnit(Text(component, "interval")));
    }
}
