using System.Text.Json;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Html;
using JobTagger.Ingest.Mapping;
using static JobTagger.Ingest.SchemaOrg.JsonValues;

namespace JobTagger.Ingest.Feeds;

/// <summary>
/// Maps one job of Greenhouse's job-board API (<c>/v1/boards/{board}/jobs?content=true</c>). Its <c>content</c> is
/// HTML escaped once more (<c>&amp;lt;p&amp;gt;</c>), which <see cref="HtmlText"/> unwraps.
/// </summary>
internal static class GreenhouseJobMapper
{
    public const string Source = "greenhouse";

    public static bool IsGreenhouseJob(JsonElement job) => Property(job, "absolute_url") is not null;

    public static IngestResult Map(JsonElement job, SourceLocation where)
    {
        var location = Text(job, "location");
        var draft = new PostingDraft
        {
            Id = Text(job, "id"),
            Title = HtmlText.ToPlainText(Text(job, "title")),
            Company = Text(job, "company_name") ?? AtsUrls.CompanySlug(Text(job, "absolute_url")),
            Location = location,
            IsRemote = location?.Contains("remote", StringComparison.OrdinalIgnoreCase) ?? false,
            Url = Text(job, "absolute_url"),
            Description = HtmlText.ToPlainText(Text(job, "content")),
            PostedAt = LooseValueParser.ParseDate(Text(job, "first_published") ?? Text(job, "updated_at")),
            ValidThrough = LooseValueParser.ParseDate(Text(job, "application_deadline")),
            OccupationalCategory = string.Join(", ", Items(Property(job, "departments")).Select(d => Text(d, "name")?.Trim())),
        };
        return draft.ToResult(Source, Source, where, job);
    }
}
