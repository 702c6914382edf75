"""Editorial changes to the archive: the services and selectors behind the admin.

Each write here records history (who, when, the field-level change) and brings the search index
up to date in the same transaction, so admin classes only collect input and report results.

Locks: a field an editor sets is added to `Article.locked_fields` (names as in
`articles.importers.pipeline.LOCKABLE_FIELDS`), and the importer never overwrites it. A lock
also counts as "reviewed": an article stops needing review for a missing or inferred field once
that field is locked, which is how an editor confirms that an unsigned piece really has no author.

History: `Article.history` records the byline and topics with every entry. The admin saves an
article before its byline and topics, so an edit defers its entry (`defer_history`) and writes
one entry once everything is saved (`record_change`), rather than one stale entry per step.
"""

import operator
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import reduce

from django.contrib.auth.base_user import AbstractBaseUser as User
from django.contrib.postgres.search import SearchVectorField
from django.db import models, transaction
from django.db.models import BooleanField, Exists, ExpressionWrapper, Max, OuterRef, Q, QuerySet

from articles.addresses import point_slugs_at
from articles.importers.matching import store_bands
from articles.importers.pipeline import (
    LOCKABLE_FIELDS,
    ImportSummary,
    reextract_all,
    text_hash,
)
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Capture,
    DatePrecision,
    ImportRun,
    NamedEntity,
    PossibleReprint,
    Publisher,
    Status,
    Topic,
)
from articles.search import (
    reindex_related,
    search_articles,
    update_search_index,
)
from articles.search.names import fold

LOCK_LABELS = {
    "title": "Title",
    "authors": "Authors",
    "publisher": "Outlet",
    "published_on": "Date",
    "source_url": "Link",
    "standfirst": "Standfirst",
    "body": "Body",
    "language": "Language",
    "genre": "Genre",
    "topics": "Topics",
    "status": "Status",
}
# Model fields that are part of a lockable field: a date's precision belongs to the date.
PART_OF = {"date_precision": "published_on"}
EDITOR_SOURCE = "editor"
# The search index's columns: derived from the rest, never edited, and large; left unloaded.
INDEX_COLUMNS = [f.name for f in Article._meta.concrete_fields if isinstance(f, SearchVectorField)]


def _editor_provenance() -> dict:
    return {"source": EDITOR_SOURCE, "inferred": False}


# --- History --------------------------------------------------------------------------------------
def defer_history(*, instance: models.Model) -> None:
    """Write no history entry for `instance`'s saves until `record_change` is called."""
    # simple-history skips instances carrying this attribute, for saves and m2m changes alike.
    instance.skip_history_when_saving = True


def record_change(
    *,
    instance: models.Model,
    user: User | None = None,
    reason: str = "",
    fields: Iterable[str] = (),
) -> None:
    """Save `fields` of `instance` and write one history entry with its current state."""
    instance.__dict__.pop("skip_history_when_saving", None)
    instance._history_user = user
    instance._change_reason = reason
    update_fields = {*fields}
    if isinstance(instance, Article):
        update_fields.add("updated_at")
    try:
        instance.save(update_fields=sorted(update_fields) or None)
    finally:
        del instance._change_reason


def _record_articles(article_ids: Iterable[int], *, user: User | None, reason: str) -> None:
    """Write a history entry for each article whose byline, topics or outlet changed in bulk."""
    for article in Article.objects.filter(pk__in=list(article_ids)).defer(*INDEX_COLUMNS):
        record_change(instance=article, user=user, reason=reason)


# --- Editing one article --------------------------------------------------------------------------
def lockable_names(field_names: Iterable[str]) -> set[str]:
    """The lockable fields that these model or form field names belong to."""
    return {PART_OF.get(name, name) for name in field_names} & set(LOCKABLE_FIELDS)


def _sorted_locks(names: Iterable[str]) -> list[str]:
    return sorted(set(names) & set(LOCKABLE_FIELDS), key=LOCKABLE_FIELDS.index)


def _mark_edited(article: Article, names: Iterable[str]) -> None:
    """Lock `names` and record the editor as their source."""
    names = lockable_names(names)
    article.locked_fields = _sorted_locks([*article.locked_fields, *names])
    article.provenance = {**article.provenance, **{n: _editor_provenance() for n in names}}


