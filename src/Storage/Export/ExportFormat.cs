namespace JobTagger.Storage.Export;

/// <summary>The export formats, documented in docs/storage.md.</summary>
public enum ExportFormat
{
    /// <summary>One JSON object per line with every stored field.</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV with a fixed column order; lists joined with "; ".</summary>
    Csv,

    /// <summary>A JSON array of schema.org JobPosting objects that <c>jobtagger tag</c> reads back.</summary>
    JsonLd,
}
