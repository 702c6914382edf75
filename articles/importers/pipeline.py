"""Import captures into the archive: read files, extract, and create or update articles.

Each capture is imported in its own transaction, so one bad file loses nothing else. Importing the
same bytes again changes nothing; a changed capture of an article already held (same canonical
URL, or same outlet and nearly the same text) updates it, and the same text from another outlet
becomes a reprint (articles/importers/matching.py); fields an editor locked are never
overwritten, and the line corrections an editor made in the extraction audit are followed on
every extraction of that article's captures (see articles/corrections.py).
"""

import datetime as dt
import hashlib
import itertools
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from articles.importers.base import (
    EXTRACTOR_VERSION,
    CaptureError,
    ExtractedArticle,
    ExtractedAuthor,
)
from articles.importers.decoding import decode_capture
from articles.importers.genre import settle_genre
from articles.importers.identity import url_key
from articles.importers.isolation import (
    describe_failure,
    lock_identities,
    make_storable,
    should_retry,
    storable_file_name,
)
from articles.importers.language import settle_language
from articles.importers.matching import Match, match_capture, record_identity
from articles.importers.storage import capture_text
from articles.importers.topics import match_topics
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Capture,
    ImportRun,
    Publisher,
    Status,
    Topic,
    unique_slug,
)
from articles.search import update_search_index

FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    # Web archives: every HTML response in them is a capture of its own (articles/capture/warc.py).
    ".warc": "warc",
    ".wacz": "warc",
}
# Formats whose readers audit each line (or block) and follow an editor's line corrections.
FORMATS_WITH_AUDIT = ("text", "html")
# Article fields an editor can lock; the importer never writes a locked one.
LOCKABLE_FIELDS = (
    "title",
    "authors",
    "publisher",
    "published_on",
    "source_url",
    "standfirst",
    "body",
    "language",
    "genre",
    "topics",
    "status",
)


class _DryRunRollback(Exception):
    """Raised inside a dry run's transaction to undo everything it wrote."""


@dataclass
class RawCapture:
    """One capture as received: the bytes, where they came from and their format.

    A capture fetched from the web (or read from a WARC) also says when and from where: those
    fields are stored on the Capture, and `captured_at` tells versions of one page apart.
    """

    data: bytes
    file_name: str
    format: str
    url: str = ""
    final_url: str = ""
    captured_at: dt.datetime | None = None
    http_status: int | None = None
    redirects: list[dict] = field(default_factory=list)
    warc_records: bytes = b""
    request_id: int | None = None
    # Why this capture could not be read out of its file (a broken WARC record): it fails alone.
    read_error: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class ItemResult:
    file_name: str
    outcome: str  # created, updated, unchanged or failed
    article_slug: str = ""
    changed_fields: list[str] = field(default_factory=list)
    error: str = ""
    note: str = ""  # e.g. "older capture": stored as a version, the article shows a newer one


@dataclass
class ImportSummary:
    results: list[ItemResult] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    @property
    def failures(self) -> list[ItemResult]:
        return [r for r in self.results if r.outcome == "failed"]

    def line(self) -> str:
        return (
            f"{self.count('created')} created, {self.count('updated')} updated, "
            f"{self.count('unchanged')} unchanged, {self.count('failed')} failed"
        )


