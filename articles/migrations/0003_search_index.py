"""Full-text search structures, created for the database vendor in use.

PostgreSQL: an accent-insensitive English text search configuration and a GIN index on the stored
vector. SQLite: an FTS5 table (porter stemming over unicode61 without diacritics) with a trigger
that drops an article's row when the article is deleted. Each vendor skips the other's steps, as
django.contrib.postgres.operations.CreateExtension does.
"""

import django.contrib.postgres.search
from django.db import migrations

from articles.operations import VendorSQL


POSTGRES_FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'archive_english') THEN
        CREATE TEXT SEARCH CONFIGURATION archive_english (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION archive_english
          ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
      END IF;
    END $$
    """,
    "CREATE INDEX article_search_vector_gin ON articles_article USING gin (search_vector)",
]
POSTGRES_BACKWARDS = [
    "DROP INDEX IF EXISTS article_search_vector_gin",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS archive_english",
]

SQLITE_FORWARDS = [
    """
    CREATE VIRTUAL TABLE article_fts USING fts5(
        title, people, standfirst, body,
        tokenize = 'porter unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER article_fts_after_delete AFTER DELETE ON articles_article
    BEGIN DELETE FROM article_fts WHERE rowid = old.id; END
    """,
]
SQLITE_BACKWARDS = [
    "DROP TRIGGER IF EXISTS article_fts_after_delete",
    "DROP TABLE IF EXISTS article_fts",
]


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_topic_vocabulary")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        VendorSQL("postgresql", POSTGRES_FORWARDS, POSTGRES_BACKWARDS),
        VendorSQL("sqlite", SQLITE_FORWARDS, SQLITE_BACKWARDS),
    ]
