"""Genre and language where readers and editors see them: facets, filters, pages, feeds, admin."""

from datetime import date

import pytest
from django.urls import reverse

from articles.importers.pipeline import reextract_capture
from articles.models import Article
from articles.search import facet_counts, update_search_index
from tests.factories import make_article, make_author, make_capture, make_publisher, make_topic
from tests.test_admin import change_url, changelist_url, edit
from tests.test_views import Page, add_articles, count_queries, page, result_titles

DUMP = "Fund the buses\n\nBy Ana Ortega\n\n" + "\n\n".join(
    [
        "The city has cut three bus routes this year without asking the riders who use them.",
        "The savings are small, and the cost to the outer districts will be large and lasting.",
        "There is still time to reverse the decision and to plan the network properly.",
    ]
)


def provenance(source: str, *, inferred: bool) -> dict:
    return {"genre": {"source": source, "inferred": inferred}}


@pytest.fixture
def shelf(db):
    """Pieces of each kind from one outlet and two writers, in English and Spanish."""
    ortega, lind = make_author("Ana Ortega"), make_author("Per Lind")
    herald = make_publisher("The Harbour Herald")
    other = make_publisher("Other Outlet")
    buses = make_topic("Buses")
    articles = {
        "oped": make_article(
            "Fund the buses",
            body="Buses carry the city. Fund them.",
            authors=[ortega],
            publisher=herald,
            topics=[buses],
            genre="opinion",
            provenance=provenance("signed piece", inferred=True),
            published_on=date(2024, 3, 1),
        ),
        "column": make_article(
            "Trams are not the answer",
            body="Buses again, and trams.",
            authors=[lind],
            publisher=other,
            genre="opinion",
            provenance=provenance("section label “Column”", inferred=False),
            published_on=date(2024, 2, 1),
        ),
        "editorial": make_article(
            "The council must think again on buses",
            body="We have said it before: the buses matter.",
            publisher=herald,
            genre="editorial",
            provenance=provenance("section label “Editorial”", inferred=False),
            published_on=date(2024, 1, 15),
        ),
        "letter": make_article(
            "Los autobuses son nuestra vida",
            body="Escribo como usuaria de los autobuses de la ciudad.",
            authors=[ortega],
            publisher=herald,
            genre="letter",
            language="es",
            provenance=provenance("section label “Cartas al director”", inferred=False),
            published_on=date(2024, 1, 10),
        ),
        "unknown": make_article(
            "3:1",
            slug="three-one",
            body="1-0, 2-0, 2-1, 3-1.",
            language="",
            published_on=date(2023, 12, 1),
        ),
    }
    update_search_index(a.pk for a in articles.values())
    return {**articles, "ortega": ortega, "herald": herald, "buses": buses}


# --- Facet ------------------------------------------------------------------------------------
def test_the_list_counts_genres_and_links_each_to_its_filter(client, shelf):
    parsed = page(client, reverse("articles:list"))

    assert "Genres" in parsed.text
    assert "Op-ed / column (2)" in parsed.text
    assert "Editorial (1)" in parsed.text
    assert "Letter to the editor (1)" in parsed.text
    assert "?genre=editorial" in parsed.links()


def test_a_search_counts_the_genres_of_its_matches(client, shelf):
    parsed = page(client, reverse("articles:list") + "?q=trams")

    assert "Op-ed / column (1)" in parsed.text
    assert "Editorial (" not in parsed.text
    assert "?q=trams&genre=opinion" in parsed.links()


def test_genre_facet_counts_the_matches_on_both_databases(shelf):
    facets = facet_counts(Article.objects.search("buses"))

    assert facets["genres"] == [
        {"name": "Op-ed / column", "slug": "opinion", "count": 2},
        {"name": "Editorial", "slug": "editorial", "count": 1},
    ]


