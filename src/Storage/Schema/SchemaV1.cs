namespace JobTagger.Storage.Schema;

/// <summary>
/// The first schema: postings with their classification, skills (one row per skill, evidence as JSON), every source a
/// posting was seen in, crawl state and rejects. Kept as it shipped so older databases migrate step by step.
/// </summary>
internal static class SchemaV1
{
    public const string Sql = """
        CREATE TABLE postings (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            source_id TEXT,
            url TEXT,
            title TEXT NOT NULL,
            company TEXT,
            location TEXT,
            is_remote INTEGER NOT NULL DEFAULT 0,
            posted_at TEXT,
            valid_through TEXT,
            employment_type TEXT,
            salary_min TEXT,
            salary_max TEXT,
            salary_currency TEXT,
            salary_unit TEXT,
            description TEXT NOT NULL,
            source_skills TEXT,
            occupational_category TEXT,
            extraction_method TEXT,
            role TEXT,
            ceo_probability REAL,
            model_version TEXT,
            explanation TEXT,
            content_hash BLOB NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ix_postings_posted ON postings(posted_at, last_seen);
        CREATE INDEX ix_postings_role ON postings(role);

        CREATE TABLE posting_skills (
            posting_pk INTEGER NOT NULL REFERENCES postings(pk) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            skill_id TEXT NOT NULL,
            name TEXT NOT NULL,
            category TEXT NOT NULL,
            evidence_text TEXT,
            field TEXT,
            start INTEGER,
            length INTEGER,
            evidence TEXT NOT NULL,
            PRIMARY KEY (posting_pk, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX ix_skills_id ON posting_skills(skill_id COLLATE NOCASE);
        CREATE INDEX ix_skills_name ON posting_skills(name COLLATE NOCASE);

        CREATE TABLE posting_sources (
            id INTEGER PRIMARY KEY,
            posting_pk INTEGER NOT NULL REFERENCES postings(pk) ON DELETE CASCADE,
            source TEXT NOT NULL,
            posting_key TEXT NOT NULL,
            url TEXT,
            source_id TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            UNIQUE (posting_pk, source, posting_key)
        );
        CREATE INDEX ix_sources_key ON posting_sources(posting_key);

        CREATE TABLE crawl_state (
            url TEXT PRIMARY KEY,
            outcome TEXT NOT NULL,
            status INTEGER,
            reason TEXT,
            etag TEXT,
            last_modified TEXT,
            posting_id TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ix_crawl_outcome ON crawl_state(outcome);

        CREATE TABLE rejects (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            line INTEGER,
            reason TEXT NOT NULL,
            raw TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """;
}
