using System.Globalization;
using CsvHelper;
using JobTagger.Storage.Reading;
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

    // Formatting workers besides the thread that reads SQLite: one per core, the reading thread mostly waits on SQLite.
    private static readonly int Workers = Math.Max(1, Environment.ProcessorCount);

    [ThreadStatic]
    private static ListFieldBuilder? _list;

    private protected override async Task<int> WriteAsync(IAsyncEnumerable<PostingDetail> postings, ExportSink sink, CancellationToken ct)
    {
        await using var csv = sink.CreateCsv(Options);
        csv.WriteRecord(Columns);
        var header = csv.RecordCount;

        // This thread steps SQLite and copies the columns; the workers format them, in input order, without decoding.
        if (postings is StoredPostings stored)
        {
            await csv.ParallelWriteAsync(stored.RowsWithoutEvidence, CsvStoredRowWriter.Write, Workers, ct);
        }
        else
        {
            await csv.ParallelWriteAsync(postings, WriteRow, Workers, ct);
        }

        await csv.FlushAsync(ct);
        await sink.CompleteAsync(ct);
        return (int)(csv.RecordCount - header);
    }

    private static void WriteRow(CsvWriter csv, PostingDetail detail)
    {
        var list = _list ??= new ListFieldBuilder();
        var tagged = detail.Tagged;
        var p = tagged.Posting;
        Span<char> scratch = stackalloc char[64];
        csv.WriteField(p.Id);
        csv.WriteField(p.Source);
        csv.WriteField(p.SourceId);
        csv.WriteField(p.Url);
        csv.WriteField(p.Title);
        csv.WriteField(p.Company);
        csv.WriteField(p.Location);
        csv.WriteField(p.IsRemote ? "true" : "false");
        WriteFormatted(csv, p.PostedAt, "O", scratch);
        WriteFormatted(csv, p.ValidThrough, "O", scratch);
        csv.WriteField(p.EmploymentType);
        WriteFormatted(csv, p.Salary?.Min, default, scratch);
        WriteFormatted(csv, p.Salary?.Max, default, scratch);
        csv.WriteField(p.Salary?.Currency);
        csv.WriteField(p.Salary?.Unit);
        csv.WriteField(PostingRow.RoleName(tagged.Role?.Role));
        WriteFormatted(csv, tagged.Role?.CeoProbability, "0.####", scratch);
        csv.WriteField(tagged.Role?.ModelVersion);
        var skills = tagged.Skills;
        csv.WriteField(list.Join(skills, static s => s.Name));
        csv.WriteField(list.Join(skills, static s => s.SkillId));
        csv.WriteField(list.Join(tagged.Role?.Evidence ?? [], static e => e.Text));
        csv.WriteField(list.Join(detail.Sources, static s => s.Source));
        csv.WriteField(list.Join(detail.Sources, static s => s.Url));
        csv.WriteField(p.OccupationalCategory);
        csv.WriteField(p.Description);
        csv.EndRecord();
    }

    // Formatted into a stack buffer instead of a string per value; null stays an empty field as before.
    internal static void WriteFormatted<T>(CsvWriter csv, T? value, ReadOnlySpan<char> format, Span<char> scratch)
        where T : struct, ISpanFormattable
    {
        if (value is not { } v)
        {
            csv.WriteField((string?)null);
        }
        else if (v.TryFormat(scratch, out var written, format, CultureInfo.InvariantCulture))
        {
            csv.WriteField(scratch[..written]);
        }
        else
        {
            csv.WriteField(v.ToString(format.ToString(), CultureInfo.InvariantCulture));
        }
    }
}
