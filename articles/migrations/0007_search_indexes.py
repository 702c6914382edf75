"""Search indexes for the compact ranking, and RUM on PostgreSQL where it can be installed.

- An index of each article's compact text (title, names, standfirst and the opening of the
  body) lets the first pages of a huge result set be found and ranked from it alone: a GIN
  index on `rank_vector` (PostgreSQL), an FTS5 table `article_rank_fts` (SQLite), filled here
  from the full-text table and kept in step by the same write path (articles.search).
- Where the `rum` extension is available (Debian: postgresql-15-rum), a RUM index replaces the
  GIN index on `search_vector`. RUM keeps each word's positions in the index, so a phrase is
  matched inside the index; GIN must read every candidate's full vector to check positions
  (counting the articles with "rule of law" at 100,000 articles: 120 ms with GIN, 25 ms with
  RUM). Where the extension is missing or may not be created (a managed database without it, a
  role that is not a superuser), the GIN index stays and every search gives the same answers.
"""

from django.db import migrations

from articles.operations import VendorSQL

PREFER_RUM = """
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
    CREATE EXTENSION IF NOT EXISTS rum;
    CREATE INDEX article_search_vector_rum ON articles_article
      USING rum (search_vector rum_tsvector_ops);
    DROP INDEX article_search_vector_gin;
  ELSE
    RAISE NOTICE 'rum extension not available: keeping the GIN index on search_vector';
  END IF;
EXCEPTION WHEN insufficient_privilege OR feature_not_supported OR undefined_file THEN
  RAISE NOTICE 'rum extension not usable, keeping the GIN index on search_vector: %', SQLERRM;
END $$
"""
BACK_TO_GIN = """
DO $$ BEGIN
  IF to_regclass('article_search_vector_rum') IS NOT NULL THEN
    CREATE INDEX article_search_vector_gin ON articles_article USING gin (search_vector);
    DROP INDEX article_search_vector_rum;
  END IF;
END $$
"""

SQLITE_FORWARDS = [
    """
    CREATE VIRTUAL TABLE article_rank_fts USING fts5(
        title, people, standfirst, lead,
        tokenize = 'porter unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER article_rank_fts_after_delete AFTER DELETE ON articles_article
    BEGIN DELETE FROM article_rank_fts WHERE rowid = old.id; END
    """,
]
SQLITE_BACKWARDS = [
    "DROP TRIGGER IF EXISTS article_rank_fts_after_delete",
    "DROP TABLE IF EXISTS article_rank_fts",
]
# Frozen here as articles.search.LEAD_WORDS was when this migration was written; a later change
# there takes effect with `manage.py rebuild_search_index`.
LEAD_WORDS = 80


def fill_sqlite_rank_index(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as reader, connection.cursor() as writer:
        reader.execute("SELECT rowid, title, people, standfirst, body FROM article_fts")
        while rows := reader.fetchmany(1000):
            writer.executemany(
                "INSERT INTO article_rank_fts (rowid, title, people, standfirst, lead) "
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    (pk, title, people, standfirst, " ".join((body or "").split()[:LEAD_WORDS]))
                    for pk, title, people, standfirst, body in rows
                ],
            )


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_rank_vector")]

    operations = [
        VendorSQL(
            "postgresql",
            "CREATE INDEX article_rank_vector_gin ON articles_article USING gin (rank_vector)",
            "DROP INDEX IF EXISTS article_rank_vector_gin",
        ),
        VendorSQL("postgresql", PREFER_RUM, BACK_TO_GIN),
        VendorSQL("sqlite", SQLITE_FORWARDS, SQLITE_BACKWARDS),
        migrations.RunPython(fill_sqlite_rank_index, migrations.RunPython.noop),
    ]
