"""Search in each article's language: the index rebuilt from Python-built token streams.

The index now holds, for every article, words folded and stemmed in the article's language and
tagged with it, plus name keys for its bylines, topics and outlet (articles.search.languages,
articles.search.transliterate). Neither database stems any more:

- SQLite: both FTS5 tables are created again with the `ascii` tokenizer, which takes the stream's
  tokens as written (the deletion triggers of 0003 and 0007 name the tables and stay valid);
- PostgreSQL: the columns stay; every vector is rewritten. The `archive_english` configuration
  of 0003 is no longer used and is left in place for reversing.

An index on the article's language lets each search read the languages present cheaply (a
query word is looked up only in those). Both indexes are then filled from the articles as they stand. The rows are read here with the migration's
own models, so this step does not depend on later changes to the app's models; the words are
stemmed and the vectors written by the search package's functions, which read only text.
Going back rebuilds the tables with the old tokenizer, empty: run `manage.py
rebuild_search_index` with the old code.
"""

from django.db import migrations, models

from articles.operations import VendorSQL

LEAD_WORDS = 80  # as articles.search.LEAD_WORDS when this was written (see 0007)


def _fts_tables(tokenizer: str) -> list[str]:
    return [
        "DROP TABLE IF EXISTS article_fts",
        "DROP TABLE IF EXISTS article_rank_fts",
        f"""CREATE VIRTUAL TABLE article_fts USING fts5(
            title, people, standfirst, body, tokenize = '{tokenizer}')""",
        f"""CREATE VIRTUAL TABLE article_rank_fts USING fts5(
            title, people, standfirst, lead, tokenize = '{tokenizer}')""",
    ]


def rebuild_index(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        from articles.search import postgres as backend
    else:
        from articles.search import sqlite as backend
    Article = apps.get_model("articles", "Article")
    ArticleAuthor = apps.get_model("articles", "ArticleAuthor")
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    # PostgreSQL's vector indexes are dropped and built again after (a RUM index kept up to date
    # row by row costs 7 ms an article); SQLite's tables are merged after.
    with backend.indexes_set_aside():
        _write(Article, ArticleAuthor, backend, ids)


def _write(Article, ArticleAuthor, backend, ids: list[int]) -> None:
    from articles.search import languages

    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        articles = Article.objects.filter(pk__in=chunk).select_related("publisher")
        names = {pk: [] for pk in chunk}
        links = ArticleAuthor.objects.filter(article__in=chunk).select_related("author")
        for link in links.order_by("article_id", "position"):
            names[link.article_id].extend([link.author.name, *link.author.aliases])
        topics = Article.topics.through.objects.filter(article__in=chunk).select_related("topic")
        topic_names = {pk: [] for pk in chunk}
        for link in topics:
            topic_names[link.article_id].append(link.topic.name)
        rows = []
        for article in articles:
            people = [*names[article.pk], *topic_names[article.pk]]
            if article.publisher:
                people.extend([article.publisher.name, *article.publisher.aliases])
            components = {
                "title": article.title,
                "people": " ; ".join(people),
                "standfirst": article.standfirst or "",
                "body": article.body,
                "lead": " ".join(article.body.split()[:LEAD_WORDS]),
                "language": article.language,
            }
            rows.append((article.pk, languages.index_streams(components)))
        backend.write_index(rows, chunk)


class Migration(migrations.Migration):
    dependencies = [("articles", "0017_capture_worker_editor_permissions")]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["language"], name="article_language_idx"),
        ),
        VendorSQL(
            "sqlite",
            _fts_tables("ascii"),
            _fts_tables("porter unicode61 remove_diacritics 2"),
        ),
        migrations.RunPython(rebuild_index, migrations.RunPython.noop),
    ]
