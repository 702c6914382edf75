"""Read one JSON Lines record (the archive's bulk format, and what `export_articles` writes)."""

import json
import re

from articles.importers.base import CaptureError, ExtractedArticle, ExtractedAuthor
from articles.importers.genre import GENRES
from articles.importers.normalize import (
    clean_text,
    collapse_spaces,
    normalize_url,
    paragraphs_to_body,
    parse_iso_date,
)

FIELD_SOURCE = "JSON Lines field"
_PRECISIONS = ("day", "month", "year")
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
_STATUSES = ("published", "hidden")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def read_jsonl_record(line: str, *, file_name: str) -> ExtractedArticle:
    """Turn one JSON Lines record into an ExtractedArticle; raise CaptureError if invalid."""
    # `file_name` keeps the readers' common call shape; messages name only the problem, since
    # the caller reports the file and line.
    try:
        record = json.loads(line.lstrip("\ufeff"))
    except ValueError as error:
        raise CaptureError(f"invalid JSON: {error}") from error
    if not isinstance(record, dict):
        raise CaptureError("line is not a JSON object")

    article = ExtractedArticle()
    article.title = _single_line(_required_text(record, "title"))
    article.note("title", FIELD_SOURCE)
    article.body = _body(_required_text(record, "body"))
    if not article.body:
        raise CaptureError("body is empty")
    article.note("body", FIELD_SOURCE)

    authors = _authors(record)
    if authors:
        article.authors = authors
        article.note("authors", FIELD_SOURCE)

    published_on, precision = _date(record)
    if published_on:
        article.published_on, article.date_precision = published_on, precision
        article.note("published_on", FIELD_SOURCE)

    publisher = _single_line(_optional_text(record, "publisher"))
    if publisher:
        article.publisher_name = publisher
        article.note("publisher", FIELD_SOURCE)

    # A URL that is not http(s) is not a web page the archive can link to: drop it quietly.
    source_url = normalize_url(_optional_text(record, "source_url"))
    if source_url:
        article.source_url = source_url
        article.note("source_url", FIELD_SOURCE)

    standfirst = _single_line(_optional_text(record, "standfirst"))
    if standfirst:
        article.standfirst = standfirst
        article.note("standfirst", FIELD_SOURCE)

    if record.get("topics") is not None:
        # Present, even empty, means stated: an exported article without topics stays so.
        article.topics = _unique(_single_line(name) for name in _string_list(record, "topics"))
        article.note("topics", FIELD_SOURCE)

    slug = _optional_text(record, "slug").strip()
    if slug:
        if not _SLUG.fullmatch(slug) or len(slug) > 220:
            raise CaptureError(f"slug must be lower-case letters, digits and hyphens: {slug!r}")
        article.slug = slug

    language = _optional_text(record, "language").strip()
    if language:
        if len(language) > 16 or not _LANGUAGE.fullmatch(language):
            raise CaptureError(f"language is not a language code: {language!r}")
        article.language = language
        article.note("language", FIELD_SOURCE)

    genre = _optional_text(record, "genre").strip()
    if genre:
        if genre not in GENRES:
            raise CaptureError(f"genre must be one of {', '.join(GENRES)}, not {genre!r}")
        article.genre = genre
        article.note("genre", FIELD_SOURCE)

    status = _optional_text(record, "status").strip()
    if status:
        if status not in _STATUSES:
            raise CaptureError(f"status must be 'published' or 'hidden', not {status!r}")
        article.status = status
        article.note("status", FIELD_SOURCE)
    return article


def _required_text(record: dict, key: str) -> str:
    value = record.get(key)
    if value is None:
        raise CaptureError(f"missing {key}")
    if not isinstance(value, str):
        raise CaptureError(f"{key} must be a string")
    if not value.strip():
        raise CaptureError(f"{key} is empty")
    return value


def _optional_text(record: dict, key: str) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CaptureError(f"{key} must be a string or null")
    return value


def _string_list(record: dict, key: str) -> list[str]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CaptureError(f"{key} must be a list of strings")
    return value


def _single_line(text: str) -> str:
    return collapse_spaces(clean_text(text).replace("\n", " "))


def _body(text: str) -> str:
    """Paragraphs as the record gives them, separated by exactly one blank line.

    With blank lines present, single line breaks are wrapping inside a paragraph; a body without
    any blank line gives one paragraph a line.
    """
    text = clean_text(text).strip()
    if _BLANK_LINE.search(text):
        paragraphs = [block.replace("\n", " ") for block in _BLANK_LINE.split(text)]
    else:
        paragraphs = text.split("\n")
    return paragraphs_to_body(paragraphs)


def _authors(record: dict) -> list[ExtractedAuthor]:
    entries = record.get("authors")
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise CaptureError("authors must be a list")
    bios = record.get("author_bios")
    if bios is None:
        bios = [""] * len(entries)
    if not isinstance(bios, list) or not all(bio is None or isinstance(bio, str) for bio in bios):
        raise CaptureError("author_bios must be a list of strings")
    if len(bios) != len(entries):
        raise CaptureError(f"author_bios has {len(bios)} entries for {len(entries)} authors")

    authors: list[ExtractedAuthor] = []
    for index, (entry, listed_bio) in enumerate(zip(entries, bios, strict=True)):
        if isinstance(entry, str):
            name, bio = entry, ""
        elif isinstance(entry, dict):
            name, bio = entry.get("name"), entry.get("bio") or ""
            if not isinstance(name, str) or not isinstance(bio, str):
                raise CaptureError(f"authors[{index}] needs a string name and bio")
        else:
            raise CaptureError(f"authors[{index}] must be a name or an object with a name")
        name = _single_line(name)
        if not name:
            raise CaptureError(f"authors[{index}] has no name")
        # A bio inside the author object is the more specific statement.
        bio = _single_line(bio) or _single_line(listed_bio or "")
        if name.casefold() not in {author.name.casefold() for author in authors}:
            authors.append(ExtractedAuthor(name=name, bio=bio))
    return authors


def _date(record: dict):
    value = _optional_text(record, "date").strip()
    precision = _optional_text(record, "date_precision").strip()
    if precision and precision not in _PRECISIONS:
        raise CaptureError(f"date_precision must be day, month or year, not {precision!r}")
    if not value:
        return None, ""
    published_on, stated_precision = parse_iso_date(value)
    if published_on is None:
        raise CaptureError(f"date is not YYYY, YYYY-MM or YYYY-MM-DD: {value!r}")
    if not precision:
        return published_on, stated_precision
    if _PRECISION_RANK[precision] > _PRECISION_RANK[stated_precision]:
        raise CaptureError(f"date_precision {precision!r} is finer than the date {value!r}")
    return published_on, precision


def _unique(names) -> list[str]:
    seen: set[str] = set()
    unique = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append(name)
    return unique