def start_article_edit(
    *, article: Article, changed: Iterable[str], kept_locks: Iterable[str], adding: bool
) -> None:
    """Prepare an article an editor changed, before it is saved.

    Locks are the ones the editor kept plus every field changed now; changed fields get the
    editor as their provenance; a changed body gets its hash and word count. An existing
    article's history entry waits for `finish_article_edit`, when its byline is saved too.
    """
    changed = set(changed)
    article.locked_fields = _sorted_locks(kept_locks)
    _mark_edited(article, changed)
    if article.published_on is None:
        article.date_precision = ""
    elif not article.date_precision:
        article.date_precision = DatePrecision.DAY
    if adding or "body" in changed:
        article.text_hash = text_hash(article.body)
        article.word_count = len(article.body.split())
        article._text_bands_stale = True  # stored by finish_article_edit, once it has a key
    if not adding:
        defer_history(instance=article)


def finish_article_edit(
    *,
    article: Article,
    user: User | None,
    byline_changed: bool,
    fields_changed: bool = True,
    reason: str = "",
) -> None:
    """After an edited article's byline and topics are saved: lock the byline when it changed
    (an edited affiliation is a byline change), write the edit's one history entry and re-index
    the article. A save that changed nothing writes no entry."""
    if byline_changed:
        _mark_edited(article, ["authors"])
        _renumber_byline(article.pk)
    elif not fields_changed:
        return
    record_change(
        instance=article, user=user, reason=reason, fields=["locked_fields", "provenance"]
    )
    if article.__dict__.pop("_text_bands_stale", False):
        store_bands(article)  # near-duplicate lookups must see the edited text
    update_search_index([article.pk])


def find_text_duplicate(
    *, body: str, exclude_pk: int | None, publisher: Publisher | None = None
) -> Article | None:
    """Another article of the same outlet with the same normalised text, if any.

    Another outlet's copy of the text is a reprint, which is allowed (articles/reprints.py).
    """
    others = Article.objects.filter(text_hash=text_hash(body), publisher=publisher)
    if exclude_pk is not None:
        others = others.exclude(pk=exclude_pk)
    return others.only("pk", "title", "slug").first()


@transaction.atomic
def restore_relations(*, article: Article, version: models.Model, user: User | None) -> None:
    """Give `article` the byline and topics it had in history entry `version`, as a revert.

    The reverted fields themselves are saved by the admin's revert form; authors or topics
    deleted since that version are left out. Writes one history entry and re-indexes.
    """
    rows = version.authors.order_by("position", "pk").values_list("author_id", "affiliation")
    wanted = {}
    for author_id, affiliation in rows:
        if author_id is not None:
            wanted.setdefault(author_id, affiliation)
    existing = set(Author.objects.filter(pk__in=list(wanted)).values_list("pk", flat=True))
    _set_byline(article.pk, [(pk, text) for pk, text in wanted.items() if pk in existing])
    topic_ids = version.topics.values_list("topic_id", flat=True)
    defer_history(instance=article)
    article.topics.set(Topic.objects.filter(pk__in=list(topic_ids)))
    reason = f"Reverted to the version of {version.history_date:%Y-%m-%d %H:%M}"
    record_change(instance=article, user=user, reason=reason)
    update_search_index([article.pk])


def _renumber_byline(article_id: int) -> None:
    """Positions 0, 1, 2… in byline order, whatever numbers an editor typed (ties by entry)."""
    links = list(ArticleAuthor.objects.filter(article_id=article_id).order_by("position", "pk"))
    for position, link in enumerate(links):
        link.position = position
    ArticleAuthor.objects.bulk_update(links, ["position"])


def _set_byline(article_id: int, entries: list[tuple[int, str]]) -> None:
    """Replace the byline with (author id, affiliation) entries, in order."""
    ArticleAuthor.objects.filter(article_id=article_id).delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(
            article_id=article_id, author_id=author_id, position=position, affiliation=affiliation
        )
        for position, (author_id, affiliation) in enumerate(entries)
    )


# --- Bulk changes to articles ---------------------------------------------------------------------
@transaction.atomic
def set_status(*, articles: QuerySet[Article], status: str, user: User | None) -> int:
    """Publish or hide `articles`, locking their status; returns how many changed.

    A hidden article drops out of every public list, feed, sitemap and search, all of which
    show published articles only.
    """
    if status not in Status.values:
        raise ValueError(f"unknown status {status!r}")
    changed = []
    for article in articles.defer(*INDEX_COLUMNS):
        if article.status == status and "status" in article.locked_fields:
            continue
        article.status = status
        _mark_edited(article, ["status"])
        record_change(instance=article, user=user, fields=["status", "locked_fields", "provenance"])
        changed.append(article.pk)
    update_search_index(changed)
    return len(changed)


