"""Write the whole archive as JSON Lines, in the shape `read_jsonl_record` reads back."""

import json
from typing import TextIO

from django.db import connection
from django.db.models import Prefetch
from django.db.models.functions import Collate

from articles.models import Article, ArticleAuthor, Capture

# Large enough to keep the query count low, small enough to keep memory flat on big archives.
CHUNK_SIZE = 500
# Fixed options so the same archive always serialises to the same bytes.
_JSON_OPTIONS = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
_ARTICLE_FIELDS = ("slug", "title", "published_on", "date_precision", "publisher", "source_url")
_ARTICLE_FIELDS += ("standfirst", "body", "language", "genre", "status")
# Slugs are sorted by code point whatever the database's locale, which would otherwise decide
# whether "fund-the-buses" comes before "fundraising" (an en_US collation ignores the hyphen).
_CODE_POINT_COLLATIONS = {"postgresql": "C", "sqlite": "BINARY", "mysql": "utf8mb4_bin"}


def export_articles(
    stream: TextIO, *, chunk_size: int = CHUNK_SIZE, include_hidden: bool = False
) -> int:
    """Write every published article (hidden ones too if asked), one JSON object a line.

    Hidden articles are left out unless `include_hidden`: an export is often shared, and a
    piece an editor withdrew must not travel with it by default. Returns the count.
    """
    # The same archive always gives the same bytes: articles by slug, keys sorted, fixed
    # separators, and nothing that changes between runs (no timestamps, no database ids).
    collation = _CODE_POINT_COLLATIONS.get(connection.vendor)
    slug_order = Collate("slug", collation) if collation else "slug"
    articles = Article.objects.all() if include_hidden else Article.objects.published()
    articles = (
        articles.order_by(slug_order)
        .select_related("publisher")
        # Only what a record holds: search vectors and provenance can be large.
        .only(*_ARTICLE_FIELDS, "publisher__name")
        .prefetch_related(
            Prefetch(
                "article_authors",
                queryset=ArticleAuthor.objects.select_related("author").order_by("position", "pk"),
            ),
            "topics",
            Prefetch(
                "captures",
                # The raw text can be large and is not exported.
                queryset=Capture.objects.defer("raw_text", "raw_bytes").order_by(
                    "-imported_at", "-pk"
                ),
                to_attr="captures_newest_first",
            ),
        )
    )
    count = 0
    for article in articles.iterator(chunk_size=chunk_size):
        stream.write(json.dumps(article_record(article), **_JSON_OPTIONS) + "\n")
        count += 1
    return count


def article_record(article: Article) -> dict:
    """One article as an export record (expects the prefetches `export_articles` sets up)."""
    byline = list(article.article_authors.all())
    captures = getattr(article, "captures_newest_first", None)
    if captures is None:
        captures = list(article.captures.order_by("-imported_at", "-pk")[:1])
    latest_capture = captures[0] if captures else None
    return {
        "slug": article.slug,
        "title": article.title,
        "authors": [link.author.name for link in byline],
        # Each author's affiliation as this article printed it (their current bio may differ).
        "author_bios": [link.affiliation for link in byline],
        "date": article.published_on.isoformat() if article.published_on else None,
        "date_precision": article.date_precision or None,
        "publisher": article.publisher.name if article.publisher else None,
        "source_url": article.source_url or None,
        "standfirst": article.standfirst or None,
        "body": article.body,
        "topics": sorted(topic.name for topic in article.topics.all()),
        "language": article.language,
        "genre": article.genre or None,
        "status": article.status,
        "source_file": latest_capture.file_name if latest_capture else None,
        "capture_sha256": latest_capture.sha256 if latest_capture else None,
    }
