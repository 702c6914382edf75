"""Captures (the raw inputs articles are read from), import runs, and capture from the web.

A capture is one input as received: a file someone saved, or one fetch of a URL. Fetches are
asked for as `CaptureRequest`s (by an editor, the `capture` command or a `Source`'s poll) and
carried out by a background worker; each fetch is kept as WARC records beside the payload, and
what the reader made of it as the capture's `snapshot`, so every version of an article can be
shown and compared after the article itself has moved on.
"""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from articles.models import Article, Publisher


class Capture(models.Model):
    """A raw input exactly as received, so extraction can always be re-run."""

    class Format(models.TextChoices):
        TEXT = "text", "Plain-text page dump"
        HTML = "html", "Saved HTML page"
        JSONL = "jsonl", "JSON Lines record"

    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="captures"
    )
    # The bytes live in the row, not in files beside it: see articles/importers/storage.py.
    raw_bytes = models.BinaryField(
        default=b"", help_text="The capture's bytes exactly as received (a BOM included)."
    )
    bytes_reconstructed = models.BooleanField(
        default=False,
        help_text="The bytes were re-encoded from the decoded text by a migration, not received.",
    )
    raw_text = models.TextField(help_text="The bytes decoded with the detected encoding.")
    encoding = models.CharField(max_length=40)
    sha256 = models.CharField(
        max_length=64, db_index=True, help_text="SHA-256 of the stored bytes."
    )
    file_name = models.CharField(max_length=500)
    format = models.CharField(max_length=10, choices=Format.choices)
    size_bytes = models.PositiveIntegerField(default=0)
    extractor_version = models.CharField(max_length=20)
    # What the reader made of each line (text) or block (HTML) the last time it ran:
    # [{"index": n, "text": "...", "label": "title|byline|date|standfirst|body|bio|meta|furniture",
    #   "reason": "why"}]. The admin's audit view shows it; see ExtractedArticle.audit.
    extraction_audit = models.JSONField(default=list, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)

    # --- Capture from the web (empty for a file someone saved by hand) ---
    url = models.URLField(
        max_length=2000, blank=True, help_text="The URL that was fetched (before any redirect)."
    )
    final_url = models.URLField(
        max_length=2000, blank=True, help_text="The URL the page was served from, after redirects."
    )
    captured_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the page was fetched (the WARC-Date); empty when not known.",
    )
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    # [{"url": "...", "status": 301}, ...]: each hop before the final response, in order.
    redirects = models.JSONField(default=list, blank=True)
    # The WARC/1.1 records of this fetch (request + response, gzip per record), as written at
    # capture time or as read from an imported WARC/WACZ: they open in any replay tool.
    warc_records = models.BinaryField(default=b"", blank=True)
    # What the reader made of this capture when it was imported (its version of the article):
    # {"title", "authors": [names], "published_on": "YYYY-MM-DD" | None, "date_precision",
    #  "publisher", "standfirst", "body", "source_url"}. Versions and their diffs are shown from
    # it; the article itself shows the latest version, or what an editor made of it.
    snapshot = models.JSONField(default=dict, blank=True)
    request = models.ForeignKey(
        "CaptureRequest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="captures",
        help_text="The capture request this fetch carried out.",
    )

    class Meta:
        ordering = ["-imported_at", "-pk"]
        constraints = [
            # The same bytes saved by hand are one capture; the same bytes fetched again at
            # another time are another capture of the page (the page did not change).
            models.UniqueConstraint(
                fields=["sha256"],
                condition=Q(captured_at__isnull=True),
                name="unique_uncaptured_bytes",
            ),
            models.UniqueConstraint(
                fields=["sha256", "captured_at"], name="unique_bytes_per_fetch_time"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.sha256[:12]})"

    def get_absolute_url(self) -> str:
        if self.article_id is None:
            return ""
        return reverse("articles:capture", kwargs={"slug": self.article.slug})

    @property
    def when(self) -> dt.datetime:
        """When this version was seen: the fetch time, else when it was imported."""
        return self.captured_at or self.imported_at


class ImportRun(models.Model):
    """One run of the importer: what it did and what failed."""

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    paths = models.JSONField(default=list)
    dry_run = models.BooleanField(default=False)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, help_text='[{"file": ..., "error": ...}, ...]')

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return (
            f"Import {self.started_at:%Y-%m-%d %H:%M}: {self.created} created, "
            f"{self.updated} updated, {self.unchanged} unchanged, {self.failed} failed"
        )


class Source(models.Model):
    """An outlet's feed (RSS or Atom) or sitemap, polled for new opinion pieces to capture."""

    class Kind(models.TextChoices):
        FEED = "feed", "RSS or Atom feed"
        SITEMAP = "sitemap", "Sitemap (or sitemap index)"

    name = models.CharField(max_length=200)
    url = models.URLField(max_length=2000, unique=True)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.FEED)
    publisher = models.ForeignKey(
        Publisher, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources"
    )
    item_pattern = models.CharField(
        max_length=500,
        blank=True,
        help_text="A regular expression; only item URLs it matches are captured (empty: all).",
    )
    active = models.BooleanField(default=True)
    poll_interval = models.DurationField(
        default=dt.timedelta(hours=1), help_text="How often the feed is read."
    )
    recapture_interval = models.DurationField(
        null=True,
        blank=True,
        help_text="How often each of its articles is captured again (empty: never).",
    )
    respect_robots = models.BooleanField(default=True)
    # Conditional GET: what the server said last time, sent back so an unchanged feed costs 304.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True)
    last_outcome = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SourceItem(models.Model):
    """One item URL a source has listed, so a later poll knows it has been seen."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="items")
    url = models.URLField(max_length=2000)
    first_seen_at = models.DateTimeField(auto_now_add=True)
    last_captured_at = models.DateTimeField(null=True, blank=True)
    request = models.ForeignKey(
        "CaptureRequest", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-first_seen_at"]
        constraints = [
            models.UniqueConstraint(fields=["source", "url"], name="unique_source_item"),
        ]

    def __str__(self) -> str:
        return self.url


class CaptureRequest(models.Model):
    """A URL to fetch and import, carried out by a background worker, with what came of it."""

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    url = models.URLField(max_length=2000)
    state = models.CharField(
        max_length=10, choices=State.choices, default=State.QUEUED, db_index=True
    )
    ignore_robots = models.BooleanField(
        default=False, help_text="An editor chose to fetch this once despite robots.txt."
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="requests"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    task_id = models.CharField(max_length=64, blank=True)
    outcome = models.CharField(
        max_length=20, blank=True, help_text="created, updated, unchanged or failed."
    )
    error = models.TextField(blank=True)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.url} ({self.get_state_display()})"