@transaction.atomic
def add_topic(*, articles: QuerySet[Article], topic: Topic, user: User | None) -> int:
    """Tag `articles` with `topic` and lock their topics; returns how many changed."""
    return _change_topic(articles, topic, user=user, add=True)


@transaction.atomic
def remove_topic(*, articles: QuerySet[Article], topic: Topic, user: User | None) -> int:
    """Untag `articles` from `topic` and lock their topics; returns how many changed."""
    return _change_topic(articles, topic, user=user, add=False)


def _change_topic(
    articles: QuerySet[Article], topic: Topic, *, user: User | None, add: bool
) -> int:
    tagged = Article.topics.through.objects.filter(topic=topic, article=OuterRef("pk"))
    targets = articles.exclude(Exists(tagged)) if add else articles.filter(Exists(tagged))
    changed = []
    for article in targets.defer(*INDEX_COLUMNS):
        defer_history(instance=article)
        if add:
            article.topics.add(topic)
        else:
            article.topics.remove(topic)
        _mark_edited(article, ["topics"])
        reason = f"{'Tagged with' if add else 'Untagged from'} {topic.name}"
        record_change(
            instance=article, user=user, reason=reason, fields=["locked_fields", "provenance"]
        )
        changed.append(article.pk)
    update_search_index(changed)
    return len(changed)


def reextract_articles(*, articles: QuerySet[Article]) -> ImportSummary:
    """Re-run extraction on each article's latest capture (locked fields stay, as on import).

    Recorded as an import run like `import_articles --reextract`; each article is its own
    transaction, so one failure loses nothing else.
    """
    slugs = list(articles.values_list("slug", flat=True))
    summary, _run = reextract_all(slugs=slugs)
    return summary


# --- Authors, outlets and topics ------------------------------------------------------------------
INDEXED_ENTITY_FIELDS = ("name", "aliases")
# Which reindex_related() argument re-indexes the articles of each kind of record.
RELATED_KIND = {Author: "authors", Publisher: "publishers", Topic: "topics"}


@transaction.atomic
def save_entity(*, entity: NamedEntity, user: User | None) -> None:
    """Save an author, outlet or topic; re-index its articles when their indexed text changed."""
    model = type(entity)
    before = None
    if entity.pk is not None:
        before = model.objects.filter(pk=entity.pk).values(*INDEXED_ENTITY_FIELDS).first()
    entity._history_user = user
    entity.save()
    if before and any(before[name] != getattr(entity, name) for name in INDEXED_ENTITY_FIELDS):
        reindex_related(**{RELATED_KIND[model]: [entity]})


@transaction.atomic
def delete_entities(*, entities: Iterable[NamedEntity], user: User | None) -> int:
    """Delete authors, outlets or topics; their articles lose them and are re-indexed."""
    entities = list(entities)
    affected: set[int] = set()
    for entity in entities:
        affected |= _article_ids_of(entity)
        entity._history_user = user
        entity.delete()
    _record_articles(affected, user=user, reason="Deleted " + ", ".join(e.name for e in entities))
    update_search_index(affected)
    return len(entities)


def _article_ids_of(entity: NamedEntity) -> set[int]:
    return set(entity.articles.values_list("pk", flat=True))


@dataclass(frozen=True)
class MergeResult:
    kept: NamedEntity
    merged_names: list[str]
    articles_moved: int


def merge_authors(
    *, keep: Author, duplicates: Iterable[Author], user: User | None = None
) -> MergeResult:
    """Merge duplicate authors into `keep`.

    Bylines keep their order (the kept author takes the earliest place when an article names
    both); the duplicates' names become `keep`'s aliases so later imports map to it.
    """
    return _merge(keep=keep, duplicates=duplicates, user=user, move=_move_bylines)


def merge_publishers(
    *, keep: Publisher, duplicates: Iterable[Publisher], user: User | None = None
) -> MergeResult:
    """Merge duplicate outlets into `keep`; their names become its aliases."""
    return _merge(keep=keep, duplicates=duplicates, user=user, move=_move_outlet)


def merge_topics(
    *, keep: Topic, duplicates: Iterable[Topic], user: User | None = None
) -> MergeResult:
    """Merge duplicate topics into `keep`; their names become its aliases, phrases are pooled."""
    return _merge(keep=keep, duplicates=duplicates, user=user, move=_move_topic_links)


