"""Capture from the web in the admin: "Add by URL", capture requests, sources and workers.

Nothing here fetches: the pages only queue work for the background workers
(articles/capture/tasks.py) and show what came of it.
"""

import datetime as dt

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from articles.admin.capture_forms import AddByUrlForm, SourceForm
from articles.admin.records import ReadOnlyAdmin
from articles.capture.tasks import enqueue_capture, enqueue_poll, retry_requests
from articles.models import CaptureRequest, CaptureWorker, Source, SourceItem


def article_link(obj):
    if obj.article_id is None:
        return "—"
    return format_html(
        "<a href='{}'>{}</a>",
        reverse("admin:articles_article_change", args=[obj.article_id]),
        obj.article.title,
    )


@admin.register(CaptureRequest)
class CaptureRequestAdmin(admin.ModelAdmin):
    """The queue of captures and what came of each; editors add by URL and retry."""

    list_display = [
        "url",
        "state",
        "outcome",
        "short_error",
        "article_column",
        "attempts",
        "source",
        "created_at",
        "finished_at",
    ]
    list_filter = ["state", "outcome", "source"]
    list_select_related = ["article", "source"]
    search_fields = ["url", "error"]
    date_hierarchy = "created_at"
    actions = ["retry"]
    fields = [
        "url",
        "state",
        "outcome",
        "error",
        "article_column",
        "ignore_robots",
        "source",
        "requested_by",
        "attempts",
        "created_at",
        "started_at",
        "finished_at",
        "task_id",
    ]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__body")

    def get_urls(self):
        view = self.admin_site.admin_view(self.add_by_url_view)
        return [
            path("add-by-url/", view, name="articles_capturerequest_add_by_url"),
            *super().get_urls(),
        ]

    # Read-only records: "add" is the Add by URL page, "change" only the retry action.
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_retry_permission(self, request):
        return request.user.has_perm("articles.change_capturerequest")

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("admin:articles_capturerequest_add_by_url")

    @admin.display(description="Article")
    def article_column(self, capture_request):
        return article_link(capture_request)

    @admin.display(description="Error")
    def short_error(self, capture_request):
        error = capture_request.error
        return error if len(error) <= 120 else error[:119] + "…"

    @admin.action(description="Capture the selected URLs again", permissions=["retry"])
    def retry(self, request, queryset):
        retried = retry_requests(queryset)
        skipped = queryset.count() - retried
        message = f"Queued {retried} capture request(s) again."
        if skipped:
            message += f" {skipped} were still queued and were left as they are."
        self.message_user(request, message, messages.SUCCESS)

    def add_by_url_view(self, request):
        """Queue captures of the URLs an editor pastes; list back the lines that are not URLs."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = AddByUrlForm(request.POST or None)
        invalid = []
        if request.method == "POST" and form.is_valid():
            ignore_robots = form.cleaned_data["ignore_robots"]
            for url in form.valid_urls:
                enqueue_capture(url, ignore_robots=ignore_robots, requested_by=request.user)
            if form.valid_urls:
                self.message_user(
                    request,
                    f"Queued {len(form.valid_urls)} URL(s) for capture; a worker fetches them "
                    "shortly.",
                    messages.SUCCESS,
                )
            if not form.invalid_urls:
                return redirect("admin:articles_capturerequest_changelist")
            invalid = form.invalid_urls
            # The lines to fix stay in the box; the URLs queued are gone from it.
            form = AddByUrlForm(
                initial={
                    "urls": "\n".join(line for line, _ in invalid),
                    "ignore_robots": ignore_robots,
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Add by URL",
            "form": form,
            "invalid": invalid,
        }
        return TemplateResponse(request, "admin/articles/capturerequest/add_by_url.html", context)


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    """Outlets' feeds and sitemaps: editors manage them; polls run in the background."""

    form = SourceForm
    list_display = [
        "name",
        "kind",
        "publisher",
        "active",
        "last_polled_at",
        "next_poll_at",
        "last_outcome",
        "item_count",
    ]
    list_filter = ["kind", "active"]
    list_select_related = ["publisher"]
    search_fields = ["name", "url"]
    autocomplete_fields = ["publisher"]
    actions = ["poll_now"]
    readonly_fields = ["last_polled_at", "next_poll_at", "last_outcome", "etag", "last_modified"]
    fieldsets = [
        (None, {"fields": ["name", "url", "kind", "publisher", "item_pattern", "active"]}),
        ("Schedule", {"fields": ["poll_interval", "recapture_interval", "respect_robots"]}),
        ("Last poll", {"fields": readonly_fields}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_count=Count("items"))

    @admin.display(description="Items", ordering="item_count")
    def item_count(self, source):
        return format_html(
            "<a href='{}?source__id__exact={}'>{}</a>",
            reverse("admin:articles_sourceitem_changelist"),
            source.pk,
            source.item_count,
        )

    def save_model(self, request, obj, form, change):
        # The validators the server sent belong to the old address.
        if change and "url" in form.changed_data:
            obj.etag = obj.last_modified = ""
            obj.next_poll_at = None
        super().save_model(request, obj, form, change)

    @admin.action(description="Poll the selected sources now", permissions=["change"])
    def poll_now(self, request, queryset):
        sources = list(queryset)
        for source in sources:
            enqueue_poll(source)
        self.message_user(
            request,
            f"Queued a poll of {len(sources)} source(s); a worker reads them shortly and "
            "“Last outcome” shows what it found.",
            messages.SUCCESS,
        )


@admin.register(SourceItem)
class SourceItemAdmin(ReadOnlyAdmin):
    list_display = ["url", "source", "first_seen_at", "last_captured_at", "request_state"]
    list_filter = ["source"]
    list_select_related = ["source", "request"]
    search_fields = ["url"]
    fields = ["url", "source", "first_seen_at", "last_captured_at", "request"]
    readonly_fields = fields

    @admin.display(description="Last request")
    def request_state(self, item):
        return item.request.get_state_display() if item.request_id else "—"


@admin.register(CaptureWorker)
class CaptureWorkerAdmin(ReadOnlyAdmin):
    list_display = ["hostname", "pid", "worker_id", "started_at", "last_seen_at", "alive"]
    fields = ["worker_id", "hostname", "pid", "started_at", "last_seen_at"]
    readonly_fields = fields

    @admin.display(description="Alive", boolean=True)
    def alive(self, worker):
        timeout = dt.timedelta(seconds=settings.ARCHIVE_WORKER_TIMEOUT)
        return worker.last_seen_at >= timezone.now() - timeout
