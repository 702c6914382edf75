"""The reader site: every page, filters and pagination, 404s, escaping and query counts."""

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from django.core.paginator import Paginator
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.views.defaults import server_error

from articles import selectors
from articles.models import Article, Author, Publisher, Status, Topic
from articles.pagination import CappedPaginator
from articles.search import update_search_index
from articles.templatetags.archive import page_window
from tests.factories import (
    HOSTILE,
    make_article,
    make_author,
    make_capture,
    make_hostile_article,
    make_publisher,
    make_topic,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


BLOCKS = {"p", "li", "div", "dt", "dd", "h1", "h2", "h3", "tr", "td", "th", "br", "section"}


class Page(HTMLParser):
    """A parsed page: its tags with attributes, its text, its script blocks."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.html = html
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text_parts: list[str] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self._script: dict[str, str] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        if tag in BLOCKS:
            self.text_parts.append(" ")
        if tag == "script":
            self._script = attributes
            self.scripts.append((attributes, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None
        if tag in BLOCKS:
            self.text_parts.append(" ")

    def handle_data(self, data):
        if self._script is not None:
            attributes, text = self.scripts[-1]
            self.scripts[-1] = (attributes, text + data)
        else:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_parts).split())

    def find_all(self, tag: str, **attributes) -> list[dict[str, str]]:
        return [
            attrs
            for name, attrs in self.tags
            if name == tag
            and all(attrs.get(k.rstrip("_").replace("_", "-")) == v for k, v in attributes.items())
        ]

    def links(self) -> list[str]:
        return [attrs.get("href", "") for name, attrs in self.tags if name == "a"]

    def json_ld(self) -> list[dict]:
        return [
            json.loads(text)
            for attrs, text in self.scripts
            if attrs.get("type") == "application/ld+json"
        ]


def page(client, url: str, status: int = 200) -> Page:
    response = client.get(url)
    assert response.status_code == status, f"{url}: {response.status_code}"
    return Page(response.content.decode())


@pytest.fixture
def archive(db):
    """A small archive: two authors, three topics, two outlets, dated and undated pieces."""
    kramer = make_author("David J. Kramer", bio="Managing Director at an institute.")
    doe = make_author("Jane Doe", bio="Columnist.")
    ghost = make_author("Ghost Writer", bio="Only ever wrote a hidden piece.")
    sanctions = make_topic("Sanctions policy")
    energy = Topic.objects.get(slug="energy")  # from the starter vocabulary
    unused = make_topic("Unused topic")
    ledger = make_publisher("Baltic Ledger", domain="ledger.example")
    hidden_outlet = make_publisher("Hidden Outlet")
    articles = {
        "march": make_article(
            "Sanctions are working",
            body="The numbers are plain.\n\nSanctions bite slowly.",
            authors=[kramer],
            topics=[sanctions],
            publisher=ledger,
            published_on=date(2022, 3, 10),
            source_url="https://ledger.example/sanctions-working",
        ),
        "june": make_article(
            "A winter of blackouts",
            body="The grid held. Energy prices rose.",
            authors=[doe, kramer],
            topics=[energy, sanctions],
            publisher=ledger,
            published_on=date(2022, 6, 1),
            date_precision="month",
        ),
        "old": make_article(
            "Deterrence must be credible",
            body="Deterrence fails when it is not credible.",
            authors=[doe],
            topics=[energy],
            published_on=date(2021, 1, 5),
            date_precision="year",
        ),
        "undated": make_article(
            "An undated reflection",
            body="Time is hard to pin down.",
            published_on=None,
            date_precision="",
        ),
        "hidden": make_article(
            "Withdrawn sanctions piece",
            body="Sanctions sanctions sanctions.",
            authors=[ghost],
            topics=[sanctions, unused],
            publisher=hidden_outlet,
            status="hidden",
        ),
    }
    make_capture(articles["march"], raw_text="Captured <b>page</b> text")
    make_capture(articles["hidden"], raw_text="Hidden capture")
    update_search_index(a.pk for a in articles.values())
    return {
        **articles,
        "kramer": kramer,
        "doe": doe,
        "ghost": ghost,
        "sanctions": sanctions,
        "energy": energy,
        "unused": unused,
        "ledger": ledger,
        "hidden_outlet": hidden_outlet,
    }


# --- Every page answers ---------------------------------------------------------------------------
PAGES = [
    ("articles:home", {}),
    ("articles:list", {}),
    ("articles:author-list", {}),
    ("articles:topic-list", {}),
    ("articles:publisher-list", {}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_index_pages_answer_and_link_the_navigation(client, archive, name, kwargs):
    parsed = page(client, reverse(name, kwargs=kwargs))
    links = parsed.links()
    for target in ("articles:list", "articles:author-list", "articles:topic-list"):
        assert reverse(target) in links
    assert parsed.find_all("a", class_="skip-link", href="#main")
    assert parsed.find_all("main", id="main")


@pytest.mark.django_db
def test_entity_pages_answer(client, archive):
    for entity in (archive["kramer"], archive["sanctions"], archive["ledger"]):
        parsed = page(client, entity.get_absolute_url())
        assert entity.name in parsed.text
        assert "Sanctions are working" in parsed.text


@pytest.mark.django_db
def test_empty_archive_pages_answer(client):
    Article.objects.all().delete()
    for name in ("articles:home", "articles:list", "articles:author-list"):
        assert client.get(reverse(name)).status_code == 200
    assert "No dated articles to chart" in page(client, reverse("articles:home")).text


# --- Hidden articles and 404s ---------------------------------------------------------------------
@pytest.mark.django_db
def test_hidden_articles_appear_on_no_public_page(client, archive):
    hidden = archive["hidden"]
    urls = [
        reverse("articles:home"),
        reverse("articles:list"),
        reverse("articles:list") + "?q=sanctions",
        reverse("articles:list") + "?q=withdrawn",
        archive["sanctions"].get_absolute_url(),
        reverse("articles:topic-list"),
        reverse("articles:author-list"),
        reverse("articles:publisher-list"),
        reverse("articles:feed"),
        reverse("articles:feed") + "?q=withdrawn",
        reverse("sitemap-section", kwargs={"section": "articles"}),
    ]
    for url in urls:
        content = client.get(url).content.decode()
        assert hidden.title not in content, url
        assert hidden.slug not in content, url
    for name in (
        "articles:detail",
        "articles:capture",
        "articles:cite-bibtex",
        "articles:cite-ris",
    ):
        assert client.get(reverse(name, kwargs={"slug": hidden.slug})).status_code == 404


@pytest.mark.django_db
def test_entities_of_hidden_articles_only_are_not_public(client, archive):
    for entity in (archive["ghost"], archive["hidden_outlet"], archive["unused"]):
        assert client.get(entity.get_absolute_url()).status_code == 404
    index_text = page(client, reverse("articles:author-list")).text
    assert "Ghost Writer" not in index_text
    assert "Hidden Outlet" not in page(client, reverse("articles:publisher-list")).text
    assert "Unused topic" not in page(client, reverse("articles:topic-list")).text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name",
    [
        "articles:detail",
        "articles:capture",
        "articles:cite-bibtex",
        "articles:cite-ris",
        "articles:author-detail",
        "articles:topic-detail",
        "articles:publisher-detail",
        "articles:author-feed",
        "articles:topic-feed",
        "articles:publisher-feed",
    ],
)
def test_unknown_slugs_are_friendly_404s(client, archive, name):
    response = client.get(reverse(name, kwargs={"slug": "no-such-thing"}))
    assert response.status_code == 404
    if not name.endswith("feed") and name not in ("articles:capture",):
        assert "We could not find that page" in response.content.decode()


@pytest.mark.django_db
def test_not_found_page_uses_the_site_layout(client):
    parsed = page(client, "/no/such/page/", status=404)
    assert "We could not find that page" in parsed.text
    assert reverse("articles:list") in parsed.links()
    assert parsed.find_all("link", rel="stylesheet")


@pytest.mark.django_db
def test_server_error_page_renders_without_a_request_context():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    parsed = Page(response.content.decode())
    assert "Something went wrong on our side" in parsed.text
    assert parsed.find_all("link", rel="stylesheet")


@pytest.mark.django_db
def test_article_without_capture_has_no_capture_link_and_capture_404s(client, archive):
    article = archive["june"]
    parsed = page(client, article.get_absolute_url())
    assert reverse("articles:capture", kwargs={"slug": article.slug}) not in parsed.links()
    assert client.get(reverse("articles:capture", kwargs={"slug": article.slug})).status_code == 404


# --- List and search ------------------------------------------------------------------------------
def result_titles(client, query: str) -> list[str]:
    html = client.get(reverse("articles:list") + query).content.decode()
    results = html.split('id="results-heading"', 1)[1]
    return re.findall(r'<h3 class="card-title"[^>]*><a href="[^"]*">([^<]*)</a>', results)


@pytest.mark.django_db
def test_browsing_lists_published_articles_newest_first_undated_last(client, archive):
    assert result_titles(client, "") == [
        "A winter of blackouts",
        "Sanctions are working",
        "Deterrence must be credible",
        "An undated reflection",
    ]


@pytest.mark.django_db
def test_cards_show_authors_outlet_and_date_at_its_precision(client, archive):
    parsed = page(client, reverse("articles:list"))
    text = parsed.text
    assert "10 March 2022" in text
    assert "June 2022" in text and "1 June 2022" not in text
    assert "2021" in text and "5 January 2021" not in text
    assert "date unknown" in text
    assert parsed.find_all("time", datetime="2022-06")
    assert parsed.find_all("time", datetime="2021")
    links = parsed.links()
    assert archive["kramer"].get_absolute_url() in links
    assert archive["ledger"].get_absolute_url() in links


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?topic=energy", ["A winter of blackouts", "Deterrence must be credible"]),
        ("?author=jane-doe", ["A winter of blackouts", "Deterrence must be credible"]),
        ("?author=kramer", ["A winter of blackouts", "Sanctions are working"]),
        ("?publisher=baltic-ledger", ["A winter of blackouts", "Sanctions are working"]),
        ("?date_after=2022-04", ["A winter of blackouts"]),
        ("?date_before=2021", ["Deterrence must be credible"]),
        ("?date_after=2022&date_before=2022-05", ["Sanctions are working"]),
        ("?topic=energy&author=kramer", ["A winter of blackouts"]),
        ("?topic=energy&sort=oldest", ["Deterrence must be credible", "A winter of blackouts"]),
        ("?q=sanctions", ["Sanctions are working", "A winter of blackouts"]),
        ("?q=sanctions&sort=newest", ["A winter of blackouts", "Sanctions are working"]),
        ("?q=sanctions&topic=energy", ["A winter of blackouts"]),
        (
            "?q=sanctions&author=&topic=&date_after=",
            ["Sanctions are working", "A winter of blackouts"],
        ),
        ("?q=deterrence&date_after=2022", []),
        ("?sort=bogus", []),  # invalid input: an empty result, never a 500
        (
            "?date_after=not-a-date",
            [
                "A winter of blackouts",
                "Sanctions are working",
                "Deterrence must be credible",
                "An undated reflection",
            ],
        ),
    ],
)
def test_filters_and_search_combine(client, archive, query, expected):
    assert result_titles(client, query) == expected


@pytest.mark.django_db
def test_search_results_show_highlighted_snippets_and_count(client, archive):
    response = client.get(reverse("articles:list") + "?q=grid")
    html = response.content.decode()
    assert "<mark>grid</mark>" in html
    parsed = Page(html)
    assert "1 article" in parsed.text
    assert "Search results for “grid”" in parsed.text


@pytest.mark.django_db
def test_empty_search_explains_and_suggests(client, archive):
    parsed = page(client, reverse("articles:list") + "?q=sanctoins")
    assert "No articles found" in parsed.text
    assert "Nothing in the archive matches “sanctoins”" in parsed.text
    assert "Did you mean" in parsed.text
    assert "?q=sanctions" in parsed.links()
    assert "Check the spelling" in parsed.text


@pytest.mark.django_db
def test_empty_result_with_filters_offers_to_drop_them(client, archive):
    parsed = page(client, reverse("articles:list") + "?q=deterrence&topic=sanctions-policy")
    assert "Search without filters" in parsed.text
    assert "?q=deterrence" in parsed.links()


@pytest.mark.django_db
def test_facets_are_links_with_counts_that_keep_the_query(client, archive):
    parsed = page(client, reverse("articles:list") + "?q=sanctions")
    links = parsed.links()
    assert "?q=sanctions&topic=sanctions-policy" in links
    assert "?q=sanctions&topic=energy" in links
    assert "?q=sanctions&author=david-j-kramer" in links
    assert "?q=sanctions&publisher=baltic-ledger" in links
    assert "?q=sanctions&date_after=2022&date_before=2022" in links
    assert "Sanctions policy (2)" in parsed.text
    assert "Energy (1)" in parsed.text


@pytest.mark.django_db
def test_active_filters_can_be_removed_one_by_one(client, archive):
    parsed = page(client, reverse("articles:list") + "?q=sanctions&topic=energy&author=kramer")
    links = parsed.links()
    assert "?q=sanctions&author=kramer" in links  # remove the topic
    assert "?q=sanctions&topic=energy" in links  # remove the author
    assert "?q=sanctions" in links  # clear all filters
    assert parsed.find_all("details", class_="filter-panel", open="")


@pytest.fixture
def many(db):
    topic = make_topic("Paged topic")
    other = make_topic("Other topic")
    for day in range(1, 26):
        make_article(f"Paged piece {day:02d}", topics=[topic], published_on=date(2023, 1, day))
    make_article("Off-topic piece", topics=[other], published_on=date(2023, 2, 1))
    return topic


@pytest.mark.django_db
def test_pagination_keeps_every_filter(client, many):
    url = reverse("articles:list") + "?topic=paged-topic&sort=oldest"
    first = page(client, url)
    assert len(result_titles(client, "?topic=paged-topic&sort=oldest")) == 20
    assert "25 articles, showing 1–20" in first.text
    assert "?topic=paged-topic&sort=oldest&page=2" in first.links()
    second = page(client, url + "&page=2")
    assert result_titles(client, "?topic=paged-topic&sort=oldest&page=2") == [
        f"Paged piece {day:02d}" for day in range(21, 26)
    ]
    assert "?topic=paged-topic&sort=oldest&page=1" in second.links()
    assert second.find_all("a", aria_current="page", href="?topic=paged-topic&sort=oldest&page=2")
    assert "Off-topic piece" not in second.text


@pytest.mark.django_db
def test_pages_out_of_range_are_404(client, many):
    assert client.get(reverse("articles:list") + "?page=99").status_code == 404
    assert client.get(reverse("articles:list") + "?page=abc").status_code == 404


@pytest.mark.django_db
def test_capped_result_counts_read_as_a_floor(client, many, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "cap", 21)
    parsed = page(client, reverse("articles:list") + "?topic=paged-topic")
    assert "21+ articles, showing 1–20" in parsed.text
    assert "?topic=paged-topic&page=2" in parsed.links()


@pytest.mark.django_db
def test_capped_pagination_links_no_last_page(many, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "cap", 21)
    paginator = CappedPaginator(Article.objects.order_by("pk"), 2)
    assert paginator.is_capped and paginator.num_pages == 11
    window = page_window(paginator.page(1))
    assert window == [1, 2, 3, paginator.ELLIPSIS]
    uncapped = Paginator(Article.objects.order_by("pk"), 2)  # 26 articles: 13 pages
    assert page_window(uncapped.page(1)) == [1, 2, 3, uncapped.ELLIPSIS, 13]


# --- Timeline -------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_monthly_counts_follow_the_queryset(archive):
    everything = selectors.monthly_counts(queryset=Article.objects.published())
    assert [(m.month, m.count) for m in everything] == [
        (date(2021, 1, 1), 1),
        (date(2022, 3, 1), 1),
        (date(2022, 6, 1), 1),
    ]
    searched = Article.objects.search("sanctions")
    assert [m.month for m in selectors.monthly_counts(queryset=searched, limit=10)] == [
        date(2022, 3, 1),
        date(2022, 6, 1),
    ]
    assert selectors.monthly_counts(queryset=Article.objects.none()) == []


@pytest.mark.django_db
def test_timeline_is_an_svg_with_a_text_alternative_following_the_filters(client, archive):
    html = client.get(reverse("articles:list") + "?topic=energy").content.decode()
    parsed = Page(html)
    svg = parsed.find_all("svg", role="img")
    assert len(svg) == 1 and svg[0]["aria-labelledby"] == "timeline-title"
    assert html.count('<rect class="bar"') == 2  # January 2021 and June 2022 only
    assert "2 dated articles from January 2021 to June 2022" in parsed.text
    assert "?topic=energy&date_after=2022-06&date_before=2022-06" in parsed.links()
    table = html.split('class="timeline-table"', 1)[1]
    assert "March 2022" not in table  # a sanctions-only month


@pytest.mark.django_db
def test_home_timeline_links_to_the_list(client, archive):
    parsed = page(client, reverse("articles:home"))
    assert "/articles/?date_after=2022-03&date_before=2022-03" in parsed.links()


# --- Home -------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_home_shows_latest_topics_authors_and_totals(client, archive):
    parsed = page(client, reverse("articles:home"))
    text = parsed.text
    assert "4 articles by 2 authors from 1 outlet, 2021–2022" in text
    assert text.index("A winter of blackouts") < text.index("Sanctions are working")
    assert "Sanctions policy (2)" in text
    assert "Energy (2)" in text
    assert "David J. Kramer 2 articles" in text
    links = parsed.links()
    assert archive["sanctions"].get_absolute_url() in links
    assert archive["doe"].get_absolute_url() in links
    assert "Withdrawn" not in text and "Ghost Writer" not in text


# --- Entity pages -----------------------------------------------------------------------------------
@pytest.mark.django_db
def test_author_page_shows_bio_count_articles_and_its_own_filters(client, archive):
    url = archive["kramer"].get_absolute_url()
    parsed = page(client, url)
    assert "Managing Director at an institute." in parsed.text
    assert "2 articles in the archive" in parsed.text
    assert reverse("articles:author-feed", kwargs={"slug": "david-j-kramer"}) in parsed.links()
    assert not parsed.find_all("input", name="author")  # fixed, not a form field
    assert "?author=david-j-kramer" not in parsed.links()  # no facet for itself
    html = client.get(url + "?topic=energy").content.decode()
    assert "A winter of blackouts" in html and "Sanctions are working" not in html
    html = client.get(url + "?q=numbers").content.decode()
    assert "Sanctions are working" in html and "A winter of blackouts" not in html


@pytest.mark.django_db
def test_author_page_ignores_an_author_parameter(client, archive):
    html = client.get(archive["kramer"].get_absolute_url() + "?author=jane-doe").content.decode()
    assert "Sanctions are working" in html  # Kramer's, not Doe's


@pytest.mark.django_db
def test_topic_and_outlet_pages_list_their_articles(client, archive):
    topic = page(client, archive["energy"].get_absolute_url())
    assert "Deterrence must be credible" in topic.text and "Sanctions are working" not in topic.text
    outlet = page(client, archive["ledger"].get_absolute_url())
    assert "ledger.example" in outlet.text
    assert "2 articles in the archive" in outlet.text
    assert "Deterrence must be credible" not in outlet.text


@pytest.mark.django_db
def test_entity_pages_paginate_with_their_filters(client, many):
    url = Topic.objects.get(slug="paged-topic").get_absolute_url()
    parsed = page(client, url + "?sort=oldest")
    assert "?sort=oldest&page=2" in parsed.links()
    second = page(client, url + "?sort=oldest&page=2")
    assert "Paged piece 25" in second.text and "Paged piece 01" not in second.text


@pytest.mark.django_db
def test_indexes_list_public_entities_with_counts_and_a_name_filter(client, archive):
    parsed = page(client, reverse("articles:author-list"))
    assert "2 authors" in parsed.text
    assert "David J. Kramer 2 articles" in parsed.text
    filtered = page(client, reverse("articles:author-list") + "?name=jane")
    assert "Jane Doe" in filtered.text and "David J. Kramer" not in filtered.text
    none = page(client, reverse("articles:author-list") + "?name=zzz")
    assert "No authors match “zzz”" in none.text
    topics = page(client, reverse("articles:topic-list"))
    assert "Energy 2 articles" in topics.text
    outlets = page(client, reverse("articles:publisher-list"))
    assert "Baltic Ledger 2 articles" in outlets.text and "ledger.example" in outlets.text


# --- Detail ------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_detail_shows_byline_bios_outlet_date_topics_and_paragraphs(client, archive):
    article = archive["june"]
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    parsed = Page(html)
    text = parsed.text
    assert "By Jane Doe and David J. Kramer" in text
    assert "Columnist." in text and "Managing Director at an institute." in text
    assert "June 2022" in text
    for entity in (archive["doe"], archive["kramer"], archive["ledger"], archive["energy"]):
        assert entity.get_absolute_url() in parsed.links()
    assert "<p>The grid held. Energy prices rose.</p>" in html
    assert "The original address was not recorded." in text


@pytest.mark.django_db
def test_detail_links_the_original_as_external_and_shows_archive_time(client, archive):
    article = archive["march"]
    parsed = page(client, article.get_absolute_url())
    (link,) = parsed.find_all("a", href="https://ledger.example/sanctions-working")
    assert set(link["rel"].split()) >= {"noopener", "noreferrer", "external"}
    assert "external" in link["class"]
    assert "Read the original at ledger.example (external site)" in parsed.text
    assert "Archived on" in parsed.text
    assert reverse("articles:capture", kwargs={"slug": article.slug}) in parsed.links()
    paragraphs = re.findall(
        r"<p>(.*?)</p>", client.get(article.get_absolute_url()).content.decode()
    )
    assert "The numbers are plain." in paragraphs and "Sanctions bite slowly." in paragraphs


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html,x",
        "ftp://x",
    ],
)
def test_only_web_addresses_become_original_links(client, url):
    article = make_article("Oddly linked", source_url=url)
    parsed = page(client, article.get_absolute_url())
    assert not [href for href in parsed.links() if not href.startswith(("/", "?", "#", "http"))]
    assert "The original address was not recorded." in parsed.text
    assert "isBasedOn" not in parsed.json_ld()[0]


@pytest.mark.django_db
def test_detail_carries_json_ld_open_graph_twitter_and_canonical(client, archive):
    article = archive["march"]
    parsed = page(client, article.get_absolute_url())
    canonical = f"http://testserver{article.get_absolute_url()}"
    assert parsed.find_all("link", rel="canonical", href=canonical)
    assert parsed.find_all("meta", property="og:type", content="article")
    assert parsed.find_all("meta", property="og:title", content=article.title)
    assert parsed.find_all("meta", property="og:url", content=canonical)
    assert parsed.find_all("meta", property="article:published_time", content="2022-03-10")
    assert parsed.find_all("meta", name="twitter:card", content="summary")
    assert parsed.find_all("meta", name="twitter:title", content=article.title)
    (data,) = parsed.json_ld()
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "OpinionNewsArticle"
    assert data["headline"] == "Sanctions are working"
    assert data["datePublished"] == "2022-03-10"
    assert data["author"][0]["name"] == "David J. Kramer"
    assert data["author"][0]["url"] == "http://testserver/authors/david-j-kramer/"
    assert data["publisher"] == {"@type": "Organization", "name": "Baltic Ledger"}
    assert data["isBasedOn"] == "https://ledger.example/sanctions-working"
    assert data["url"] == canonical


@pytest.mark.django_db
def test_json_ld_date_keeps_the_stated_precision(client, archive):
    (data,) = page(client, archive["june"].get_absolute_url()).json_ld()
    assert data["datePublished"] == "2022-06"
    (data,) = page(client, archive["undated"].get_absolute_url()).json_ld()
    assert "datePublished" not in data and "author" not in data


@pytest.mark.django_db
def test_detail_offers_citations_and_downloads(client, archive):
    article = archive["march"]
    parsed = page(client, article.get_absolute_url())
    text = parsed.text
    assert (
        "Kramer, D. J. (2022, March 10). Sanctions are working. Baltic Ledger. "
        "https://ledger.example/sanctions-working" in text
    )
    assert (
        "Kramer, David J. “Sanctions are working.” Baltic Ledger, 10 Mar. 2022, "
        "ledger.example/sanctions-working." in text
    )
    assert (
        "Kramer, David J. “Sanctions are working.” Baltic Ledger, March 10, 2022. "
        "https://ledger.example/sanctions-working." in text
    )
    links = parsed.links()
    assert reverse("articles:cite-bibtex", kwargs={"slug": article.slug}) in links
    assert reverse("articles:cite-ris", kwargs={"slug": article.slug}) in links


@pytest.mark.django_db
def test_citation_downloads_are_attachments(client, archive):
    article = archive["june"]
    bib = client.get(reverse("articles:cite-bibtex", kwargs={"slug": article.slug}))
    assert bib["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert bib["Content-Disposition"] == f'attachment; filename="{article.slug}.bib"'
    body = bib.content.decode()
    assert body.startswith("@article{doe2022winter,")
    assert "author = {Doe, Jane and Kramer, David J.}" in body
    assert "month = jun," in body
    ris = client.get(reverse("articles:cite-ris", kwargs={"slug": article.slug}))
    assert ris["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert ris["Content-Disposition"] == f'attachment; filename="{article.slug}.ris"'
    lines = ris.content.decode().split("\r\n")
    assert lines[0] == "TY  - NEWS"
    assert "AU  - Doe, Jane" in lines and "AU  - Kramer, David J." in lines
    assert "DA  - 2022/06//" in lines
    assert lines[-2:] == ["ER  - ", ""]


@pytest.mark.django_db
def test_related_articles_share_authors_or_topics(client, archive):
    parsed = page(client, archive["march"].get_absolute_url())
    related = parsed.html.split('id="related-heading"', 1)[1]
    assert "A winter of blackouts" in related  # shared author and topic
    assert "Deterrence must be credible" not in related  # shares nothing
    assert "Withdrawn sanctions piece" not in related  # hidden
    assert "An undated reflection" not in related
    assert [a.title for a in selectors.related_articles(article=archive["old"])] == [
        "A winter of blackouts"
    ]
    assert list(selectors.related_articles(article=archive["undated"])) == []


@pytest.mark.django_db
def test_capture_is_plain_text_and_unchanged(client, archive):
    response = client.get(reverse("articles:capture", kwargs={"slug": archive["march"].slug}))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response.content.decode() == "Captured <b>page</b> text"


# --- Feeds links, sitemap, robots ------------------------------------------------------------------
@pytest.mark.django_db
def test_pages_advertise_their_feeds(client, archive):
    parsed = page(client, reverse("articles:list") + "?q=sanctions&page=1")
    feeds = [a["href"] for a in parsed.find_all("link", rel="alternate")]
    assert "/articles/feed/?q=sanctions" in feeds
    parsed = page(client, archive["energy"].get_absolute_url())
    feeds = [a["href"] for a in parsed.find_all("link", rel="alternate")]
    assert reverse("articles:topic-feed", kwargs={"slug": "energy"}) in feeds


@pytest.mark.django_db
def test_sitemap_indexes_sections_of_public_pages_only(client, archive):
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    sections = [loc.text for loc in index.findall("sm:sitemap/sm:loc", SITEMAP_NS)]
    assert "http://testserver/sitemap-articles.xml" in sections
    locations = []
    for section in sections:
        tree = ElementTree.fromstring(client.get(section.removeprefix("http://testserver")).content)
        locations += [loc.text for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]
    assert f"http://testserver{archive['march'].get_absolute_url()}" in locations
    assert f"http://testserver{archive['kramer'].get_absolute_url()}" in locations
    assert "http://testserver/" in locations
    for hidden in ("hidden", "ghost", "hidden_outlet", "unused"):
        assert f"http://testserver{archive[hidden].get_absolute_url()}" not in locations


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines


# --- Escaping ---------------------------------------------------------------------------------------
def assert_inert(html: str, url: str) -> Page:
    """No injected element, attribute, script URL or evaluated template in a rendered page."""
    parsed = Page(html)
    assert not parsed.find_all("img"), url
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (url, tag, name)
            if name in ("href", "src", "action", "formaction"):
                assert not value.strip().lower().startswith(("javascript:", "data:")), (url, value)
    for attrs, text in parsed.scripts:
        if attrs.get("type") == "application/ld+json":
            assert "<" not in text and ">" not in text, url
            json.loads(text)
        else:
            assert attrs.get("src", "").startswith("/static/") and not text.strip(), (url, attrs)
    return parsed


@pytest.mark.django_db
def test_hostile_text_renders_inert_on_every_page(client):
    article = make_hostile_article()
    update_search_index([article.pk])
    author = Author.objects.get(articles=article)
    topic = Topic.objects.get(articles=article)
    publisher = Publisher.objects.get(articles=article)
    urls = [
        reverse("articles:home"),
        reverse("articles:list"),
        reverse("articles:list") + "?q=hostile",
        reverse("articles:list") + "?q=nothing-matches-zzz",
        reverse("articles:list")
        + "?q=%3Cscript%3Ealert(1)%3C/script%3E&author=%22%3E%3Cimg%20src=x%20onerror=alert(2)%3E"
        + "&topic=javascript:alert(3)&date_after=%7B%7B%207|add:35%20%7D%7D",
        article.get_absolute_url(),
        author.get_absolute_url(),
        author.get_absolute_url() + "?q=%3Cscript%3E",
        topic.get_absolute_url(),
        publisher.get_absolute_url(),
        reverse("articles:author-list"),
        reverse("articles:author-list") + "?name=%3Cscript%3Ealert(1)%3C/script%3E",
        reverse("articles:topic-list"),
        reverse("articles:publisher-list"),
        "/no-such-page/%3Cscript%3Ealert(1)%3C/script%3E/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        html = response.content.decode()
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert "</script><!--" not in html, url
        assert_inert(html, url)
    detail = page(client, article.get_absolute_url())
    assert HOSTILE in detail.text  # shown as text, exactly as written
    assert "{{ 7|add:35 }}" in detail.text
    (data,) = detail.json_ld()
    assert data["headline"] == f"Hostile headline {HOSTILE} </script><!--"
    assert data["author"][0]["description"] == f"Bio {HOSTILE}"
    assert "isBasedOn" not in data
    raw_script = detail.html.split('type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "\\u003C/script\\u003E" in raw_script


@pytest.mark.django_db
def test_hostile_text_stays_text_in_downloads_and_capture(client):
    article = make_hostile_article()
    capture = client.get(reverse("articles:capture", kwargs={"slug": article.slug}))
    assert capture["Content-Type"].startswith("text/plain")
    ris = client.get(reverse("articles:cite-ris", kwargs={"slug": article.slug})).content.decode()
    assert "javascript:" not in ris
    assert "UR  - http://testserver/articles/hostile/" in ris.split("\r\n")
    bib = client.get(reverse("articles:cite-bibtex", kwargs={"slug": article.slug})).content
    assert b"javascript:" not in bib
    assert b"\\{\\{ 7|add:35 \\}\\}" in bib


# --- Seeds ------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_pages_render_the_imported_seeds(client):
    call_command("import_articles", str(SEEDS), verbosity=0)
    articles = list(Article.objects.published().with_related())
    assert len(articles) == 5
    home = page(client, reverse("articles:home"))
    for article in articles:
        detail = page(client, article.get_absolute_url())
        assert article.title in detail.text
        for author in article.ordered_authors:
            assert author.get_absolute_url() in detail.links()
            assert " ".join(author.bio.split())[:40] in detail.text
        for topic in article.topics.all():
            assert topic.get_absolute_url() in detail.links()
        first_paragraph = article.body.split("\n\n")[0].strip()
        assert " ".join(first_paragraph.split()[:8]) in detail.text
        assert detail.json_ld()[0]["headline"] == " ".join(article.title.split())
        assert article.get_absolute_url() in home.links()
    kramer = page(client, reverse("articles:author-detail", kwargs={"slug": "david-j-kramer"}))
    assert "What the Ukrainians are fighting for" in kramer.text
    searched = page(client, reverse("articles:list") + "?q=sanctions&topic=russia")
    assert "<mark>" in searched.html


# --- Query counts -----------------------------------------------------------------------------------
def add_articles(count: int, *, topic: Topic, publisher: Publisher, shared: Author) -> None:
    for number in range(count):
        own = make_author(f"Coauthor {Article.objects.count()}", bio="A bio line.")
        article = make_article(
            f"Counted piece {Article.objects.count()} about sanctions",
            body="Sanctions and more sanctions.\n\nA second paragraph.",
            authors=[shared, own],
            topics=[topic, make_topic()],
            publisher=publisher,
            published_on=date(2022, 1 + number % 12, 1),
        )
        make_capture(article)
        update_search_index([article.pk])


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_the_number_of_results(client):
    topic, publisher = make_topic("Counted topic"), make_publisher("Counted outlet")
    shared = make_author("Shared Author")
    add_articles(5, topic=topic, publisher=publisher, shared=shared)
    first = Article.objects.order_by("pk").first()
    urls = [
        reverse("articles:home"),
        reverse("articles:list"),
        reverse("articles:list") + "?q=sanctions",
        reverse("articles:list") + "?topic=counted-topic&sort=oldest",
        reverse("articles:list") + "?q=sanctions&author=shared-author&date_after=2022",
        first.get_absolute_url(),
        shared.get_absolute_url(),
        topic.get_absolute_url() + "?q=sanctions",
        publisher.get_absolute_url(),
        reverse("articles:author-list"),
        reverse("articles:topic-list"),
        reverse("articles:cite-bibtex", kwargs={"slug": first.slug}),
    ]
    counts_at_5 = {url: count_queries(client, url) for url in urls}
    add_articles(20, topic=topic, publisher=publisher, shared=shared)
    counts_at_25 = {url: count_queries(client, url) for url in urls}
    assert counts_at_25 == counts_at_5
    assert max(counts_at_5.values()) <= 15


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["?author=nobody-at-all", "?topic=zzzz&q=sanctions", "?publisher=qqq"]
)
def test_filters_naming_nothing_known_give_an_empty_page(client, archive, query):
    parsed = page(client, reverse("articles:list") + query)
    assert "No articles found" in parsed.text
    assert page(client, archive["kramer"].get_absolute_url() + query.replace("author", "x"))


@pytest.mark.django_db
def test_related_articles_of_an_article_without_topics_share_its_author():
    author = make_author("Olena Hrytsenko")
    alone = make_article("A piece with no topics", authors=[author])
    other = make_article("Another piece by her", authors=[author])
    make_article("A stranger's piece", authors=[make_author("Piet de Vries")])

    assert selectors.related_articles(article=alone) == [other]


@pytest.mark.django_db
def test_related_reading_ranks_shared_authors_then_shared_topics_then_newest():
    author, economy, energy = (
        make_author("Mira Castell"),
        make_topic("Economy"),
        make_topic("Energy"),
    )
    article = make_article("The piece read", authors=[author], topics=[economy, energy])
    expected = [
        make_article("Her old column", authors=[author], published_on=date(2001, 1, 1)),
        make_article("Both topics", topics=[economy, energy], published_on=date(2020, 1, 1)),
        make_article("One topic and new", topics=[economy], published_on=date(2024, 1, 1)),
        make_article("One topic and old", topics=[energy], published_on=date(2010, 1, 1)),
        make_article("One topic and undated", topics=[economy], published_on=None),
    ]
    make_article("Another topic", topics=[make_topic("Health")], published_on=date(2025, 1, 1))

    assert selectors.related_articles(article=article) == expected
    assert selectors.related_articles(article=article, limit=2) == expected[:2]


@pytest.mark.django_db
def test_related_reading_considers_the_last_articles_added_for_each_author_and_topic(
    monkeypatch,
):
    author, topic = make_author("Tomas Reyes"), make_topic("Housing")
    by_author = make_article(
        "His oldest piece", authors=[author], topics=[topic], published_on=date(2001, 1, 1)
    )
    newest = make_article("Newest on housing", topics=[topic], published_on=date(2024, 1, 1))
    article = make_article("The piece read", authors=[author], topics=[topic])
    added_last = make_article("Older on housing", topics=[topic], published_on=date(2015, 1, 1))
    assert selectors.related_articles(article=article) == [by_author, newest, added_last]

    # Only the last article added for each author and topic is a candidate now: the author's
    # piece still comes first (through the author), ranked on everything it shares.
    monkeypatch.setattr(selectors, "RELATED_PER_LINK", 1)
    assert selectors.related_articles(article=article) == [by_author, added_last]
    hidden = make_article("Hidden on housing", topics=[topic])
    Article.objects.filter(pk=hidden.pk).update(status=Status.HIDDEN)
    # A hidden article is never shown (the cap has one place over for the article itself).
    assert selectors.related_articles(article=article) == [by_author, added_last]


@pytest.mark.django_db
def test_detail_page_queries_do_not_grow_with_its_authors_and_topics(
    client, django_assert_max_num_queries
):
    authors = [make_author(f"Byline Writer {n}") for n in range(4)]
    topics = [make_topic(f"Counted subject {n}") for n in range(6)]
    narrow = make_article("One author and one topic", authors=authors[:1], topics=topics[:1])
    wide = make_article("Four authors and six topics", authors=authors, topics=topics)
    for n in range(8):
        make_article(f"Related piece {n}", authors=authors[n % 4 :][:2], topics=topics[n % 6 :])

    narrow_count = count_queries(client, narrow.get_absolute_url())
    with django_assert_max_num_queries(narrow_count):
        response = client.get(wide.get_absolute_url())
    related = response.content.decode().split('id="related-heading"', 1)[1]
    assert related.count("Related piece") == 5
