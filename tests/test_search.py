"""One behaviour suite for search, run on SQLite and PostgreSQL alike."""

from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Article, Topic
from articles.search import (
    SNIPPET_START,
    facet_counts,
    rebuild_search_index,
    suggest,
    update_search_index,
)
from articles.search.query import MAX_TERMS, parse_query
from articles.templatetags.archive import highlight
from tests.factories import make_article, make_author, make_publisher, make_topic

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def indexed(*args, **kwargs) -> Article:
    article = make_article(*args, **kwargs)
    update_search_index([article.pk])
    return article


def titles(query: str, **options) -> list[str]:
    return [a.title for a in Article.objects.search(query, **options)]


@pytest.fixture
def seeds(db):
    call_command("import_articles", str(SEEDS), verbosity=0)
    return {a.slug[:12]: a for a in Article.objects.all()}


@pytest.fixture
def corpus(db):
    kramer = make_author("David J. Kramer")
    zelenskyy = make_author("Volodymyr Zelenskyy")
    sanctions = Topic.objects.get(slug="sanctions")  # from the starter vocabulary
    outlet = make_publisher("The Kyiv Independent", domain="kyivindependent.com")
    other = make_publisher("Baltic Ledger")
    return {
        "title": indexed(
            "Sanctions are working",
            body="Economists disagree about many things, but the numbers are plain.",
            topics=[sanctions],
            publisher=outlet,
            published_on=date(2022, 3, 10),
        ),
        "body": indexed(
            "A winter of blackouts",
            body="The grid held. Sanctions came up once, in passing, near the end of a long piece.",
            published_on=date(2022, 12, 1),
            publisher=other,
        ),
        "author": indexed(
            "Why the West must act",
            body="Deterrence fails when it is not credible. Minsk agreements were never honoured.",
            authors=[kramer],
            publisher=outlet,
            published_on=date(2021, 6, 15),
        ),
        "zelenskyy": indexed(
            "An address to the nation",
            body="The president spoke of resilience and of the café on every corner.",
            authors=[zelenskyy],
            published_on=None,
        ),
        "hidden": indexed(
            "Hidden sanctions piece", body="Sanctions sanctions sanctions.", status="hidden"
        ),
    }


# --- Operators -------------------------------------------------------------------------------------
def test_words_are_anded(corpus):
    assert titles("grid sanctions") == ["A winter of blackouts"]
    assert titles("grid economists") == []


def test_exact_phrase(corpus):
    assert titles('"minsk agreements"') == ["Why the West must act"]
    assert titles('"agreements minsk"') == []


def test_or(corpus):
    assert set(titles("grid OR deterrence")) == {"A winter of blackouts", "Why the West must act"}


def test_exclusion_of_word_and_phrase(corpus):
    assert "A winter of blackouts" not in titles("sanctions -grid")
    assert titles('sanctions -"in passing"') == ["Sanctions are working"]


def test_prefix(corpus):
    assert titles("deter*") == ["Why the West must act"]


def test_stemming_matches_word_forms(corpus):
    assert "Sanctions are working" in titles("sanction")
    assert titles("blackout") == ["A winter of blackouts"]


def test_accents_are_ignored(corpus):
    assert titles("cafe") == ["An address to the nation"]
    assert titles("café") == ["An address to the nation"]


def test_hidden_articles_never_match(corpus):
    assert "Hidden sanctions piece" not in titles("sanctions")


def test_empty_and_stop_word_queries_find_nothing(corpus):
    assert titles("") == []
    assert titles("the of and") == []


# --- Field filters ---------------------------------------------------------------------------------
def test_author_filter_matches_names_forgivingly(corpus):
    for query in ("author:kramer", 'author:"David J. Kramer"', "author:KRAMER", "author:kramr"):
        assert titles(query) == ["Why the West must act"], query
    assert titles("author:zelensky") == ["An address to the nation"]
    assert titles("author:nobody") == []


def test_topic_and_publisher_filters(corpus):
    assert titles("topic:sanctions") == ["Sanctions are working"]
    assert set(titles('publisher:"Kyiv Independent"')) == {
        "Sanctions are working",
        "Why the West must act",
    }
    assert titles("publisher:kyiv topic:sanctions") == ["Sanctions are working"]


