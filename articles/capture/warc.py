"""WARC: write each fetch as WARC/1.1 records, and read .warc, .warc.gz and .wacz files.

A fetch becomes a `request` and a `response` record for each hop (a redirect's response is kept
too, so a replay tool follows it as the browser did), each gzip-compressed on its own as replay
tools expect, with WARC-Date the time of the fetch. Reading, every HTML response record becomes
one capture carrying its own records; a record that cannot be read fails alone, and reading goes
on at the next record. A WACZ is a zip whose archive/ folder holds WARC files: zipfile opens it,
warcio reads the WARCs inside.
"""

import datetime as dt
import gzip
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from django.conf import settings
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date, iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from articles.capture.fetch import Fetched
from articles.importers.base import CaptureError
from articles.importers.pipeline import RawCapture

WARC_SUFFIXES = (".warc", ".warc.gz", ".wacz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Transfer-Encoding is undone by the HTTP client; a stored header would claim chunks the stored
# body no longer has, and replay tools would try to undo them again.
_DROPPED_HEADERS = {"transfer-encoding"}


# --- Writing --------------------------------------------------------------------------------------
def warc_records_for(fetched: Fetched) -> bytes:
    """The WARC/1.1 request and response records of `fetched` and its redirect hops."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    for exchange in [*fetched.hops, fetched]:
        _write_exchange(writer, exchange)
    return out.getvalue()


def _write_exchange(writer: WARCWriter, exchange: Fetched) -> None:
    date = warc_date(exchange.fetched_at)
    target = exchange.final_url
    body = exchange.sent_body
    response_headers = StatusAndHeaders(
        f"{exchange.status} {exchange.reason}".strip(),
        [(k, v) for k, v in exchange.headers if k.lower() not in _DROPPED_HEADERS],
        protocol=exchange.http_version,
    )
    response = writer.create_warc_record(
        target,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=response_headers,
        warc_headers_dict={"WARC-Date": date},
    )
    parts = urlsplit(target)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    request_headers = StatusAndHeaders(
        f"GET {path} {exchange.http_version}", exchange.request_headers, is_http_request=True
    )
    request = writer.create_warc_record(
        target, "request", http_headers=request_headers, warc_headers_dict={"WARC-Date": date}
    )
    writer.write_request_response_pair(request, response)


def warc_date(moment: dt.datetime) -> str:
    """A WARC/1.1 date (UTC, microseconds) for an aware datetime."""
    return datetime_to_iso_date(moment.astimezone(dt.UTC).replace(tzinfo=None), use_micros=True)


# --- Reading --------------------------------------------------------------------------------------
def is_warc_file(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc_captures(path: Path) -> list[RawCapture]:
    """Every HTML response record in a .warc, .warc.gz or .wacz file, one capture each.

    A record that cannot be read comes back as a capture that fails with the reason, so the
    import reports it by name and goes on with the others.
    """
    if path.name.lower().endswith(".wacz"):
        return _read_wacz(path)
    try:
        return _read_warc(lambda: path.open("rb"), str(path))
    except OSError as error:
        raise CaptureError(f"cannot read: {error.strerror or error}") from error


def _read_wacz(path: Path) -> list[RawCapture]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise CaptureError(f"not a WACZ file (not a readable zip: {error})") from error
    with archive:
        names = sorted(
            name
            for name in archive.namelist()
            if name.startswith("archive/") and name.lower().endswith((".warc", ".warc.gz"))
        )
        if not names:
            raise CaptureError("not a WACZ file (no WARC files under archive/)")
        captures: list[RawCapture] = []
        for name in names:
            captures.extend(_read_warc(lambda name=name: archive.open(name), f"{path}!{name}"))
        return captures


@dataclass
class _Record:
    offset: int
    length: int
    kind: str
    record_id: str
    target: str
    date: str
    concurrent_to: str
    status: int | None = None
    payload: bytes | None = None  # the decoded HTTP body of an HTML response
    error: str = ""


def _read_warc(open_stream: Callable[[], BinaryIO], label: str) -> list[RawCapture]:
    """Captures of the HTML responses in one WARC; `open_stream` opens it from the start."""
    with open_stream() as stream:
        records = list(_scan(stream))
    requests = {r.record_id: r for r in records if r.kind == "request"}
    request_for = {r.concurrent_to: r for r in records if r.kind == "request" and r.concurrent_to}
    captures: list[RawCapture] = []
    with open_stream() as raw_stream:
        for record in records:
            name = f"{label}#{record.record_id or f'offset {record.offset}'}"
            if record.error:
                captures.append(RawCapture(b"", name, "html", read_error=record.error))
                continue
            if record.kind != "response" or record.payload is None:
                continue
            request = request_for.get(record.record_id) or requests.get(record.concurrent_to)
            own = [r for r in (request, record) if r is not None]
            captures.append(
                RawCapture(
                    data=record.payload,
                    file_name=name,
                    format="html",
                    url=record.target,
                    final_url=record.target,
                    captured_at=_parse_date(record.date),
                    http_status=record.status,
                    warc_records=b"".join(_gzipped(_bytes_of(raw_stream, r)) for r in own),
                )
            )
    return captures


def _scan(stream: BinaryIO) -> Iterator[_Record]:
    """Every record of `stream`; one that cannot be read is yielded with its error, and the
    scan goes on from the next record boundary found after it."""
    start = stream.tell()
    gzipped = stream.read(2) == b"\x1f\x8b"
    stream.seek(start)
    while True:
        iterator = ArchiveIterator(stream)
        position = start
        try:
            for warc_record in iterator:
                record = _record_of(iterator, warc_record)
                position = record.offset + record.length
                yield record
            return
        except Exception as error:  # warcio raises many kinds; the record is what failed
            yield _Record(position, 0, "broken", "", "", "", "", error=_reason(error))
        start = _next_boundary(stream, position + 1, gzipped)
        if start is None:
            return
        stream.seek(start)


def _record_of(iterator: ArchiveIterator, warc_record) -> _Record:
    headers = warc_record.rec_headers
    record = _Record(
        offset=0,
        length=0,
        kind=warc_record.rec_type or "",
        record_id=(headers.get_header("WARC-Record-ID") or "").strip("<>"),
        target=headers.get_header("WARC-Target-URI") or "",
        date=headers.get_header("WARC-Date") or "",
        concurrent_to=(headers.get_header("WARC-Concurrent-To") or "").strip("<>"),
    )
    if record.kind == "response" and warc_record.http_headers is not None:
        http = warc_record.http_headers
        record.status = int(http.get_statuscode() or 0)
        content_type = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
        if record.status == 200:
            try:
                record.payload = _html_payload(warc_record, content_type)
            except CaptureError as error:
                record.error = f"{record.target}: {error}"
    iterator.read_to_end(warc_record)
    record.offset, record.length = iterator.get_record_offset(), iterator.get_record_length()
    return record


def _html_payload(warc_record, content_type: str) -> bytes | None:
    """The decoded body of an HTML response (by type, or sniffed when untyped); else None."""
    limit = settings.ARCHIVE_CAPTURE_MAX_BYTES
    if content_type and content_type not in HTML_TYPES and content_type != "text/plain":
        return None
    body = warc_record.content_stream().read(limit + 1)
    if len(body) > limit:
        raise CaptureError(f"too large: the payload is over the limit of {limit:,} bytes")
    if content_type not in HTML_TYPES and not looks_like_html(body):
        return None
    return body


def looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _next_boundary(stream: BinaryIO, position: int, gzipped: bool) -> int | None:
    """Where the next record may start at or after `position`: a gzip member, or a WARC line."""
    marker = b"\x1f\x8b\x08" if gzipped else b"WARC/1."
    stream.seek(position)
    carry = b""
    offset = position
    while chunk := stream.read(1 << 16):
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            return offset - len(carry) + found
        carry = window[-(len(marker) - 1) :]
        offset += len(chunk)
    return None


def _bytes_of(stream: BinaryIO, record: _Record) -> bytes:
    stream.seek(record.offset)
    return stream.read(record.length)


def _gzipped(member: bytes) -> bytes:
    """One record as its own gzip member (an uncompressed WARC's records are compressed here)."""
    return member if member[:2] == b"\x1f\x8b" else gzip.compress(member)


def _parse_date(value: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        return iso_date_to_datetime(value).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _reason(error: Exception) -> str:
    if isinstance(error, CaptureError):
        return str(error)
    # warcio quotes the bytes it could not read: keep the message printable and short.
    message = "".join(ch if ch.isprintable() else "?" for ch in " ".join(str(error).split()))
    message = message[:200] or type(error).__name__
    return f"a broken WARC record ({message})"
