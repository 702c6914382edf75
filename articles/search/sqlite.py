"""SQLite backend: FTS5 with bm25 ranking.

The FTS5 tables hold the token streams of articles.search.languages (folded, stemmed, tagged
words) and read them with the `ascii` tokenizer, which splits on ASCII punctuation and spaces
only: the stream's tokens are taken exactly as written, as PostgreSQL takes them, where
`unicode61` would apply its own (older) idea of which characters are letters.
"""

from contextlib import contextmanager

from django.db import connection
from django.db.models.expressions import RawSQL

from articles.search.languages import phrase_forms
from articles.search.query import ParsedQuery
from articles.search.tree import (
    AllOf,
    AnyOf,
    Near,
    Not,
    Term,
    group_node,
    has_negation,
    without_negations,
)

# bm25 column weights, in the FTS5 table's column order: title, people, standfirst, body.
COLUMN_WEIGHTS = "10.0, 5.0, 2.0, 1.0"
# The FTS5 column a `title:` or `body:` term is restricted to.
SCOPE_COLUMNS = {"title": "title", "body": "body"}


def _phrase(tokens: tuple[str, ...], prefix: bool = False) -> str:
    # Tokens hold only letters and digits (see languages.py), so quoting cannot be broken out of.
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")


def _quoted(term: Term) -> str:
    """A term as the OR of its forms, one per language and one as a name (languages.py)."""
    phrases = (_phrase(tokens, term.prefix) for tokens in phrase_forms(term.words, term.tags))
    return "(" + " OR ".join(phrases) + ")"


def _near(node: Near) -> str:
    """NEAR takes phrases only: one NEAR per language, each term in that language's forms."""
    pairs = zip(
        phrase_forms(node.first.words, node.first.tags),
        phrase_forms(node.second.words, node.second.tags),
        strict=True,
    )
    nears = (
        f"NEAR({_phrase(first, node.first.prefix)} {_phrase(second, node.second.prefix)}, "
        f"{node.distance:d})"
        for first, second in pairs
    )
    return "(" + " OR ".join(nears) + ")"


def _expression(node, columns: dict[str, str] = SCOPE_COLUMNS) -> str:
    """The FTS5 expression for a text node (articles/search/tree.py)."""
    if isinstance(node, Term):
        # FTS5 column filters: `title : "war crimes"` matches in the headline only.
        return f"{columns[node.scope]} : {_quoted(node)}" if node.scope else _quoted(node)
    if isinstance(node, Near):
        near = _near(node)
        scope = node.first.scope if node.first.scope == node.second.scope else ""
        return f"{columns[scope]} : {near}" if scope else near
    if isinstance(node, AnyOf):
        return "(" + " OR ".join(_expression(c, columns) for c in node.children) + ")"
    if isinstance(node, Not):  # only inside AllOf, beside a positive part (engine_can_match)
        return f"NOT {_expression(node.child, columns)}"
    positives = [_expression(c, columns) for c in node.children if not isinstance(c, Not)]
    negatives = [_expression(c, columns) for c in node.children if isinstance(c, Not)]
    return "(" + " ".join(["(" + " AND ".join(positives) + ")", *negatives]) + ")"


def compile_match(parsed: ParsedQuery, columns: dict[str, str] = SCOPE_COLUMNS) -> str:
    """The FTS5 MATCH expression for the query's positive groups and exclusions."""
    expression = " AND ".join(_expression(group_node(group), columns) for group in parsed.groups)
    for node in parsed.excluded:
        expression += f" NOT {_expression(node, columns)}"
    return expression


def _exclusion_match(parsed: ParsedQuery) -> str:
    return " OR ".join(map(_expression, parsed.excluded))


def ids_matching(node) -> RawSQL:
    """The ids of the articles a text node matches, for conditions that mix text and filters."""
    return RawSQL("SELECT rowid FROM article_fts WHERE article_fts MATCH %s", [_expression(node)])


def match(queryset, parsed: ParsedQuery):
    # The unary + keeps SQLite from driving the join from articles_article and running one FTS
    # lookup per article (a 70x slowdown measured at 10,000 articles): FTS5 must go first.
    return queryset.extra(
        tables=["article_fts"],
        where=["+article_fts.rowid = articles_article.id", "article_fts MATCH %s"],
        params=[compile_match(parsed)],
    )


