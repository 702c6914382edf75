"""Generated, labelled web-page dumps of op-ed pages in many languages and outlet layouts.

`generate_pages(count, seed=...)` yields `Page`s: the visible text of a web page (one block per
line; some layouts put a blank line between blocks, as a browser's copy of them does), a label
for every non-blank line, and the ground truth a careful human would extract. Everything comes
from seeded `random.Random` streams, one per page keyed by (seed, position): the same
`(count, seed)` always gives the same pages, and the first N pages of a larger run are the N
pages of a smaller one.

Seeds: 0-8999 are for training and tuning extraction; 9000-9999 are held out for the tests
(`tests/test_extraction_corpus.py` scores seed 9001). Never tune on a held-out seed.

Labels (`Page.labels`, aligned with `Page.lines`, the non-blank lines of `Page.text`):
title, byline (also a letter's closing "Name, Town" signature), date, standfirst, body, bio,
meta (masthead, kicker/section, "From: Outlet", link line, "Updated ..." line, a review's item
line), furniture (everything a reader drops). `Page.kinds` says what each line is more finely
(nav, login, cookie, share, comment_count, comment, related, caption, advert, download_link,
copyright, signature, outlet_line, link_line, masthead, kicker, ...).

Truth (`Page.truth`): title (without kicker or site suffix), authors (list of names, as written
in normal case), date (ISO or None), date_precision ("day" or ""), publisher (the outlet's name
as the page states it, or None: the page never names its outlet), publisher_domain (the shown
URL's host, or None), source_url (or None; tracking parameters removed), body (the article's
paragraphs joined by a blank line; captions, adverts and signatures are not body), standfirst,
genre, language, section (the kicker shown, or "").
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from . import languages
from .article import GENRES, make_article
from .layouts import BLANK_SEPARATED, LAYOUTS
from .parts import Parts

LABELS = ("title", "byline", "date", "standfirst", "body", "bio", "meta", "furniture")
LAYOUT_NAMES = tuple(LAYOUTS)
TRAINING_SEEDS = range(0, 9000)
HELD_OUT_SEEDS = range(9000, 10_000)

__all__ = [
    "GENRES",
    "HELD_OUT_SEEDS",
    "LABELS",
    "LAYOUT_NAMES",
    "TRAINING_SEEDS",
    "Page",
    "generate_pages",
    "language_codes",
]


@dataclass
class Page:
    """One generated page: its dump, per-line labels and kinds, ground truth and layout."""

    text: str
    lines: list[str]
    labels: list[str]
    kinds: list[str]
    truth: dict
    layout: str
    index: int = 0
    seed: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def language(self) -> str:
        """The page's language code."""
        return self.truth["language"]


def language_codes() -> tuple[str, ...]:
    """Codes of every language the generator writes."""
    return languages.available()


def _truth(article, blocks) -> dict:
    kinds = {kind for _, _, kind in blocks}
    non_body = " \n".join(text for text, label, _ in blocks if label != "body")
    states_date = bool(kinds & {"date", "byline_date"})
    named = bool(kinds & {"byline", "byline_date", "signature", "bio"})
    publisher = article.outlet if article.outlet and article.outlet in non_body else None
    url = article.url if "link_line" in kinds else None
    return {
        "title": article.title,
        "authors": list(article.authors) if named else [],
        "date": article.day.isoformat() if states_date else None,
        "date_precision": "day" if states_date else "",
        "publisher": publisher,
        "source_url": url,
        # The URL's host, when the page shows a URL: what a reader may infer an outlet from.
        "publisher_domain": urlsplit(url).hostname.removeprefix("www.") if url else None,
        "body": "\n\n".join(text for text, label, _ in blocks if label == "body"),
        "standfirst": article.standfirst if "standfirst" in kinds else "",
        "genre": article.genre,
        "language": article.language.code,
        "section": article.section_label if kinds & {"kicker", "breadcrumb"} else "",
    }


def make_page(index: int, *, seed: int, language_pool: Sequence[str] | None = None) -> Page:
    """Page number `index` of the run with `seed` (the same page whatever the run's length)."""
    pool = tuple(language_pool or language_codes())
    rng = random.Random(f"pagegen:{seed}:{index}")
    language = languages.get(pool[rng.randrange(len(pool))])
    layout = LAYOUT_NAMES[rng.randrange(len(LAYOUT_NAMES))]
    article = make_article(rng, language)
    blocks = [block for block in LAYOUTS[layout](Parts(rng, article)) if block[0].strip()]
    separator = "\n\n" if layout in BLANK_SEPARATED else "\n"
    lines = [text for text, _, _ in blocks]
    return Page(
        text=separator.join(lines) + "\n",
        lines=lines,
        labels=[label for _, label, _ in blocks],
        kinds=[kind for _, _, kind in blocks],
        truth=_truth(article, blocks),
        layout=layout,
        index=index,
        seed=seed,
    )


def generate_pages(
    count: int, *, seed: int, languages: Sequence[str] | None = None
) -> Iterator[Page]:
    """`count` pages for `seed`, each in a language of `languages` (default: all of them)."""
    for index in range(count):
        yield make_page(index, seed=seed, language_pool=languages)
