"""Pieces the archive's admin classes share: history with atomic reverts, small HTML helpers."""

from collections.abc import Iterable

from django.contrib.admin.utils import unquote
from django.db import router, transaction
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper


class HistoryDiffHelper(HistoricalRecordContextHelper):
    """Shows a byline in byline order in history diffs (simple-history sorts rows by author)."""

    def prepare_delta_change_value(self, change, value):
        if change.field == "authors":
            rows = sorted(value, key=lambda row: row["position"])
            return [_byline_entry(row) for row in rows]
        return super().prepare_delta_change_value(change, value)


def _byline_entry(row: dict):
    """A byline entry in a diff: the author, with the affiliation printed with the piece."""
    if row.get("affiliation"):
        return f"{row['author']} ({row['affiliation']})"
    return row["author"]


class ArchiveHistoryAdmin(SimpleHistoryAdmin):
    """History with revert for an archive model; a revert is saved and re-indexed atomically."""

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history saves a revert outside any transaction; the index must move with it.
        with transaction.atomic(using=router.db_for_write(self.model)):
            response = super().history_form_view(request, object_id, version_id, extra_context)
            if request.method == "POST" and response.status_code == 302:
                self.after_revert(request, unquote(object_id), version_id)
        return response

    def after_revert(self, request, object_id: str, version_id: str) -> None:
        """Called inside the revert's transaction once its form is saved."""

    def get_historical_record_context_helper(self, request, historical_record):
        return HistoryDiffHelper(self.model, historical_record)


def is_revert_view(request) -> bool:
    match = request.resolver_match
    return bool(match and match.url_name and match.url_name.endswith("_simple_history"))


def selected_ids(queryset) -> list[str]:
    """The selected rows, for an intermediate page to post back with the action."""
    return [str(pk) for pk in queryset.values_list("pk", flat=True)]


def html_table(css_class: str, headers: list[str], rows: Iterable[Iterable]) -> str:
    """A small table for a read-only field; every cell is escaped unless already safe HTML."""
    head = format_html_join("", "<th scope='col'>{}</th>", ((h,) for h in headers))
    body = format_html_join(
        "",
        "<tr>{}</tr>",
        ((format_html_join("", "<td>{}</td>", ((cell,) for cell in row)),) for row in rows),
    )
    return format_html(
        "<table class='{}'><thead><tr>{}</tr></thead><tbody>{}</tbody></table>",
        css_class,
        head,
        body,
    )


def review_flags(reasons: list[str]) -> str:
    return format_html_join(" ", '<span class="review-flag">{}</span>', ((r,) for r in reasons))