def _positive_match(parsed: ParsedQuery) -> str:
    """The query's words and phrases without its exclusions, for the compact table: a word
    excluded may be anywhere in the body, so exclusions are checked on the full table. A `body:`
    term is looked for in the compact table's `lead` column, the body's opening."""
    groups = [(without_negations(group_node(group)),) for group in parsed.groups]
    positive = ParsedQuery(groups=[group for group in groups if group[0] is not None])
    return compile_match(positive, {"title": "title", "body": "lead"})


def rank(queryset, parsed: ParsedQuery, *, compact: bool):
    """Annotate `rank` (bm25 with column weights; higher is better) on a matched queryset.

    Always on the full table. A huge result set (`compact`) is read in relevance order through
    first_pages() and rest(), which rank on the compact table; this ranking serves only other
    uses of the same queryset (`.values()`, a filter added afterwards), where the compact
    ranking of every match would need one bm25 lookup per article (seconds at 30,000 matches).
    """
    return queryset.extra(select={"rank": f"-bm25(article_fts, {COLUMN_WEIGHTS})"})


def first_pages(queryset, parsed: ParsedQuery):
    """The results of a huge result set that rank above 0 on the compact table, ranked.

    `queryset` is the one before match(). The compact table holds a prefix of what the full one
    holds, so wherever it matches the query's words and phrases the full table does too; only
    exclusions are checked on the full table.
    """
    narrowed = queryset.extra(
        tables=["article_rank_fts"],
        where=["+article_rank_fts.rowid = articles_article.id", "article_rank_fts MATCH %s"],
        params=[_positive_match(parsed)],
        select={"rank": f"-bm25(article_rank_fts, {COLUMN_WEIGHTS})"},
    )
    if any(has_negation(group_node(group)) for group in parsed.groups):
        # `nato OR (eu -oil)`: the compact table cannot tell that oil is absent from the body.
        whole = AllOf(tuple(map(group_node, parsed.groups)))
        narrowed = narrowed.filter(pk__in=ids_matching(whole))
    return exclude(narrowed, parsed) if parsed.excluded else narrowed


def rest(matched, parsed: ParsedQuery):
    """The results of a huge result set that rank 0: those the compact table does not match."""
    compact = RawSQL(
        "SELECT rowid FROM article_rank_fts WHERE article_rank_fts MATCH %s",
        [_positive_match(parsed)],
    )
    return matched.exclude(pk__in=compact)


def exclude(queryset, parsed: ParsedQuery):
    excluded = RawSQL(
        "SELECT rowid FROM article_fts WHERE article_fts MATCH %s", [_exclusion_match(parsed)]
    )
    return queryset.exclude(pk__in=excluded)


# The full table, and the compact one that ranks huge result sets (its last column is the
# body's opening words); both written together so they never disagree.
TABLES = (("article_fts", "body"), ("article_rank_fts", "lead"))


def write_index(rows: list[tuple[int, dict[str, str]]], article_ids: list[int]) -> None:
    placeholders = ", ".join("%s" for _ in article_ids)
    with connection.cursor() as cursor:
        for table, text in TABLES:
            cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({placeholders})", article_ids)
            cursor.executemany(
                f"INSERT INTO {table} (rowid, title, people, standfirst, {text}) "
                "VALUES (%s, %s, %s, %s, %s)",
                [(pk, c["title"], c["people"], c["standfirst"], c[text]) for pk, c in rows],
            )


@contextmanager
def indexes_set_aside():
    """Nothing to set aside (FTS5 tables are the index, and writing them in bulk is fast), but
    once every row is rewritten, each table is merged into one b-tree (FTS5's `optimize`).

    Written in batches, a table is dozens of segments, and each term of a query is looked up
    in each one: a query word is eleven terms (one per language and a name key), and a search
    for a word in 1% of 10,000 articles took 6 ms unmerged, 2 ms merged.
    """
    yield
    optimize_index()


def optimize_index() -> None:
    with connection.cursor() as cursor:
        for table, _ in TABLES:
            cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def clear_index() -> None:
    with connection.cursor() as cursor:
        for table, _ in TABLES:
            cursor.execute(f"DELETE FROM {table}")