def test_date_filters_take_year_month_or_day(corpus):
    assert titles("after:2022-01 sanctions") == ["Sanctions are working", "A winter of blackouts"]
    assert titles("before:2022-06-30 sanctions") == ["Sanctions are working"]
    assert titles("after:2022 before:2022") == ["A winter of blackouts", "Sanctions are working"]
    assert titles("before:2021-06-15") == ["Why the West must act"]  # inclusive


# --- Ranking and sorting ---------------------------------------------------------------------------
def test_title_match_outranks_passing_body_mention(corpus):
    assert titles("sanctions") == ["Sanctions are working", "A winter of blackouts"]


def test_sort_newest_and_oldest(corpus):
    query = "sanctions OR deterrence"
    assert titles(query, sort="newest") == [
        "A winter of blackouts",
        "Sanctions are working",
        "Why the West must act",
    ]
    assert titles(query, sort="oldest") == [
        "Why the West must act",
        "Sanctions are working",
        "A winter of blackouts",
    ]


def test_results_carry_a_rank(corpus):
    ranks = [a.rank for a in Article.objects.search("sanctions")]
    assert ranks == sorted(ranks, reverse=True)
    assert ranks[0] > ranks[1]


# --- Snippets --------------------------------------------------------------------------------------
def test_snippets_mark_matches_and_escape_markup(db):
    article = indexed(
        "Markup in bodies",
        body='Before <script>alert("x")</script> the word sanctions & <b>bold</b>, 3 < 4 after.',
    )
    [result] = Article.objects.search("sanctions")
    assert result.pk == article.pk
    html = highlight(result.snippet)
    assert "<mark>sanctions</mark>" in html
    assert "<script>" not in html and "<b>" not in html
    # PostgreSQL's headline drops what its parser takes for tags; FTS5 keeps them as text. Either
    # way nothing from the body is live markup.
    assert "&amp;" in html and "3 &lt; 4" in html


def test_snippets_are_about_thirty_words(db):
    body = (
        " ".join(f"filler{i}" for i in range(200))
        + " target "
        + " ".join(f"more{i}" for i in range(200))
    )
    indexed("Long", body=body)
    [result] = Article.objects.search("target")
    words = result.snippet.split()
    assert 15 <= len(words) <= 40
    assert any("target" in w for w in words)


def test_snippets_cost_one_query_per_page(corpus):
    for i in range(30):
        indexed(f"Extra piece {i}", body=f"Sanctions again, number {i}.")
    with CaptureQueriesContext(connection) as page_of_twenty:
        results = list(Article.objects.search("sanctions").with_related()[:20])
    assert len(results) == 20 and all(r.snippet for r in results)
    with CaptureQueriesContext(connection) as page_of_five:
        list(Article.objects.search("sanctions").with_related()[:5])
    assert len(page_of_twenty) == len(page_of_five)


# --- Facets and suggestions ------------------------------------------------------------------------
def test_facets_count_the_whole_result_set(corpus):
    results = Article.objects.search("sanctions OR deterrence")
    facets = facet_counts(results)
    assert {f["name"]: f["count"] for f in facets["publishers"]} == {
        "The Kyiv Independent": 2,
        "Baltic Ledger": 1,
    }
    assert {f["name"] for f in facets["authors"]} == {"David J. Kramer"}
    assert facets["topics"] == [{"name": "Sanctions", "slug": "sanctions", "count": 1}]
    assert facets["years"] == [{"year": 2022, "count": 2}, {"year": 2021, "count": 1}]


def test_facets_use_a_fixed_number_of_queries(corpus):
    for i in range(10):
        indexed(f"Piece {i}", body="Sanctions.", authors=[make_author()], topics=[make_topic()])
    with CaptureQueriesContext(connection) as queries:
        facet_counts(Article.objects.search("sanctions"))
    assert len(queries) <= 6


def test_did_you_mean_corrects_words_and_names(corpus):
    assert titles("blackoutz") == []
    assert suggest("blackoutz") == "blackouts"
    assert suggest("author:kramerr") == ""  # the forgiving match already finds him
    assert suggest("sanctions") == ""


