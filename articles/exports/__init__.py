"""Any result set of the archive as a file: CSV, JSON Lines, BibTeX, RIS or CSL-JSON, streamed.

The views hand over the queryset ArticleFilter made for the list page (or an entity page), so a
file holds exactly the articles those pages show for the same parameters, in the same order,
every page of them. Rows are read in chunks of CHUNK_SIZE (a server-side cursor on PostgreSQL,
chunked reads on SQLite) with each chunk's bylines and topics prefetched in two queries, and
written out as they come: memory stays flat however many rows there are, and the number of
queries does not grow with them.

A file holds at most settings.ARCHIVE_EXPORT_MAX_ROWS articles. How many matched and whether
the file stops short are told in headers (X-Export-Total, X-Export-Rows, X-Export-Limit,
X-Export-Truncated), never in the body, which stays a clean file of its format.
"""

from collections.abc import Callable, Iterable, Iterator

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.utils import timezone

from articles.exports.formats import FORMATS, ExportFormat

# Rows fetched (and prefetched) at once; text is sent in pieces of about WRITE_SIZE characters.
CHUNK_SIZE = 1000
WRITE_SIZE = 64 * 1024
# What an export never needs to read: the search vectors (and the body, unless the format has it).
UNREAD_FIELDS = ("search_vector", "rank_vector", "provenance", "extraction_corrections")

__all__ = ["FORMATS", "ExportFormat", "export_format", "export_response", "unknown_format"]


def export_format(name: str | None) -> ExportFormat | None:
    """The format a `format` parameter names, or None."""
    return FORMATS.get((name or "").strip().lower())


def unknown_format(name: str | None) -> HttpResponseBadRequest:
    """A plain 400 that lists the formats there are."""
    known = ", ".join(FORMATS)
    asked = (name or "").strip()
    said = f"Unknown export format “{asked[:40]}”." if asked else "No export format was given."
    return HttpResponseBadRequest(
        f"{said} Add format= with one of: {known}.\n", content_type="text/plain; charset=utf-8"
    )


def export_rows(articles: QuerySet, chosen: ExportFormat, *, limit: int) -> Iterator:
    """The first `limit` articles of the result set in the pages' order, a chunk at a time."""
    fields = UNREAD_FIELDS if chosen.needs_body else (*UNREAD_FIELDS, "body")
    remaining = limit
    # A huge ranked search is read in two tiers, as its pages are (ArticleQuerySet.ordered_parts).
    for part in articles.ordered_parts():
        if remaining <= 0:
            return
        # defer(None) first: a search defers the body for its cards; JSON Lines wants it back.
        rows = part.defer(None).defer(*fields)[:remaining]
        for article in rows.iterator(chunk_size=CHUNK_SIZE):
            remaining -= 1
            yield article


def encoded(pieces: Iterable[str]) -> Iterator[bytes]:
    """UTF-8 bytes in pieces of about WRITE_SIZE characters: few, large writes to the socket."""
    buffer, size = [], 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= WRITE_SIZE:
            yield "".join(buffer).encode()
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode()


def export_response(
    articles: QuerySet, chosen: ExportFormat, *, absolute: Callable[[str], str]
) -> StreamingHttpResponse:
    """The result set as a streamed attachment in the chosen format, cut at the maximum."""
    limit = settings.ARCHIVE_EXPORT_MAX_ROWS
    total = articles.order_by().count()
    rows = export_rows(articles, chosen, limit=limit)
    pieces = chosen.write(rows, lambda article: absolute(article.get_absolute_url()))
    response = StreamingHttpResponse(
        encoded(pieces), content_type=f"{chosen.content_type}; charset=utf-8"
    )
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="articles-{day}.{chosen.extension}"'
    response["X-Export-Total"] = str(total)
    response["X-Export-Rows"] = str(min(total, limit))
    response["X-Export-Limit"] = str(limit)
    response["X-Export-Truncated"] = "true" if total > limit else "false"
    return response
