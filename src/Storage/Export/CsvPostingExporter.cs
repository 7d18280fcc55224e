using System.Globalization;
using CsvHelper;
using JobTagger.Storage.Search;
using JobTagger.Storage.Writing;

namespace JobTagger.Storage.Export;

/// <summary>
/// RFC 4180 CSV (CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled) with a stable column
/// order: the JSONL fields flattened, lists joined with "; ".
/// </summary>
internal sealed class CsvPostingExporter : PostingExporter
{
    public static readonly string[] Columns =
    [
        "id", "source", "source_id", "url", "title", "company", "location", "is_remote", "posted_at", "valid_through",
        "employment_type", "salary_min", "salary_max", "salary_currency", "salary_unit", "role", "ceo_probability",
        "model_version", "skills", "skill_ids", "explanation", "sources", "source_urls", "occupational_category",
        "description",
    ];

    // The defaults are RFC 4180 (CRLF, quote when needed, quotes doubled, invariant culture).
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default;

    public override async Task<int> WriteAsync(IAsyncEnumerable<PostingDetail> postings, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(output);
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteRecord(Columns);
        var count = 0;
        await foreach (var detail in postings.WithCancellation(ct))
        {
            WriteRow(csv, detail);
            await csv.EndRecordAsync(ct);
            count++;
        }

        await csv.FlushAsync(ct);
        return count;
    }

    private static void WriteRow(CsvWriter csv, PostingDetail detail)
    {
        var tagged = detail.Tagged;
        var p = tagged.Posting;
        var inv = CultureInfo.InvariantCulture;
        csv.WriteField(p.Id);
        csv.WriteField(p.Source);
        csv.WriteField(p.SourceId);
        csv.WriteField(p.Url);
        csv.WriteField(p.Title);
        csv.WriteField(p.Company);
        csv.WriteField(p.Location);
        csv.WriteField(p.IsRemote ? "true" : "false");
        csv.WriteField(p.PostedAt?.ToString("O", inv));
        csv.WriteField(p.ValidThrough?.ToString("O", inv));
        csv.WriteField(p.EmploymentType);
        csv.WriteField(p.Salary?.Min?.ToString(inv));
        csv.WriteField(p.Salary?.Max?.ToString(inv));
        csv.WriteField(p.Salary?.Currency);
        csv.WriteField(p.Salary?.Unit);
        csv.WriteField(PostingRow.RoleName(tagged.Role?.Role));
        csv.WriteField(tagged.Role?.CeoProbability.ToString("0.####", inv));
        csv.WriteField(tagged.Role?.ModelVersion);
        csv.WriteField(string.Join("; ", tagged.Skills.Select(s => s.Name)));
        csv.WriteField(string.Join("; ", tagged.Skills.Select(s => s.SkillId)));
        csv.WriteField(string.Join("; ", (tagged.Role?.Evidence ?? []).Select(e => e.Text)));
        csv.WriteField(string.Join("; ", detail.Sources.Select(s => s.Source)));
        csv.WriteField(string.Join("; ", detail.Sources.Select(s => s.Url).OfType<string>()));
        csv.WriteField(p.OccupationalCategory);
        csv.WriteField(p.Description);
    }
}
