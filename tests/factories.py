"""Small factories with sensible defaults; pass only what a test cares about."""

import hashlib
import itertools
from datetime import date

from articles.models import Article, ArticleAuthor, Author, Publisher, Topic

_sequence = itertools.count(1)


def make_publisher(name: str | None = None, **fields) -> Publisher:
    name = name or f"Outlet {next(_sequence)}"
    return Publisher.objects.create(name=name, **fields)


def make_author(name: str | None = None, **fields) -> Author:
    name = name or f"Writer {next(_sequence)}"
    return Author.objects.create(name=name, **fields)


def make_topic(name: str | None = None, **fields) -> Topic:
    name = name or f"Topic {next(_sequence)}"
    return Topic.objects.create(name=name, **fields)


def make_article(
    title: str | None = None,
    *,
    body: str = "An opinion, argued at some length.",
    authors: list[Author] | None = None,
    topics: list[Topic] | None = None,
    published_on: date | None = date(2022, 3, 1),
    **fields,
) -> Article:
    number = next(_sequence)
    title = title or f"Opinion number {number}"
    fields.setdefault("slug", f"{title.lower().replace(' ', '-')[:180]}-{number}")
    fields.setdefault("text_hash", hashlib.sha256(f"{number}:{body}".encode()).hexdigest())
    fields.setdefault("word_count", len(body.split()))
    if published_on is not None:
        fields.setdefault("date_precision", "day")
    article = Article.objects.create(title=title, body=body, published_on=published_on, **fields)
    for position, author in enumerate(authors or []):
        ArticleAuthor.objects.create(article=article, author=author, position=position)
    if topics:
        article.topics.set(topics)
    return article