# --- Index maintenance -----------------------------------------------------------------------------
def test_renaming_an_author_reindexes_their_articles(corpus):
    from articles.search import reindex_related

    author = corpus["author"].ordered_authors[0]
    author.name = "Dafydd Kramer-Jones"
    author.save()
    reindex_related(authors=[author])
    assert titles("dafydd") == ["Why the West must act"]


def test_deleted_articles_leave_the_index(corpus):
    corpus["body"].delete()
    assert titles("grid") == []


def test_rebuild_from_scratch_gives_the_same_answers(corpus):
    before = titles("sanctions OR deterrence")
    assert rebuild_search_index() == 5
    assert titles("sanctions OR deterrence") == before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no indexes to set aside")
def test_rebuild_puts_back_the_postgres_vector_indexes(corpus):
    from articles.search.postgres import VECTOR_INDEXES

    def vector_indexes():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE indexname = ANY(%s) ORDER BY indexname",
                [VECTOR_INDEXES],
            )
            return [row[0] for row in cursor.fetchall()]

    before = vector_indexes()
    assert len(before) == 2  # the compact vector's GIN, and RUM or GIN on the full vector
    rebuild_search_index()
    assert vector_indexes() == before


# --- The seeds -------------------------------------------------------------------------------------
def test_seed_war_crimes_phrase_skips_the_donation_banner(seeds):
    slugs = [a.slug for a in Article.objects.search('"war crimes"')]
    assert "how-to-ensure-putins-withdrawal-from-ukraine" not in slugs
    assert "russian-war-crimes-in-ukraine-are-backfiring" in slugs


def test_seed_author_filter_and_bare_name(seeds):
    assert [a.slug for a in Article.objects.search("author:kramer")] == [
        "what-the-ukrainians-are-fighting-for-putin-russia"
    ]
    bare = [a.slug for a in Article.objects.search("kramer")]
    assert bare[0] == "what-the-ukrainians-are-fighting-for-putin-russia"
    assert bare[1].startswith("the-world-has-certainly-changed")
    assert len(bare) == 2


def test_seed_minsk_agreements_phrase(seeds):
    assert [a.slug for a in Article.objects.search('"Minsk agreements"')] == [
        "how-to-ensure-putins-withdrawal-from-ukraine"
    ]


# --- Nasty input -----------------------------------------------------------------------------------
NASTY = [
    '"unbalanced',
    'two "unbalanced "quotes',
    "OR",
    "-",
    "--",
    "OR OR putin",
    "putin OR",
    "-putin",
    "author:",
    'author:"',
    "after:notadate",
    "before:2022-13-45",
    "the a of",
    "🙂🔥 putin 🙂",
    "שלום עולם",
    "مرحبا",
    '& | ! ( ) : * ^ "',
    "a & b | !c <-> d:* (e",
    "NEAR(a b)",
    "title:putin",
    "' OR 1=1 --",
    "\\",
    "%",
    "x" * 2_000,
    " ".join(["word"] * 400),
]
# Refused before any search runs (archive.middleware): a NUL or control character, which
# PostgreSQL cannot compare, and a value far longer than any search.
REFUSED = ["nul\x00byte", "bell\x07", "x" * 10_000, " ".join(["word"] * 5_000)]


@pytest.mark.parametrize("query", NASTY, ids=lambda q: repr(q[:20]))
def test_nasty_queries_give_a_normal_page(corpus, client, query):
    response = client.get("/articles/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("query", REFUSED, ids=lambda q: repr(q[:20]))
def test_unusable_queries_are_refused_with_the_reason(corpus, client, query):
    response = client.get("/articles/", {"q": query})
    assert response.status_code == 400
    assert "The parameter “q”" in response.content.decode()


def test_query_length_and_term_count_are_capped():
    parsed = parse_query(" ".join(f"w{i}" for i in range(100)))
    assert len(parsed.groups) == MAX_TERMS
    assert parse_query("y" * 10_000).groups[0][0].words[0] == "y" * 500


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=80))
def test_any_text_is_a_safe_query(corpus, query):
    results = list(Article.objects.search(query)[:5])
    assert all(isinstance(a, Article) for a in results)
    assert Article.objects.search(query).count() >= len(results)