# --- Finding and reading files ------------------------------------------------------------------
def find_capture_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named by `paths`, directories searched recursively, hidden files skipped, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def detect_format(path: Path, data: bytes, requested: str = "auto") -> str:
    """The reader to use: as requested, else by suffix, else by sniffing the first bytes."""
    if requested != "auto":
        return requested
    if path.name.lower().endswith(".warc.gz"):
        return "warc"
    by_suffix = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if by_suffix:
        return by_suffix
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def read_captures(path: Path, *, requested_format: str = "auto") -> list[RawCapture]:
    """Read one file into captures (a JSON Lines file gives one per non-blank line).

    The size limit is per capture: a JSON Lines file (an export of the whole archive) or a web
    archive may be any size, and each of its records is held to the limit.
    """
    if detect_format(path, b"", requested_format) == "warc":
        from articles.capture.warc import read_warc_captures  # it imports this module

        return read_warc_captures(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError as error:
        raise CaptureError(f"cannot read: {error.strerror or error}") from error
    limit = settings.ARCHIVE_MAX_CAPTURE_BYTES
    if size > limit and detect_format(path, head, requested_format) != "jsonl":
        raise CaptureError(f"too large: {size:,} bytes (the limit is {limit:,})")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CaptureError(f"cannot read: {error.strerror or error}") from error
    fmt = detect_format(path, data, requested_format)
    if fmt != "jsonl":
        return [RawCapture(data=data, file_name=str(path), format=fmt)]
    if not data.strip():
        raise CaptureError("file is empty")
    return [
        RawCapture(data=line, file_name=f"{path}:{number}", format="jsonl")
        for number, line in enumerate(data.split(b"\n"), start=1)
        if line.strip()
    ]


def extract(
    raw_text: str,
    *,
    fmt: str,
    file_name: str,
    corrections: dict[str, str] | None = None,
    page_url: str = "",
) -> ExtractedArticle:
    """Run the reader for `fmt` on decoded text.

    `corrections` maps a normalised line (or block) text to "body" or "furniture": an editor's
    verdict from the extraction audit, which the reader follows over its own. `page_url` is
    where a fetched page was served from: its URL when the page states no canonical one.
    """
    # Readers are imported here so a format's heavy dependency loads only when it is used.
    if fmt == "text":
        from articles.importers.text import read_text_dump

        return read_text_dump(raw_text, file_name=file_name, corrections=corrections)
    if fmt == "html":
        from articles.importers.html import read_html

        return read_html(raw_text, file_name=file_name, corrections=corrections, page_url=page_url)
    if fmt == "jsonl":
        from articles.importers.jsonl import read_jsonl_record

        return read_jsonl_record(raw_text, file_name=file_name)
    raise CaptureError(f"unknown format {fmt!r}")


# --- The batch ----------------------------------------------------------------------------------
def import_paths(
    paths: Iterable[str | Path],
    *,
    requested_format: str = "auto",
    dry_run: bool = False,
    on_item: Callable[[ItemResult], None] | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> tuple[ImportSummary, ImportRun | None]:
    """Import every capture under `paths`; returns the summary and the recorded ImportRun."""
    files = find_capture_files(paths)
    summary = ImportSummary()
    for path in progress(files) if progress else files:
        try:
            captures = read_captures(path, requested_format=requested_format)
        except Exception as error:  # a failure to read one file is that file's alone
            _record(
                summary, ItemResult(str(path), "failed", error=describe_failure(error)), on_item
            )
            continue
        for raw in captures:
            _record(summary, import_capture(raw, dry_run=dry_run), on_item)
    run = None if dry_run else _save_run(paths, summary)
    return summary, run


def reextract_all(
    *,
    dry_run: bool = False,
    slugs: Iterable[str] | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> tuple[ImportSummary, ImportRun | None]:
    """Re-run extraction on each article's latest stored capture."""
    articles = Article.objects.order_by("slug")
    if slugs is not None:
        articles = articles.filter(slug__in=list(slugs))
    summary = ImportSummary()
    article_ids = list(articles.values_list("pk", flat=True))
    for article_id in progress(article_ids) if progress else article_ids:
        capture = Capture.objects.filter(article_id=article_id).order_by("-imported_at", "-pk")
        capture = capture.first()
        if capture is None:
            continue
        _record(summary, reextract_capture(capture, dry_run=dry_run), on_item)
    run = None if dry_run else _save_run(["--reextract"], summary)
    return summary, run


def _record(summary: ImportSummary, result: ItemResult, on_item) -> None:
    summary.results.append(result)
    if on_item:
        on_item(result)


def _save_run(paths: Iterable[str | Path], summary: ImportSummary) -> ImportRun:
    return ImportRun.objects.create(
        paths=[str(p) for p in paths],
        finished_at=timezone.now(),
        created=summary.count("created"),
        updated=summary.count("updated"),
        unchanged=summary.count("unchanged"),
        failed=summary.count("failed"),
        errors=[{"file": r.file_name, "error": r.error} for r in summary.failures],
    )


# --- One capture ----------------------------------------------------------------------------------
def import_capture(raw: RawCapture, *, dry_run: bool = False) -> ItemResult:
    """Import one capture in its own transaction; failures are returned, never raised.

    A capture that lost a race to another importer is tried again (see `should_retry`); each
    retry is a new transaction, so it sees what the other importer committed.
    """
    started = time.monotonic()
    for attempt in itertools.count(1):
        try:
            with transaction.atomic():
                result = _import_capture(raw)
                if dry_run:
                    raise _DryRunRollback
        except _DryRunRollback:
            pass
        except Exception as error:  # one capture's failure never ends the batch
            if should_retry(error, attempt=attempt, waited=time.monotonic() - started):
                time.sleep(min(0.05 * attempt, 1.0))
                continue
            return ItemResult(raw.file_name, "failed", error=describe_failure(error))
        return result
    raise AssertionError("unreachable: itertools.count never ends")


def _import_capture(raw: RawCapture) -> ItemResult:
    if raw.read_error:
        raise CaptureError(raw.read_error)
    sha = raw.sha256
    limit = settings.ARCHIVE_MAX_CAPTURE_BYTES
    if len(raw.data) > limit:
        raise CaptureError(f"too large: {len(raw.data):,} bytes (the limit is {limit:,})")
    # Another importer holding the same bytes waits here until it commits, then finds them.
    lock_identities(f"sha256:{sha}")
    # The same bytes saved again are the same capture; fetched again at another time, they are
    # a new capture of an unchanged page.
    existing = (
        Capture.objects.filter(sha256=sha, captured_at=raw.captured_at)
        .select_related("article")
        .first()
    )
    if existing is not None:
        slug = existing.article.slug if existing.article else ""
        return ItemResult(raw.file_name, "unchanged", article_slug=slug)
    text, encoding = decode_capture(raw.data, expect_prose=raw.format != "jsonl")
    extracted, match, uncorrected = extract_for_import(
        text, fmt=raw.format, file_name=raw.file_name, page_url=raw.final_url
    )
    make_storable(extracted)
    if match.kind != "update" and _lock_article_identity(extracted):
        match = find_match(extracted)  # another importer may have created it meanwhile
    note = ""
    if match.kind == "update" and _newer_capture_exists(match.article, raw.captured_at):
        # A version older than one already held is kept as a version, but the article goes on
        # showing the latest one.
        article, outcome, changed, note = match.article, "unchanged", [], "older capture"
    else:
        article, outcome, changed = apply_extracted(extracted, match=match)
        remember_uncorrected_body(article, uncorrected)
    Capture.objects.create(
        article=article,
        raw_bytes=raw.data,
        raw_text=text,
        encoding=encoding,
        sha256=sha,
        file_name=storable_file_name(raw.file_name),
        format=raw.format,
        size_bytes=len(raw.data),
        extractor_version=EXTRACTOR_VERSION,
        extraction_audit=extracted.audit,
        url=raw.url,
        final_url=raw.final_url,
        captured_at=raw.captured_at,
        http_status=raw.http_status,
        redirects=raw.redirects,
        warc_records=raw.warc_records,
        request_id=raw.request_id,
        snapshot=snapshot_of(extracted),
    )
    return ItemResult(
        raw.file_name, outcome, article_slug=article.slug, changed_fields=changed, note=note
    )


def _newer_capture_exists(article: Article, captured_at: dt.datetime | None) -> bool:
    """True when `article` has a capture fetched after `captured_at` (a fetch time is needed)."""
    if captured_at is None:
        return False
    return Capture.objects.filter(article=article, captured_at__gt=captured_at).exists()


def snapshot_of(extracted: ExtractedArticle) -> dict:
    """The version of the article one capture gives, as stored in `Capture.snapshot`."""
    return {
        "title": extracted.title[:500],
        "authors": [author.name for author in extracted.authors],
        "published_on": extracted.published_on.isoformat() if extracted.published_on else None,
        "date_precision": extracted.date_precision,
        "publisher": extracted.publisher_name or extracted.publisher_domain,
        "standfirst": extracted.standfirst,
        "body": extracted.body,
        "source_url": extracted.source_url or "",
    }


def _lock_article_identity(extracted: ExtractedArticle) -> bool:
    """Lock the URL and text of a capture of a new article; True if a lock was taken.

    Two different captures of one new page (a re-save, another format) imported at once would
    otherwise both create it; the second waits, then finds the first's article.
    """
    if connection.vendor != "postgresql":
        return False
    lock_identities(
        f"url:{url_key(extracted.source_url)}" if extracted.source_url else "",
        f"text:{text_hash(extracted.body)}",
    )
    return True


def reextract_capture(capture: Capture, *, dry_run: bool = False) -> ItemResult:
    """Extract a stored capture again and apply it to its article (locked fields stay)."""
    try:
        with transaction.atomic():
            corrections = corrections_of(capture.article)
            text = capture_text(capture)
            extracted = extract(
                text,
                fmt=capture.format,
                file_name=capture.file_name,
                corrections=corrections,
                page_url=capture.final_url,
            )
            article, outcome, changed = apply_extracted(extracted, article=capture.article)
            uncorrected = None
            if corrections and capture.format in FORMATS_WITH_AUDIT:
                uncorrected = extract(
                    text,
                    fmt=capture.format,
                    file_name=capture.file_name,
                    page_url=capture.final_url,
                ).body
            remember_uncorrected_body(article, uncorrected)
            snapshot = snapshot_of(extracted)
            if (capture.extractor_version, capture.extraction_audit, capture.snapshot) != (
                EXTRACTOR_VERSION,
                extracted.audit,
                snapshot,
            ):
                capture.extractor_version = EXTRACTOR_VERSION
                capture.extraction_audit = extracted.audit
                capture.snapshot = snapshot
                capture.save(update_fields=["extractor_version", "extraction_audit", "snapshot"])
            result = ItemResult(capture.file_name, outcome, article.slug, changed)
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    except Exception as error:  # one capture's failure never ends the batch
        return ItemResult(capture.file_name, "failed", error=describe_failure(error))
    return result


def extract_for_import(
    raw_text: str, *, fmt: str, file_name: str, page_url: str = ""
) -> tuple[ExtractedArticle, Match, str | None]:
    """Extract a new capture, following the corrections of the article it turns out to be.

    Which article a capture belongs to is only known once it is read (its URL or its text), so a
    capture of an article an editor corrected is read twice: the second time with the article's
    line corrections, which therefore survive every re-import. Returns the extraction, what it
    matched (an article to update, one it reprints, or nothing) and, when corrections were
    applied, the body as read without them.
    """
    extracted = extract(raw_text, fmt=fmt, file_name=file_name, page_url=page_url)
    match = find_match(extracted)
    article = match.article if match.kind == "update" else None
    corrections = corrections_of(article)
    if not corrections or fmt not in FORMATS_WITH_AUDIT:
        return extracted, match, None
    uncorrected = extracted.body
    extracted = extract(
        raw_text, fmt=fmt, file_name=file_name, corrections=corrections, page_url=page_url
    )
    return extracted, match, uncorrected


def remember_uncorrected_body(article: Article, uncorrected_body: str | None) -> None:
    """Keep the hash of the body `article`'s capture gives without its editor's corrections.

    A later capture of the page is first read without corrections; when it states no URL, only
    this hash lets `find_existing_article` recognise it as a capture of the corrected article.
    """
    if uncorrected_body is not None:
        wanted = text_hash(uncorrected_body)
    elif article.extraction_corrections:
        return  # read by a format without line corrections: the last known hash stands
    else:
        wanted = ""
    if article.uncorrected_text_hash != wanted:
        Article.objects.filter(pk=article.pk).update(uncorrected_text_hash=wanted)
        article.uncorrected_text_hash = wanted


def corrections_of(article: Article | None) -> dict[str, str] | None:
    """The editor's line corrections of `article` ({line_key: "body" | "furniture"}), if any."""
    if article is None or not article.extraction_corrections:
        return None
    return dict(article.extraction_corrections)


# --- Applying an extraction -----------------------------------------------------------------------
def text_hash(body: str) -> str:
    """SHA-256 of the body with case, punctuation and spacing folded away."""
    folded = unicodedata.normalize("NFKC", body).casefold()
    folded = " ".join(re.findall(r"\w+", folded))
    return hashlib.sha256(folded.encode()).hexdigest()


def find_match(extracted: ExtractedArticle) -> Match:
    """What this extraction is: an update of a stored article, a reprint of one, or new (see
    articles/importers/matching.py for the identity rules)."""
    return match_capture(extracted, body_hash=text_hash(extracted.body))


def find_existing_article(extracted: ExtractedArticle) -> Article | None:
    """The article this extraction is a capture of (same canonical URL, or same outlet and the
    same or nearly the same text), else None: a reprint under another outlet is not one."""
    match = find_match(extracted)
    return match.article if match.kind == "update" else None


def apply_extracted(
    extracted: ExtractedArticle, *, article: Article | None = None, match: Match | None = None
) -> tuple[Article, str, list[str]]:
    """Create or update the article for `extracted`; returns (article, outcome, changed fields).

    `article` is the one to update; else `match` (from find_match, found when not given) says
    whether the extraction updates an article or is a new one, perhaps a reprint of another.
    """
    if article is None:
        match = match or find_match(extracted)
        article = match.article if match.kind == "update" else None
    created = article is None
    if created:
        slug = extracted.slug
        if not slug or Article.objects.filter(slug=slug).exists():
            slug = unique_slug(Article, extracted.title)
        article = Article(slug=slug)
    locked = set() if created else set(article.locked_fields)
    _settle_language_and_genre(extracted, locked=locked)

    values = {
        "title": extracted.title[:500],
        "published_on": extracted.published_on,
        "source_url": extracted.source_url,
        "standfirst": extracted.standfirst,
        "body": extracted.body,
        "language": extracted.language,
        "genre": extracted.genre,
        "publisher": _publisher_for(extracted),
    }
    if extracted.status in Status.values:
        values["status"] = extracted.status
    changed = []
    for name, value in values.items():
        if name in locked:
            continue
        current = getattr(article, name)
        if current != value:
            setattr(article, name, value)
            changed.append(name)
    if "published_on" not in locked and article.date_precision != extracted.date_precision:
        article.date_precision = extracted.date_precision
        changed.append("date_precision")
    provenance = {
        key: value
        for key, value in extracted.provenance.items()
        if key not in locked and not (key == "published_on" and "published_on" in locked)
    }
    merged = {k: v for k, v in article.provenance.items() if k in locked} | provenance
    if merged != article.provenance:
        article.provenance = merged
        if not created:
            changed.append("provenance")
    if "body" not in locked:
        article.text_hash = text_hash(article.body)
        article.word_count = len(article.body.split())
    if created:
        # The byline and topics need the article's key; its history entry waits until they are
        # set, so the entry shows the article as imported, byline included.
        article.save_without_historical_record()

    # Byline and topic changes would each write a history entry of their own; the one save
    # below records them all together.
    article.skip_history_when_saving = True
    if "authors" not in locked and _set_authors(article, extracted.authors, created=created):
        changed.append("authors")
    if "topics" not in locked and _set_topics(article, extracted, created=created):
        changed.append("topics")
    del article.skip_history_when_saving
    if created or changed:
        article.save()  # one history entry per import that changed something
        update_search_index([article.pk])
    record_identity(
        article, match or Match(), body_changed=created or "body" in changed, created=created
    )
    if created:
        return article, "created", []
    return article, ("updated" if changed else "unchanged"), changed


def _settle_language_and_genre(extracted: ExtractedArticle, *, locked: set[str]) -> None:
    """Fill in what the reader did not state: the language detected, the genre classified."""
    if "language" not in locked:
        settle_language(extracted)
    if "genre" not in locked:
        settle_genre(extracted)


def _fold(name: str) -> str:
    """Case- and accent-insensitive key for matching names and aliases."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", stripped))


def _find_by_name_or_alias(model, name: str):
    """The row of `model` whose name or one of whose aliases is `name`, ignoring case/accents."""
    key = _fold(name)
    if not key:
        return None
    # Narrow in SQL by a case-insensitive contains on the rarest-looking word, then compare folded
    # names in Python: JSON alias lists cannot be matched portably in SQL on both databases.
    word = max(key.split(), key=len)
    candidates = model.objects.filter(Q(name__icontains=word) | Q(aliases__icontains=word))
    for candidate in candidates:
        if _fold(candidate.name) == key or key in {_fold(a) for a in candidate.aliases}:
            return candidate
    for candidate in model.objects.filter(name__iexact=name):
        return candidate
    return None


def find_or_create_author(extracted_author: ExtractedAuthor) -> Author:
    """The author of this name or alias, made if new; a bio fills only an empty current one."""
    author = _find_by_name_or_alias(Author, extracted_author.name)
    if author is None:
        author = Author.objects.create(name=extracted_author.name[:200], bio=extracted_author.bio)
    elif extracted_author.bio and not author.bio:
        author.bio = extracted_author.bio
        author.save(update_fields=["bio"])
    return author


def _publisher_for(extracted: ExtractedArticle) -> Publisher | None:
    if not extracted.publisher_name and not extracted.publisher_domain:
        return None
    publisher = None
    if extracted.publisher_name:
        publisher = _find_by_name_or_alias(Publisher, extracted.publisher_name)
    if publisher is None and extracted.publisher_domain:
        publisher = Publisher.objects.filter(domain=extracted.publisher_domain).first()
    if publisher is None:
        publisher = Publisher.objects.create(
            name=(extracted.publisher_name or extracted.publisher_domain)[:200],
            domain=extracted.publisher_domain,
        )
    elif extracted.publisher_domain and not publisher.domain:
        publisher.domain = extracted.publisher_domain
        publisher.save(update_fields=["domain"])
    return publisher


def _set_authors(article: Article, authors: list[ExtractedAuthor], *, created: bool) -> bool:
    """Give `article` the byline `authors` states, each entry with the affiliation printed here."""
    wanted: dict[int, str] = {}
    for extracted_author in authors:
        author = find_or_create_author(extracted_author)
        # The bio this capture prints is the author's affiliation when this piece was written.
        wanted.setdefault(author.pk, extracted_author.bio)
    current = list(
        ArticleAuthor.objects.filter(article=article)
        .order_by("position")
        .values_list("author_id", "affiliation")
    )
    if current == list(wanted.items()):
        return False
    ArticleAuthor.objects.filter(article=article).delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author_id=author_id, position=position, affiliation=bio)
        for position, (author_id, bio) in enumerate(wanted.items())
    )
    return not created


def _set_topics(article: Article, extracted: ExtractedArticle, *, created: bool) -> bool:
    if extracted.topics is not None:
        topics = [_topic_named(name) for name in extracted.topics if name.strip()]
    else:
        topics = match_topics(article.title, article.body)
    wanted = {topic.pk for topic in topics}
    current = set(article.topics.values_list("pk", flat=True))
    if wanted == current:
        return False
    article.topics.set(wanted)
    return not created


def _topic_named(name: str) -> Topic:
    topic = _find_by_name_or_alias(Topic, name)
    return topic or Topic.objects.create(name=name.strip()[:200])
