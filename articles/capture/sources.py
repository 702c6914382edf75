"""Polling sources: read an outlet's feed or sitemap and queue captures of the new items.

A poll is a conditional GET (the ETag and Last-Modified the server sent last time go back as
If-None-Match / If-Modified-Since, so an unchanged feed costs a 304 and nothing more); then the
listing's item URLs that match the source's pattern and are not yet known become `SourceItem`s,
each with a capture request for the workers. Items captured longer ago than the source's
recapture interval are queued again, so edits after publication are caught. Each poll records its
outcome on the source ("3 new, 12 seen", "not modified", "failed: ...") and when the next is due.

Polls are queued by the workers when sources fall due (articles/capture/worker.py), or run by
`manage.py poll_sources` (from cron, say). A sitemap index is followed at most MAX_DEPTH levels
down and MAX_SITEMAPS files in all, and a poll lists at most MAX_ITEMS items.
"""

import datetime as dt
import logging
import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles.capture.fetch import FetchError, fetch
from articles.capture.listings import ListingError, feed_item_urls, read_sitemap
from articles.capture.tasks import enqueue_capture, enqueue_poll
from articles.models import CaptureRequest, Source, SourceItem

logger = logging.getLogger(__name__)
MAX_SITEMAPS = 25
MAX_DEPTH = 2
MAX_ITEMS = 5000
MAX_RECAPTURES = 200
ACCEPT = {
    Source.Kind.FEED: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    Source.Kind.SITEMAP: "application/xml, text/xml;q=0.9, */*;q=0.5",
}
PENDING = [CaptureRequest.State.QUEUED, CaptureRequest.State.RUNNING]


@dataclass
class PollResult:
    """What one poll of a source did."""

    source: Source
    outcome: str
    new: int = 0
    seen: int = 0
    recaptured: int = 0
    failed: bool = False


def due_sources(*, now: dt.datetime | None = None):
    """Active sources never polled, or whose next poll is due."""
    now = now or timezone.now()
    return Source.objects.filter(active=True).filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
    )


def queue_due_polls() -> int:
    """Queue a poll task for each due source, once however many workers ask at the same time."""
    queued = 0
    with transaction.atomic():
        # Each source due is moved to its next slot as it is queued; a worker asking at the
        # same time skips the rows locked here, or finds them no longer due.
        for source in due_sources().select_for_update(skip_locked=True):
            enqueue_poll(source)
            queued += 1
    return queued


def poll_source(source: Source, *, force: bool = False) -> PollResult:
    """Poll one source now: fetch its listing, queue captures of new items, record the outcome.

    `force` skips the conditional GET (the whole listing is read even if unchanged). A failure is
    recorded on the source and returned, never raised.
    """
    now = timezone.now()
    result = PollResult(source=source, outcome="")
    try:
        pattern = re.compile(source.item_pattern) if source.item_pattern else None
        fetched = fetch(
            source.url,
            ignore_robots=not source.respect_robots,
            etag="" if force else source.etag,
            last_modified="" if force else source.last_modified,
            accept=ACCEPT.get(source.kind, ""),
        )
        if fetched.status == 304:
            result.outcome = "not modified"
        else:
            _check_status(fetched)
            urls = _item_urls(source, fetched)
            if pattern is not None:
                urls = [url for url in urls if pattern.search(url)]
            result.new, result.seen = _record_items(source, urls)
            result.outcome = f"{result.new} new, {result.seen} seen"
            source.etag = fetched.header("ETag")[:500]
            source.last_modified = fetched.header("Last-Modified")[:100]
    except re.error as error:
        result.failed = True
        result.outcome = f"failed: the item pattern is not a valid regular expression ({error})"
    except (FetchError, ListingError) as error:
        result.failed = True
        result.outcome = f"failed: {error}"
    except Exception as error:  # one source's fault never stops the others' polls
        logger.exception("Polling source %s (%s) failed", source.pk, source.url)
        result.failed = True
        result.outcome = f"failed: {source.url}: unexpected error ({error!r})"
    result.recaptured = _recapture_due_items(source, now)
    if result.recaptured:
        result.outcome += f", {result.recaptured} queued for recapture"
    source.last_polled_at = now
    source.next_poll_at = now + source.poll_interval
    source.last_outcome = result.outcome[:500]
    source.save(
        update_fields=["etag", "last_modified", "last_polled_at", "next_poll_at", "last_outcome"]
    )
    return result


def _check_status(fetched) -> None:
    if fetched.status >= 400:
        raise ListingError(f"{fetched.final_url}: the server answered HTTP {fetched.status}")


def _item_urls(source: Source, fetched) -> list[str]:
    if source.kind == Source.Kind.FEED:
        content_type = fetched.header("Content-Type")
        return feed_item_urls(fetched.body, url=fetched.final_url, content_type=content_type)[
            :MAX_ITEMS
        ]
    return _sitemap_item_urls(source, fetched)


def _sitemap_item_urls(source: Source, root) -> list[str]:
    """Pages listed by a sitemap, following a sitemap index within the bounds."""
    urls: list[str] = []
    pending = [(root, 0)]
    read = 1
    while pending and len(urls) < MAX_ITEMS:
        fetched, depth = pending.pop(0)
        sitemap = read_sitemap(fetched.body, url=fetched.final_url)
        urls.extend(sitemap.urls)
        for child in sitemap.sitemaps:
            if depth >= MAX_DEPTH or read >= MAX_SITEMAPS:
                break
            child_fetched = fetch(
                child, ignore_robots=not source.respect_robots, accept=ACCEPT[source.kind]
            )
            _check_status(child_fetched)
            pending.append((child_fetched, depth + 1))
            read += 1
    return list(dict.fromkeys(urls))[:MAX_ITEMS]


def _record_items(source: Source, urls: list[str]) -> tuple[int, int]:
    """Make items of the URLs not seen before and queue their captures: (new, seen)."""
    known = set()
    for start in range(0, len(urls), 500):
        chunk = urls[start : start + 500]
        known.update(
            SourceItem.objects.filter(source=source, url__in=chunk).values_list("url", flat=True)
        )
    new = 0
    for url in urls:
        if url in known:
            continue
        with transaction.atomic():
            item, created = SourceItem.objects.get_or_create(source=source, url=url)
            if created:
                item.request = enqueue_capture(
                    url, ignore_robots=not source.respect_robots, source=source
                )
                item.save(update_fields=["request"])
                new += 1
    return new, len(urls) - new


def _recapture_due_items(source: Source, now: dt.datetime) -> int:
    """Queue again the items last captured longer ago than the source's recapture interval."""
    if not source.recapture_interval:
        return 0
    due = (
        SourceItem.objects.filter(
            source=source, last_captured_at__lt=now - source.recapture_interval
        )
        .exclude(request__state__in=PENDING)
        .order_by("last_captured_at")[:MAX_RECAPTURES]
    )
    queued = 0
    for item in due:
        with transaction.atomic():
            item.request = enqueue_capture(
                item.url, ignore_robots=not source.respect_robots, source=source
            )
            item.save(update_fields=["request"])
            queued += 1
    return queued
