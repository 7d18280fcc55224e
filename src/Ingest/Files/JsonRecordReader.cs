using System.Text;
using System.Text.Json;
using JobTagger.Domain.Ingestion;
using JobTagger.Ingest.Feeds;
using JobTagger.Ingest.Html;
using JobTagger.Ingest.Mapping;
using JobTagger.Ingest.SchemaOrg;

namespace JobTagger.Ingest.Files;

/// <summary>
/// Turns one JSON value from a file (a JSON line, an array item) into a result: a schema.org JobPosting, a Lever
/// posting, or a flat object whose keys are recognised by <see cref="FlatFieldAliases"/>.
/// </summary>
internal static class JsonRecordReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IngestResult FromLine(ReadOnlyMemory<byte> line, string source, string method, SourceLocation where)
    {
        if (!System.Text.Unicode.Utf8.IsValid(line.Span))
        {
            return IngestResult.Rejected(where, "invalid UTF-8", Encoding.UTF8.GetString(line.Span));
        }

        try
        {
            using var document = JsonDocument.Parse(line, Options);
            return FromElement(document.RootElement, source, method, where);
        }
        catch (JsonException e)
        {
            return IngestResult.Rejected(where, $"malformed JSON: {e.Message}", Encoding.UTF8.GetString(line.Span));
        }
    }

    public static IngestResult FromElement(JsonElement element, string source, string method, SourceLocation where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return IngestResult.Rejected(where, $"expected a JSON object, found {element.ValueKind}", element.GetRawText());
        }

        if (SchemaOrgJobPostingMapper.IsJobPosting(element))
        {
            return JobPageExtractor.FromSchemaOrg(element, source, where);
        }

        if (LeverPostingMapper.IsLeverPosting(element))
        {
            return LeverPostingMapper.Map(element, where);
        }

        return FlatRecordMapper.Map(Fields(element)).ToResult(source, method, where, element);
    }

    private static IEnumerable<KeyValuePair<string, string?>> Fields(JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                JsonValueKind.Object or JsonValueKind.Array => JsonValues.Text(property.Value),
                _ => null,
            };
            yield return new(property.Name, value);
        }
    }
}
