"""Every capture of an article is a version of it: what the reader made of that capture.

A capture's `snapshot` is stored when it is imported. Captures imported before snapshots existed
have none; their version is read again from the stored bytes (with the article's line
corrections) when a page needs it, and nothing is written back from a page view:
`import_articles --reextract` fills the stored snapshots. A capture that cannot be read again
gives, if it is the latest, the article as it stands, and otherwise an empty version; the page
says which.
"""

import datetime as dt
import logging
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.db.models import QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from articles import citations
from articles.models import Article, Capture
from articles.versions.diff import Comparison, diff_field, paragraph_changes

logger = logging.getLogger(__name__)

# What a list of versions reads of each capture: never the bytes, text or WARC records.
TIMELINE_FIELDS = (
    "pk",
    "article_id",
    "captured_at",
    "imported_at",
    "url",
    "final_url",
    "file_name",
)
# What a version needs no more of than its snapshot (read again only when it has none).
HEAVY_FIELDS = ("raw_bytes", "raw_text", "warc_records", "extraction_audit")
# How many captures the article page lists before pointing to the versions page.
LISTED_ON_ARTICLE = 10


class Origin:
    """Where a version's text comes from, said on the page when it is not the stored snapshot."""

    STORED = "stored"
    REEXTRACTED = "re-extracted"
    ARTICLE = "article"
    UNAVAILABLE = "unavailable"


@dataclass
class Version:
    """One capture of an article as the reader gave it."""

    capture: Capture
    number: int
    title: str = ""
    authors: list[str] = field(default_factory=list)
    published_on: dt.date | None = None
    date_precision: str = ""
    publisher_name: str = ""
    standfirst: str = ""
    body: str = ""
    source_url: str = ""
    origin: str = Origin.STORED
    is_latest: bool = False

    @property
    def pk(self) -> int:
        return self.capture.pk

    @property
    def when(self) -> dt.datetime:
        return self.capture.when

    @property
    def fetched(self) -> bool:
        """True when the capture's time is when the page was fetched, not when it was imported."""
        return self.capture.captured_at is not None

    @property
    def came_from(self) -> str:
        """The address this capture was served from, where one is known."""
        return captured_from(self.capture) or self.source_url

    @property
    def byline(self) -> str:
        """ "A", "A and B", "A, B and C": names joined as the article page joins them."""
        if len(self.authors) < 2:
            return "".join(self.authors)
        return f"{', '.join(self.authors[:-1])} and {self.authors[-1]}"

    @property
    def date_text(self) -> str:
        """The publication date as the article page shows it, at its stated precision."""
        from articles.templatetags.archive import date_label

        return date_label(self) if self.published_on else "Date unknown"


def captured_from(capture: Capture) -> str:
    """The URL a capture was served from (after redirects), else the one asked for, else ""."""
    return capture.final_url or capture.url


def in_version_order(captures: QuerySet[Capture]) -> QuerySet[Capture]:
    """Captures oldest first by when each was seen (fetched, else imported)."""
    return captures.order_by(Coalesce("captured_at", "imported_at").asc(), "pk")


def capture_timeline(*, article: Article, limit: int = LISTED_ON_ARTICLE) -> dict:
    """The article page's list of versions: its latest `limit` captures (light fields only),
    newest first, with how many there are and the first capture's time. Three queries at most."""
    captures = Capture.objects.filter(article=article).only(*TIMELINE_FIELDS)
    latest = list(in_version_order(captures).reverse()[:limit])
    count = len(latest)
    first = latest[-1] if latest else None
    if count == limit:
        count = captures.count()
        first = in_version_order(captures).first()
    numbered = [(count - offset, capture) for offset, capture in enumerate(latest)]
    return {"captures": numbered, "count": count, "first": first, "more": count - len(latest)}


