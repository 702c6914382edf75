from django.contrib import admin

from articles.models import Article, ArticleAuthor, Author, Capture, ImportRun, Publisher, Topic


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 0
    autocomplete_fields = ["author"]
    ordering = ["position"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "published_on", "status"]
    list_filter = ["status", "publisher"]
    list_select_related = ["publisher"]
    date_hierarchy = "published_on"
    search_fields = ["title"]
    autocomplete_fields = ["publisher", "topics"]
    inlines = [ArticleAuthorInline]
    readonly_fields = ["text_hash", "provenance", "created_at", "updated_at"]


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


@admin.register(Publisher)
class PublisherAdmin(admin.ModelAdmin):
    list_display = ["name", "domain"]
    search_fields = ["name", "domain", "slug"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


@admin.register(Capture)
class CaptureAdmin(admin.ModelAdmin):
    list_display = ["file_name", "format", "encoding", "imported_at", "article"]
    list_select_related = ["article"]
    readonly_fields = [f.name for f in Capture._meta.fields]


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "created", "updated", "unchanged", "failed", "dry_run"]
    readonly_fields = [f.name for f in ImportRun._meta.fields]
