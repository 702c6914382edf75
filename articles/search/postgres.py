"""PostgreSQL backend: a stored weighted tsvector, GIN (or RUM), ts_rank_cd.

The vectors are written out token by token from the streams of articles.search.languages
(folded, stemmed, tagged words) and queries are tsquery literals of the same tokens: no text
search configuration, parser or dictionary runs, so nothing is stemmed or split differently
from SQLite's FTS5 tables.
"""

from contextlib import contextmanager

from django.db import connection
from django.db.models.expressions import RawSQL

from articles.search.languages import LANGUAGES, NAMES, SEARCHED, phrase_forms
from articles.search.query import MAX_NEAR_DISTANCE, ParsedQuery
from articles.search.tree import (
    AllOf,
    AnyOf,
    Near,
    Not,
    Term,
    children,
    group_node,
    has_negation,
    has_scope,
    positive_terms,
    with_tags,
    without_negations,
)

# Positions left between the parts of a vector (title, names, standfirst, body), so no phrase or
# NEAR spans two of them, as none can span two FTS5 columns.
PART_GAP = MAX_NEAR_DISTANCE + 2
# The last position a tsvector stores (PostgreSQL's MAXENTRYPOS); later words share it.
MAX_POSITION = 16383
# ts_rank_cd weights for D (body), C (standfirst), B (people), A (title): a title or author
# match must outrank several passing mentions in the body.
RANK_WEIGHTS = "{0.02, 0.1, 0.5, 1.0}"
# An article's language tag as articles.search.languages.tag_of reads Article.language (the
# codes of LANGUAGES, anything else is OTHER): it picks the part of the query it is ranked on.
ARTICLE_TAG_SQL = "lower(left(btrim(articles_article.language), 2))"
# The vector weight a `title:` or `body:` term is restricted to (see index_components).
SCOPE_WEIGHTS = {"title": "a", "body": "d"}


def _phrase(tokens: tuple[str, ...], prefix: bool = False) -> str:
    # Tokens hold only letters and digits (see languages.py): quoted, they are lexemes as they are.
    return "(" + " <-> ".join(f"'{token}'" + (":*" if prefix else "") for token in tokens) + ")"


def _term_literal(term: Term) -> str:
    """A term as the OR of its forms, one per language and one as a name (languages.py)."""
    return " | ".join(
        _phrase(tokens, term.prefix) for tokens in phrase_forms(term.words, term.tags)
    )


def _term_sql(term: Term) -> tuple[str, list[str]]:
    return "%s::tsquery", [_term_literal(term)]


def _near_literal(node: Near) -> str:
    """Each distance up to the limit, in both orders, one language at a time.

    A phrase operator matches one exact distance, counted from the end of the first term as
    FTS5's NEAR counts.
    """
    parts = []
    pairs = zip(
        phrase_forms(node.first.words, node.first.tags),
        phrase_forms(node.second.words, node.second.tags),
        strict=True,
    )
    for first, second in pairs:
        a, b = _phrase(first, node.first.prefix), _phrase(second, node.second.prefix)
        for distance in range(1, node.distance + 2):
            parts.append(f"{a} <{distance:d}> {b} | {b} <{distance:d}> {a}")
    return " | ".join(parts)


def _tsquery(node) -> tuple[str, list[str]]:
    """The tsquery for a text node (articles/search/tree.py); scopes are left to _condition."""
    if isinstance(node, Term):
        return _term_sql(node)
    if isinstance(node, Near):
        return "%s::tsquery", [_near_literal(node)]
    if isinstance(node, Not):
        sql, params = _tsquery(node.child)
        return f"!!{sql}", params
    compiled = [_tsquery(child) for child in node.children]
    operator = " || " if isinstance(node, AnyOf) else " && "
    return "(" + operator.join(sql for sql, _ in compiled) + ")", [
        param for _, params in compiled for param in params
    ]


def _condition(node, vector: str) -> tuple[str, list[str]]:
    """A boolean SQL condition for a text node on `vector`, honouring `title:` and `body:`.

    A scoped term is matched on the vector's lexemes of that weight only (`ts_filter`), which
    keeps their positions, so phrases and NEAR work within the title or the body too.
    """
    scope = _scope(node)
    if scope or not has_scope(node):
        tsquery, params = _tsquery(node)
        if scope:
            return f"ts_filter({vector}, '{{{SCOPE_WEIGHTS[scope]}}}') @@ {tsquery}", params
        return f"{vector} @@ {tsquery}", params
    if isinstance(node, Not):
        sql, params = _condition(node.child, vector)
        return f"NOT ({sql})", params
    compiled = [_condition(child, vector) for child in children(node)]
    operator = " OR " if isinstance(node, AnyOf) else " AND "
    return "(" + operator.join(sql for sql, _ in compiled) + ")", [
        param for _, params in compiled for param in params
    ]


