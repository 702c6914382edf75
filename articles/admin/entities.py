"""Authors, outlets and topics: history, re-indexing on rename and merges."""

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db.models import Count
from django.template.response import TemplateResponse

from articles import editing
from articles.admin.common import ArchiveHistoryAdmin, is_revert_view, selected_ids
from articles.admin.forms import EntityForm, TopicForm
from articles.models import Author, Publisher, Topic


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
        # A save that changed nothing records nothing. A revert's form starts from the version
        # it restores, so it looks unchanged, yet differs from the record as it is now.
        if change and not form.has_changed() and not is_revert_view(request):
            return
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


@admin.register(Topic)
class TopicAdmin(EntityAdmin):
    form = TopicForm
    merge = staticmethod(editing.merge_topics)
    fields = ["name", "slug", "aliases", "description", "match_phrases"]
