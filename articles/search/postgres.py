"""PostgreSQL backend: a stored weighted tsvector, GIN, ts_rank_cd and ts_headline."""

from django.db import connection

from articles.search.query import ParsedQuery, Term

CONFIG = "archive_english"
# ts_rank_cd weights for D (body), C (standfirst), B (people), A (title): a title or author
# match must outrank several passing mentions in the body.
RANK_WEIGHTS = "{0.02, 0.1, 0.5, 1.0}"


def _term_sql(term: Term) -> tuple[str, list[str]]:
    if term.is_phrase:
        return f"phraseto_tsquery('{CONFIG}', %s)", [" ".join(term.words)]
    # A single word of letters and digits (see query.py) is a valid tsquery operand as it is.
    return f"to_tsquery('{CONFIG}', %s)", [term.words[0] + (":*" if term.prefix else "")]


def compile_tsquery(parsed: ParsedQuery) -> tuple[str, list[str]]:
    """SQL for the query's tsquery, with the user's words as bound parameters only."""
    parts, params = [], []
    for group in parsed.groups:
        alternatives = []
        for term in group:
            sql, term_params = _term_sql(term)
            alternatives.append(sql)
            params.extend(term_params)
        parts.append("(" + " || ".join(alternatives) + ")")
    for term in parsed.excluded:
        sql, term_params = _term_sql(term)
        parts.append(f"!!{sql}")
        params.extend(term_params)
    return "(" + " && ".join(parts) + ")", params


def match(queryset, parsed: ParsedQuery):
    tsquery, params = compile_tsquery(parsed)
    return queryset.extra(
        where=[f"articles_article.search_vector @@ {tsquery}"],
        params=params,
        select={"rank": f"ts_rank_cd('{RANK_WEIGHTS}', articles_article.search_vector, {tsquery})"},
        select_params=params,
    )


def exclude(queryset, parsed: ParsedQuery):
    excluded = ParsedQuery(groups=[tuple(parsed.excluded)])
    tsquery, params = compile_tsquery(excluded)
    return queryset.extra(
        where=[f"NOT (articles_article.search_vector @@ {tsquery})"], params=params
    )


def snippets(article_ids: list[int], parsed: ParsedQuery) -> dict[int, str]:
    from articles.search import SNIPPET_END, SNIPPET_START, SNIPPET_WORDS

    positive = ParsedQuery(groups=parsed.groups)
    tsquery, params = compile_tsquery(positive)
    options = (
        f"StartSel={SNIPPET_START}, StopSel={SNIPPET_END}, MaxWords={SNIPPET_WORDS + 5}, "
        f'MinWords={SNIPPET_WORDS - 10}, MaxFragments=1, FragmentDelimiter=" … "'
    )
    sql = (
        f"SELECT id, ts_headline('{CONFIG}', body, {tsquery}, %s) "
        "FROM articles_article WHERE id = ANY(%s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, options, list(article_ids)])
        return dict(cursor.fetchall())


def write_index(rows: list[tuple[int, dict[str, str]]], article_ids: list[int]) -> None:
    vector = " || ".join(f"setweight(to_tsvector('{CONFIG}', %s), '{weight}')" for weight in "ABCD")
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE articles_article SET search_vector = {vector} WHERE id = %s",
            [(c["title"], c["people"], c["standfirst"], c["body"], pk) for pk, c in rows],
        )


def clear_index() -> None:
    with connection.cursor() as cursor:
        cursor.execute("UPDATE articles_article SET search_vector = NULL, rank_vector = NULL")
