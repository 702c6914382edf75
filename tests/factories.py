"""Small factories with sensible defaults; pass only what a test cares about."""

import hashlib
import itertools
import random
from datetime import date

from articles.models import Article, ArticleAuthor, Author, Capture, Publisher, Topic

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


def make_capture(article: Article | None, raw_text: str = "", **fields) -> Capture:
    """A capture stored as the importer stores one: its UTF-8 bytes, hashed (unique by default)."""
    number = next(_sequence)
    raw_text = raw_text or f"Raw page text {number}."
    fields.setdefault("raw_bytes", raw_text.encode())
    fields.setdefault("sha256", hashlib.sha256(fields["raw_bytes"]).hexdigest())
    fields.setdefault("encoding", "utf-8")
    fields.setdefault("file_name", f"capture-{number}.txt")
    fields.setdefault("format", Capture.Format.TEXT)
    fields.setdefault("size_bytes", len(fields["raw_bytes"]))
    fields.setdefault("extractor_version", "test")
    return Capture.objects.create(article=article, raw_text=raw_text, **fields)


# Markup, a template expression and a script URL in every field a reader sees.
HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> {{ 7|add:35 }}'


def make_hostile_article(**fields) -> Article:
    """An article whose title, byline, outlet, topic, body and link all try to inject markup."""
    author = make_author(f"Mallory {HOSTILE}", bio=f"Bio {HOSTILE}")
    topic = make_topic(f"Topic {HOSTILE}", description=HOSTILE)
    publisher = make_publisher(f"Outlet {HOSTILE}", domain="example.org")
    fields.setdefault("slug", "hostile")
    article = make_article(
        f"Hostile headline {HOSTILE} </script><!--",
        body=f"Hostile body {HOSTILE}\n\nSecond paragraph </script><script>alert(3)</script>",
        standfirst=f"Standfirst {HOSTILE}",
        source_url="javascript:alert(4)",
        authors=[author],
        topics=[topic],
        publisher=publisher,
        **fields,
    )
    # The affiliation printed with the piece, shown on its page and in its structured data.
    ArticleAuthor.objects.filter(article=article).update(affiliation=f"Bio {HOSTILE}")
    make_capture(article, raw_text=f"<html><script>alert(5)</script>{HOSTILE}</html>")
    return article


_SUBJECTS = "council ministry court union city school hospital port railway parliament".split()
_VERBS = "funds delays blocks doubles ignores rewrites protects cuts audits reopens".split()
_OBJECTS = (
    "night buses|the libraries|its bridges|the harbour|rural clinics|tram lines|the archive|"
    "public housing|the water mains|school meals|the courts|street lighting"
).split("|")
_REASONS = (
    "because the budget is tight|although residents objected|after a long review|"
    "while the election nears|since the last audit|despite the warnings of engineers|"
    "as the winter arrives|before the summer recess"
).split("|")


def distinct_prose(seed: str, *, sentences: int = 8) -> str:
    """A paragraph of plain English prose that differs from every other seed's.

    Captures built from one shared paragraph are near-duplicates, which the importer rightly
    takes for one article; tests that need several articles build each body from its own seed.
    """
    rng = random.Random(seed)
    return " ".join(
        f"The {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
        f"{rng.choice(_REASONS)}, and {rng.randint(2, 90)} people {rng.choice(_VERBS)} "
        f"{rng.choice(_OBJECTS)} in turn."
        for _ in range(sentences)
    )
