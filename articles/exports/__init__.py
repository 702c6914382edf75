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
from django.db.models import Prefetch, QuerySet
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone

from articles.exports.formats import FORMATS, ExportFormat
from articles.models import Article, ArticleAuthor, Topic

# Rows fetched (and prefetched) at once; text is sent in pieces of about WRITE_SIZE characters.
CHUNK_SIZE = 1000
WRITE_SIZE = 64 * 1024
# What an export never reads: the search vectors, editors' bookkeeping, the outlet's aliases
# (JSON decoded for every row otherwise), and the body unless the format carries it.
UNREAD_FIELDS = (
    "search_vector",
    "rank_vector",
    "provenance",
    "extraction_corrections",
    "locked_fields",
    "publisher__aliases",
)
# The bylines and topics as the files name them: the few columns they print, where the cards'
# prefetch (ArticleQuerySet.with_related) loads whole authors and topics. Per row, building
# model instances is most of an export's cost.
EXPORT_PREFETCH = (
    Prefetch(
        "article_authors",
        queryset=ArticleAuthor.objects.select_related("author")
        .only("article_id", "author_id", "position", "affiliation", "author__name")
        .order_by("position"),
    ),
    Prefetch("topics", queryset=Topic.objects.only("name")),
)

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
        rows = part.defer(None).defer(*fields).prefetch_related(None)
        rows = rows.prefetch_related(*EXPORT_PREFETCH)[:remaining]
        for article in rows.iterator(chunk_size=CHUNK_SIZE):
            remaining -= 1
            yield article


def archive_urls(absolute: Callable[[str], str]) -> Callable[[Article], str]:
    """A function giving each article's absolute address, resolved once rather than per row
    (slugs are ASCII letters, digits, - and _, so they go into the address as they are)."""
    placeholder = "article-slug"
    head, tail = absolute(reverse("articles:detail", kwargs={"slug": placeholder})).rsplit(
        placeholder, 1
    )
    return lambda article: f"{head}{article.slug}{tail}"


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
    pieces = chosen.write(rows, archive_urls(absolute))
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
