"""Hidden stays hidden: no public surface reveals a hidden article or a name only it carries."""

import io
import json

import pytest
from django.core.management import call_command

from articles.models import Status
from articles.search import suggest, update_search_index
from tests.factories import make_article, make_author, make_capture, make_publisher, make_topic

pytestmark = pytest.mark.django_db

# Every name and the title of the hidden article carry this word, and nothing public does.
SECRET = "quillfeather"


@pytest.fixture
def archive():
    public_author, public_topic = (
        make_author("Amara Okafor"),
        make_topic("Harbour sanctions", slug="harbour-sanctions"),
    )
    public_outlet = make_publisher("The Harbour Herald")
    published = make_article(
        "Sanctions that bite",
        slug="sanctions-that-bite",
        body="Sanctions work when they are enforced at the ports.",
        authors=[public_author],
        topics=[public_topic],
        publisher=public_outlet,
    )
    hidden_author = make_author("Zbigniew Quillfeather", slug="zbigniew-quillfeather")
    hidden_topic = make_topic("Quillfeather doctrine", slug="quillfeather-doctrine")
    hidden_outlet = make_publisher("Quillfeather Gazette", slug="quillfeather-gazette")
    hidden = make_article(
        "Quillfeather on sanctions",
        slug="quillfeather-on-sanctions",
        body="Sanctions work when they are enforced at the ports, says Quillfeather.",
        # Shared with the public article too: the shared names must still be counted right.
        authors=[hidden_author, public_author],
        topics=[hidden_topic, public_topic],
        publisher=hidden_outlet,
        status=Status.HIDDEN,
    )
    make_capture(hidden)
    update_search_index([published.pk, hidden.pk])
    return {"published": published, "hidden": hidden}


def assert_secret_absent(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    text = response.content.decode()
    assert SECRET not in text.lower(), url
    return text


PUBLIC_PAGES = [
    "/",
    "/articles/",
    "/articles/?q=sanctions",
    "/articles/?q=ports&sort=newest",
    "/articles/sanctions-that-bite/",
    "/authors/",
    "/topics/",
    "/publishers/",
    "/authors/amara-okafor/",
    "/topics/harbour-sanctions/",
    "/articles/feed/",
    "/articles/feed/?q=sanctions",
    "/authors/amara-okafor/feed/",
    "/topics/harbour-sanctions/feed/",
    "/sitemap.xml",
    "/sitemap-articles.xml",
    "/sitemap-authors.xml",
    "/sitemap-topics.xml",
    "/sitemap-publishers.xml",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_no_public_page_names_the_hidden_article_or_its_own_names(url, client, archive):
    assert_secret_absent(client, url)


@pytest.mark.parametrize(
    "query",
    ["quilfeather", "quillfeathr sanctions", "author:quilfeather", "topic:quilfeather doctrine"],
)
def test_did_you_mean_never_suggests_a_name_found_only_on_hidden_articles(query, client, archive):
    assert SECRET not in suggest(query).lower()
    text = assert_secret_absent(client, f"/articles/?q={query}")
    assert "Did you mean" not in text


def test_did_you_mean_still_corrects_a_public_name(archive):
    # The control: the same kind of typo in a public name is corrected.
    assert suggest("okafr") == "okafor"


@pytest.mark.parametrize(
    "url",
    [
        "/authors/?name=quill",
        "/topics/?name=quillfeather",
        "/publishers/?name=gazette",
        "/articles/?author=zbigniew-quillfeather",
        "/articles/?topic=quillfeather-doctrine",
        "/articles/?publisher=quillfeather-gazette",
        "/articles/feed/?author=zbigniew-quillfeather",
        "/articles/feed/?q=quillfeather",
    ],
)
def test_filters_and_indexes_narrowed_to_a_hidden_name_find_nothing(url, client, archive):
    # The page may echo what the visitor typed; it must list nothing for it.
    response = client.get(url)
    assert response.status_code == 200
    if "/feed/" in url:
        assert b"<entry>" not in response.content
    else:
        assert list(response.context["object_list"]) == []


@pytest.mark.parametrize(
    "url",
    [
        "/articles/quillfeather-on-sanctions/",
        "/articles/quillfeather-on-sanctions/capture/",
        "/articles/quillfeather-on-sanctions/cite.bib",
        "/authors/zbigniew-quillfeather/",
        "/authors/zbigniew-quillfeather/feed/",
        "/topics/quillfeather-doctrine/",
        "/topics/quillfeather-doctrine/feed/",
        "/publishers/quillfeather-gazette/",
        "/publishers/quillfeather-gazette/feed/",
    ],
)
def test_pages_of_the_hidden_article_and_its_own_names_are_not_found(url, client, archive):
    assert client.get(url).status_code == 404


def test_counts_leave_hidden_articles_and_their_own_names_out(client, archive):
    totals = client.get("/").context["totals"]
    assert (totals["articles"], totals["authors"], totals["topics"], totals["publishers"]) == (
        1,
        1,
        1,
        1,
    )
    authors = client.get("/authors/").context["object_list"]
    assert [(a.name, a.article_count) for a in authors] == [("Amara Okafor", 1)]
    facets = client.get("/articles/?q=sanctions").context["facets"]
    assert [(f["name"], f["count"]) for f in facets["authors"]] == [("Amara Okafor", 1)]
    assert [(f["name"], f["count"]) for f in facets["topics"]] == [("Harbour sanctions", 1)]
    assert [f["name"] for f in facets["publishers"]] == ["The Harbour Herald"]


def test_the_default_export_leaves_the_hidden_article_out(archive):
    stdout = io.StringIO()
    call_command("export_articles", stdout=stdout, stderr=io.StringIO())

    assert [json.loads(line)["slug"] for line in stdout.getvalue().splitlines()] == [
        "sanctions-that-bite"
    ]
    assert SECRET not in stdout.getvalue().lower()
