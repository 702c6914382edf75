"""Full-text search over the archive: one entry point, the backend picked by database vendor.

`search_articles(queryset, query)` parses the query language (articles/search/query.py) once and
hands the tree to the PostgreSQL or SQLite backend, which compiles it for its engine.

Each article is indexed in its own language, the same way on both databases: the index holds a
token stream built in Python (articles/search/languages.py: folded, stemmed with the Snowball
stemmer of the article's language, tagged with the language), and each query word becomes the
OR of its stems in every supported language. Neither engine stems or folds: PostgreSQL stores
the stream as a weighted tsvector written out token by token (GIN or RUM index, `ts_rank_cd`);
SQLite holds it in FTS5 tables with the `ascii` tokenizer, one column per weight (`bm25()`).
So both match the same articles by construction. Names (bylines, topics, outlets) are also
indexed as spelling- and script-blind keys (articles/search/transliterate.py). Snippets are cut
and marked in Python from the original text (articles/search/snippets.py), alike on both.

What still differs between the two, by engine:
- Scores: `ts_rank_cd` and `bm25` are different formulas; both put title and author matches above
  body mentions, and ties are broken by date, but the order of near-equal results can differ.
- Very long texts: a tsvector keeps a word's first 256 positions, and positions above 16,383 are
  all 16,383, so a phrase or NEAR deep in a very long body (or in a word repeated hundreds of
  times) can match on SQLite and not on PostgreSQL.
"""

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from django.db import connection, transaction
from django.db.models import F, Q, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.db.models.fields import FloatField
from django.db.models.functions import Substr

from articles.search import names
from articles.search.conditions import apply_field_filters
from articles.search.languages import index_streams, searched_tags
from articles.search.query import ParsedQuery, parse_query
from articles.search.tree import with_tags

SNIPPET_START = "\x02"
SNIPPET_END = "\x03"
SNIPPET_WORDS = 30
SORTS = ("relevance", "newest", "oldest")
# Result sets are counted up to COUNT_CAP matches ("10,000+" beyond it) and faceted over the first
# FACET_SAMPLE of them, so a search for a word in a third of the archive stays fast; smaller
# result sets get exact counts and exact facets (see the benchmark in the README).
COUNT_CAP = 10_000
FACET_SAMPLE = 5_000
# Up to FULL_RANK_LIMIT matches are ranked on the whole document. Beyond it, on the compact
# index of each article's title, names, standfirst and first LEAD_WORDS words of the body: the
# articles found there come first, ranked, then the other matches, newest first. Ranking reads
# every match's document; a compact one is a fraction of the size (PostgreSQL: 0.8 kB in the
# row against 4 kB compressed out of line; SQLite: 80 words against 840), and only the articles
# it matches need reading at all for the first pages. See the README's benchmark.
FULL_RANK_LIMIT = 2_000
LEAD_WORDS = 80


def backend():
    """The search backend module for the current database vendor."""
    if connection.vendor == "postgresql":
        from articles.search import postgres as module
    else:
        from articles.search import sqlite as module
    return module