@transaction.atomic
def _merge(
    *,
    keep: NamedEntity,
    duplicates: Iterable[NamedEntity],
    user: User | None,
    move: Callable[[NamedEntity, list[NamedEntity]], set[int]],
) -> MergeResult:
    model = type(keep)
    duplicates = [d for d in duplicates if d.pk != keep.pk]
    if any(type(d) is not model for d in duplicates):
        raise TypeError(f"can only merge {model._meta.verbose_name_plural} with each other")
    if not duplicates:
        return MergeResult(kept=keep, merged_names=[], articles_moved=0)
    names = [d.name for d in duplicates]
    moved = move(keep, duplicates)

    keep.aliases = merged_aliases(keep, duplicates)
    _absorb_details(keep, duplicates)
    record_change(instance=keep, user=user, reason="Merged " + ", ".join(names))
    # Before the deletions, which drop old slugs still naming the duplicates.
    point_slugs_at(keep=keep, merged=duplicates)
    for duplicate in duplicates:
        duplicate._history_user = user
        duplicate._change_reason = f"Merged into {keep.name}"
        duplicate.delete()

    _record_articles(moved, user=user, reason=f"Merged {', '.join(names)} into {keep.name}")
    # All of keep's articles: its aliases are indexed with each of them.
    reindex_related(**{RELATED_KIND[model]: [keep]})
    return MergeResult(kept=keep, merged_names=names, articles_moved=len(moved))


def merged_aliases(keep: NamedEntity, duplicates: Iterable[NamedEntity]) -> list[str]:
    """`keep`'s aliases plus the duplicates' names and aliases, each spelling once."""
    seen = {fold(keep.name)}
    aliases = []
    for spelling in [*keep.aliases, *(s for d in duplicates for s in [d.name, *d.aliases])]:
        key = fold(spelling)
        if key and key not in seen:
            seen.add(key)
            aliases.append(spelling)
    return aliases


def _absorb_details(keep: NamedEntity, duplicates: list[NamedEntity]) -> None:
    """Fill `keep`'s blank details from the duplicates; pool a topic's match phrases."""
    blank_fillers = {Author: ["bio"], Publisher: ["domain"], Topic: ["description"]}
    for name in blank_fillers[type(keep)]:
        if not getattr(keep, name):
            values = [getattr(d, name) for d in duplicates if getattr(d, name)]
            setattr(keep, name, values[0] if values else "")
    if isinstance(keep, Topic):
        phrases = [*keep.match_phrases, *(p for d in duplicates for p in d.match_phrases)]
        keep.match_phrases = list(dict.fromkeys(phrases))


def _move_bylines(keep: Author, duplicates: list[Author]) -> set[int]:
    duplicate_ids = {d.pk for d in duplicates}
    links = ArticleAuthor.objects.filter(
        article__in=ArticleAuthor.objects.filter(author__in=duplicate_ids).values("article_id")
    ).order_by("article_id", "position", "pk")
    # Each article keeps the affiliation it printed: the first entry's, where it named both.
    bylines: dict[int, dict[int, str]] = defaultdict(dict)
    for article_id, author_id, affiliation in links.values_list(
        "article_id", "author_id", "affiliation"
    ):
        author_id = keep.pk if author_id in duplicate_ids else author_id
        entries = bylines[article_id]
        if author_id in entries and not entries[author_id]:
            entries[author_id] = affiliation
        entries.setdefault(author_id, affiliation)
    for article_id, entries in bylines.items():
        _set_byline(article_id, list(entries.items()))
    return set(bylines)


def _move_outlet(keep: Publisher, duplicates: list[Publisher]) -> set[int]:
    articles = Article.objects.filter(publisher__in=duplicates)
    moved = set(articles.values_list("pk", flat=True))
    articles.update(publisher=keep)
    return moved


def _move_topic_links(keep: Topic, duplicates: list[Topic]) -> set[int]:
    links = Article.topics.through.objects
    moved = set(links.filter(topic__in=duplicates).values_list("article_id", flat=True))
    tagged = set(links.filter(topic=keep).values_list("article_id", flat=True))
    links.bulk_create(
        Article.topics.through(article_id=article_id, topic_id=keep.pk)
        for article_id in sorted(moved - tagged)
    )
    links.filter(topic__in=duplicates).delete()
    return moved


# --- Reading: the review queue and the admin's search --------------------------------------------
REVIEW_REASONS = {
    "no_date": "No date",
    "no_author": "No author",
    "no_link": "No link",
    "inferred_title": "Inferred title",
    "possible_reprint": "Possible reprint",
}


