"""The review queue: what waits for an editor, as list filters and a page of its own."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse

from articles import editing
from articles.models import Article, PossibleReprint


class ReviewFilter(admin.SimpleListFilter):
    title = "needs review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("any", "Any reason"), *editing.REVIEW_REASONS.items()]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "any":
            return editing.needing_review(queryset)
        if value in editing.REVIEW_REASONS:
            return editing.needing_review(queryset, value)
        return queryset


class YearFilter(admin.SimpleListFilter):
    title = "year"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = Article.objects.dates("published_on", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(published_on__year=int(value))
        return queryset


class ReviewQueueMixin:
    """The article admin's review page (`admin:articles_article_review`)."""

    def review_queue_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        changelist = reverse("admin:articles_article_changelist")
        counts = editing.review_counts()
        reasons = [
            {"label": label, "count": counts[name], "url": f"{changelist}?review={name}"}
            for name, label in editing.REVIEW_REASONS.items()
        ]
        waiting = editing.with_review_flags(
            editing.needing_review(Article.objects.defer("body", *editing.INDEX_COLUMNS))
        ).select_related("publisher")[:25]
        context = {
            **self.admin_site.each_context(request),
            "title": "Review queue",
            "opts": self.model._meta,
            "reasons": reasons,
            "total": counts[""],
            "any_url": f"{changelist}?review=any",
            "articles": [(a, editing.review_reasons(a)) for a in waiting],
            "failures": editing.unresolved_import_failures(),
            "possible_reprints": PossibleReprint.objects.select_related(
                "article__publisher", "similar_to__publisher"
            ).order_by("-created_at", "-pk")[:25],
        }
        return TemplateResponse(request, "admin/articles/article/review_queue.html", context)
