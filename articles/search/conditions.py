"""Field filters as SQL: `author:`, `topic:`, `publisher:`, `genre:` and dates, negated or
combined with OR, and the text parts combined with them (`nato OR author:kramer`).

Every name is resolved to ids before any SQL is built, all values of one field in one go
(articles.search.names.matching_names). A text part inside such a combination becomes the ids
its full-text match finds, as a subquery of the backend's own index.
"""

from functools import reduce
from operator import and_, or_

from django.db.models import Q, QuerySet

from articles.search import names
from articles.search.query import ParsedQuery
from articles.search.tree import AllOf, AnyOf, Filter, Not, has_filter, walk

# Matches no article: a filter that names nothing known finds nothing, as an unknown author does.
NOTHING = Q(pk__in=[])


def apply_field_filters(queryset: QuerySet, parsed: ParsedQuery) -> QuerySet:
    """Narrow by author:, topic:, publisher:, genre:, after: and before:, forgiving small
    misspellings, and by the query's combined conditions (`-author:x`, `a OR topic:b`)."""
    plain = [
        Filter(field_name, value)
        for field_name, values in (
            ("author", parsed.authors),
            ("topic", parsed.topics),
            ("publisher", parsed.publishers),
            ("genre", parsed.genres),
        )
        for value in values
    ]
    resolved = _resolve([*plain, *parsed.conditions])
    # One filter() each: authors are joined by subqueries, never repeating an article.
    for node in [*plain, *parsed.conditions]:
        queryset = queryset.filter(_q(node, resolved))
    if parsed.after:
        queryset = queryset.filter(published_on__gte=parsed.after)
    if parsed.before:
        queryset = queryset.filter(published_on__lte=parsed.before)
    return queryset


def _resolve(nodes: list) -> dict[tuple[str, str], list[int]]:
    """(field, value) → the ids of the authors, topics or outlets the value names."""
    wanted: dict[str, list[str]] = {"author": [], "topic": [], "publisher": []}
    for node in nodes:
        for leaf in walk(node):
            if isinstance(leaf, Filter) and leaf.field in wanted:
                wanted[leaf.field].append(leaf.value)
    resolved = {}
    for field_name, values in wanted.items():
        if values:
            for value, ids in names.matching_names(field_name, values).items():
                resolved[field_name, value] = ids
    return resolved


def _q(node, resolved: dict) -> Q:
    from articles.models import Article, ArticleAuthor
    from articles.search import backend, genre_value

    if isinstance(node, Not):
        return ~_q(node.child, resolved)
    if isinstance(node, AnyOf | AllOf):
        parts = [_q(child, resolved) for child in node.children]
        return reduce(or_ if isinstance(node, AnyOf) else and_, parts)
    if not has_filter(node):  # words: the ids the full-text index finds for them
        return Q(pk__in=backend().ids_matching(node))
    # Subqueries rather than joins: a join would repeat an article once per matching author.
    if node.field == "genre":
        genre = genre_value(node.value)
        return Q(genre=genre) if genre else NOTHING
    ids = resolved[node.field, node.value]
    if not ids:
        return NOTHING
    if node.field == "author":
        by_author = ArticleAuthor.objects.filter(author__in=ids)
        return Q(pk__in=by_author.values("article_id"))
    if node.field == "topic":
        by_topic = Article.topics.through.objects.filter(topic__in=ids)
        return Q(pk__in=by_topic.values("article_id"))
    return Q(publisher__in=ids)