def _locked(name: str) -> Q:
    # A JSON list cannot be searched portably (SQLite has no `contains` for JSON), but its text
    # can: names are quoted in it, so '"title"' never matches inside another name.
    return Q(locked_fields__icontains=f'"{name}"')


def review_condition(reason: str) -> Q:
    """Articles needing a human look for `reason` (a key of REVIEW_REASONS); locks settle it."""
    has_author = Exists(ArticleAuthor.objects.filter(article=OuterRef("pk")))
    conditions = {
        "no_date": Q(published_on__isnull=True) & ~_locked("published_on"),
        "no_author": ~Q(has_author) & ~_locked("authors"),
        "no_link": (Q(source_url__isnull=True) | Q(source_url="")) & ~_locked("source_url"),
        "inferred_title": Q(provenance__title__inferred=True) & ~_locked("title"),
        # Settled by joining the pair in a reprint group, splitting or dismissing it.
        "possible_reprint": Q(Exists(PossibleReprint.objects.filter(article=OuterRef("pk")))),
    }
    return conditions[reason]


def needing_review(queryset: QuerySet[Article], reason: str = "") -> QuerySet[Article]:
    """Articles of `queryset` needing review for `reason`, or for any reason when it is ""."""
    if reason:
        return queryset.filter(review_condition(reason))
    return queryset.filter(reduce(operator.or_, map(review_condition, REVIEW_REASONS)))


def with_review_flags(queryset: QuerySet[Article]) -> QuerySet[Article]:
    """Annotate `review_<reason>` booleans, so a list shows its markers without more queries."""
    return queryset.annotate(
        **{
            f"review_{name}": ExpressionWrapper(review_condition(name), output_field=BooleanField())
            for name in REVIEW_REASONS
        }
    )


def review_reasons(article: Article) -> list[str]:
    """Labels of the reasons `article` needs review (it must come from `with_review_flags`)."""
    return [label for name, label in REVIEW_REASONS.items() if getattr(article, f"review_{name}")]


def review_counts() -> dict[str, int]:
    """How many articles need review for each reason, and for any ("")."""
    counts = {name: needing_review(Article.objects.all(), name).count() for name in REVIEW_REASONS}
    counts[""] = needing_review(Article.objects.all()).count()
    return counts


@transaction.atomic
def confirm_reviewed(*, articles: QuerySet[Article], user: User | None) -> int:
    """Lock the fields each article was flagged for, confirming them as they are.

    An unsigned editorial has no author and never will: locking "authors" says an editor looked,
    takes it out of the queue and keeps a later import from guessing one. Returns how many changed.
    """
    fields_for = {
        "no_date": "published_on",
        "no_author": "authors",
        "no_link": "source_url",
        "inferred_title": "title",
    }
    changed = 0
    for article in with_review_flags(needing_review(articles)).defer(*INDEX_COLUMNS):
        if article.review_possible_reprint:
            # Confirmed as it is: a separate article, not a reprint of what it resembles.
            PossibleReprint.objects.filter(article=article).delete()
        flagged = [name for name in fields_for if getattr(article, f"review_{name}")]
        names = {fields_for[name] for name in flagged}
        article.locked_fields = _sorted_locks([*article.locked_fields, *names])
        record_change(instance=article, user=user, reason="Reviewed", fields=["locked_fields"])
        changed += 1
    return changed


@dataclass(frozen=True)
class ImportFailure:
    file: str
    error: str
    run: ImportRun


def unresolved_import_failures(*, runs: int = 20) -> list[ImportFailure]:
    """Files that failed in the latest `runs` import runs and were not imported since.

    Each file is listed once, with its latest error.
    """
    latest: dict[str, ImportFailure] = {}
    for run in ImportRun.objects.filter(failed__gt=0).order_by("-started_at")[:runs]:
        for error in run.errors:
            name = str(error.get("file", ""))
            if name and name not in latest:
                latest[name] = ImportFailure(name, str(error.get("error", "")), run)
    imported_at = dict(
        Capture.objects.filter(file_name__in=list(latest))
        .values("file_name")
        .annotate(last=Max("imported_at"))
        .values_list("file_name", "last")
    )
    return [
        failure
        for name, failure in latest.items()
        if name not in imported_at or imported_at[name] < failure.run.started_at
    ]


def search_all_statuses(queryset: QuerySet[Article], query: str) -> QuerySet[Article]:
    """Articles of `queryset` matching `query` in any status, best first: editors must find
    hidden articles too."""
    return search_articles(queryset, query, include_hidden=True)
