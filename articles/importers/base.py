"""What every reader produces, and the errors they raise.

A reader turns one decoded capture into `ExtractedArticle`s. It states only what the capture
states: a value it had to infer is recorded with `inferred=True` in `provenance`, and a value the
capture does not give stays empty.
"""

import unicodedata
from dataclasses import dataclass, field
from datetime import date

# Bump when extraction changes in a way that should be re-run on stored captures.
EXTRACTOR_VERSION = "1"


class CaptureError(Exception):
    """A capture that cannot be imported; the message says why, in one line."""


@dataclass
class ExtractedAuthor:
    name: str
    bio: str = ""


@dataclass
class ExtractedArticle:
    title: str = ""
    body: str = ""  # paragraphs separated by one blank line
    authors: list[ExtractedAuthor] = field(default_factory=list)
    published_on: date | None = None
    date_precision: str = ""  # "day", "month", "year" or "" when there is no date
    publisher_name: str = ""
    publisher_domain: str = ""
    source_url: str | None = None
    standfirst: str = ""
    language: str = "en"
    # Topic names the capture states; None means "not stated": the importer assigns topics from
    # the vocabulary instead. An empty list states "no topics".
    topics: list[str] | None = None
    slug: str = ""  # only bulk records state it; a free one is kept so exports round-trip
    status: str = ""  # only bulk records state it; "" means keep the default
    # "opinion", "editorial", "letter", "analysis", "interview", "review" or "" (see
    # articles.models.Genre); readers state it only when the page does, the pipeline infers it.
    genre: str = ""
    # A section label or kicker the page shows with the headline ("Opinion", "Letters",
    # "Tribune", "Meinung"): not part of the title, but evidence of the genre.
    section: str = ""
    # One entry per line (text) or block (HTML) of the capture, in order:
    # {"index": n, "text": "...", "label": "title|byline|date|standfirst|body|bio|meta|furniture",
    #  "reason": "why it got that label"}. Kept on the Capture as its extraction audit.
    audit: list[dict] = field(default_factory=list)
    # field name -> {"source": "how it was found", "inferred": bool}
    provenance: dict[str, dict] = field(default_factory=dict)
    # (sample, language code): what language detection said of this sample of the title and
    # body when it ran ahead of the import (articles/importers/readahead.py); used only while
    # the title and body still give the same sample.
    detected_language: tuple[str, str] | None = None

    def note(self, field_name: str, source: str, *, inferred: bool = False) -> None:
        """Record how `field_name` was found."""
        self.provenance[field_name] = {"source": source, "inferred": inferred}


def line_key(text: str) -> str:
    """The key an editor's correction is stored under: the line's text, NFC, spaces collapsed.

    Keys are text, not line numbers, so a correction still applies to a later capture of the
    same page whose lines moved.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())