def test_large_result_sets_still_rank_titles_first(corpus, monkeypatch):
    """Large result sets are ranked on the compact index; titles must still come first."""
    from articles import search

    monkeypatch.setattr(search, "FULL_RANK_LIMIT", 0)
    assert titles("sanctions") == ["Sanctions are working", "A winter of blackouts"]
    assert all(a.rank is not None for a in Article.objects.search("sanctions"))


@pytest.fixture
def many_mentions(db):
    """Twelve pieces on sanctions: four name them early (in the compact ranking vector too), the
    rest only deep in the body, where a huge result set ranks them by date alone."""
    # Long enough (1,900 characters) that a mention after it is outside the body's opening.
    filler = " ".join(["The grid held through the winter and the ministers met again."] * 30)
    early, deep = [], []
    for i in range(4):
        early.append(
            indexed(
                f"Early {i}",
                body=f"Sanctions {'work ' * i}from the first line. {filler}",
                published_on=date(2020, 1, 1 + i),
            )
        )
    for i in range(8):
        deep.append(
            indexed(
                f"Deep {i}",
                body=f"{filler} Only here, sanctions.",
                published_on=date(2021, 1, 1 + i),
            )
        )
    return early, deep


def test_pages_of_a_huge_result_set_follow_one_order(many_mentions, monkeypatch):
    """Huge result sets are ranked on the compact vector and their first pages read from its own
    index (PostgreSQL); every page must agree with the order of the whole list."""
    from articles import search

    monkeypatch.setattr(search, "FULL_RANK_LIMIT", 0)
    results = Article.objects.search("sanctions")
    whole = [a.title for a in results]
    paged = [a.title for start in range(0, 12, 3) for a in results[start : start + 3]]
    assert paged == whole and len(whole) == 12
    assert [results[i].title for i in (0, 5, 11)] == [whole[0], whole[5], whole[11]]
    # Every snippet marks the match, whether it is in the opening or only deep in the body.
    assert all(SNIPPET_START in a.snippet for a in results[0:12])
    # Openings first, ranked; then mentions deep in the body, newest first.
    early, _ = many_mentions
    assert set(whole[:4]) == {a.title for a in early}
    assert whole[4:] == [f"Deep {i}" for i in reversed(range(8))]
    assert [a.rank > 0 for a in results] == [True] * 4 + [False] * 8
    # Read in one query, as .values() does, it holds the same articles.
    assert sorted(results.values_list("title", flat=True)) == sorted(whole)


def test_filtering_a_searched_queryset_afterwards_is_honoured(many_mentions, monkeypatch):
    from articles import search

    monkeypatch.setattr(search, "FULL_RANK_LIMIT", 0)
    dated_2021 = Article.objects.search("sanctions").filter(published_on__year=2021)
    assert all(a.title.startswith("Deep") for a in dated_2021[:3])


def test_a_search_page_matches_the_query_once(corpus, client):
    """Count, facets and timeline reuse the rows the search fetched once: the match condition
    runs for that fetch, the ranked page and its snippets, and no more."""
    for i in range(25):
        indexed(f"Sanctions note {i}", body="Sanctions.", authors=[make_author()])
    match = "@@" if connection.vendor == "postgresql" else "MATCH"
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/articles/", {"q": "sanctions"})
    assert response.status_code == 200
    assert response.context["paginator"].count == 27
    matching = [q["sql"] for q in queries if match in q["sql"]]
    assert len(matching) <= 2 + (connection.vendor == "sqlite"), matching


def test_huge_result_sets_sort_by_date_too(many_mentions, monkeypatch):
    from articles import search

    monkeypatch.setattr(search, "FULL_RANK_LIMIT", 0)
    for sort, newest_first in (("newest", True), ("oldest", False)):
        dates = [a.published_on for a in Article.objects.search("sanctions", sort=sort)[:12]]
        assert len(dates) == 12 and dates == sorted(dates, reverse=newest_first)
