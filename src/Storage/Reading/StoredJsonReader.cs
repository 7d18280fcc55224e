using System.Text.Json;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Writing;

namespace JobTagger.Storage.Reading;

/// <summary>
/// Reads the JSON of the evidence, explanation and source-skills columns straight from their UTF-8 bytes with
/// <see cref="Utf8JsonReader"/>: no document tree, only the values are allocated (the export reads millions).
/// </summary>
internal static class StoredJsonReader
{
    public static IReadOnlyList<SkillEvidence> Evidence(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return [];
        }

        var list = new List<SkillEvidence>(2);
        while (ReadItem(ref reader, out var item))
        {
            list.Add(new SkillEvidence(item.Field, item.Start, item.Length, item.Text));
        }

        return list;
    }

    public static IReadOnlyList<RoleEvidence> Explanation(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (utf8.IsEmpty || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return [];
        }

        var list = new List<RoleEvidence>(8);
        while (ReadItem(ref reader, out var item))
        {
            list.Add(new RoleEvidence(item.Field, item.Start, item.Length, item.Text, item.Weight));
        }

        return list;
    }

    public static IReadOnlyList<string> Strings(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (utf8.IsEmpty || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return [];
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(reader.GetString() ?? string.Empty);
        }

        return list;
    }

    // One {"text", "field", "start", "length"[, "weight"]} object; false at the end of the array.
    private static bool ReadItem(ref Utf8JsonReader reader, out EvidenceItem item)
    {
        item = new EvidenceItem();
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("text"u8))
            {
                item.Text = reader.GetString() ?? string.Empty;
            }
            else if (name.SequenceEqual("field"u8))
            {
                item.Field = reader.ValueTextEquals("title"u8) ? PostingField.Title : StoredJson.ParseField(reader.GetString());
            }
            else if (name.SequenceEqual("start"u8))
            {
                item.Start = reader.GetInt32();
            }
            else if (name.SequenceEqual("length"u8))
            {
                item.Length = reader.GetInt32();
            }
            else if (name.SequenceEqual("weight"u8))
            {
                item.Weight = reader.GetDouble();
            }
            else
            {
                reader.Skip();
            }
        }

        return true;
    }

    private struct EvidenceItem
    {
        public EvidenceItem()
        {
        }

        public string Text { get; set; } = string.Empty;

        public PostingField Field { get; set; } = PostingField.Description;

        public int Start { get; set; }

        public int Length { get; set; }

        public double Weight { get; set; }
    }
}
