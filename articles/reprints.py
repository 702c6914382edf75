"""Reprint groups: one text published by several outlets, each copy an article of its own.

The importer joins a reprint to its group (articles/importers/matching.py); editors split an
article out of its group or join articles into one (the admin), and settle the possible reprints
the importer was unsure of (the review queue). Readers see a group as "Also published in …" on
each member's page, and search shows a group once: its earliest member, with the others listed
under it (`collapse_reprints`, `attach_reprints`).
"""

from collections import defaultdict
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet

from articles.importers.matching import join_reprint_group
from articles.models import Article, PossibleReprint, ReprintGroup, Status


# --- Reading ------------------------------------------------------------------------------------
def collapse_reprints(queryset: QuerySet[Article]) -> QuerySet[Article]:
    """`queryset` without the reprints whose group has an earlier member in `queryset` too.

    The earlier member must pass the same filters (outlet, date, status, …) but is not matched
    against the search text again: members of a group share nearly all their text, so a word
    found in one is found in the other. Counts and facets over the result then count groups.
    """
    same_group = queryset.filter(reprint_group=OuterRef("reprint_group"))
    # Earliest first, undated members last, ties by key. A NULL never compares, so a dated and an
    # undated outer article each get their own condition.
    earlier_than_dated = same_group.filter(
        Q(published_on__lt=OuterRef("published_on"))
        | Q(published_on=OuterRef("published_on"), pk__lt=OuterRef("pk"))
    )
    earlier_than_undated = same_group.filter(
        Q(published_on__isnull=False) | Q(pk__lt=OuterRef("pk"))
    )
    return queryset.exclude(
        Q(reprint_group__isnull=False)
        & (
            (Q(published_on__isnull=False) & Exists(earlier_than_dated))
            | (Q(published_on__isnull=True) & Exists(earlier_than_undated))
        )
    )


def group_members(article: Article) -> list[Article]:
    """The other published articles of `article`'s reprint group, earliest first."""
    if article.reprint_group_id is None:
        return []
    return list(
        Article.objects.filter(reprint_group_id=article.reprint_group_id, status=Status.PUBLISHED)
        .exclude(pk=article.pk)
        .select_related("publisher")
        .only(
            "pk",
            "slug",
            "title",
            "published_on",
            "date_precision",
            "publisher__name",
            "publisher__slug",
            "source_url",
            "reprint_group_id",
            "language",
        )
        .order_by(F("published_on").asc(nulls_last=True), "pk")
    )


def attach_reprints(articles: Iterable[Article]) -> None:
    """Set `reprints` (the other published members of its group) on each article, one query."""
    articles = list(articles)
    group_ids = {a.reprint_group_id for a in articles if a.reprint_group_id}
    members = defaultdict(list)
    if group_ids:
        rows = (
            Article.objects.filter(reprint_group_id__in=group_ids, status=Status.PUBLISHED)
            .select_related("publisher")
            .only(
                "pk",
                "slug",
                "title",
                "published_on",
                "date_precision",
                "publisher__name",
                "publisher__slug",
                "reprint_group_id",
                "language",
            )
            .order_by(F("published_on").asc(nulls_last=True), "pk")
        )
        for row in rows:
            members[row.reprint_group_id].append(row)
    for article in articles:
        article.reprints = [
            m for m in members.get(article.reprint_group_id, []) if m.pk != article.pk
        ]


# --- Editing ------------------------------------------------------------------------------------
@transaction.atomic
def join_articles(*, articles: QuerySet[Article]) -> ReprintGroup | None:
    """Put `articles` in one reprint group (the earliest one's, or a new one); None for < 2."""
    members = list(articles.order_by(F("published_on").asc(nulls_last=True), "pk"))
    if len(members) < 2:
        return None
    lead, *others = members
    group = None
    for other in others:
        group = join_reprint_group(other, lead)
    _clean_up_groups()
    return group


@transaction.atomic
def split_from_group(*, articles: QuerySet[Article]) -> int:
    """Take `articles` out of their reprint groups; returns how many were in one."""
    ids = list(articles.filter(reprint_group__isnull=False).values_list("pk", flat=True))
    Article.objects.filter(pk__in=ids).update(reprint_group=None)
    # Split on purpose: the importer's doubt about these pairs is settled too.
    PossibleReprint.objects.filter(Q(article_id__in=ids) | Q(similar_to_id__in=ids)).delete()
    _clean_up_groups()
    return len(ids)


@transaction.atomic
def dismiss_possible_reprints(*, articles: QuerySet[Article]) -> int:
    """Settle the importer's doubt: `articles` are not reprints of what they resemble."""
    deleted, _ = PossibleReprint.objects.filter(article__in=articles).delete()
    return deleted


def _clean_up_groups() -> None:
    """Drop groups left with fewer than two members (a group of one is no group)."""
    lonely = ReprintGroup.objects.annotate(size=Count("articles")).filter(size__lt=2)
    lonely_ids = list(lonely.values_list("pk", flat=True))
    Article.objects.filter(reprint_group_id__in=lonely_ids).update(reprint_group=None)
    ReprintGroup.objects.filter(pk__in=lonely_ids).delete()