def _scope(node) -> str:
    if isinstance(node, Term):
        return node.scope
    if isinstance(node, Near) and node.first.scope == node.second.scope:
        return node.first.scope
    return ""


def _matches(nodes: list, vector: str) -> tuple[str, list[str]]:
    """SQL true where `vector` matches every node: one `@@` the index answers, and where a term
    is scoped, the scoped check on the rows it finds."""
    whole = nodes[0] if len(nodes) == 1 else AllOf(tuple(nodes))
    if not has_scope(whole):
        tsquery, params = _tsquery(whole)
        return f"{vector} @@ {tsquery}", params
    condition, params = _condition(whole, vector)
    loose = without_negations(whole)  # every match of `whole` matches it, scopes aside
    if loose is None:
        return condition, params
    tsquery, loose_params = _tsquery(loose)
    return f"({vector} @@ {tsquery} AND {condition})", [*loose_params, *params]


def _nodes(parsed: ParsedQuery) -> list:
    return [*map(group_node, parsed.groups), *(Not(node) for node in parsed.excluded)]


def _positive(parsed: ParsedQuery) -> list:
    """The groups without the words they exclude, for ranking, snippets and the compact index."""
    return [without_negations(group_node(group)) for group in parsed.groups]


def compile_tsquery(parsed: ParsedQuery) -> tuple[str, list[str]]:
    """SQL for the query's tsquery, with the user's words as bound parameters only. Scopes
    (`title:`) are not in it: see _matches."""
    return _tsquery(AllOf(tuple(_nodes(parsed))))


def match(queryset, parsed: ParsedQuery):
    condition, params = _matches(_nodes(parsed), "articles_article.search_vector")
    return queryset.extra(where=[condition], params=params)


def ids_matching(node) -> RawSQL:
    """The ids of the articles a text node matches, for conditions that mix text and filters."""
    condition, params = _matches([node], "articles_article.search_vector")
    return RawSQL(f"SELECT id FROM articles_article WHERE {condition}", params)


def _compact_match(parsed: ParsedQuery) -> tuple[str, list[str]]:
    """Where the compact vector matches the query's words and phrases (exclusions are checked
    on the full vector: a word excluded may be anywhere in the body)."""
    return _matches(_positive(parsed), "articles_article.rank_vector")


def _searched(nodes: list) -> tuple[str, ...]:
    """The tags the query's words are looked up in (Term.tags; () is all), in SEARCHED order."""
    used = {tag for node in nodes for term in positive_terms(node) for tag in term.tags or SEARCHED}
    return tuple(tag for tag in SEARCHED if tag in used)


def _rank_sql(nodes: list, vector: str) -> tuple[str, list[str]]:
    """ts_rank_cd of `vector` against the query, each article against its own language's part.

    An article's vector holds only its own language's stems and name keys, so the other
    languages' stems cannot change its rank, yet ts_rank_cd looks every one of them up and
    evaluates the whole OR at each cover it tries: with nine languages, over twice the time of
    one (two words in 1,187 articles: 97 ms against 40). So the rank is a CASE on the
    article's language, each branch ranking with that language's stems and the names: the
    same scores, at the cost of a single-language query.
    """
    searched = _searched(nodes)
    languages = [tag for tag in searched if tag in LANGUAGES]

    def ranked(tags: tuple[str, ...]) -> tuple[str, list[str]]:
        tsquery, params = _tsquery(AllOf(tuple(with_tags(node, tags) for node in nodes)))
        return f"ts_rank_cd('{RANK_WEIGHTS}', {vector}, {tsquery})", params

    if len(languages) <= 1:
        return ranked(searched)
    branches, params = [], []
    for language in languages:
        sql, branch_params = ranked((language, NAMES) if NAMES in searched else (language,))
        branches.append(f"WHEN '{language}' THEN {sql}")
        params.extend(branch_params)
    # Any other code is OTHER (unstemmed words); a language not searched matches names only.
    other, other_params = ranked(tuple(tag for tag in searched if tag not in languages))
    sql = f"CASE {ARTICLE_TAG_SQL} {' '.join(branches)} ELSE {other} END"
    return sql, [*params, *other_params]


