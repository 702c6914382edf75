"""The query language's operators, as a reader uses them; run on SQLite and PostgreSQL alike."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Article, Topic
from articles.search import update_search_index
from articles.search.query import MAX_FILTERS, MAX_TERMS, parse_query
from tests.factories import make_article, make_author, make_publisher


def indexed(*args, **kwargs) -> Article:
    article = make_article(*args, **kwargs)
    update_search_index([article.pk])
    return article


def titles(query: str, **options) -> set[str]:
    return {a.title for a in Article.objects.search(query, **options)}


@pytest.fixture
def desk(db):
    """Five pieces by three writers; one co-written, one a letter, words placed near and far."""
    kramer = make_author("David J. Kramer")
    snyder = make_author("Timothy Snyder")
    applebaum = make_author("Anne Applebaum")
    energy = Topic.objects.get(slug="energy")  # from the starter vocabulary
    outlet = make_publisher("Baltic Ledger")
    far = " ".join(["The committee met again and the minutes were read aloud."] * 3)
    indexed(
        "Sanctions on oil",
        body="Sanctions hit oil exports within weeks, and the price cap bites.",
        authors=[kramer],
        topics=[energy],
        publisher=outlet,
        published_on=date(2022, 3, 1),
    )
    indexed(
        "Two voices on NATO",
        body=f"NATO enlargement is a question of sanctions. {far} Oil came last.",
        authors=[kramer, snyder],
        published_on=date(2022, 4, 1),
    )
    indexed(
        "A winter of blackouts",
        body="The grid held. The EU spoke of sanctions once, in passing.",
        authors=[applebaum],
        publisher=outlet,
        published_on=date(2022, 12, 1),
    )
    indexed(
        "War crimes must be tried",
        body="A tribunal is overdue; oil money must not buy silence.",
        authors=[snyder],
        topics=[energy],
        published_on=date(2023, 1, 5),
    )
    indexed(
        "Letter on the tribunal question",
        body="Sir, your report on war crimes and on sanctions was one-sided.",
        genre="letter",
        published_on=date(2023, 2, 1),
    )


# --- Negated filters -------------------------------------------------------------------------------
def test_negated_author_leaves_out_their_articles_even_when_co_written(desk):
    assert titles("-author:kramer") == {
        "A winter of blackouts",
        "War crimes must be tried",
        "Letter on the tribunal question",
    }
    # Snyder co-wrote the NATO piece with Kramer: leaving Kramer out leaves it out too.
    assert titles("author:snyder -author:kramer") == {"War crimes must be tried"}
    assert titles("sanctions -author:kramr") == {  # forgiving spelling, as author: is
        "A winter of blackouts",
        "Letter on the tribunal question",
    }


def test_negated_topic_outlet_and_genre(desk):
    assert "Sanctions on oil" not in titles("oil -topic:energy")
    assert titles("oil -topic:energy") == {"Two voices on NATO"}
    assert titles('sanctions -publisher:"Baltic Ledger"') == {
        "Two voices on NATO",
        "Letter on the tribunal question",
    }
    assert titles("tribunal -genre:letter") == {"War crimes must be tried"}


def test_negating_an_unknown_name_leaves_everything(desk):
    assert len(titles("-author:nobody")) == 5
    assert titles("author:nobody") == set()


# --- OR and parentheses ----------------------------------------------------------------------------
def test_or_between_author_filters_finds_both(desk):
    assert titles("author:applebaum OR author:snyder") == {
        "A winter of blackouts",
        "Two voices on NATO",
        "War crimes must be tried",
    }


def test_parentheses_group_words(desk):
    assert titles("(nato OR eu) sanctions") == {"Two voices on NATO", "A winter of blackouts"}
    assert titles("(grid held) OR (price cap)") == {"A winter of blackouts", "Sanctions on oil"}
    assert titles("sanctions -(grid OR nato)") == {
        "Sanctions on oil",
        "Letter on the tribunal question",
    }


def test_parentheses_group_filters_with_a_negated_genre(desk):
    assert titles("(author:applebaum OR topic:energy) -genre:letter") == {
        "Sanctions on oil",
        "A winter of blackouts",
        "War crimes must be tried",
    }
    assert titles("(author:applebaum OR topic:energy) sanctions") == {
        "Sanctions on oil",
        "A winter of blackouts",
    }


def test_or_between_a_word_and_a_filter(desk):
    assert titles("grid OR author:snyder") == {
        "A winter of blackouts",
        "Two voices on NATO",
        "War crimes must be tried",
    }
    # An alternative that is only an exclusion: every article without the word, or with NATO.
    assert titles("nato OR -sanctions") == {"Two voices on NATO", "War crimes must be tried"}


def test_nested_and_unbalanced_parentheses_are_tolerated(desk):
    assert titles("((nato OR (grid held)) sanctions") == {
        "Two voices on NATO",
        "A winter of blackouts",
    }
    assert titles("tribunal))) -genre:letter (") == {"War crimes must be tried"}
    assert titles("(((((((((nato))))))))))") == {"Two voices on NATO"}


# --- Title and body --------------------------------------------------------------------------------
def test_title_scope_for_words_and_phrases(desk):
    # Four pieces mention sanctions; one has the word in its headline.
    assert titles("title:sanctions") == {"Sanctions on oil"}
    assert titles('title:"war crimes"') == {"War crimes must be tried"}
    assert titles('body:"war crimes"') == {"Letter on the tribunal question"}
    assert titles("title:(tribunal question)") == {"Letter on the tribunal question"}
    assert titles("title:sanction*") == {"Sanctions on oil"}


def test_body_scope_and_negated_scopes(desk):
    assert titles("body:nato") == {"Two voices on NATO"}
    assert titles("body:tribunal") == {"War crimes must be tried"}
    assert titles("sanctions -title:sanctions") == {
        "Two voices on NATO",
        "A winter of blackouts",
        "Letter on the tribunal question",
    }
    assert titles("title:sanctions OR title:nato") == {"Sanctions on oil", "Two voices on NATO"}


# --- Proximity -------------------------------------------------------------------------------------
def test_near_finds_words_close_together_in_either_order(desk):
    # "Sanctions hit oil": one word between. In the NATO piece forty words lie between them.
    assert titles("sanctions NEAR/1 oil") == {"Sanctions on oil"}
    assert titles("oil NEAR/1 sanctions") == {"Sanctions on oil"}
    assert titles('"oil sanctions"~3') == {"Sanctions on oil"}
    assert titles("sanctions NEAR/0 oil") == set()
    assert titles("sanctions NEAR oil") == {"Sanctions on oil"}  # within ten words


def test_near_with_a_phrase_and_inside_groups(desk):
    assert titles('"war crimes" NEAR/3 sanctions') == {"Letter on the tribunal question"}
    assert titles("(sanctions NEAR/1 oil) OR grid") == {
        "Sanctions on oil",
        "A winter of blackouts",
    }


def test_operators_hold_for_huge_result_sets_too(desk, monkeypatch):
    """Huge result sets take another path (ranked on a compact index); answers must agree."""
    from articles import search

    queries = [
        "title:sanctions",
        "sanctions -title:sanctions",
        "body:nato",
        "sanctions NEAR/1 oil",
        "(nato OR eu) sanctions",
        "sanctions OR (tribunal -war)",
        "oil -topic:energy",
    ]
    expected = {query: titles(query) for query in queries}
    monkeypatch.setattr(search, "FULL_RANK_LIMIT", 0)
    for query in queries:
        assert titles(query) == expected[query], query


# --- Limits ----------------------------------------------------------------------------------------
def test_thirty_filters_are_cut_to_the_limit_and_the_page_says_so(desk, client):
    names = [f"author:writer{i}" for i in range(30)]
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/articles/", {"q": " OR ".join(["author:kramer", *names])})
    assert response.status_code == 200
    assert f"Only the first {MAX_FILTERS} filters were applied." in response.content.decode()
    assert {a.title for a in response.context["page_obj"]} == {
        "Sanctions on oil",
        "Two voices on NATO",
    }
    # Every name is looked up together, not one query (and one scan of all names) each.
    lookups = [q for q in queries if "articles_author" in q["sql"] and "LIKE" in q["sql"]]
    assert len(lookups) <= 1


def test_too_many_words_are_cut_and_the_page_says_so(desk, client):
    query = "sanctions " + " ".join(f"word{i}" for i in range(30))
    response = client.get("/articles/", {"q": query})
    assert response.status_code == 200
    assert f"Only the first {MAX_TERMS} words and phrases were searched." in (
        response.content.decode()
    )


def test_a_proximity_beyond_the_limit_is_read_as_the_limit(desk, client):
    response = client.get("/articles/", {"q": "sanctions NEAR/500 oil"})
    assert "NEAR/500 was read as NEAR/10" in response.content.decode()


def test_the_search_tips_list_the_operators(db, client):
    page = client.get("/articles/").content.decode()
    for operator in ("title:sanctions", "NEAR/5", "-author:kramer", "(nato OR eu)"):
        assert operator in page


# --- Any input -------------------------------------------------------------------------------------
def test_parsed_operators_keep_words_as_letters_and_digits():
    parsed = parse_query('title:"a\' OR 1=1" (x"; DROP TABLE --) NEAR/3 -author:"x\' --"')
    words = [
        word for group in parsed.groups for term in group for word in getattr(term, "words", ())
    ]
    assert all(word.isalnum() for word in words)


TANGLED = [
    "((((",
    "))))",
    "-(",
    "title:(",
    "title:",
    "body:-",
    "-title:(nato OR",
    "NEAR",
    "NEAR/99999 oil",
    "oil NEAR/3",
    "NEAR/3 NEAR/3",
    '"a b"~',
    '"sanctions oil"~99999',
    "author:(kramer OR",
    "OR OR (OR) -OR",
    "-author: -topic: -genre:",
    "-(author:kramer OR -(topic:energy OR -genre:letter))",
    "(" * 200 + "nato" + ")" * 200,
    " ".join(f"author:x{i} OR" for i in range(60)),
]


@pytest.mark.parametrize("query", TANGLED, ids=lambda q: repr(q[:20]))
def test_tangled_operators_give_a_normal_page(desk, client, query):
    assert client.get("/articles/", {"q": query}).status_code == 200


OPERATOR_PIECES = st.sampled_from(
    [
        "(",
        ")",
        "OR",
        "NEAR",
        "NEAR/2",
        "-",
        '"',
        "~3",
        "title:",
        "body:",
        "author:",
        "topic:",
        "genre:letter",
        "-author:",
        "sanctions",
        "oil",
        "nato",
        "*",
        ":",
        " ",
    ]
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(OPERATOR_PIECES | st.text(max_size=4), max_size=14).map("".join))
def test_any_combination_of_operators_is_a_safe_query(desk, query):
    results = list(Article.objects.search(query)[:5])
    assert all(isinstance(a, Article) for a in results)
    assert Article.objects.search(query).count() >= len(results)
