"""Stable addresses: a renamed or merged record's old slugs answer 301 to its current page.

Every slug a record leaves behind becomes a `SlugHistory` row (kind, old slug, the record's id):
a rename through any save (the admin, a revert from history, the importer) is recorded by
`RemembersOldSlugs.save`, which calls `slug_before_save` and `slug_saved` here; a merge calls
`point_slugs_at` so the merged records' slugs, and their own old slugs, lead to the kept one.

The live slug wins: a record that takes a slug another record left behind removes that slug's
row, so the address serves the record that holds it now. `OldSlugRedirectMiddleware` consults
the table only when a page under a slug answers 404, so live pages never pay for it.
"""

from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.http import HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, reverse

from articles.models import (
    Article,
    Author,
    Publisher,
    RemembersOldSlugs,
    SlugHistory,
    SlugKind,
    Topic,
)

MODEL_OF_KIND = {
    SlugKind.ARTICLE: Article,
    SlugKind.AUTHOR: Author,
    SlugKind.PUBLISHER: Publisher,
    SlugKind.TOPIC: Topic,
}
# Every public page addressed by a record's slug, by URL name, with the kind of that record.
KIND_OF_VIEW = {
    "articles:detail": SlugKind.ARTICLE,
    "articles:capture": SlugKind.ARTICLE,
    "articles:cite-bibtex": SlugKind.ARTICLE,
    "articles:cite-ris": SlugKind.ARTICLE,
    "articles:versions": SlugKind.ARTICLE,
    "articles:version": SlugKind.ARTICLE,
    "articles:timemap": SlugKind.ARTICLE,
    "articles:author-detail": SlugKind.AUTHOR,
    "articles:author-feed": SlugKind.AUTHOR,
    "articles:topic-detail": SlugKind.TOPIC,
    "articles:topic-feed": SlugKind.TOPIC,
    "articles:publisher-detail": SlugKind.PUBLISHER,
    "articles:publisher-feed": SlugKind.PUBLISHER,
}


# --- Writing --------------------------------------------------------------------------------------
def slug_before_save(record: RemembersOldSlugs) -> str | None:
    """The slug `record` has in the database before this save; None for a new record."""
    if record._state.adding or record.pk is None:
        return None
    loaded = getattr(record, "_loaded_slug", None)
    if loaded is not None:
        return loaded
    if "slug" not in record.__dict__:
        return None  # deferred and never assigned: this save cannot change it
    return type(record).objects.filter(pk=record.pk).values_list("slug", flat=True).first()


def slug_saved(record: RemembersOldSlugs, previous: str | None) -> None:
    """Record the slug `record` left behind, and let its live slug win over any old one."""
    current = record.__dict__.get("slug")
    if current is None or current == previous:
        return
    kind = record.slug_kind
    # The live slug wins: an old address now taken by this record leads to it, not away.
    taken = SlugHistory.objects.filter(kind=kind, old_slug=current)
    if previous is None:
        taken.delete()  # a new record: one indexed statement, no savepoint (imports create many)
    else:
        with transaction.atomic():
            taken.delete()
            SlugHistory.objects.update_or_create(
                kind=kind, old_slug=previous, defaults={"target_id": record.pk}
            )
    record._loaded_slug = current


def point_slugs_at(*, keep: RemembersOldSlugs, merged: list[RemembersOldSlugs]) -> None:
    """Make the slugs of records merged into `keep` (and their old slugs) lead to `keep`.

    Call before the merged records are deleted: their deletion removes rows still naming them.
    """
    kind = keep.slug_kind
    merged_ids = [record.pk for record in merged]
    SlugHistory.objects.filter(kind=kind, target_id__in=merged_ids).update(target_id=keep.pk)
    for record in merged:
        if record.slug != keep.slug:
            SlugHistory.objects.update_or_create(
                kind=kind, old_slug=record.slug, defaults={"target_id": keep.pk}
            )


def _forget_deleted(sender, instance, **kwargs) -> None:
    # A signal rather than delete(): the admin's bulk delete and cascades delete querysets,
    # which never call a model's delete(). Ids may be reused (SQLite), so rows must not outlive
    # their record.
    SlugHistory.objects.filter(kind=instance.slug_kind, target_id=instance.pk).delete()


for _model in MODEL_OF_KIND.values():
    receiver(post_delete, sender=_model, dispatch_uid=f"slug-history-{_model.__name__}")(
        _forget_deleted
    )


# --- Reading --------------------------------------------------------------------------------------
def current_slug(*, kind: str, old_slug: str) -> str | None:
    """The slug of the public record that used to be at `old_slug`, or None."""
    from articles import selectors

    target_id = (
        SlugHistory.objects.filter(kind=kind, old_slug=old_slug)
        .values_list("target_id", flat=True)
        .first()
    )
    if target_id is None:
        return None
    model = MODEL_OF_KIND[kind]
    # Only a record the public may see: an old address must not reveal a hidden article's new
    # one, nor an author named only on hidden articles.
    if model is Article:
        visible: models.QuerySet = Article.objects.published()
    else:
        visible = selectors.public_entities(model=model)
    slug = visible.filter(pk=target_id).values_list("slug", flat=True).first()
    return slug if slug and slug != old_slug else None


class OldSlugRedirectMiddleware:
    """Answers a 404 under a slug that a record left behind with a 301 to the same page now."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        match = getattr(request, "resolver_match", None)
        kind = KIND_OF_VIEW.get(match.view_name) if match else None
        if kind is None or "slug" not in match.kwargs:
            return response
        slug = current_slug(kind=kind, old_slug=match.kwargs["slug"])
        if slug is None:
            return response
        try:
            target = reverse(match.view_name, kwargs={**match.kwargs, "slug": slug})
        except NoReverseMatch:
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
