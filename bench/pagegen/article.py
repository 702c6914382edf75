"""The article behind a page: its genre, text and metadata, before any layout renders it."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import date

from . import prose
from .dates import random_day
from .languages import Language

GENRES = ("opinion", "editorial", "letter", "analysis", "interview", "review")
_GENRE_WEIGHTS = (46, 12, 14, 11, 8, 9)
_SECTION_KEYS = {
    "opinion": "sections_opinion",
    "editorial": "sections_editorial",
    "letter": "sections_letter",
    "analysis": "sections_analysis",
    "interview": "sections_interview",
    "review": "sections_review",
}


@dataclass
class Article:
    """What the page is about; a layout decides which of it the page shows, and how."""

    language: Language
    genre: str
    title: str
    standfirst: str
    paragraphs: list[str]
    authors: list[str]
    bios: list[str]
    byline_role: str
    day: date | None
    outlet: str | None
    url: str | None
    section_label: str
    town: str
    signed: bool  # a byline or a closing bio names the authors
    bylined: bool  # the header carries a byline (else only the bio, or nothing, names them)
    review_work: str = ""
    extra: dict = field(default_factory=dict)


def _genre(rng: random.Random) -> str:
    return rng.choices(GENRES, weights=_GENRE_WEIGHTS)[0]


def _authors(rng: random.Random, language: Language, genre: str) -> list[str]:
    if genre == "editorial":
        return []
    count = 1
    if genre in ("opinion", "analysis"):
        count = rng.choices([1, 2, 3], weights=[70, 22, 8])[0]
    names: list[str] = []
    while len(names) < count:
        name = prose.person(rng, language)
        if name not in names:
            names.append(name)
    return names


def _paragraphs(rng: random.Random, language: Language, genre: str) -> list[str]:
    if genre == "letter":
        # 40-150 words in one to three paragraphs, as letters pages print them.
        wanted = rng.randint(40, 150)
        sentences, words = [], 0
        while words < wanted:
            text = prose.sentence(rng, language)
            if words >= 40 and words + len(text.split()) > 150:
                break
            sentences.append(text)
            words += len(text.split())
        cuts = sorted(
            rng.sample(range(1, len(sentences)), min(len(sentences) - 1, rng.randint(0, 2)))
        )
        bounds = [0, *cuts, len(sentences)]
        return [" ".join(sentences[a:b]) for a, b in itertools.pairwise(bounds)]
    if genre == "interview":
        q, a = rng.choice(language.phrases("q_prefix")), rng.choice(language.phrases("a_prefix"))
        out = [prose.paragraph(rng, language, sentences=rng.randint(2, 3))]
        for _ in range(rng.randint(4, 8)):
            out.append(f"{q} {prose.sentence(rng, language, end='?')}")
            out.append(f"{a} {prose.paragraph(rng, language)}")
        return out
    count = rng.randint(4, 7) if rng.random() < 0.25 else rng.randint(7, 14)
    out = [prose.paragraph(rng, language) for _ in range(count)]
    if rng.random() < 0.15:
        # A one-sentence paragraph, as columns often have for emphasis.
        out.insert(
            rng.randint(1, len(out) - 1), prose.sentence(rng, language, words=rng.randint(6, 12))
        )
    return out


def _bio(rng: random.Random, language: Language, name: str) -> str:
    role = rng.choice(language.phrases("roles")).format(town=rng.choice(language.phrases("towns")))
    return rng.choice(language.phrases("bio_forms")).format(name=name, role=role)


def make_article(rng: random.Random, language: Language) -> Article:
    """A random article in `language`: genre, authors, text and what its page will state."""
    genre = _genre(rng)
    authors = _authors(rng, language, genre)
    outlet = prose.outlet(rng, language) if rng.random() < 0.9 else None
    title = prose.headline(rng, language, title_case=language.code == "en" and rng.random() < 0.3)
    paragraphs = _paragraphs(rng, language, genre)
    day = random_day(rng) if rng.random() < 0.88 else None
    url = None
    if outlet and rng.random() < 0.65:
        section = rng.choice(language.phrases("url_sections"))
        host = prose.domain(outlet, rng, language)
        path = prose.slug(title)[:80].rstrip("-")
        if day and rng.random() < 0.6:
            path = f"{day.year}/{day.month:02d}/{day.day:02d}/{path}"
        url = f"https://www.{host}/{section}/{path}"
        if rng.random() < 0.3:
            url += f"-{rng.randint(10_000, 9_999_999)}"
    bylined = bool(authors) and (genre == "letter" or rng.random() < 0.85)
    with_bio = (
        genre not in ("letter", "editorial")
        and bool(authors)
        and rng.random() < (0.5 if bylined else 0.6)
    )
    byline_role = ""
    if len(authors) == 1 and genre in ("opinion", "analysis") and rng.random() < 0.15:
        byline_role = rng.choice(language.phrases("byline_roles"))
        if rng.random() < 0.5:
            byline_role += ", " + rng.choice(language.phrases("role_orgs"))
    standfirst = ""
    if genre != "letter" and rng.random() < 0.6:
        standfirst = prose.sentence(rng, language, words=rng.randint(12, 28))
    review_work = ""
    if genre == "review":
        review_work = prose.headline(rng, language, title_case=True).rstrip("?")
    return Article(
        language=language,
        genre=genre,
        title=title,
        standfirst=standfirst,
        paragraphs=paragraphs,
        authors=authors,
        bios=[_bio(rng, language, name) for name in authors] if with_bio else [],
        byline_role=byline_role,
        day=day,
        outlet=outlet,
        url=url,
        section_label=rng.choice(language.phrases(_SECTION_KEYS[genre])),
        town=rng.choice(language.phrases("towns")),
        signed=bylined or with_bio,
        bylined=bylined,
        review_work=review_work,
    )