def article_versions(*, article: Article) -> list[Version]:
    """Every capture of the article as a version, oldest first, numbered from 1."""
    captures = list(in_version_order(Capture.objects.filter(article=article).defer(*HEAVY_FIELDS)))
    versions = []
    for number, capture in enumerate(captures, start=1):
        latest = number == len(captures)
        snapshot, origin = capture.snapshot, Origin.STORED
        if not snapshot:
            snapshot, origin = _recovered_snapshot(capture, article=article, latest=latest)
        versions.append(_version(capture, number, snapshot, origin=origin, latest=latest))
    return versions


def one_version(*, article: Article, capture_id: int) -> tuple[Version, Capture] | None:
    """The version of `article` that capture `capture_id` gives, and the article's latest
    capture; None when the capture is not one of the article's. Reads one capture in full."""
    timeline = list(in_version_order(article.captures.only(*TIMELINE_FIELDS)))
    numbers = {capture.pk: number for number, capture in enumerate(timeline, start=1)}
    if capture_id not in numbers:
        return None
    capture = Capture.objects.defer(*HEAVY_FIELDS).get(pk=capture_id)
    latest = numbers[capture_id] == len(timeline)
    snapshot, origin = capture.snapshot, Origin.STORED
    if not snapshot:
        snapshot, origin = _recovered_snapshot(capture, article=article, latest=latest)
    version = _version(capture, numbers[capture_id], snapshot, origin=origin, latest=latest)
    return version, timeline[-1]


def _recovered_snapshot(capture: Capture, *, article: Article, latest: bool) -> tuple[dict, str]:
    """A snapshot for a capture stored without one: read again, else the article's own fields."""
    from articles.importers.pipeline import corrections_of, extract, snapshot_of
    from articles.importers.storage import capture_text

    try:
        extracted = extract(
            capture_text(capture),
            fmt=capture.format,
            file_name=capture.file_name,
            corrections=corrections_of(article),
        )
        return snapshot_of(extracted), Origin.REEXTRACTED
    except Exception:  # one unreadable old capture must not take the versions page down
        logger.warning("Capture %s could not be read again for its version", capture.pk)
    if latest:
        return _article_snapshot(article), Origin.ARTICLE
    return {}, Origin.UNAVAILABLE


def _article_snapshot(article: Article) -> dict:
    return {
        "title": article.title,
        "authors": [author.name for author in article.ordered_authors],
        "published_on": article.published_on.isoformat() if article.published_on else None,
        "date_precision": article.date_precision,
        "publisher": article.publisher.name if article.publisher else "",
        "standfirst": article.standfirst,
        "body": article.body,
        "source_url": article.source_url or "",
    }


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _version(capture: Capture, number: int, snapshot: dict, *, origin: str, latest: bool):
    authors = snapshot.get("authors")
    published_on = _date(snapshot.get("published_on"))
    return Version(
        capture=capture,
        number=number,
        title=_text(snapshot.get("title")),
        authors=[name for name in authors if isinstance(name, str)]
        if isinstance(authors, list)
        else [],
        published_on=published_on,
        date_precision=_text(snapshot.get("date_precision")) if published_on else "",
        publisher_name=_text(snapshot.get("publisher")),
        standfirst=_text(snapshot.get("standfirst")),
        body=_text(snapshot.get("body")),
        source_url=_text(snapshot.get("source_url")),
        origin=origin,
        is_latest=latest,
    )


# --- Comparing versions ---------------------------------------------------------------------------
COMPARED_FIELDS = (
    ("title", "Title", lambda v: v.title),
    ("byline", "Byline", lambda v: v.byline),
    ("date", "Date", lambda v: v.date_text),
    ("publisher", "Outlet", lambda v: v.publisher_name),
    ("standfirst", "Standfirst", lambda v: v.standfirst),
    ("body", "Body", lambda v: v.body),
)