# --- Filter -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?genre=editorial", ["The council must think again on buses"]),
        ("?genre=opinion", ["Fund the buses", "Trams are not the answer"]),
        ("?genre=letters", ["Los autobuses son nuestra vida"]),  # a label, not only the value
        ("?genre=opinion&q=trams", ["Trams are not the answer"]),
        ("?q=genre:editorial", ["The council must think again on buses"]),
        ("?q=buses genre:op-ed", ["Fund the buses", "Trams are not the answer"]),
        ("?q=genre:tribuna", ["Fund the buses", "Trams are not the answer"]),
        ("?genre=gossip", []),  # names no genre: nothing, and no error
        ("?genre=gossip&q=buses", []),
        ("?genre=", None),
    ],
)
def test_the_genre_filter_narrows_the_list(client, shelf, query, expected):
    titles = result_titles(client, query)
    if expected is None:  # an empty value is no filter
        assert len(titles) == 5
    else:
        assert sorted(titles) == sorted(expected)


def test_entity_pages_take_the_genre_filter(client, shelf):
    url = shelf["herald"].get_absolute_url()
    parsed = page(client, url + "?genre=letter")
    assert "Los autobuses son nuestra vida" in parsed.text
    assert "Fund the buses" not in parsed.text

    author_page = page(client, shelf["ortega"].get_absolute_url() + "?genre=opinion")
    assert "Fund the buses" in author_page.text
    assert "Los autobuses son nuestra vida" not in author_page.text
    # The facet on an entity page counts its own articles.
    topic_page = page(client, shelf["buses"].get_absolute_url())
    assert "Op-ed / column (1)" in topic_page.text


def test_the_form_offers_genres_and_the_chip_removes_the_filter(client, shelf):
    response = client.get(reverse("articles:list") + "?genre=letter&q=autobuses")
    html = response.content.decode()
    parsed = Page(html)

    assert parsed.find_all("select", name="genre")
    assert parsed.find_all("option", value="editorial")
    assert parsed.find_all("option", value="letter", selected="")
    assert "Genre: Letter to the editor" in parsed.text
    assert "?q=autobuses" in parsed.links()  # the chip's remove link keeps the query


def test_feeds_take_the_genre_filter(client, shelf):
    body = client.get(reverse("articles:feed") + "?genre=editorial").content.decode()

    assert "The council must think again on buses" in body
    assert "Fund the buses" not in body


# --- The article page -------------------------------------------------------------------------
def test_the_article_page_shows_the_genre_and_marks_a_guess(client, shelf):
    guessed = page(client, shelf["oped"].get_absolute_url())
    assert "Genre Op-ed / column (inferred: signed piece)" in guessed.text
    assert "/articles/?genre=opinion" in guessed.links()

    stated = page(client, shelf["editorial"].get_absolute_url())
    assert "Genre Editorial" in stated.text
    assert "inferred" not in stated.text

    none = page(client, shelf["unknown"].get_absolute_url())
    assert "Genre" not in none.text


def test_article_text_carries_its_own_language(client, shelf):
    spanish = page(client, shelf["letter"].get_absolute_url())
    assert spanish.find_all("h1", lang="es")
    assert spanish.find_all("div", class_="prose", lang="es")
    assert spanish.find_all("html", lang="en")  # the site's own words stay English

    english = page(client, shelf["oped"].get_absolute_url())
    assert not [attrs for tag, attrs in english.tags if tag == "h1" and "lang" in attrs]

    unknown = page(client, shelf["unknown"].get_absolute_url())
    assert unknown.find_all("div", class_="prose", lang="")  # unknown, not English


def test_titles_in_lists_carry_their_language_when_it_is_not_the_pages(client, shelf):
    parsed = page(client, reverse("articles:list"))
    langs = {
        attrs.get("lang")
        for tag, attrs in parsed.tags
        if tag == "h3" and "card-title" in attrs.get("class", "")
    }

    assert parsed.find_all("h3", class_="card-title", lang="es")
    assert parsed.find_all("h3", class_="card-title", lang="")
    assert langs == {None, "es", ""}  # English titles carry none: the page is English


