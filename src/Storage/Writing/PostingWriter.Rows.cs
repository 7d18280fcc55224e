using Microsoft.Data.Sqlite;

namespace JobTagger.Storage.Writing;

/// <summary>The single-row statements of <see cref="PostingWriter"/>: lookups, and binding a row's columns.</summary>
internal sealed partial class PostingWriter
{
    private (long Pk, byte[] Hash)? FindById(string id)
    {
        _commands.FindById.Parameters[0].Value = id;
        using var reader = _commands.FindById.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
    }

    private long? FindSource(long pk, string source, string postingKey)
    {
        var p = _commands.FindSource.Parameters;
        p[0].Value = pk;
        p[1].Value = source;
        p[2].Value = postingKey;
        return _commands.FindSource.ExecuteScalar() is long id ? id : null;
    }

    private (long Pk, long SourceId)? FindAlias(string postingKey)
    {
        _commands.FindAlias.Parameters[0].Value = postingKey;
        using var reader = _commands.FindAlias.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    private long? FindByUrl(string? canonicalUrl)
    {
        if (canonicalUrl is null)
        {
            return null;
        }

        _commands.FindUrl.Parameters[0].Value = canonicalUrl;
        return _commands.FindUrl.ExecuteScalar() is long pk ? pk : null;
    }

    private long InsertPosting(PostingRow row, string now)
    {
        var command = _commands.InsertPosting;
        BindPosting(command.Parameters, row);
        command.Parameters[PostingCommands.PostingColumns.Length].Value = now;
        return (long)command.ExecuteScalar()!;
    }

    private void UpdatePosting(long pk, PostingRow row, string now)
    {
        var command = _commands.UpdatePosting;
        BindPosting(command.Parameters, row);
        command.Parameters[PostingCommands.PostingColumns.Length].Value = now;
        command.Parameters[PostingCommands.PostingColumns.Length + 1].Value = pk;
        command.ExecuteNonQuery();
        Execute(_commands.DeleteSkills, pk);
        InsertSkills(pk, row);
    }

    private void InsertSkills(long pk, PostingRow row)
    {
        var command = _commands.InsertSkill;
        var p = command.Parameters;
        var skills = row.Tagged.Skills;
        for (var i = 0; i < skills.Count; i++)
        {
            var skill = skills[i];
            var first = skill.Evidence.Count > 0 ? skill.Evidence[0] : null;
            p[0].Value = pk;
            p[1].Value = i;
            p[2].Value = skill.SkillId;
            p[3].Value = skill.Name;
            p[4].Value = skill.Category;
            p[5].Value = (object?)first?.Text ?? DBNull.Value;
            p[6].Value = first is null ? DBNull.Value : StoredJson.FieldName(first.Field);
            p[7].Value = (object?)first?.Start ?? DBNull.Value;
            p[8].Value = (object?)first?.Length ?? DBNull.Value;
            p[9].Value = row.SkillEvidenceJson[i];
            command.ExecuteNonQuery();
        }
    }

    private void InsertSource(long pk, PostingRow row, string now)
    {
        var p = _commands.InsertSource.Parameters;
        p[0].Value = pk;
        p[1].Value = row.Posting.Source;
        p[2].Value = row.Posting.Id;
        p[3].Value = (object?)row.Posting.Url ?? DBNull.Value;
        p[4].Value = (object?)row.Posting.SourceId ?? DBNull.Value;
        p[5].Value = (object?)row.CanonicalUrl ?? DBNull.Value;
        p[6].Value = now;
        _commands.InsertSource.ExecuteNonQuery();
    }

    private void TouchSource(long sourceRowId, PostingRow row, string now)
    {
        var p = _commands.TouchSource.Parameters;
        p[0].Value = sourceRowId;
        p[1].Value = now;
        p[2].Value = (object?)row.Posting.Url ?? DBNull.Value;
        p[3].Value = (object?)row.CanonicalUrl ?? DBNull.Value;
        _commands.TouchSource.ExecuteNonQuery();
    }

    private static void BindPosting(SqliteParameterCollection p, PostingRow row)
    {
        var posting = row.Posting;
        var role = row.Tagged.Role;
        object Or(object? value) => value ?? DBNull.Value;
        p[0].Value = posting.Id;
        p[1].Value = posting.Source;
        p[2].Value = Or(posting.SourceId);
        p[3].Value = Or(posting.Url);
        p[4].Value = posting.Title;
        p[5].Value = Or(posting.Company);
        p[6].Value = Or(posting.Location);
        p[7].Value = posting.IsRemote;
        p[8].Value = StoredTime.WriteOrNull(posting.PostedAt);
        p[9].Value = StoredTime.WriteOrNull(posting.ValidThrough);
        p[10].Value = Or(posting.EmploymentType);
        p[11].Value = Or(posting.Salary?.Min);
        p[12].Value = Or(posting.Salary?.Max);
        p[13].Value = Or(posting.Salary?.Currency);
        p[14].Value = Or(posting.Salary?.Unit);
        p[15].Value = posting.Description;
        p[16].Value = Or(row.SourceSkillsJson);
        p[17].Value = Or(posting.OccupationalCategory);
        p[18].Value = Or(posting.ExtractionMethod);
        p[19].Value = Or(PostingRow.RoleName(role?.Role));
        p[20].Value = Or(role?.CeoProbability);
        p[21].Value = Or(role?.ModelVersion);
        p[22].Value = Or(row.ExplanationJson);
        p[23].Value = row.ContentHash;
        p[24].Value = row.SkillsText;
        p[25].Value = row.LocationKey;
        p[26].Value = row.WorksRemote;
        p[27].Value = row.DedupeKey;
        p[28].Value = row.Signature;
    }

    private static void Execute(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