def search_articles(
    queryset: QuerySet,
    query: str | ParsedQuery,
    *,
    sort: str = "relevance",
    include_hidden: bool = False,
):
    """Published articles of `queryset` matching `query`, annotated with `rank`, ordered by `sort`.

    `include_hidden` also searches hidden articles (the admin, where editors must find them).

    Each article fetched from the result also carries `snippet`: about 30 words around the best
    match, with matches between SNIPPET_START and SNIPPET_END (see articles/templatetags). An
    empty query returns no articles.

    A reprint group is one result (articles/reprints.py): its earliest member passing the
    filters, carrying the others as `reprints`. Counts and facets therefore count groups.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    parsed = in_archive_languages(parsed)
    # Bodies stay in the database: cards show snippets, which are fetched for the page only.
    if not include_hidden:
        queryset = queryset.published()
    queryset = queryset.defer("body")
    if parsed.is_empty:
        return queryset.none()
    queryset = apply_field_filters(queryset, parsed)
    if not include_hidden:
        # Readers see a reprint group once, as its earliest member; editors see every copy.
        from articles.reprints import collapse_reprints

        queryset = collapse_reprints(queryset)
    sample = tiers = None
    compact = False
    if parsed.has_text:
        filtered = queryset
        matched = backend().match(filtered, parsed)
        # Fetched now because small and huge result sets are ranked differently; the count,
        # facets and timeline then reuse the same rows instead of matching again.
        sample = matched.match_sample()
        compact = len(sample) > FULL_RANK_LIMIT
        if compact and sort != "relevance":
            # Sorted by date, a huge result set needs no ranking: rank would only break ties
            # between articles of the same day, at the cost of ranking every match.
            queryset = matched
        else:
            queryset = backend().rank(matched, parsed, compact=compact)
        if compact and sort == "relevance":
            tiers = (backend().first_pages(filtered, parsed), backend().rest(matched, parsed))
    else:
        queryset = queryset.annotate(rank=Value(0.0, output_field=FloatField()))
        if parsed.excluded:
            queryset = backend().exclude(queryset, parsed)

    def attach(articles: list) -> None:
        attach_snippets(articles, parsed, opening_first=compact)
        if not include_hidden:
            from articles.reprints import attach_reprints

            attach_reprints(articles)

    def finish(results: QuerySet) -> QuerySet:
        return order_results(results, sort).with_snippets(attach)

    queryset = finish(queryset)
    if sample is None:
        return queryset
    # Ranking and ordering leave the result set as it was: the rows fetched above still hold.
    return queryset.with_known_match_sample(
        sample, tiers=None if tiers is None else tuple(finish(tier) for tier in tiers)
    )


def in_archive_languages(parsed: ParsedQuery) -> ParsedQuery:
    """The query with each word looked up only in the languages articles are in (and as a name):
    the same matches, for a fraction of the work where the archive holds few languages."""
    tags = searched_tags(languages_in_archive())
    return replace(
        parsed,
        groups=[tuple(with_tags(node, tags) for node in group) for group in parsed.groups],
        excluded=[with_tags(node, tags) for node in parsed.excluded],
        conditions=[with_tags(node, tags) for node in parsed.conditions],
    )


# One index probe per distinct language (article_language_idx), however many articles there are.
LANGUAGES_SQL = """
    WITH RECURSIVE present(language) AS (
        SELECT MIN(language) FROM articles_article
        UNION ALL
        SELECT (SELECT MIN(language) FROM articles_article WHERE language > present.language)
        FROM present WHERE present.language IS NOT NULL
    )
    SELECT language FROM present WHERE language IS NOT NULL
"""


def languages_in_archive() -> list[str]:
    """The distinct language codes of the archive's articles, hidden ones included."""
    with connection.cursor() as cursor:
        cursor.execute(LANGUAGES_SQL)
        return [language for (language,) in cursor.fetchall()]


def order_results(queryset: QuerySet, sort: str) -> QuerySet:
    """Order by relevance (ties by date, newest first), newest or oldest; unknown → relevance."""
    newest = F("published_on").desc(nulls_last=True)
    if "rank" not in queryset.query.annotations and "rank" not in queryset.query.extra_select:
        queryset = queryset.annotate(rank=Value(0.0, output_field=FloatField()))
    if sort == "newest":
        return queryset.order_by(newest, "-rank", "pk")
    if sort == "oldest":
        return queryset.order_by(F("published_on").asc(nulls_last=True), "-rank", "pk")
    return queryset.order_by("-rank", newest, "pk")


def genre_value(text: str) -> str:
    """The stored genre a filter value names ("editorial", "Letters", "op-ed"), else ""."""
    from articles.importers.genre import genre_of_label

    return genre_of_label(text)


def attach_snippets(articles: list, parsed: ParsedQuery, *, opening_first: bool = False) -> None:
    """Set `snippet` on each article with one query for the whole page.

    Without words to highlight (a filter-only query) the snippet is the opening of the body.
    `opening_first` (huge result sets, ranked on their openings) lets the backend look for the
    match in the body's opening before reading the rest.
    """
    from articles.models import Article

    ids = [a.pk for a in articles]
    if parsed.has_text:
        from articles.search.snippets import matched_snippets

        snippets = matched_snippets(ids, parsed, opening_first=opening_first)
    else:
        openings = Article.objects.filter(pk__in=ids).values_list("pk", Substr("body", 1, 400))
        snippets = {pk: opening_words(text) for pk, text in openings}
    for article in articles:
        article.snippet = snippets.get(article.pk, "")


