"""The extraction audit page: a capture line by line, with the editor's corrections.

`/admin/articles/article/<id>/audit/` shows one capture of the article (the latest unless
`?capture=` picks another) as a table: every line or block with its label and the reader's
reason, and a button per line to mark it as body or furniture, or to remove a correction. A
POST stores the verdict and re-extracts the article at once (articles/corrections.py).
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from articles import corrections
from articles.models import Article, Capture

# What a button posts: "<verdict>:<line index>", or "clear-orphan:<position>" for a correction
# that matches no line of the capture shown.
CORRECT_VERDICTS = {"body": "body", "furniture": "furniture", "clear": None}


class ExtractionAuditMixin:
    """The article admin's audit page (`admin:articles_article_audit`)."""

    def audit_urls(self) -> list:
        view = self.admin_site.admin_view(self.audit_view)
        return [path("<path:object_id>/audit/", view, name="articles_article_audit")]

    def audit_view(self, request, object_id):
        article = Article.objects.filter(pk=_int_or_none(unquote(object_id))).first()
        if article is None:
            raise Http404("No such article.")
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        captures = list(
            article.captures.only("pk", "file_name", "format", "imported_at", "article_id")
        )
        chosen = request.POST.get("capture") or request.GET.get("capture")
        summary = next((c for c in captures if str(c.pk) == chosen), None)
        if chosen and summary is None:
            raise Http404("That capture is not one of this article's.")
        summary = summary or (captures[0] if captures else None)
        capture = Capture.objects.get(pk=summary.pk) if summary else None
        if request.method == "POST":
            if capture is None or not self.has_change_permission(request, article):
                raise PermissionDenied
            return self._audit_post(request, article, capture)
        return TemplateResponse(
            request,
            "admin/articles/article/audit.html",
            self._audit_context(request, article, capture, captures),
        )

    def _audit_context(self, request, article, capture, captures) -> dict:
        fixes = dict(article.extraction_corrections)
        lines = corrections.audit_lines(capture=capture, corrections=fixes) if capture else []
        counts = {}
        for line in lines:
            counts[line.label_display] = counts.get(line.label_display, 0) + 1
        return {
            **self.admin_site.each_context(request),
            "title": f"Extraction audit: {article.title}",
            "opts": self.model._meta,
            "article": article,
            "captures": captures,
            "capture": capture,
            "lines": lines,
            "label_counts": sorted(counts.items()),
            "orphans": (
                corrections.orphan_corrections(capture=capture, corrections=fixes)
                if capture
                else []
            ),
            "token": (
                corrections.audit_token(capture=capture, corrections=fixes) if capture else ""
            ),
            "body_locked": "body" in article.locked_fields,
            "corrections_count": len(fixes),
            "can_change": self.has_change_permission(request, article),
            "is_latest": bool(capture and captures and capture.pk == captures[0].pk),
        }

    def _audit_post(self, request, article, capture):
        back = reverse("admin:articles_article_audit", args=[article.pk])
        back = f"{back}?capture={capture.pk}"
        fixes = dict(article.extraction_corrections)
        if request.POST.get("token") != corrections.audit_token(capture=capture, corrections=fixes):
            self.message_user(
                request,
                "The audit changed since this page was opened (a re-import or another editor): "
                "nothing was changed. Check the lines below and try again.",
                messages.WARNING,
            )
            return HttpResponseRedirect(back)
        outcome, anchor = self._apply_post(request, article, capture, fixes)
        if outcome is None:
            self.message_user(request, "Unknown request: nothing was changed.", messages.ERROR)
            return HttpResponseRedirect(back)
        self.message_user(
            request, outcome.message, messages.SUCCESS if outcome.ok else messages.ERROR
        )
        for warning in outcome.warnings:
            self.message_user(request, warning, messages.WARNING)
        return HttpResponseRedirect(back + anchor)

    def _apply_post(self, request, article, capture, fixes):
        """Do what the pressed button asks; returns (outcome or None, anchor to return to)."""
        post = request.POST
        if post.get("do") == "reextract":
            reason = f"Re-extracted from {capture.file_name} to build its audit"
            return corrections.reextract_article(
                article=article, capture=capture, user=request.user, reason=reason
            ), ""
        if post.get("do") == "unlock_body":
            reason = "Body unlocked to apply the extraction corrections"
            return corrections.reextract_article(
                article=article,
                capture=capture,
                user=request.user,
                reason=reason,
                unlock_body=True,
            ), ""
        kind, _sep, number = post.get("correct", "").partition(":")
        position = _int_or_none(number)
        if position is None:
            return None, ""
        if kind == "clear-orphan":
            orphans = corrections.orphan_corrections(capture=capture, corrections=fixes)
            if not 0 <= position < len(orphans):
                return None, ""
            text, verdict = orphans[position][0], None
        elif kind in CORRECT_VERDICTS:
            entry = next((e for e in capture.extraction_audit if e.get("index") == position), None)
            if entry is None:
                return None, ""
            text, verdict = str(entry.get("text", "")), CORRECT_VERDICTS[kind]
        else:
            return None, ""
        outcome = corrections.correct_line(
            article=article, capture=capture, text=text, verdict=verdict, user=request.user
        )
        return outcome, (f"#line-{position}" if kind in CORRECT_VERDICTS else "")


def _int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
