"""The five export formats, each a generator of text pieces over an iterable of articles.

Every writer reads one article at a time and keeps nothing of it once written, except BibTeX,
which remembers the keys it gave so that each is unique across the file. BibTeX and RIS entries
are the ones /articles/<slug>/cite.bib and cite.ris serve (articles/citations.py).
"""

import csv
import io
import json
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from articles import citations
from articles.exports.records import RECORD_FIELDS, article_record, csl_item, csv_row
from articles.models import Article

ArchiveUrl = Callable[[Article], str]


@dataclass(frozen=True)
class ExportFormat:
    name: str  # the `format` parameter
    label: str  # what the download links call it
    content_type: str
    extension: str
    write: Callable[[Iterable[Article], ArchiveUrl], Iterator[str]]
    needs_body: bool = False


def write_csv(articles: Iterable[Article], archive_url: ArchiveUrl) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180: CRLF line ends, quotes where needed

    def flushed() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(RECORD_FIELDS)
    yield flushed()
    for article in articles:
        writer.writerow(csv_row(article_record(article, archive_url=archive_url(article))))
        yield flushed()


# Line breaks that JSON leaves unescaped outside ASCII but that some line readers (Python's
# str.splitlines among them) split on: escaped, so every record is one line for every reader.
_UNICODE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def write_jsonl(articles: Iterable[Article], archive_url: ArchiveUrl) -> Iterator[str]:
    for article in articles:
        record = article_record(article, archive_url=archive_url(article), include_body=True)
        yield json.dumps(record, ensure_ascii=False).translate(_UNICODE_BREAKS) + "\n"


class UniqueKeys:
    """BibTeX keys made unique across one file: kramer2022sanctions, then …a, …b, …, …aa."""

    def __init__(self):
        self.used: set[str] = set()
        self.tried: dict[str, int] = {}  # per base key, the suffixes already tried

    def __call__(self, base: str) -> str:
        number = self.tried.get(base, 0)
        key = base if number == 0 else base + _letters(number)
        while key in self.used:
            number += 1
            key = base + _letters(number)
        self.tried[base] = number + 1
        self.used.add(key)
        return key


def _letters(number: int) -> str:
    """1 → a, 26 → z, 27 → aa: bijective base 26."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = string.ascii_lowercase[remainder] + letters
    return letters


def write_bibtex(articles: Iterable[Article], archive_url: ArchiveUrl) -> Iterator[str]:
    unique = UniqueKeys()
    for index, article in enumerate(articles):
        key = unique(citations.bibtex_key(article))
        entry = citations.bibtex(article, archive_url=archive_url(article), key=key)
        yield ("\n" if index else "") + entry


def write_ris(articles: Iterable[Article], archive_url: ArchiveUrl) -> Iterator[str]:
    for article in articles:
        yield citations.ris(article, archive_url=archive_url(article))


def write_csl_json(articles: Iterable[Article], archive_url: ArchiveUrl) -> Iterator[str]:
    """A JSON array written an item at a time: "[", items joined by ",", "]"."""
    yield "["
    for index, article in enumerate(articles):
        item = json.dumps(csl_item(article, archive_url=archive_url(article)), ensure_ascii=False)
        yield ("," if index else "") + "\n" + item
    yield "\n]\n"


FORMATS = {
    export.name: export
    for export in (
        ExportFormat("csv", "CSV", "text/csv", "csv", write_csv),
        ExportFormat(
            "jsonl", "JSON Lines", "application/x-ndjson", "jsonl", write_jsonl, needs_body=True
        ),
        ExportFormat("bibtex", "BibTeX", "application/x-bibtex", "bib", write_bibtex),
        ExportFormat("ris", "RIS", "application/x-research-info-systems", "ris", write_ris),
        ExportFormat(
            "csl-json",
            "CSL-JSON",
            "application/vnd.citationstyles.csl+json",
            "json",
            write_csl_json,
        ),
    )
}
