"""Where a capture's bytes are kept, and how they are checked (fixity).

The original bytes of every capture are stored in the database, in `Capture.raw_bytes` (a
BinaryField: BLOB on SQLite, bytea on PostgreSQL), content-addressed by `Capture.sha256`, which is
always the SHA-256 of exactly those bytes. Why the database rather than files under `var/`:

- one thing to back up and restore: a database dump (pg_dump, SQLite's online backup) carries the
  bytes together with the rows that describe them, in one consistent snapshot; files beside the
  database would need a second, separately timed copy that can drift from it (a row without its
  file, a file without its row);
- replicas get the bytes by ordinary replication, with no shared file system to mount;
- a capture is at most `ARCHIVE_MAX_CAPTURE_BYTES` (5 MiB by default, applied to each JSON Lines
  record): far inside PostgreSQL's 1 GB bytea and SQLite's default 1 GB BLOB limit; the whole
  archive is a few times the size of its decoded text, which the database holds already.

The decoded text (`raw_text`) and the detected encoding stay beside the bytes, so the admin and
the capture view need not decode; re-extraction decodes the bytes again (`capture_text`).
"""

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from articles.importers.decoding import decode_capture
from articles.models import Capture


def sha256_of(data: bytes) -> str:
    """The hexadecimal SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def stored_bytes(capture: Capture) -> bytes:
    """The capture's stored bytes (a database driver may hand back a memoryview)."""
    return bytes(capture.raw_bytes or b"")


def capture_text(capture: Capture) -> str:
    """The capture's text, decoded again from its stored bytes (the stored text if it has none)."""
    data = stored_bytes(capture)
    if not data:
        return capture.raw_text
    text, _encoding = decode_capture(data, expect_prose=capture.format != Capture.Format.JSONL)
    return text


@dataclass
class FixityProblem:
    file_name: str
    stored: str
    actual: str

    def line(self) -> str:
        return f"{self.file_name}: sha256 mismatch (stored {self.stored}, actual {self.actual})"


def verify_captures(
    *, progress: Callable[[Iterable], Iterable] | None = None
) -> Iterator[FixityProblem | None]:
    """Re-hash every stored capture; yields a FixityProblem per mismatch and None per good one."""
    captures = Capture.objects.order_by("pk").only("pk", "file_name", "sha256", "raw_bytes")
    rows: Iterable[Capture] = captures.iterator(chunk_size=200)
    if progress is not None:
        rows = progress(rows, total=captures.count())
    for capture in rows:
        actual = sha256_of(stored_bytes(capture))
        if actual != capture.sha256:
            yield FixityProblem(capture.file_name, capture.sha256, actual)
        else:
            yield None
