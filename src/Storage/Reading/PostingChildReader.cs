using System.Text.Json;
using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Reading;

/// <summary>A posting's skill and source rows (column 0 is the posting pk), copied as bytes and decoded later.</summary>
internal static class PostingChildReader
{
    /// <summary>Column 1 as bytes, for <see cref="Skills"/> and <see cref="Source"/> on another thread.</summary>
    public static byte[] Column(SqliteDataReader r) => r.GetFieldValue<byte[]>(1);

    /// <summary>
    /// The select list of <see cref="Skills"/>: one row per posting (grouped by posting_pk), skills in order, as one
    /// flat JSON array of <c>[id, name, category]</c> then the stored evidence array for each skill. Concatenated, not
    /// built with <c>json_group_array(json_array(..., json(evidence)))</c>: that parsed and rewrote every evidence array
    /// on the thread that reads SQLite (a third of its time), and the evidence is only parsed when a format uses it.
    /// A null evidence becomes JSON null, as <c>json(null)</c> gave.
    /// </summary>
    public const string SkillColumns =
        "posting_pk, '[' || group_concat(json_array(skill_id, name, category) || ',' || coalesce(evidence, 'null'), ',') || ']'";

    /// <summary>
    /// <see cref="SkillColumns"/> with every evidence null (read as none), for a format that never writes it (CSV):
    /// the evidence is most of what SQLite copies and concatenates for the skills (~0.5 s of CPU per 200,000 postings).
    /// </summary>
    public const string SkillColumnsWithoutEvidence =
        "posting_pk, '[' || group_concat(json_array(skill_id, name, category) || ',null', ',') || ']'";

    /// <summary>
    /// From <see cref="SkillColumns"/>. One JSON array per posting instead of a row per skill: each column read is a
    /// native call with a lock, and ~10 skill rows per posting cost more than the JSON is to read.
    /// </summary>
    public static IReadOnlyList<SkillTag> Skills(byte[] column)
    {
        var utf8 = column.AsSpan();
        var json = new Utf8JsonReader(utf8);
        json.Read();
        var skills = new List<SkillTag>(12);
        while (json.Read() && json.TokenType == JsonTokenType.StartArray)
        {
            json.Read();
            var id = json.GetString() ?? string.Empty;
            json.Read();
            var name = json.GetString() ?? string.Empty;
            json.Read();
            var category = json.GetString() ?? string.Empty;
            json.Read();
            json.Read();
            var start = (int)json.TokenStartIndex;
            json.Skip();
            var evidence = utf8[start..(int)json.BytesConsumed].ToArray();
            skills.Add(new SkillTag(id, name, category, new StoredJsonList<SkillEvidence>(evidence, StoredJsonReader.Evidence)));
        }

        return skills;
    }

    /// <summary>The select list of <see cref="Source"/>: the source's columns as one JSON array, as the posting's short ones.</summary>
    public const string SourceColumns = "posting_pk, json_array(source, url, source_id, first_seen, last_seen)";

    /// <summary>From <see cref="SourceColumns"/>, the column after the pk.</summary>
    public static PostingSourceRef Source(byte[] column)
    {
        var columns = new ShortColumns(column);
        var source = columns.Next() ?? string.Empty;
        var url = columns.Next();
        var sourceId = columns.Next();
        var firstSeen = StoredTimeReader.Read(columns.Next() ?? string.Empty);
        var lastSeen = StoredTimeReader.Read(columns.Next() ?? string.Empty);
        return new PostingSourceRef(source, url, sourceId, firstSeen, lastSeen);
    }
}
