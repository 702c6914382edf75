from django.db import migrations, models


class Migration(migrations.Migration):
    """(author, article) and (topic, article) indexes: the last articles added for an author or a
    topic are read from the index alone (related reading, articles.selectors)."""

    dependencies = [
        ("articles", "0018_search_in_article_languages"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="articleauthor",
            index=models.Index(fields=["author", "article"], name="article_author_recent_idx"),
        ),
        # The topic links are the many-to-many field's own table, which has no Meta to hold an
        # index; the statement is the same on SQLite and PostgreSQL.
        migrations.RunSQL(
            "CREATE INDEX article_topic_recent_idx ON articles_article_topics (topic_id, article_id)",
            "DROP INDEX article_topic_recent_idx",
        ),
    ]
