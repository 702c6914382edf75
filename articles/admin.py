"""The editorial admin: fix metadata after import, with locks, history, review and merges.

The classes here only collect input and show results; every write goes through
articles/editing.py, which records history and keeps the search index in step.
"""

from collections.abc import Iterable

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ORDER_VAR
from django.core.exceptions import PermissionDenied
from django.db import router, transaction
from django.db.models import Count, Prefetch
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from articles import editing
from articles.importers.pipeline import LOCKABLE_FIELDS
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Capture,
    DatePrecision,
    ImportRun,
    Publisher,
    Status,
    Topic,
)

admin.site.site_header = "Commentary Archive"
admin.site.site_title = "Commentary Archive admin"
admin.site.index_title = "Editorial"


# --- Shared pieces --------------------------------------------------------------------------------
class LinesField(forms.Field):
    """A list of strings edited one per line (aliases, match phrases)."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 60})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


class HistoryDiffHelper(HistoricalRecordContextHelper):
    """Shows a byline in byline order in history diffs (simple-history sorts rows by author)."""

    def prepare_delta_change_value(self, change, value):
        if change.field == "authors":
            return [row["author"] for row in sorted(value, key=lambda row: row["position"])]
        return super().prepare_delta_change_value(change, value)


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


# --- Articles -------------------------------------------------------------------------------------
class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 0
    autocomplete_fields = ["author"]
    ordering = ["position"]
    fields = ["author", "position"]
    verbose_name = "author"
    verbose_name_plural = "Byline (in order; positions are renumbered on save)"


class ArticleAdminForm(forms.ModelForm):
    # Declared for its scheme: a link typed without one is taken as https. Empty is None, as the
    # model stores "no link" (source_url is unique, so "" could be stored only once).
    source_url = forms.URLField(
        label="Source URL", max_length=2000, required=False, empty_value=None, assume_scheme="https"
    )
    # Not required: "" is how the archive records a language the importer could not tell.
    language = forms.RegexField(
        label="Language",
        regex=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$",
        max_length=16,
        required=False,
        help_text="ISO 639-1 code (en, es, uk…); empty when unknown.",
        error_messages={"invalid": "Enter a language code such as en, es or pt-BR."},
    )
    locked_fields = forms.MultipleChoiceField(
        choices=[(name, editing.LOCK_LABELS[name]) for name in LOCKABLE_FIELDS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Locked fields",
        help_text=(
            "Imports and re-extraction never overwrite a locked field. Saving a changed field "
            "locks it; untick a field to let the next re-extraction set it again."
        ),
    )

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "status",
            "publisher",
            "published_on",
            "date_precision",
            "source_url",
            "language",
            "genre",
            "topics",
            "standfirst",
            "body",
            "locked_fields",
        ]

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if body and "body" in self.changed_data:
            duplicate = editing.find_text_duplicate(body=body, exclude_pk=self.instance.pk)
            if duplicate is not None:
                self.add_error("body", f"Another article has the same text: “{duplicate.title}”.")
        if cleaned.get("date_precision") and not cleaned.get("published_on"):
            self.add_error("date_precision", "A precision needs a date.")
        return cleaned


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


class TopicActionForm(forms.Form):
    topic = forms.ModelChoiceField(queryset=Topic.objects.order_by("name"), label="Topic")


@admin.register(Article)
class ArticleAdmin(ArchiveHistoryAdmin):
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
    ]
    readonly_fields = [
        "review_status",
        "provenance_table",
        "capture_summary",
        "capture_text",
        "text_hash",
        "word_count",
        "created_at",
        "updated_at",
        "version_relations",
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
        ("Text", {"fields": ["standfirst", "body"]}),
        ("Locks", {"fields": ["locked_fields"]}),
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
            article=article, user=request.user, byline_changed=byline_changed
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
        captures = article.captures.defer("raw_text")
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
            )
            for c in captures
        ]
        headers = ["File", "Format", "Encoding", "Imported", "SHA-256"]
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
            *super().get_urls(),
        ]

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
        }
        return TemplateResponse(request, "admin/articles/article/review_queue.html", context)

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


# --- Authors, outlets and topics ------------------------------------------------------------------
class EntityForm(forms.ModelForm):
    aliases = LinesField(
        required=False,
        help_text="One per line. Imports map these spellings to this record.",
    )


class EntityAdmin(ArchiveHistoryAdmin):
    """Shared by authors, outlets and topics: history, re-indexing and merges."""

    form = EntityForm
    list_display = ["name", "alias_list", "article_count"]
    search_fields = ["name", "aliases", "slug"]
    actions = ["merge_selected"]
    merge = None  # the editing.merge_* service for this model

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(article_count=Count("articles", distinct=True))
        )

    @admin.display(description="Aliases")
    def alias_list(self, entity):
        return ", ".join(entity.aliases)

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, entity):
        return entity.article_count

    def save_model(self, request, obj, form, change):
        editing.save_entity(entity=obj, user=request.user)

    def delete_model(self, request, obj):
        editing.delete_entities(entities=[obj], user=request.user)

    def delete_queryset(self, request, queryset):
        editing.delete_entities(entities=queryset, user=request.user)

    @admin.action(description="Merge selected records into one", permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        records = list(queryset.order_by("-article_count", "name"))
        if len(records) < 2:
            self.message_user(request, "Select at least two records to merge.", messages.WARNING)
            return None
        chosen = request.POST.get("keep") if "apply" in request.POST else None
        keep = next((r for r in records if str(r.pk) == chosen), None)
        if keep is not None:
            others = [r for r in records if r.pk != keep.pk]
            result = self.merge(keep=keep, duplicates=others, user=request.user)
            self.message_user(
                request,
                f"Merged {', '.join(result.merged_names)} into {keep.name}: "
                f"{result.articles_moved} article(s) moved; the merged names are now aliases.",
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {self.model._meta.verbose_name_plural}",
            "opts": self.model._meta,
            "records": records,
            "action": "merge_selected",
            "submit_label": "Merge",
            "selected": selected_ids(queryset),
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/merge.html", context)


@admin.register(Author)
class AuthorAdmin(EntityAdmin):
    merge = staticmethod(editing.merge_authors)
    list_display = ["name", "alias_list", "article_count", "bio_start"]
    fields = ["name", "slug", "aliases", "bio"]

    @admin.display(description="Bio")
    def bio_start(self, author):
        return author.bio[:80] + ("…" if len(author.bio) > 80 else "")


@admin.register(Publisher)
class PublisherAdmin(EntityAdmin):
    merge = staticmethod(editing.merge_publishers)
    list_display = ["name", "domain", "alias_list", "article_count"]
    search_fields = ["name", "aliases", "slug", "domain"]
    fields = ["name", "slug", "domain", "aliases"]


class TopicForm(EntityForm):
    match_phrases = LinesField(
        required=False,
        help_text="Lower-case phrases, one per line, that suggest this topic on import.",
    )


@admin.register(Topic)
class TopicAdmin(EntityAdmin):
    form = TopicForm
    merge = staticmethod(editing.merge_topics)
    fields = ["name", "slug", "aliases", "description", "match_phrases"]


# --- Read-only records ----------------------------------------------------------------------------
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