def rank(queryset, parsed: ParsedQuery, *, compact: bool):
    """Annotate `rank` (ts_rank_cd, weighted) on a matched queryset.

    On the full vector, or with `compact` (huge result sets, see FULL_RANK_LIMIT) on the
    compact rank_vector, where an article whose compact vector does not match ranks 0.
    """
    if not compact:
        full_rank, params = _rank_sql(_positive(parsed), "articles_article.search_vector")
        return queryset.extra(select={"rank": full_rank}, select_params=params)
    condition, condition_params = _compact_match(parsed)
    compact_rank, params = _rank_sql(_positive(parsed), "articles_article.rank_vector")
    compact_rank = f"CASE WHEN {condition} THEN {compact_rank} ELSE 0 END"
    return queryset.extra(select={"rank": compact_rank}, select_params=condition_params + params)


def first_pages(queryset, parsed: ParsedQuery):
    """The results of a huge result set that rank above 0 on the compact vector, ranked.

    `queryset` is the one before match(). Wherever the compact vector (title, names, standfirst,
    the body's opening) matches the query's words and phrases, the full vector does too, so no
    full vector is read here, except to check exclusions. Its own GIN index is small: a word in
    a third of the benchmark's articles is in the compact vectors of one in sixteen.
    """
    condition, params = _compact_match(parsed)
    narrowed = queryset.extra(where=[condition], params=params)
    if any(has_negation(group_node(group)) for group in parsed.groups):
        # `nato OR (eu -oil)`: the compact vector cannot tell that oil is absent from the body.
        narrowed = match(narrowed, ParsedQuery(groups=parsed.groups))
    if parsed.excluded:
        narrowed = exclude(narrowed, parsed)
    return rank(narrowed, parsed, compact=True)


def rest(matched, parsed: ParsedQuery):
    """The results of a huge result set that rank 0: those whose compact vector does not match."""
    condition, params = _compact_match(parsed)
    return matched.extra(where=[f"NOT ({condition})"], params=params)


def exclude(queryset, parsed: ParsedQuery):
    condition, params = _matches([AnyOf(tuple(parsed.excluded))], "articles_article.search_vector")
    return queryset.extra(where=[f"NOT ({condition})"], params=params)


def write_index(rows: list[tuple[int, dict[str, str]]], article_ids: list[int]) -> None:
    with connection.cursor() as cursor:
        cursor.executemany(
            "UPDATE articles_article SET search_vector = %s::tsvector, "
            "rank_vector = %s::tsvector WHERE id = %s",
            [(vector_literal(s, s["body"]), vector_literal(s, s["lead"]), pk) for pk, s in rows],
        )


def vector_literal(streams: dict[str, str], text: str) -> str:
    """The tsvector of an article's streams, with `text` (the body's or its lead's) as D.

    Written out as a tsvector literal ('token':1A,7A …): positions count the stream's tokens,
    with PART_GAP between the parts.
    """
    positions: dict[str, list[str]] = {}
    position = 0
    parts = zip(
        "ABCD", (streams["title"], streams["people"], streams["standfirst"], text), strict=True
    )
    for weight, stream in parts:
        for token in stream.split():
            position += 1
            positions.setdefault(token, []).append(f"{min(position, MAX_POSITION)}{weight}")
        position += PART_GAP
    return " ".join(f"'{token}':{','.join(places)}" for token, places in positions.items())


# The indexes over the stored vectors (migrations 0003 and 0007; the RUM or the GIN one exists).
VECTOR_INDEXES = [
    "article_search_vector_rum",
    "article_search_vector_gin",
    "article_rank_vector_gin",
]


@contextmanager
def indexes_set_aside():
    """Drop the vector indexes while every vector is rewritten, and build them again after.

    Building a RUM index once takes 30 s at 100,000 articles; keeping it up to date row by row
    takes 7 ms an article, 12 minutes in all. Run inside a transaction: if the rewrite fails,
    the indexes come back with it.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = 'articles_article' AND indexname = ANY(%s)",
            [VECTOR_INDEXES],
        )
        definitions = cursor.fetchall()
        for name, _ in definitions:
            cursor.execute(f'DROP INDEX "{name}"')
    yield
    # CREATE INDEX refuses to run while deferred foreign-key checks of this transaction are
    # pending (rows written before the rebuild): run them now, as Django does before loading data.
    connection.check_constraints()
    with connection.cursor() as cursor:
        for _, definition in definitions:
            cursor.execute(definition)


def clear_index() -> None:
    with connection.cursor() as cursor:
        cursor.execute("UPDATE articles_article SET search_vector = NULL, rank_vector = NULL")
