"""Hostile GET parameters and paths on every public URL: a clear 400 or a page, never a 500."""

from urllib.parse import quote
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from archive.middleware import MAX_PARAMETER_LENGTH
from articles.models import Status
from tests.factories import make_article, make_author, make_capture, make_publisher, make_topic

pytestmark = pytest.mark.django_db

# C0 controls other than tab, line feed and carriage return: XML 1.0 and PostgreSQL refuse them.
CONTROLS = [chr(code) for code in range(32) if chr(code) not in "\t\n\r"]
HUGE = "a" * 100_000


def _q(name: str, value: str) -> str:
    return f"{quote(name)}={quote(value)}"


def refused_query_strings() -> list[str]:
    """Query strings the archive must refuse with a 400."""
    strings = []
    for control in CONTROLS:
        strings += [
            _q("q", control),
            _q("q", f"grain{control}corridor"),
            _q("q", f"author:kramer{control}"),
            _q("author", f"kramer{control}"),
            _q("name", f"ok{control}"),
            _q("topic", control),
            _q("date_after", f"2022{control}"),
            _q(f"x{control}", "1"),
        ]
    strings += [
        _q("q", HUGE),
        _q("name", HUGE),
        _q("author", HUGE),
        _q("publisher", "b" * (MAX_PARAMETER_LENGTH + 1)),
        "q=%00%00%00",
        "q=ok&q=%00",  # the second of two values
        "sort=%00",
        "page=%00",
        "q=%%00",  # a percent sign, then NUL
    ]
    return strings


SYNTAX = [
    "'", '"', "*", "(", ")", "((a", "a))", '"unbalanced', "a OR", "OR", "NOT", "-", "-a",
    "a AND", "AND OR NOT", "NEAR(a b)", "a:b", ":", "^", "{}", "\\", "%", "_", "%%", "title:*",
    "'; DROP TABLE articles_article; --", "1' OR '1'='1", '" OR ""="', "a* OR *b", "\"'\"",
    "author:", 'author:"', "author:'", "author:(", "topic:)", "publisher:*", "author:\"a\" OR (",
    "date:2022-13-45", "\t", "line\nbreak", "\r\n", "\u00a0", "\u200b", "\ufeff", "\ufffd",
    "\u202e reversed", "名前", "😀" * 50, "a" * 600, "x" * MAX_PARAMETER_LENGTH,
]  # fmt: skip
ACCEPTED_QUERY_STRINGS = [
    *(_q("q", value) for value in SYNTAX),
    *(_q("author", value) for value in SYNTAX[:12]),
    *(_q("name", value) for value in SYNTAX[:12]),
    *(_q("from", value) for value in SYNTAX[:12]),  # the versions page's capture ids
    "from=%FF&to=%ED%A0%80", "from=99999999999999999999&to=-1", "to=1e9&from=",
    # Invalid UTF-8 and a lone surrogate (Django decodes both to U+FFFD).
    "q=%FF", "q=%C3%28", "q=%ED%A0%80", "q=%F0%28%8C%BC", "q=%80abc", "name=%ED%A0%80",
    "author=%FF", "topic=%ED%B0%80", "%FF=1", "q=%", "q=%G0", "=", "&&&", "q",
    "date_after=2022-13-45", "date_before=2022-02-30", "date_after=0000-00-00",
    "date_after=99999", "date_after=-1", "date_before=9999-12-31", "date_after=0001-01-01",
    "date_after=2022-13", "date_before=abc", "date_after=2022-01-01&date_before=2021-01-01",
    "page=-1", "page=0", "page=abc", "page=99999999999999999999", "page=1e9", "page=", "page=1.5",
    "sort=garbage", "sort=", "sort=newest&sort=oldest", "genre=garbage", "genre=%FF",
    "publisher=nobody", "topic=%E2%80%8B", "q=ok&" + "&".join(f"p{n}=1" for n in range(50)),
]  # fmt: skip
BAD_PATHS = [
    "/articles/%00/",
    "/articles/a%01b/capture/",
    "/authors/%1F/",
    "/topics/x%00/feed/",
    "/publishers/%FF/",
    "/articles/%ED%A0%80/",
]


@pytest.fixture
def archive():
    author, topic = make_author("Amara Okafor"), make_topic("Transport")
    publisher = make_publisher("The Harbour Herald")
    article = make_article("Fund the buses", authors=[author], topics=[topic], publisher=publisher)
    make_capture(article)
    make_article("Withdrawn", authors=[author], status=Status.HIDDEN)
    return {"article": article, "author": author, "topic": topic, "publisher": publisher}


