"""Records only the importer writes: captures and import runs, shown read-only."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from articles import editing
from articles.admin.common import html_table
from articles.models import Capture, ImportRun


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written only by the importer: editors may look, never change."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Capture)
class CaptureAdmin(ReadOnlyAdmin):
    list_display = ["file_name", "format", "encoding", "size_bytes", "imported_at", "article"]
    list_select_related = ["article"]
    list_filter = ["format", "encoding"]
    search_fields = ["file_name", "sha256"]
    fields = [
        "file_name",
        "article",
        "format",
        "encoding",
        "size_bytes",
        "sha256",
        "extractor_version",
        "imported_at",
        "audit_link",
        "raw_text_display",
    ]
    readonly_fields = fields

    def get_queryset(self, request):
        # The list shows neither the raw text nor the article's body; the detail page loads it.
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .defer(
                "raw_text", "article__body", *(f"article__{name}" for name in editing.INDEX_COLUMNS)
            )
        )

    @admin.display(description="Extraction audit")
    def audit_link(self, capture):
        if capture.article_id is None:
            return "—"
        audited = len(capture.extraction_audit or [])
        return format_html(
            "<a href='{}?capture={}'>{}</a>",
            reverse("admin:articles_article_audit", args=[capture.article_id]),
            capture.pk,
            f"{audited} lines, with the editor's corrections" if audited else "Not audited yet",
        )

    @admin.display(description="Raw text")
    def raw_text_display(self, capture):
        return format_html("<pre class='capture-text'>{}</pre>", capture.raw_text)


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    list_display = [
        "started_at",
        "finished_at",
        "path_list",
        "created",
        "updated",
        "unchanged",
        "failed",
    ]
    list_filter = ["dry_run"]
    fields = [
        "started_at",
        "finished_at",
        "path_list",
        "dry_run",
        "created",
        "updated",
        "unchanged",
        "failed",
        "error_table",
    ]
    readonly_fields = fields

    @admin.display(description="Paths")
    def path_list(self, run):
        return ", ".join(map(str, run.paths))

    @admin.display(description="Failed files")
    def error_table(self, run):
        if not run.errors:
            return "None."
        rows = ((e.get("file", ""), e.get("error", "")) for e in run.errors)
        return html_table("import-errors", ["File", "Error"], rows)
