"""SQLite backend: FTS5 with bm25 ranking and snippet()."""

from django.db import connection
from django.db.models.expressions import RawSQL

from articles.search.query import ParsedQuery, Term

# bm25 column weights, in the FTS5 table's column order: title, people, standfirst, body.
COLUMN_WEIGHTS = "10.0, 5.0, 2.0, 1.0"


def _quoted(term: Term) -> str:
    # Words hold only letters and digits (see query.py), so quoting can never be broken out of.
    text = '"' + " ".join(term.words) + '"'
    return text + "*" if term.prefix else text


def compile_match(parsed: ParsedQuery) -> str:
    """The FTS5 MATCH expression for the query's positive groups and exclusions."""
    groups = []
    for group in parsed.groups:
        alternatives = [_quoted(term) for term in group]
        groups.append(
            alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})"
        )
    expression = " AND ".join(groups)
    for term in parsed.excluded:
        expression += f" NOT {_quoted(term)}"
    return expression


def _exclusion_match(parsed: ParsedQuery) -> str:
    return " OR ".join(_quoted(term) for term in parsed.excluded)


def match(queryset, parsed: ParsedQuery):
    # The unary + keeps SQLite from driving the join from articles_article and running one FTS
    # lookup per article (a 70x slowdown measured at 10,000 articles): FTS5 must go first.
    return queryset.extra(
        tables=["article_fts"],
        where=["+article_fts.rowid = articles_article.id", "article_fts MATCH %s"],
        params=[compile_match(parsed)],
    )


def rank(queryset, parsed: ParsedQuery, *, match_count: int):
    """Annotate `rank` (bm25 with column weights; higher is better) on a matched queryset."""
    return queryset.extra(select={"rank": f"-bm25(article_fts, {COLUMN_WEIGHTS})"})


def first_pages(queryset, parsed: ParsedQuery, *, match_count: int):
    """Every result set is ranked on the full document here: bm25 over FTS5's doclists is fast
    enough at the sizes measured (see the README's benchmark)."""
    return None


def exclude(queryset, parsed: ParsedQuery):
    excluded = RawSQL(
        "SELECT rowid FROM article_fts WHERE article_fts MATCH %s", [_exclusion_match(parsed)]
    )
    return queryset.exclude(pk__in=excluded)


def snippets(article_ids: list[int], parsed: ParsedQuery) -> dict[int, str]:
    from articles.search import SNIPPET_END, SNIPPET_START, SNIPPET_WORDS

    placeholders = ", ".join("%s" for _ in article_ids)
    sql = (
        f"SELECT rowid, snippet(article_fts, 3, %s, %s, '…', {SNIPPET_WORDS}) FROM article_fts "
        f"WHERE article_fts MATCH %s AND rowid IN ({placeholders})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [SNIPPET_START, SNIPPET_END, compile_match(parsed), *article_ids])
        return dict(cursor.fetchall())


def write_index(rows: list[tuple[int, dict[str, str]]], article_ids: list[int]) -> None:
    placeholders = ", ".join("%s" for _ in article_ids)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM article_fts WHERE rowid IN ({placeholders})", article_ids)
        cursor.executemany(
            "INSERT INTO article_fts (rowid, title, people, standfirst, body) "
            "VALUES (%s, %s, %s, %s, %s)",
            [(pk, c["title"], c["people"], c["standfirst"], c["body"]) for pk, c in rows],
        )


def clear_index() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM article_fts")
