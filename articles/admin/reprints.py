"""Reprint groups in the article admin: join, split, dismiss a possible reprint, list members."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from articles import reprints
from articles.models import Article, PossibleReprint


class ReprintAdminMixin:
    """Actions and a read-only field for the article admin (see articles/reprints.py)."""

    reprint_actions = ["join_reprint_group", "split_reprint_group", "dismiss_possible_reprint"]

    @admin.action(description="Join selected articles in one reprint group", permissions=["change"])
    def join_reprint_group(self, request, queryset):
        group = reprints.join_articles(articles=queryset)
        if group is None:
            self.message_user(request, "Select two articles or more to join.", messages.WARNING)
            return
        count = Article.objects.filter(reprint_group=group).count()
        self.message_user(request, f"Joined: the reprint group now holds {count} articles.")

    @admin.action(
        description="Split selected articles out of their reprint groups", permissions=["change"]
    )
    def split_reprint_group(self, request, queryset):
        count = reprints.split_from_group(articles=queryset)
        self.message_user(request, f"Split {count} article(s) out of their reprint groups.")

    @admin.action(
        description="Not a reprint: dismiss the possible-reprint match", permissions=["change"]
    )
    def dismiss_possible_reprint(self, request, queryset):
        count = reprints.dismiss_possible_reprints(articles=queryset)
        self.message_user(request, f"Dismissed {count} possible-reprint match(es).")

    @admin.display(description="Reprint group")
    def reprint_members(self, article: Article):
        """The group's other members and the importer's possible matches, linked."""
        if article.pk is None:
            return "—"
        rows = [
            (
                reverse("admin:articles_article_change", args=[m.pk]),
                m.publisher or "—",
                m.published_on or "date unknown",
                m.title,
            )
            for m in reprints.group_members(article)
        ]
        members = format_html_join("", '<li><a href="{}">{}, {}: {}</a></li>', rows)
        possible = [
            (
                reverse("admin:articles_article_change", args=[p.similar_to_id]),
                p.similar_to,
                f"{p.similarity:.2f}",
            )
            for p in PossibleReprint.objects.filter(article=article).select_related("similar_to")
        ]
        doubts = format_html_join(
            "", '<li>Possible reprint of <a href="{}">{}</a> (similarity {})</li>', possible
        )
        if not rows and not possible:
            return "Not in a reprint group."
        return format_html("<ul>{}{}</ul>", members, doubts)
