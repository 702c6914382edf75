"""Keep one capture's trouble inside that capture, and two importers out of each other's way.

Three things a batch must survive, each handled here so the pipeline only calls them:

- values the two databases treat differently: PostgreSQL text cannot hold NUL and enforces a
  column's max_length, SQLite does neither. `make_storable` removes NULs (and unpaired
  surrogates, which neither can encode) from what a reader
  extracted and turns a value too long for its column into a named failure, so both databases
  give the same answer for the same capture;
- unexpected exceptions: `describe_failure` names any error in one line, class included, so the
  batch can record it and go on;
- concurrent imports: `lock_identities` serialises importers on the same capture (PostgreSQL
  advisory locks, released at commit), and `should_retry` tells the pipeline when a capture lost
  a race (a duplicate key committed by the other importer, or SQLite's "database is locked") and
  should be tried once more, now seeing what the other importer committed.
"""

import hashlib
import re
import struct

from django.db import DatabaseError, IntegrityError, OperationalError, connection

from articles.importers.base import CaptureError, ExtractedArticle
from articles.models import Article, Capture, Publisher

# Extracted fields stored as-is in a bounded column, with that column. The title and the names
# of authors and outlets are cut to their column by the pipeline, so they are not listed.
_BOUNDED_FIELDS = {
    "source_url": ("source URL", Article._meta.get_field("source_url").max_length),
    "slug": ("slug", Article._meta.get_field("slug").max_length),
    "language": ("language", Article._meta.get_field("language").max_length),
    "publisher_domain": ("outlet domain", Publisher._meta.get_field("domain").max_length),
}
_FILE_NAME_LENGTH = Capture._meta.get_field("file_name").max_length


# NUL, which a PostgreSQL text column cannot store, and unpaired surrogates (a JSON "\\ud800"
# escape decodes to one), which are not characters and which neither database can encode.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def drop_unstorable(text: str) -> str:
    """`text` without NULs and unpaired surrogates, which no database column stores alike."""
    return _UNSTORABLE.sub("", text)


def make_storable(extracted: ExtractedArticle) -> None:
    """Remove NULs from every extracted string; raise CaptureError for a value over its column."""
    for name in ("title", "body", "publisher_name", "publisher_domain", "standfirst", "section"):
        setattr(extracted, name, drop_unstorable(getattr(extracted, name)))
    for name in ("source_url", "slug", "language", "genre", "status"):
        value = getattr(extracted, name)
        if value:
            setattr(extracted, name, drop_unstorable(value))
    for author in extracted.authors:
        author.name, author.bio = drop_unstorable(author.name), drop_unstorable(author.bio)
    if extracted.topics is not None:
        extracted.topics = [drop_unstorable(name) for name in extracted.topics]
    for entry in extracted.audit:
        if isinstance(entry.get("text"), str):
            entry["text"] = drop_unstorable(entry["text"])
    for name, (label, limit) in _BOUNDED_FIELDS.items():
        value = getattr(extracted, name) or ""
        if len(value) > limit:
            raise CaptureError(
                f"{label} is {len(value):,} characters long (the limit is {limit:,})"
            )


def storable_file_name(file_name: str) -> str:
    """`file_name` cut to fit its column, keeping its end (the file and line number)."""
    if len(file_name) <= _FILE_NAME_LENGTH:
        return file_name
    return "…" + file_name[-(_FILE_NAME_LENGTH - 1) :]


def describe_failure(error: BaseException) -> str:
    """One line naming `error`: its message, and its class when it is not a CaptureError."""
    if isinstance(error, CaptureError):
        return str(error)
    message = " ".join(str(error).split()) or "no message"
    if isinstance(error, IntegrityError):
        return f"conflicts with stored data: {message}"
    if isinstance(error, DatabaseError):
        return f"the database refused it ({type(error).__name__}: {message})"
    return f"unexpected error ({type(error).__name__}: {message})"


# A duplicate key means the other importer committed the same row first: another try finds it.
DUPLICATE_KEY_ATTEMPTS = 3
# SQLite has one writer: a second importer waits its turn (the connection's busy timeout, then
# these retries) for up to this long before the capture counts as failed.
LOCKED_WAIT_SECONDS = 900


def should_retry(error: BaseException, *, attempt: int, waited: float) -> bool:
    """True when a capture failed only because another importer got there first, and may retry."""
    if isinstance(error, IntegrityError):
        return attempt < DUPLICATE_KEY_ATTEMPTS
    if isinstance(error, OperationalError) and "locked" in str(error).lower():
        return waited < LOCKED_WAIT_SECONDS
    return False


def lock_identities(*keys: str) -> None:
    """Hold a transaction-scoped lock on each of `keys` (PostgreSQL; SQLite has one writer).

    Keys are taken in a fixed order so two importers asking for overlapping sets cannot deadlock.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for key in sorted({k for k in keys if k}):
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_lock_number(key)])


def _lock_number(key: str) -> int:
    """A signed 64-bit number for `key`, as pg_advisory_xact_lock takes."""
    digest = hashlib.sha256(f"articles.capture:{key}".encode()).digest()
    return struct.unpack(">q", digest[:8])[0]
