"""Byline entries keep the affiliation printed with each article; Author.bio is the current one.

Existing data: an author's one bio was taken from the first capture that stated it, so it is
copied to each of their byline entries whose article's captures state the same line, and to
entries of articles that have no capture at all (entered by hand: nothing says otherwise).
An entry whose captures print no such line stays empty; the article page then shows the
author's bio as their current one, and `import_articles --reextract` reads each capture's own
line into its entry.
"""

import html
import json
import re
import unicodedata

from django.db import migrations, models

TAG = re.compile(r"<[^>]*>")


def _comparable(text: str) -> str:
    """Case-folded NFC text with whitespace collapsed, for a "does the page state it" test."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _readable(raw_text: str, capture_format: str) -> str:
    """The text a reader sees in a capture: a JSON record's strings, an HTML page's text."""
    if capture_format == "jsonl":
        try:
            return " ".join(_strings(json.loads(raw_text)))
        except ValueError:
            return raw_text
    # Tags become spaces (a bio may hold <em> or a link); entities become their characters.
    return html.unescape(TAG.sub(" ", raw_text))


def copy_bios_to_bylines(apps, schema_editor):
    ArticleAuthor = apps.get_model("articles", "ArticleAuthor")
    Capture = apps.get_model("articles", "Capture")
    entries = (
        ArticleAuthor.objects.filter(affiliation="")
        .exclude(author__bio="")
        .select_related("author")
        .order_by("article_id", "pk")
    )
    by_article: dict[int, list] = {}
    for entry in entries.iterator(chunk_size=1000):
        by_article.setdefault(entry.article_id, []).append(entry)
    changed = []
    for article_id, article_entries in by_article.items():
        captures = Capture.objects.filter(article_id=article_id).values_list("raw_text", "format")
        pages = [_comparable(_readable(raw, fmt)) for raw, fmt in captures.iterator()]
        for entry in article_entries:
            bio = entry.author.bio
            if not pages or any(_comparable(bio) in page for page in pages):
                entry.affiliation = bio
                changed.append(entry)
    ArticleAuthor.objects.bulk_update(changed, ["affiliation"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_audit_uncorrected_text_hash"),
    ]

    operations = [
        migrations.AddField(
            model_name="articleauthor",
            name="affiliation",
            field=models.TextField(
                blank=True,
                help_text="The bio or affiliation line printed with this article: the author's post then.",
            ),
        ),
        migrations.AddField(
            model_name="historicalarticleauthor",
            name="affiliation",
            field=models.TextField(
                blank=True,
                help_text="The bio or affiliation line printed with this article: the author's post then.",
            ),
        ),
        migrations.AlterField(
            model_name="author",
            name="bio",
            field=models.TextField(
                blank=True,
                help_text="The author's current bio, as editors keep it. An import fills it only when it is empty; each article keeps the affiliation printed with it.",
            ),
        ),
        migrations.AlterField(
            model_name="historicalauthor",
            name="bio",
            field=models.TextField(
                blank=True,
                help_text="The author's current bio, as editors keep it. An import fills it only when it is empty; each article keeps the affiliation printed with it.",
            ),
        ),
        # Old history entries keep an empty affiliation: it was not recorded then.
        migrations.RunPython(copy_bios_to_bylines, migrations.RunPython.noop),
    ]
