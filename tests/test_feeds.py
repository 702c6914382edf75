"""Atom feeds: latest, search, per author, topic and outlet; parsed as XML, never trusted."""

from datetime import date
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Author, Publisher, Topic
from articles.search import update_search_index
from tests.factories import (
    HOSTILE,
    make_article,
    make_author,
    make_hostile_article,
    make_publisher,
    make_topic,
)

ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(client, url: str) -> ElementTree.Element:
    """The feed at `url`, parsed; fails unless it is a well-formed Atom feed."""
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None  # entries may have no author
    for entry in feed.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{required}") is not None, required
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
    return feed


def entry_titles(feed: ElementTree.Element) -> list[str]:
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


def link(feed: ElementTree.Element, rel: str) -> str:
    return feed.find(f"{ATOM}link[@rel='{rel}']").get("href")


class Tags(HTMLParser):
    """The start tags of an HTML fragment (a feed summary)."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


@pytest.fixture
def archive(db):
    kramer = make_author("David J. Kramer")
    doe = make_author("Jane Doe")
    topic = make_topic("Sanctions policy")
    outlet = make_publisher("Baltic Ledger")
    articles = [
        make_article(
            "Sanctions are working",
            body="The numbers are plain. Sanctions bite.",
            authors=[kramer],
            topics=[topic],
            publisher=outlet,
            published_on=date(2022, 3, 10),
        ),
        make_article(
            "A winter of blackouts",
            body="The grid held.",
            standfirst="How a country kept the lights on.",
            authors=[doe, kramer],
            published_on=date(2022, 6, 1),
        ),
        make_article("Undated piece on sanctions", published_on=None, topics=[topic]),
        make_article("Hidden sanctions piece", body="Sanctions.", topics=[topic], status="hidden"),
    ]
    update_search_index(a.pk for a in articles)
    return {"kramer": kramer, "doe": doe, "topic": topic, "outlet": outlet, "articles": articles}


@pytest.mark.django_db
def test_latest_feed_lists_published_articles_newest_first(client, archive):
    feed = fetch(client, reverse("articles:feed"))
    assert entry_titles(feed) == [
        "A winter of blackouts",
        "Sanctions are working",
        "Undated piece on sanctions",
    ]
    assert feed.findtext(f"{ATOM}title") == "Commentary Archive: latest"
    assert link(feed, "alternate") == "http://testserver/articles/"
    assert link(feed, "self") == "http://testserver/articles/feed/"


@pytest.mark.django_db
def test_entries_carry_links_dates_authors_topics_and_summaries(client, archive):
    feed = fetch(client, reverse("articles:feed"))
    winter, working, undated = feed.findall(f"{ATOM}entry")
    assert link(winter, "alternate").endswith(archive["articles"][1].get_absolute_url())
    assert winter.findtext(f"{ATOM}published") == "2022-06-01T00:00:00+00:00"
    assert winter.findtext(f"{ATOM}author/{ATOM}name") == "Jane Doe, David J. Kramer"
    assert winter.findtext(f"{ATOM}summary") == "How a country kept the lights on."
    assert winter.find(f"{ATOM}summary").get("type") == "html"
    assert [c.get("term") for c in working.findall(f"{ATOM}category")] == ["Sanctions policy"]
    assert working.findtext(f"{ATOM}summary") == "The numbers are plain. Sanctions bite."
    assert undated.find(f"{ATOM}published") is None
    assert undated.find(f"{ATOM}author") is None


@pytest.mark.django_db
def test_search_feed_mirrors_the_search_page_newest_first(client, archive):
    url = reverse("articles:feed") + "?q=sanctions&author=&page=2"
    feed = fetch(client, url)
    assert entry_titles(feed) == ["Sanctions are working", "Undated piece on sanctions"]
    assert feed.findtext(f"{ATOM}title") == "Commentary Archive: search for “sanctions”"
    assert link(feed, "alternate") == "http://testserver/articles/?q=sanctions"
    assert link(feed, "self") == "http://testserver/articles/feed/?q=sanctions"
    summary = feed.find(f"{ATOM}entry/{ATOM}summary").text
    assert Tags(summary).tags == ["mark"]  # the match is highlighted, nothing else is markup


@pytest.mark.django_db
def test_search_feed_takes_every_filter(client, archive):
    feed = fetch(
        client, reverse("articles:feed") + "?q=sanctions&topic=sanctions-policy&sort=oldest"
    )
    assert entry_titles(feed) == ["Sanctions are working", "Undated piece on sanctions"]
    assert "topic sanctions-policy" in feed.findtext(f"{ATOM}title")
    feed = fetch(client, reverse("articles:feed") + "?date_after=2022-04")
    assert entry_titles(feed) == ["A winter of blackouts"]
    feed = fetch(client, reverse("articles:feed") + "?q=zzzzqqq")
    assert entry_titles(feed) == []
    feed = fetch(client, reverse("articles:feed") + "?sort=bogus")
    assert entry_titles(feed) == []  # invalid input lists nothing, as the list page does
    feed = fetch(client, reverse("articles:feed") + "?author=nobody-known")
    assert entry_titles(feed) == []


@pytest.mark.django_db
def test_entity_feeds(client, archive):
    feed = fetch(client, reverse("articles:author-feed", kwargs={"slug": "david-j-kramer"}))
    assert entry_titles(feed) == ["A winter of blackouts", "Sanctions are working"]
    assert feed.findtext(f"{ATOM}title") == "Commentary Archive: articles by David J. Kramer"
    assert link(feed, "alternate") == "http://testserver/authors/david-j-kramer/"
    feed = fetch(client, reverse("articles:topic-feed", kwargs={"slug": "sanctions-policy"}))
    assert entry_titles(feed) == ["Sanctions are working", "Undated piece on sanctions"]
    feed = fetch(client, reverse("articles:publisher-feed", kwargs={"slug": "baltic-ledger"}))
    assert entry_titles(feed) == ["Sanctions are working"]
    feed = fetch(
        client, reverse("articles:author-feed", kwargs={"slug": "david-j-kramer"}) + "?q=grid"
    )
    assert entry_titles(feed) == ["A winter of blackouts"]


@pytest.mark.django_db
def test_entity_feeds_404_for_unknown_or_hidden_only_entities(client, archive):
    ghost = make_author("Ghost Writer")
    make_article("Hidden only", authors=[ghost], status="hidden")
    for name, slug in [
        ("articles:author-feed", "nobody"),
        ("articles:author-feed", ghost.slug),
        ("articles:topic-feed", "no-topic"),
        ("articles:publisher-feed", "no-outlet"),
    ]:
        assert client.get(reverse(name, kwargs={"slug": slug})).status_code == 404


@pytest.mark.django_db
def test_hidden_articles_stay_out_of_every_feed(client, archive):
    urls = [
        reverse("articles:feed"),
        reverse("articles:feed") + "?q=hidden",
        reverse("articles:topic-feed", kwargs={"slug": "sanctions-policy"}),
    ]
    for url in urls:
        assert "Hidden sanctions piece" not in entry_titles(fetch(client, url))


@pytest.mark.django_db
def test_hostile_text_stays_text_in_feeds(client):
    article = make_hostile_article()
    update_search_index([article.pk])
    author = Author.objects.get(articles=article)
    topic = Topic.objects.get(articles=article)
    publisher = Publisher.objects.get(articles=article)
    urls = [
        reverse("articles:feed"),
        reverse("articles:feed") + "?q=hostile",
        reverse("articles:feed") + "?q=%3Cscript%3Ealert(1)%3C/script%3E&topic=%22%3E%3Cimg%3E",
        reverse("articles:author-feed", kwargs={"slug": author.slug}),
        reverse("articles:topic-feed", kwargs={"slug": topic.slug}),
        reverse("articles:publisher-feed", kwargs={"slug": publisher.slug}),
    ]
    for url in urls:
        feed = fetch(client, url)
        assert b"javascript:" not in client.get(url).content
        for entry in feed.findall(f"{ATOM}entry"):
            # Titles are Atom text: shown as written, never parsed as markup.
            assert entry.findtext(f"{ATOM}title") == f"Hostile headline {HOSTILE} </script><!--"
            assert entry.findtext(f"{ATOM}author/{ATOM}name") == f"Mallory {HOSTILE}"
            # Summaries are HTML: escaped text, with at most the search highlight as markup.
            summary = entry.findtext(f"{ATOM}summary")
            assert set(Tags(summary).tags) <= {"mark"}, summary
            assert "{{ 7|add:35 }}" in summary
            assert entry.find(f"{ATOM}category").get("term") == f"Topic {HOSTILE}"


@pytest.mark.django_db
def test_feed_query_counts_do_not_grow_with_the_number_of_entries(client):
    topic, author = make_topic("Counted"), make_author("Counted Author")

    def add(count):
        for _ in range(count):
            article = make_article(
                body="Sanctions again.", authors=[author, make_author()], topics=[topic]
            )
            update_search_index([article.pk])

    urls = [
        reverse("articles:feed"),
        reverse("articles:feed") + "?q=sanctions",
        reverse("articles:author-feed", kwargs={"slug": author.slug}),
        reverse("articles:topic-feed", kwargs={"slug": topic.slug}) + "?q=sanctions",
    ]

    def counts():
        result = {}
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            result[url] = len(queries)
        return result

    add(5)
    at_5 = counts()
    add(20)
    assert counts() == at_5
