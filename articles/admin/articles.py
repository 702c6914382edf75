"""The article admin: edits that lock fields, history with revert, bulk actions."""

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.views.main import ORDER_VAR
from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from articles import corrections, editing
from articles.admin.audit import ExtractionAuditMixin
from articles.admin.common import (
    ArchiveHistoryAdmin,
    html_table,
    is_revert_view,
    review_flags,
    selected_ids,
)
from articles.admin.forms import ArticleAdminForm, ArticleAuthorForm, TopicActionForm
from articles.admin.reprints import ReprintAdminMixin
from articles.admin.review import ReviewFilter, ReviewQueueMixin, YearFilter
from articles.models import Article, ArticleAuthor, DatePrecision, Status, Topic


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    form = ArticleAuthorForm
    extra = 0
    autocomplete_fields = ["author"]
    ordering = ["position"]
    fields = ["author", "position", "affiliation"]
    verbose_name = "author"
    verbose_name_plural = "Byline (in order; positions are renumbered on save)"


@admin.register(Article)
class ArticleAdmin(ReprintAdminMixin, ReviewQueueMixin, ExtractionAuditMixin, ArchiveHistoryAdmin):
    form = ArticleAdminForm
    list_display = [
        "title",
        "byline",
        "publisher",
        "date_display",
        "genre",
        "status",
        "review_marker",
        "topic_list",
    ]
    list_select_related = ["publisher"]
    list_filter = [ReviewFilter, "status", "genre", "publisher", "topics", YearFilter]
    date_hierarchy = "published_on"
    # The box runs the archive's own search (get_search_results); Django shows the box only
    # when search_fields is set.
    search_fields = ["title"]
    search_help_text = (
        "The archive's search, hidden articles included: words, “a phrase”, OR, -word, "
        "author:, topic:, publisher:, genre:, after:, before:."
    )
    autocomplete_fields = ["publisher", "topics"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ArticleAuthorInline]
    list_per_page = 50
    actions = [
        "publish_selected",
        "hide_selected",
        "add_topic",
        "remove_topic",
        "reextract_selected",
        "confirm_reviewed",
        *ReprintAdminMixin.reprint_actions,
    ]
    readonly_fields = [
        "reprint_members",
        "review_status",
        "provenance_table",
        "capture_summary",
        "capture_text",
        "text_hash",
        "word_count",
        "created_at",
        "updated_at",
        "version_relations",
        "line_corrections",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "status",
                    "publisher",
                    ("published_on", "date_precision"),
                    "source_url",
                    ("language", "genre"),
                    "topics",
                ]
            },
        ),
        ("Reprints", {"fields": ["reprint_members"]}),
        ("Text", {"fields": ["standfirst", "body"]}),
        ("Locks", {"fields": ["locked_fields", "line_corrections"]}),
        ("Review and provenance", {"fields": ["review_status", "provenance_table"]}),
        ("Capture", {"classes": ["collapse"], "fields": ["capture_summary", "capture_text"]}),
        (
            "Bookkeeping",
            {
                "classes": ["collapse"],
                "fields": ["text_hash", "word_count", "created_at", "updated_at"],
            },
        ),
    ]

    # Queries
    def get_queryset(self, request):
        byline = ArticleAuthor.objects.select_related("author").order_by("position")
        queryset = (
            super()
            .get_queryset(request)
            .defer(*editing.INDEX_COLUMNS)
            .prefetch_related(
                Prefetch("article_authors", queryset=byline),
                Prefetch("topics", queryset=Topic.objects.only("pk", "name")),
            )
        )
        return editing.with_review_flags(queryset)

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        results = editing.search_all_statuses(queryset, search_term)  # best matches first
        if ORDER_VAR in request.GET:
            results = results.order_by(*queryset.query.order_by)  # a column the editor chose
        return results, False

    # The form
    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not is_revert_view(request):
            return fieldsets
        # A revert restores the byline and topics of the version, which the form cannot show.
        first, *rest = fieldsets
        fields = [f for f in first[1]["fields"] if f != "topics"] + ["version_relations"]
        return [(first[0], {**first[1], "fields": fields}), *rest]

    def save_model(self, request, obj, form, change):
        editing.start_article_edit(
            article=obj,
            changed=form.changed_data,
            kept_locks=form.cleaned_data.get("locked_fields", obj.locked_fields),
            adding=not change,
        )
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        article = form.instance
        editing.defer_history(instance=article)
        super().save_related(request, form, formsets, change)
        byline_changed = any(fs.has_changed() for fs in formsets if fs.model is ArticleAuthor)
        editing.finish_article_edit(
            article=article,
            user=request.user,
            byline_changed=byline_changed,
            fields_changed=not change or form.has_changed(),
        )

    def after_revert(self, request, object_id, version_id):
        editing.restore_relations(
            article=Article.objects.get(pk=object_id),
            version=Article.history.get(id=object_id, history_id=version_id),
            user=request.user,
        )

    # Columns and read-only fields
    @admin.display(description="Authors")
    def byline(self, article):
        return ", ".join(author.name for author in article.ordered_authors)

    @admin.display(description="Date", ordering="published_on")
    def date_display(self, article):
        if article.published_on is None:
            return "—"
        formats = {DatePrecision.YEAR: "%Y", DatePrecision.MONTH: "%Y-%m"}
        return article.published_on.strftime(formats.get(article.date_precision, "%Y-%m-%d"))

    @admin.display(description="Topics")
    def topic_list(self, article):
        return ", ".join(topic.name for topic in article.topics.all())

    @admin.display(description="Needs review")
    def review_marker(self, article):
        return review_flags(editing.review_reasons(article))

    @admin.display(description="Needs review")
    def review_status(self, article):
        if article.pk is None:
            return "—"
        reasons = editing.review_reasons(article)
        if not reasons:
            return "Nothing to review."
        return format_html(
            "{} <span class='help'>Fix the field, or use the “Confirm as reviewed” action to "
            "lock it as it is.</span>",
            review_flags(reasons),
        )

    @admin.display(description="Line corrections")
    def line_corrections(self, article):
        if article.pk is None:
            return "—"
        audit = reverse("admin:articles_article_audit", args=[article.pk])
        fixes = sorted(article.extraction_corrections.items())
        if not fixes:
            return format_html(
                "None. <a href='{}'>See how each line of the capture was read</a>.", audit
            )
        rows = [
            (corrections.quote_line(text, 90), f"marked as {verdict}") for text, verdict in fixes
        ]
        return format_html(
            "{}<p class='help'>Imports and re-extraction follow these. <a href='{}'>Change them "
            "in the extraction audit</a>.</p>",
            html_table("line-corrections", ["Line", "Correction"], rows),
            audit,
        )

    @admin.display(description="Provenance")
    def provenance_table(self, article):
        if not article.provenance:
            return "—"
        locked = set(article.locked_fields)
        rows = []
        for name, details in sorted(article.provenance.items()):
            details = details if isinstance(details, dict) else {"source": details}
            rows.append(
                (
                    editing.LOCK_LABELS.get(name, name.replace("_", " ").capitalize()),
                    details.get("source", ""),
                    "inferred" if details.get("inferred") else "",
                    "locked" if name in locked else "",
                )
            )
        return html_table("provenance", ["Field", "Found in", "Inferred", "Lock"], rows)

    @admin.display(description="Captures")
    def capture_summary(self, article):
        if article.pk is None:
            return "—"
        captures = article.captures.defer("raw_text", "raw_bytes")
        if not captures:
            return "No capture: this article was entered by hand."
        rows = [
            (
                format_html(
                    "<a href='{}'>{}</a>",
                    reverse("admin:articles_capture_change", args=[c.pk]),
                    c.file_name,
                ),
                c.get_format_display(),
                c.encoding,
                f"{c.imported_at:%Y-%m-%d %H:%M}",
                format_html("<code>{}</code>", c.sha256),
                format_html(
                    "<a href='{}?capture={}'>Lines and corrections</a>",
                    reverse("admin:articles_article_audit", args=[article.pk]),
                    c.pk,
                ),
            )
            for c in captures
        ]
        headers = ["File", "Format", "Encoding", "Imported", "SHA-256", "Extraction audit"]
        return html_table("captures", headers, rows)

    @admin.display(description="Latest capture, as received")
    def capture_text(self, article):
        capture = article.captures.first() if article.pk else None
        if capture is None:
            return "—"
        return format_html("<pre class='capture-text'>{}</pre>", capture.raw_text)

    @admin.display(description="Byline and topics of this version")
    def version_relations(self, article):
        version = getattr(article, "_history", None)  # set by simple-history on a version
        if version is None:
            return "—"
        byline = version.authors.order_by("position").select_related("author")
        topics = version.topics.select_related("topic")
        names = ", ".join(str(row.author) for row in byline if row.author_id) or "none"
        topic_names = ", ".join(str(row.topic) for row in topics if row.topic_id) or "none"
        return format_html(
            "Authors: {}<br>Topics: {}<br><span class='help'>Reverting restores these too.</span>",
            names,
            topic_names,
        )

    # Views
    def get_urls(self):
        review = self.admin_site.admin_view(self.review_queue_view)
        return [
            path("review/", review, name="articles_article_review"),
            *self.audit_urls(),  # before the admin's catch-all "<id>/" redirect
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "review_url": reverse("admin:articles_article_review"),
        }
        return super().changelist_view(request, extra_context)

    # Actions
    @admin.action(description="Publish selected articles", permissions=["change"])
    def publish_selected(self, request, queryset):
        count = editing.set_status(articles=queryset, status=Status.PUBLISHED, user=request.user)
        self.message_user(request, f"Published {count} article(s); status is locked.")

    @admin.action(description="Hide selected articles from the public site", permissions=["change"])
    def hide_selected(self, request, queryset):
        count = editing.set_status(articles=queryset, status=Status.HIDDEN, user=request.user)
        self.message_user(request, f"Hid {count} article(s); status is locked.")

    @admin.action(description="Add a topic to selected articles", permissions=["change"])
    def add_topic(self, request, queryset):
        return self._topic_action(request, queryset, add=True)

    @admin.action(description="Remove a topic from selected articles", permissions=["change"])
    def remove_topic(self, request, queryset):
        return self._topic_action(request, queryset, add=False)

    def _topic_action(self, request, queryset, *, add: bool):
        form = TopicActionForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            change = editing.add_topic if add else editing.remove_topic
            topic = form.cleaned_data["topic"]
            count = change(articles=queryset, topic=topic, user=request.user)
            verb = "Added" if add else "Removed"
            self.message_user(request, f"{verb} “{topic}” on {count} article(s).")
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Add a topic" if add else "Remove a topic",
            "opts": self.model._meta,
            "form": form,
            "action": "add_topic" if add else "remove_topic",
            "submit_label": "Add the topic" if add else "Remove the topic",
            "titles": queryset.values_list("title", flat=True)[:50],
            "count": queryset.count(),
            "selected": selected_ids(queryset),
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/article/topic_action.html", context)

    @admin.action(description="Re-run extraction on selected articles", permissions=["change"])
    def reextract_selected(self, request, queryset):
        summary = editing.reextract_articles(articles=queryset)
        level = messages.WARNING if summary.failures else messages.SUCCESS
        self.message_user(request, f"Re-extracted: {summary.line()}.", level)
        for failure in summary.failures[:10]:
            self.message_user(request, f"{failure.file_name}: {failure.error}", messages.ERROR)

    @admin.action(
        description="Confirm as reviewed (lock the flagged fields as they are)",
        permissions=["change"],
    )
    def confirm_reviewed(self, request, queryset):
        count = editing.confirm_reviewed(articles=queryset, user=request.user)
        self.message_user(request, f"Confirmed {count} article(s) as reviewed.")