def compare(old: Version, new: Version) -> Comparison:
    """The word-level difference between two versions, field by field."""
    return Comparison(
        fields=[
            diff_field(name, label, value(old), value(new))
            for name, label, value in COMPARED_FIELDS
        ]
    )


def change_summary(previous: Version | None, version: Version) -> str:
    """What changed since the previous version, in a few words: "title, body (+3 −1 paragraphs)"."""
    if previous is None:
        return "first capture"
    if Origin.UNAVAILABLE in (previous.origin, version.origin):
        return "not known (a capture could not be read)"
    changes = []
    for name, _label, value in COMPARED_FIELDS:
        if " ".join(value(previous).split()) == " ".join(value(version).split()):
            continue
        if name != "body":
            changes.append(name)
            continue
        counts = paragraph_changes(previous.body, version.body)
        details = []
        if counts.edited:
            details.append(f"{counts.edited} paragraph{'s' if counts.edited > 1 else ''} edited")
        if counts.added or counts.removed:
            details.append(f"+{counts.added} −{counts.removed} paragraphs")
        changes.append(f"body ({', '.join(details)})" if details else "body (spacing)")
    return ", ".join(changes) or "no change"


def with_changes(versions: list[Version]) -> list[tuple[Version, str]]:
    """Each version with what changed since the one before it."""
    return [
        (version, change_summary(versions[index - 1] if index else None, version))
        for index, version in enumerate(versions)
    ]


@dataclass
class Pair:
    """The two versions a diff compares, and what was wrong with the ones asked for."""

    old: Version | None
    new: Version | None
    notices: list[str]


def choose_pair(versions: list[Version], *, from_id: str | None, to_id: str | None) -> Pair:
    """The versions named by `from`/`to` (capture ids), by default the two latest.

    An id that is not a number or not a capture of this article is named in a notice and the
    default takes its place, so a hand-edited address still shows a useful page.
    """
    by_id = {str(version.pk): version for version in versions}
    notices = []
    defaults = {"from": versions[-2] if len(versions) > 1 else None, "to": versions[-1]}
    chosen = {}
    for name, value in (("from", from_id), ("to", to_id)):
        value = (value or "").strip()
        if value and value in by_id:
            chosen[name] = by_id[value]
            continue
        if value:
            shown = value if len(value) <= 40 else f"{value[:40]}…"
            notices.append(
                f"“{shown}” is not a capture of this article; showing the "
                f"{'previous' if name == 'from' else 'latest'} version instead."
            )
        chosen[name] = defaults[name]
    return Pair(old=chosen["from"], new=chosen["to"], notices=notices)


# --- Citing a version -----------------------------------------------------------------------------
def day_text(moment: dt.datetime) -> str:
    """ "4 December 2026" in the site's time zone."""
    day = timezone.localtime(moment)
    return f"{day.day} {citations.MONTHS[day.month - 1]} {day.year}"


def _as_cited(version: Version) -> SimpleNamespace:
    """The version in the shape articles.citations reads an article in."""
    publisher = SimpleNamespace(name=version.publisher_name) if version.publisher_name else None
    return SimpleNamespace(
        title=version.title,
        ordered_authors=[SimpleNamespace(name=name) for name in version.authors],
        published_on=version.published_on,
        date_precision=version.date_precision,
        publisher=publisher,
        # Not the original's address: a citation of a version points at that version.
        source_url="",
    )


def _version_address(version: Version, url: str) -> str:
    verb = "captured" if version.fetched else "archived"
    return f"{url} ({verb} on {day_text(version.when)})"


def version_citation(version: Version, *, url: str):
    """A Chicago-style entry that cites this version's own address and the day it was captured."""
    return citations.chicago(_as_cited(version), archive_url=_version_address(version, url))


def version_citations(version: Version, *, url: str) -> list[tuple[str, str]]:
    """The APA, MLA and Chicago entries of this version, each citing its own address and day."""
    return citations.formatted(_as_cited(version), archive_url=_version_address(version, url))