# --- Query counts -----------------------------------------------------------------------------
@pytest.mark.django_db
def test_genre_pages_do_not_add_queries_per_row(client):
    topic, publisher = make_topic("Counted topic"), make_publisher("Counted outlet")
    shared = make_author("Shared Author")

    def add(count):
        add_articles(count, topic=topic, publisher=publisher, shared=shared)
        for number, article in enumerate(Article.objects.filter(genre="")):
            article.genre = ["opinion", "letter", "editorial"][number % 3]
            article.save(update_fields=["genre"])

    add(5)
    urls = [
        reverse("articles:list") + "?genre=opinion",
        reverse("articles:list") + "?q=sanctions&genre=letter",
        reverse("articles:list") + "?q=genre:editorial",
        publisher.get_absolute_url() + "?genre=opinion",
        reverse("articles:feed") + "?genre=opinion",
    ]
    at_5 = {url: count_queries(client, url) for url in urls}
    add(20)
    at_25 = {url: count_queries(client, url) for url in urls}

    assert at_25 == at_5


# --- Admin ------------------------------------------------------------------------------------
@pytest.fixture
def editor_client(client, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "eda", password="a-long-editor-password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def test_an_editor_sets_the_genre_and_the_edit_is_locked(editor_client, shelf):
    article = shelf["oped"]
    make_capture(article, raw_text=DUMP)

    response = edit(editor_client, article, genre="analysis")

    assert response.status_code == 302, response.context and response.context["errors"]
    article.refresh_from_db()
    assert article.genre == "analysis"
    assert "genre" in article.locked_fields
    assert article.provenance["genre"] == {"source": "editor", "inferred": False}
    # Re-extraction would classify the piece as a signed op-ed again: the lock keeps the edit.
    assert reextract_capture(article.captures.get()).outcome != "failed"
    article.refresh_from_db()
    assert article.genre == "analysis"


def test_an_editor_can_leave_an_unknown_language_empty(editor_client, shelf):
    response = edit(editor_client, shelf["unknown"], title="Three goals to one")

    assert response.status_code == 302, response.context and response.context["errors"]
    shelf["unknown"].refresh_from_db()
    assert shelf["unknown"].language == ""


def test_an_editor_sets_a_language_code_and_nothing_else(editor_client, shelf):
    response = edit(editor_client, shelf["unknown"], language='en" onclick="x')
    assert response.status_code == 200
    assert "Enter a language code" in response.content.decode()

    assert edit(editor_client, shelf["unknown"], language="pt-BR").status_code == 302
    shelf["unknown"].refresh_from_db()
    assert shelf["unknown"].language == "pt-BR"
    assert "language" in shelf["unknown"].locked_fields


def test_the_change_list_filters_by_genre(editor_client, shelf):
    response = editor_client.get(changelist_url(Article) + "?genre__exact=letter")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Los autobuses son nuestra vida" in html
    assert "Fund the buses" not in html
    assert change_url(shelf["letter"]) in html


# --- Structured data and citations ------------------------------------------------------------
def test_structured_data_follows_the_genre_and_language(client, shelf):
    shelf["column"].genre = "analysis"
    shelf["column"].save()

    analysis = page(client, shelf["column"].get_absolute_url()).json_ld()[0]
    letter = page(client, shelf["letter"].get_absolute_url()).json_ld()[0]
    unknown = page(client, shelf["unknown"].get_absolute_url()).json_ld()[0]

    assert analysis["@type"] == "AnalysisNewsArticle"
    assert (letter["@type"], letter["inLanguage"]) == ("OpinionNewsArticle", "es")
    assert "inLanguage" not in unknown


def test_ris_states_a_known_language_only(client, shelf):
    def ris(article) -> str:
        url = reverse("articles:cite-ris", kwargs={"slug": article.slug})
        return client.get(url).content.decode()

    assert "LA  - es\r\n" in ris(shelf["letter"])
    assert "LA  -" not in ris(shelf["unknown"])


def test_genre_is_a_field_of_the_query_language():
    from articles.search.query import parse_query

    parsed = parse_query('buses genre:editorial genre:"letters to the editor"')

    assert parsed.genres == ["editorial", "letters to the editor"]
    assert parsed.words() == ["buses"]  # the genre is a filter, not a searched word
    assert parse_query("genre:letter").has_filters
