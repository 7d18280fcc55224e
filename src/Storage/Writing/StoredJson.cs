using System.Buffers;
using System.Text;
using System.Text.Json;
using JobTagger.Domain.Postings;

namespace JobTagger.Storage.Writing;

/// <summary>
/// The JSON kept in the explanation, evidence and source-skills columns, written with one reused
/// <see cref="Utf8JsonWriter"/> (no reflection on the hot path) and read back with <see cref="Utf8JsonReader"/>.
/// </summary>
internal sealed class StoredJson
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;

    public StoredJson()
    {
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
    }

    public static string FieldName(PostingField field) => field == PostingField.Title ? "title" : "description";

    public static PostingField ParseField(string? name) =>
        string.Equals(name, "title", StringComparison.OrdinalIgnoreCase) ? PostingField.Title : PostingField.Description;

    public string Evidence(IReadOnlyList<SkillEvidence> evidence)
    {
        Reset();
        _writer.WriteStartArray();
        foreach (var item in evidence)
        {
            _writer.WriteStartObject();
            _writer.WriteString("text", item.Text);
            _writer.WriteString("field", FieldName(item.Field));
            _writer.WriteNumber("start", item.Start);
            _writer.WriteNumber("length", item.Length);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        return Finish();
    }

    public string? Explanation(IReadOnlyList<RoleEvidence>? evidence)
    {
        if (evidence is null)
        {
            return null;
        }

        Reset();
        _writer.WriteStartArray();
        foreach (var item in evidence)
        {
            _writer.WriteStartObject();
            _writer.WriteString("text", item.Text);
            _writer.WriteString("field", FieldName(item.Field));
            _writer.WriteNumber("start", item.Start);
            _writer.WriteNumber("length", item.Length);
            _writer.WriteNumber("weight", item.Weight);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        return Finish();
    }

    public string? Strings(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        Reset();
        _writer.WriteStartArray();
        foreach (var value in values)
        {
            _writer.WriteStringValue(value);
        }

        _writer.WriteEndArray();
        return Finish();
    }

    public static IReadOnlyList<SkillEvidence> ReadEvidence(JsonElement array)
    {
        var list = new List<SkillEvidence>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            list.Add(new SkillEvidence(
                ParseField(item.GetProperty("field").GetString()),
                item.GetProperty("start").GetInt32(),
                item.GetProperty("length").GetInt32(),
                item.GetProperty("text").GetString() ?? string.Empty));
        }

        return list;
    }

    public static IReadOnlyList<RoleEvidence> ReadExplanation(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var list = new List<RoleEvidence>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            list.Add(new RoleEvidence(
                ParseField(item.GetProperty("field").GetString()),
                item.GetProperty("start").GetInt32(),
                item.GetProperty("length").GetInt32(),
                item.GetProperty("text").GetString() ?? string.Empty,
                item.GetProperty("weight").GetDouble()));
        }

        return list;
    }

    public static IReadOnlyList<string> ReadStrings(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
    }

    private void Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
    }

    private string Finish()
    {
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
