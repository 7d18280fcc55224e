using JobTagger.Domain.Postings;
using JobTagger.Storage.Search;
using JobTagger.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Reading;

/// <summary>A posting's skill and source rows, read by ordinal (column 0 is the posting pk).</summary>
internal static class PostingChildReader
{
    /// <summary>From <c>posting_pk, skill_id, name, category, evidence</c>.</summary>
    public static SkillTag Skill(SqliteDataReader r) =>
        new(r.GetString(1), r.GetString(2), r.GetString(3), StoredJsonReader.Evidence(r.GetFieldValue<byte[]>(4)));

    /// <summary>From <c>posting_pk, source, url, source_id, first_seen, last_seen</c>.</summary>
    public static PostingSourceRef Source(SqliteDataReader r) => new(
        r.GetString(1),
        r.IsDBNull(2) ? null : r.GetString(2),
        r.IsDBNull(3) ? null : r.GetString(3),
        StoredTime.Read(r.GetString(4)),
        StoredTime.Read(r.GetString(5)));
}