PUBLIC_URLS = {
    "home": lambda a: reverse("articles:home"),
    "list": lambda a: reverse("articles:list"),
    "detail": lambda a: a["article"].get_absolute_url(),
    "capture": lambda a: reverse("articles:capture", kwargs={"slug": a["article"].slug}),
    "bibtex": lambda a: reverse("articles:cite-bibtex", kwargs={"slug": a["article"].slug}),
    "ris": lambda a: reverse("articles:cite-ris", kwargs={"slug": a["article"].slug}),
    "authors": lambda a: reverse("articles:author-list"),
    "topics": lambda a: reverse("articles:topic-list"),
    "publishers": lambda a: reverse("articles:publisher-list"),
    "author": lambda a: a["author"].get_absolute_url(),
    "topic": lambda a: a["topic"].get_absolute_url(),
    "publisher": lambda a: a["publisher"].get_absolute_url(),
    "feed": lambda a: reverse("articles:feed"),
    "author-feed": lambda a: reverse("articles:author-feed", kwargs={"slug": a["author"].slug}),
    "topic-feed": lambda a: reverse("articles:topic-feed", kwargs={"slug": a["topic"].slug}),
    "publisher-feed": lambda a: reverse(
        "articles:publisher-feed", kwargs={"slug": a["publisher"].slug}
    ),
    "sitemap": lambda a: reverse("sitemap"),
    "sitemap-articles": lambda a: reverse("sitemap-section", kwargs={"section": "articles"}),
    "robots": lambda a: reverse("robots"),
    "versions": lambda a: reverse("articles:versions", kwargs={"slug": a["article"].slug}),
    "version": lambda a: reverse(
        "articles:version",
        kwargs={"slug": a["article"].slug, "capture_id": a["article"].captures.get().pk},
    ),
    "timemap": lambda a: reverse("articles:timemap", kwargs={"slug": a["article"].slug}),
    "oai": lambda a: reverse("oai"),
}
XML_URLS = {
    "feed",
    "author-feed",
    "topic-feed",
    "publisher-feed",
    "sitemap",
    "sitemap-articles",
    "oai",
}
# Pages that read no parameter: the middleware guards them, and a sample of the accepted values
# shows they ignore the rest; the pages that search and filter get every value.
READS_NO_PARAMETERS = {"home", "detail", "capture", "bibtex", "sitemap", "sitemap-articles"}
READS_NO_PARAMETERS |= {"ris", "robots", "version", "timemap"}


def test_the_hostile_set_is_large():
    assert len(refused_query_strings()) + len(ACCEPTED_QUERY_STRINGS) >= 250


@pytest.mark.parametrize("page", PUBLIC_URLS)
def test_hostile_parameters_never_give_a_server_error(page, archive, client):
    url = PUBLIC_URLS[page](archive)
    # A 500 raises here: the test client re-raises whatever a view did not handle.
    for query in refused_query_strings():
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400, (url, query[:80])
    accepted = ACCEPTED_QUERY_STRINGS
    if page in READS_NO_PARAMETERS:
        accepted = accepted[::5]
    for query in accepted:
        response = client.get(f"{url}?{query}")
        assert response.status_code in (200, 404), (url, query[:80], response.status_code)
        if page in XML_URLS and response.status_code == 200:
            ElementTree.fromstring(response.content)  # well-formed XML 1.0, whatever was asked


def test_hostile_paths_are_refused_or_not_found(client, archive):
    for path in BAD_PATHS:
        assert client.get(path).status_code in (400, 404), path
    assert client.get("/articles/%00/").status_code == 400


def test_the_refusal_says_which_parameter_and_why(client, db):
    response = client.get("/articles/?q=grain%00corridor")
    assert response.status_code == 400
    assert "The parameter “q” contains a control character (U+0000)" in response.content.decode()

    response = client.get("/authors/?name=" + HUGE)
    assert response.status_code == 400
    assert "is 100,000 characters long; searches and filters take at most 2,000" in (
        response.content.decode()
    )


def test_feeds_drop_control_characters_the_archive_holds(client, db):
    author = make_author("Vertical\x0btab")
    make_article("Bell\x07 and form\x0cfeed", slug="bell", authors=[author], standfirst="N\x01")

    for url in ("/articles/feed/", author.get_absolute_url() + "feed/"):
        response = client.get(url)
        assert response.status_code == 200
        feed = ElementTree.fromstring(response.content)
        ns = {"atom": "http://www.w3.org/2005/Atom"}
        assert feed.find("atom:entry/atom:title", ns).text == "Bell and form feed"


def test_a_search_longer_than_the_page_uses_is_cut_with_a_notice(client, db):
    make_article("Fund the buses", body="Buses carry the city.")

    response = client.get("/articles/?q=" + "buses " * 100)
    assert response.status_code == 200
    assert "The search was cut to its first 500 characters." in response.content.decode()

    response = client.get("/authors/?name=" + "a" * 150)
    assert "The name was cut to its first 100 characters." in response.content.decode()
    assert "was cut" not in client.get("/articles/?q=buses").content.decode()