def opening_words(text: str, count: int = SNIPPET_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def capped_count(queryset: QuerySet, cap: int = COUNT_CAP) -> int:
    """How many results, counting no further than cap + 1."""
    if cap == COUNT_CAP and hasattr(queryset, "match_sample"):
        return len(queryset.match_sample())
    return queryset.order_by()[: cap + 1].count()


def facet_counts(queryset: QuerySet, *, limit: int = 8) -> dict[str, list]:
    """Counts by author, topic, outlet, genre, year and month over the result set.

    Counted over the first FACET_SAMPLE matches, from the rows the result set fetched once for
    its count as well (ArticleQuerySet.match_sample): outlets, genres, years and months are
    counted from those rows, authors and topics in one query over their ids, outlet names in one
    more.
    `months` are MonthCount rows for the timeline, oldest first.
    """
    from articles.models import MATCH_SAMPLE_COLUMNS, Genre, Publisher
    from articles.selectors import MonthCount

    if hasattr(queryset, "match_sample"):
        sample = queryset.match_sample()[:FACET_SAMPLE]
    else:
        sample = list(queryset.order_by().values_list(*MATCH_SAMPLE_COLUMNS)[:FACET_SAMPLE])
    facets: dict[str, list] = {"authors": [], "topics": [], "publishers": []}
    if sample:
        facets.update(_people_facets([pk for pk, *_ in sample], limit))
    by_publisher = Counter(publisher for _, publisher, *_ in sample if publisher)
    if by_publisher:
        named = Publisher.objects.filter(pk__in=list(by_publisher))
        facets["publishers"] = _top(
            [
                {"name": name, "slug": slug, "count": by_publisher[pk]}
                for pk, name, slug in named.values_list("pk", "name", "slug")
            ],
            limit,
        )
    by_genre = Counter(genre for *_, genre in sample if genre)
    labels = dict(Genre.choices)
    facets["genres"] = _top(
        [
            {"name": labels.get(genre, genre), "slug": genre, "count": count}
            for genre, count in by_genre.items()
        ],
        limit,
    )
    months = Counter(year_and_month(day) for _, _, day, _ in sample if day)
    years = Counter()
    for (year, _), count in months.items():
        years[year] += count
    facets["months"] = [
        MonthCount(month=date(*month, 1), count=n) for month, n in sorted(months.items())
    ]
    facets["years"] = [{"year": y, "count": n} for y, n in sorted(years.items(), reverse=True)]
    return facets


def year_and_month(day: date | str) -> tuple[int, int]:
    """(year, month) of a date, or of "YYYY-MM-DD" text as SQLite returns it to a plain cursor."""
    if isinstance(day, str):
        return int(day[:4]), int(day[5:7])
    return day.year, day.month


def _top(entries: list[dict], limit: int) -> list[dict]:
    """The `limit` largest counts, ties in name order."""
    return sorted(entries, key=lambda entry: (-entry["count"], entry["name"]))[:limit]


def _people_facets(ids: list[int], limit: int) -> dict[str, list[dict]]:
    """Author and topic counts over these article ids, in one query."""
    if connection.vendor == "postgresql":
        # An index lookup per id rather than a hash of the whole link table; the ids are sent as
        # one array literal, which the driver quotes at once rather than number by number.
        among, ids_param = "= ANY(%s::bigint[])", "{" + ",".join(map(str, ids)) + "}"
    else:
        among, ids_param = "IN (SELECT value FROM json_each(%s))", json.dumps(ids)
    sql = f"""
        SELECT * FROM (
            SELECT 'authors', p.name, p.slug, c.n FROM (
                SELECT author_id AS id, COUNT(*) AS n FROM articles_articleauthor
                WHERE article_id {among} GROUP BY author_id) c
            JOIN articles_author p ON p.id = c.id
            ORDER BY c.n DESC, p.name LIMIT {limit:d}) authors
        UNION ALL SELECT * FROM (
            SELECT 'topics', p.name, p.slug, c.n FROM (
                SELECT topic_id AS id, COUNT(*) AS n FROM articles_article_topics
                WHERE article_id {among} GROUP BY topic_id) c
            JOIN articles_topic p ON p.id = c.id
            ORDER BY c.n DESC, p.name LIMIT {limit:d}) topics
    """
    facets: dict[str, list[dict]] = {"authors": [], "topics": []}
    with connection.cursor() as cursor:
        cursor.execute(sql, [ids_param, ids_param])
        for facet, name, slug, count in cursor.fetchall():
            facets[facet].append({"name": name, "slug": slug, "count": count})
    return facets


def ids_subquery(queryset: QuerySet) -> RawSQL:
    """The ids of a result set as a subquery usable inside other queries.

    Compiled on its own, not nested by the ORM: the backends' match conditions name
    `articles_article` directly, which the ORM would re-alias inside a subquery.
    """
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    return RawSQL(sql, params)


def suggest(query: str) -> str:
    """A corrected query when some word or name looks misspelt, else ""."""
    return names.suggest_query(query, parse_query(query))


def empty_result_hint(query: str) -> str:
    """Why a query found nothing, when we can tell; else a general hint."""
    parsed = parse_query(query)
    if parsed.dropped_stop_words and not parsed.has_text and not parsed.has_filters:
        return "Very common words such as “the” are not indexed: add a more specific word."
    if len(parsed.groups) > 2:
        return "Every word must match. Try fewer words, or OR between alternatives."
    return "Check the spelling, try fewer words, or remove a filter."


# --- Keeping the index in step --------------------------------------------------------------------
def index_components(article) -> dict[str, str]:
    """The text indexed for an article, by weight, and its language.

    - title (A, highest): the headline;
    - people (B): author names and aliases, topic names, publisher name and aliases, so
      `kramer` finds his pieces even where the body never names him; indexed stemmed and also
      as name keys, so Зеленський finds Zelenskyy (articles.search.languages.index_streams);
    - standfirst (C): the summary line;
    - body (D, lowest): the article text; `lead`, its first LEAD_WORDS words, stands in for it
      in the compact index that ranks huge result sets (see FULL_RANK_LIMIT).
    - language: the article's language code, which picks the stemmer for all of them.
    """
    people = []
    for author in article.ordered_authors:
        people.extend([author.name, *author.aliases])
    people.extend(topic.name for topic in article.topics.all())
    if article.publisher:
        people.extend([article.publisher.name, *article.publisher.aliases])
    return {
        "title": article.title,
        "people": " ; ".join(people),
        "standfirst": article.standfirst or "",
        "body": article.body,
        "lead": " ".join(article.body.split()[:LEAD_WORDS]),
        "language": article.language,
    }


def update_search_index(article_ids: Iterable[int]) -> None:
    """Re-index these articles; call it inside the transaction that changed them.

    Every write path (importer, admin saves, merges) calls this one function, so the index never
    lags the data. Deleted articles drop out by themselves (a stored column on PostgreSQL, a
    trigger on SQLite).
    """
    from articles.models import Article

    ids = sorted(set(article_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        articles = Article.objects.filter(pk__in=chunk).with_related()
        rows = [(a.pk, index_streams(index_components(a))) for a in articles]
        backend().write_index(rows, chunk)


def reindex_related(*, authors=(), topics=(), publishers=()) -> None:
    """Re-index the articles of changed authors, topics or publishers (renames, merges)."""
    from articles.models import Article

    condition = Q(pk__in=[])
    if authors:
        condition |= Q(article_authors__author__in=authors)
    if topics:
        condition |= Q(topics__in=topics)
    if publishers:
        condition |= Q(publisher__in=publishers)
    update_search_index(Article.objects.filter(condition).values_list("pk", flat=True))


def rebuild_search_index() -> int:
    """Rebuild the whole index from the articles; returns how many were indexed."""
    from articles.models import Article

    ids = list(Article.objects.values_list("pk", flat=True))
    with transaction.atomic(), backend().indexes_set_aside():
        backend().clear_index()
        update_search_index(ids)
    return len(ids)
