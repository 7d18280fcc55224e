namespace JobTagger.Storage.Schema;

/// <summary>
/// Adds <c>postings_head</c>, a second FTS5 index over the few words that say what a posting is (title, company,
/// skills) and where it is (the location key). Search ranks postings with the words in these columns above the rest
/// and matches places here, walking small doclists; its prefix index (2 and 3 characters) answers search-as-you-type
/// without merging the doclists of every word with that start. The description stays in <c>postings_fts</c>.
/// </summary>
internal static class SchemaV3
{
    public const string Sql = """
        CREATE VIRTUAL TABLE postings_head USING fts5(
            title, company, skills_text, location_key,
            content = 'postings', content_rowid = 'pk',
            tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');
        INSERT INTO postings_head(postings_head) VALUES ('rebuild');
        CREATE TRIGGER postings_head_insert AFTER INSERT ON postings BEGIN
            INSERT INTO postings_head(rowid, title, company, skills_text, location_key)
            VALUES (new.pk, new.title, new.company, new.skills_text, new.location_key);
        END;
        CREATE TRIGGER postings_head_delete AFTER DELETE ON postings BEGIN
            INSERT INTO postings_head(postings_head, rowid, title, company, skills_text, location_key)
            VALUES ('delete', old.pk, old.title, old.company, old.skills_text, old.location_key);
        END;
        CREATE TRIGGER postings_head_update AFTER UPDATE OF title, company, skills_text, location_key ON postings BEGIN
            INSERT INTO postings_head(postings_head, rowid, title, company, skills_text, location_key)
            VALUES ('delete', old.pk, old.title, old.company, old.skills_text, old.location_key);
            INSERT INTO postings_head(rowid, title, company, skills_text, location_key)
            VALUES (new.pk, new.title, new.company, new.skills_text, new.location_key);
        END;
        """;
}
