"""Read-only queries behind the public pages: plain functions with keyword-only arguments.

Only published articles ever leave this module, and an author, topic or outlet is public only
while at least one published article names it: an article hidden by an editor must not stay
visible through its byline, its outlet or its topics.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import (
    CharField,
    Count,
    F,
    Max,
    Min,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Substr, TruncMonth

from articles.models import Article, ArticleAuthor, Author, Capture, Publisher, Status, Topic
from articles.search.query import MAX_NAME_LENGTH


@dataclass(frozen=True)
class MonthCount:
    month: date
    count: int


def latest_articles(*, limit: int = 10) -> QuerySet[Article]:
    """The most recently dated published articles, ready for cards."""
    return Article.objects.published().with_related()[:limit]


def archive_totals() -> dict:
    """How many published articles, authors, outlets and topics, and the span of dates."""
    published = Article.objects.published()
    totals = published.aggregate(
        articles=Count("pk"), first=Min("published_on"), last=Max("published_on")
    )
    # Distinct ids in the link tables: far cheaper than counting per author, topic or outlet.
    by_published = {"article__status": Status.PUBLISHED}
    totals["authors"] = (
        ArticleAuthor.objects.filter(**by_published).values("author_id").distinct().count()
    )
    totals["topics"] = (
        Article.topics.through.objects.filter(**by_published).values("topic_id").distinct().count()
    )
    totals["publishers"] = (
        published.exclude(publisher=None).order_by().values("publisher_id").distinct().count()
    )
    return totals


def public_entities(*, model: type[Model]) -> QuerySet:
    """Authors, topics or publishers that at least one published article names."""
    links, key = _published_links(model)
    return model.objects.filter(pk__in=links.values(key))


def public_entity(*, model: type[Model], slug: str):
    """The public author, topic or publisher with this slug, with `article_count`; else None."""
    entity = public_entities(model=model).filter(slug=slug).first()
    if entity is not None:
        attach_article_counts(model=model, entities=[entity])
    return entity


def entity_index(*, model: type[Model], name: str = "") -> QuerySet:
    """Public authors, topics or publishers by name, optionally those whose name contains `name`.

    Counts are not included: attach them to the page shown with attach_article_counts().
    """
    entities = public_entities(model=model).order_by("name", "pk")
    name = " ".join(name.split())[:MAX_NAME_LENGTH]
    return entities.filter(name__icontains=name) if name else entities


def attach_article_counts(*, model: type[Model], entities) -> list:
    """Set `article_count` (published articles) on each entity, in one query; returns a list."""
    entities = list(entities)
    counts = dict(_article_counts(model, ids=[entity.pk for entity in entities]))
    for entity in entities:
        entity.article_count = counts.get(entity.pk, 0)
    return entities


def popular_topics(*, limit: int = 12) -> list[Topic]:
    """The topics most published articles carry, with `article_count`."""
    return _most_used(Topic, limit)


def prolific_authors(*, limit: int = 10) -> list[Author]:
    """The authors with the most published articles, with `article_count`."""
    return _most_used(Author, limit)


def _key(model: type[Model]) -> str:
    return {Author: "author_id", Topic: "topic_id", Publisher: "publisher_id"}[model]


def _published_links(model: type[Model]) -> tuple[QuerySet, str]:
    """The rows linking published articles to `model`, and the column naming the entity."""
    if model is Author:
        return ArticleAuthor.objects.filter(article__status=Status.PUBLISHED), "author_id"
    if model is Topic:
        through = Article.topics.through.objects
        return through.filter(article__status=Status.PUBLISHED), "topic_id"
    return Article.objects.published().exclude(publisher=None), "publisher_id"


def _article_counts(model: type[Model], *, ids: list[int] | None = None) -> QuerySet:
    """(entity id, published article count) rows, grouped by entity id in the link table.

    Tuned on SQLite at 10,000 articles, where reading an article's status from its row means
    stepping over its body: counting from the entity table instead (Count over a join) groups by
    every selected column and is about ten times slower.
    """
    key = _key(model)
    if model is Publisher:
        links, article_id, status = Article.objects.exclude(publisher=None), "pk", "status"
    else:
        links = ArticleAuthor.objects.all() if model is Author else Article.topics.through.objects
        article_id, status = "article_id", "article__status"
    if ids is None:
        # Every entity: published articles come from the (status, date) index, not their rows.
        published = Article.objects.published().values("pk")
        counted = links.filter(**{f"{article_id}__in": published}).values(key)
        counted = counted.annotate(n=Count("pk"))
    else:
        # A page of entities: start from their own index and count the published rows met.
        counted = links.filter(**{f"{key}__in": ids}).values(key)
        counted = counted.annotate(n=Count("pk", filter=Q(**{status: Status.PUBLISHED})))
    return counted.order_by().filter(n__gt=0).values_list(key, "n")


def _most_used(model: type[Model], limit: int) -> list:
    counts = dict(_article_counts(model))
    if not counts:
        return []
    threshold = sorted(counts.values(), reverse=True)[:limit][-1]
    # Those above the limit's count, then those at it by name, so ties stay alphabetical and
    # an archive where everyone wrote one piece never fetches every author.
    above = model.objects.filter(pk__in=[pk for pk, n in counts.items() if n > threshold])
    tied = _article_counts(model).filter(n=threshold).values(_key(model))
    entities = [
        *above,
        *model.objects.filter(pk__in=tied).order_by("name", "pk")[: limit - len(above)],
    ]
    for entity in entities:
        entity.article_count = counts[entity.pk]
    return sorted(entities, key=lambda entity: -entity.article_count)


def readable_articles() -> QuerySet[Article]:
    """Published articles for the detail page, with `archived_at` from their latest capture."""
    latest_capture = Capture.objects.filter(article=OuterRef("pk")).order_by("-imported_at", "-pk")
    return (
        Article.objects.published()
        .with_related()
        .annotate(archived_at=Subquery(latest_capture.values("imported_at")[:1]))
    )


# How many articles each of an article's authors and topics puts forward as related reading:
# the ones most recently added to the archive, read from the (author, article) and (topic,
# article) indexes alone. Ranking every article that shares a topic walked and grouped a fifth
# of the archive for a common topic (a quarter of a second at 100,000 articles); now at most
# this many per author and topic are ranked. What this gives up: an article outside the last
# RELATED_PER_LINK added for each author and topic it shares is not considered, even if it
# shares more than those; hidden articles and the article's own reprints use up places.
RELATED_PER_LINK = 50


def related_articles(*, article: Article, limit: int = 5) -> list[Article]:
    """Published articles sharing authors or topics with `article`; a shared author counts most.

    Ranked by 3 per shared author plus 1 per shared topic, then newest first (undated last),
    among the last RELATED_PER_LINK articles added for each of its authors and topics.
    """
    author_ids = [author.pk for author in article.ordered_authors]
    topic_ids = [topic.pk for topic in article.topics.all()]
    if not (author_ids or topic_ids):
        return []
    candidates = _related_candidates(author_ids=author_ids, topic_ids=topic_ids)
    # Read from the candidates: the status is checked below, not in SQL, because SQLite would
    # otherwise walk every published article on the (status, date) index to test each one.
    others = Article.objects.filter(pk__in=candidates).exclude(pk=article.pk)
    if article.reprint_group_id is not None:
        # Its reprints are listed under "Also published in", not as related reading. By id: the
        # group column sits after the body in the row, costly to read for every candidate.
        group = Article.objects.filter(reprint_group_id=article.reprint_group_id).values("pk")
        others = others.exclude(pk__in=group)
    # Only the non-empty sides: an aggregate filtered on `IN ()` empties the whole query, so an
    # article without topics found no related reading at all.
    condition, affinity = Q(pk__in=[]), Value(0)
    if author_ids:
        by_author = Q(article_authors__author__in=author_ids)
        condition |= by_author
        affinity += Count("article_authors", filter=by_author, distinct=True) * 3
    if topic_ids:
        by_topic = Q(topics__in=topic_ids)
        condition |= by_topic
        affinity += Count("topics", filter=by_topic, distinct=True)
    # Ranked by id alone, then fetched: grouping whole rows (bodies included) by every column
    # is far slower on SQLite than grouping ids.
    ranked = (
        others.filter(condition)
        .values("pk")
        .annotate(affinity=affinity)
        .order_by("-affinity", F("published_on").desc(nulls_last=True), "pk")
        .values_list("pk", "status")
    )
    ranked = [pk for pk, status in ranked if status == Status.PUBLISHED][:limit]
    fetched = {a.pk: a for a in Article.objects.filter(pk__in=ranked).with_related()}
    return [fetched[pk] for pk in ranked if pk in fetched]


def _related_candidates(*, author_ids: list[int], topic_ids: list[int]) -> RawSQL:
    """A subquery of the last RELATED_PER_LINK article ids of each author and topic.

    Each part is its own LIMIT query, joined with UNION in SQL: the ORM cannot slice the parts
    of a union on SQLite.
    """
    topic_links = Article.topics.through.objects
    parts = [ArticleAuthor.objects.filter(author_id=pk) for pk in author_ids]
    parts += [topic_links.filter(topic_id=pk) for pk in topic_ids]
    compiled = [
        # One more than the cap: the article itself is in every part.
        part.order_by("-article_id").values_list("article_id")[: RELATED_PER_LINK + 1].query
        for part in parts
    ]
    compiled = [query.sql_with_params() for query in compiled]
    sql = " UNION ".join(
        f"SELECT * FROM ({part_sql}) AS part_{index}"
        for index, (part_sql, _) in enumerate(compiled)
    )
    return RawSQL(sql, [param for _, part_params in compiled for param in part_params])


def monthly_counts(*, queryset: QuerySet[Article], limit: int | None = None) -> list[MonthCount]:
    """Dated articles of `queryset` per month, oldest first (months without articles left out).

    `limit` counts only the first so many results, as the facets do for large searches.
    """
    if queryset.query.is_empty():
        return []
    ids = queryset.order_by().values("pk")
    if limit is not None:
        ids = ids[:limit]
    # Compiled on its own: search conditions name articles_article directly, which the ORM
    # would re-alias if it nested the queryset itself (see articles.search.ids_subquery).
    try:
        sql, params = ids.query.sql_with_params()
    except EmptyResultSet:  # a filter that names nothing known: `pk IN ()`
        return []
    rows = (
        Article.objects.filter(pk__in=RawSQL(sql, params), published_on__isnull=False)
        .annotate(month=_month_of("published_on"))
        .order_by("month")
        .values("month")
        .annotate(count=Count("pk"))
        .values_list("month", "count")
    )
    return [MonthCount(month=month_start(month), count=count) for month, count in rows]


def _month_of(field: str):
    if connection.vendor == "sqlite":
        # SQLite keeps dates as "YYYY-MM-DD" text, and Django's TruncMonth there is a Python
        # function called once per row (a fifth of a second at 10,000 articles); the text's
        # first seven characters group the same months natively.
        return Substr(Cast(field, output_field=CharField()), 1, 7)
    return TruncMonth(field)


def month_start(value) -> date:
    """The first day of a month given as "YYYY-MM" text (SQLite, facets) or a date."""
    if isinstance(value, str):  # "YYYY-MM" from SQLite
        year, month = value.split("-")[:2]
        return date(int(year), int(month), 1)
    # TruncMonth of a date column is a date, but some drivers hand back a datetime.
    return value.date() if isinstance(value, datetime) else value
