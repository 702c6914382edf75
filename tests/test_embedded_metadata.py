"""What a reference manager reads from an article page: Highwire meta tags and a COinS span."""

from datetime import date
from urllib.parse import parse_qs

import lxml.html
import pytest

from tests.factories import (
    make_article,
    make_author,
    make_hostile_article,
    make_publisher,
    make_topic,
)

pytestmark = pytest.mark.django_db


def page_metadata(client, article):
    """The page's citation_* tags as (name, content) pairs and its COinS fields, as a parser reads them."""
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content)
    tags = [
        (meta.get("name"), meta.get("content"))
        for meta in tree.xpath("//head/meta[starts-with(@name, 'citation_')]")
    ]
    spans = tree.xpath("//span[contains(concat(' ', @class, ' '), ' Z3988 ')]")
    assert len(spans) == 1
    return tags, parse_qs(spans[0].get("title")), response.content.decode()


def values(tags, name):
    return [content for tag, content in tags if tag == name]


def test_zotero_reads_title_authors_date_outlet_and_url(client):
    article = make_article(
        "Sanctions alone will not end the war",
        authors=[make_author("Ursula von der Leyen"), make_author("David J. Kramer")],
        publisher=make_publisher("The Evening Ledger"),
        topics=[make_topic("Sanctions"), make_topic("Ukraine")],
        published_on=date(2022, 3, 1),
        source_url="https://ledger.example/opinion/sanctions",
        language="en",
    )
    tags, coins, _ = page_metadata(client, article)

    assert values(tags, "citation_title") == ["Sanctions alone will not end the war"]
    # In byline order, family name first, so "von der Leyen" is not split at "der".
    assert values(tags, "citation_author") == ["von der Leyen, Ursula", "Kramer, David J."]
    assert values(tags, "citation_publication_date") == ["2022/03/01"]
    assert values(tags, "citation_journal_title") == ["The Evening Ledger"]
    assert values(tags, "citation_public_url") == ["https://ledger.example/opinion/sanctions"]
    assert values(tags, "citation_fulltext_html_url") == [
        f"http://testserver{article.get_absolute_url()}"
    ]
    assert values(tags, "citation_keywords") == ["Sanctions", "Ukraine"]
    assert values(tags, "citation_language") == ["en"]

    assert coins["ctx_ver"] == ["Z39.88-2004"]
    assert coins["rft.atitle"] == ["Sanctions alone will not end the war"]
    assert coins["rft.jtitle"] == ["The Evening Ledger"]
    assert coins["rft.date"] == ["2022-03-01"]
    assert coins["rft.aulast"] == ["von der Leyen"]
    assert coins["rft.au"] == ["Ursula von der Leyen", "David J. Kramer"]
    assert coins["rft_id"] == [
        "https://ledger.example/opinion/sanctions",
        f"http://testserver{article.get_absolute_url()}",
    ]


def test_a_date_is_no_more_precise_than_the_capture_states(client):
    article = make_article(published_on=date(2019, 11, 1), date_precision="month")
    tags, coins, _ = page_metadata(client, article)
    assert values(tags, "citation_publication_date") == ["2019/11"]
    assert coins["rft.date"] == ["2019-11"]


def test_what_a_page_does_not_state_is_left_out(client):
    article = make_article(published_on=None, source_url="")
    tags, coins, _ = page_metadata(client, article)
    names = {name for name, _ in tags}
    assert "citation_author" not in names
    assert "citation_publication_date" not in names
    assert "citation_journal_title" not in names
    assert all(content for _, content in tags)
    # Without a web original, the archived copy is the address to cite.
    assert values(tags, "citation_public_url") == [f"http://testserver{article.get_absolute_url()}"]
    assert "rft.date" not in coins and "rft.au" not in coins


def test_metadata_from_a_hostile_capture_is_escaped(client):
    article = make_hostile_article()
    tags, coins, html = page_metadata(client, article)
    # The parser gets back exactly the text that was imported: nothing was lost or executed.
    assert values(tags, "citation_title") == [article.title]
    assert [
        name.startswith("}}, Mallory <script>") for name in values(tags, "citation_author")
    ] == [True]
    assert coins["rft.atitle"] == [article.title]
    # A javascript: source is never offered as the address to cite.
    assert not any("javascript" in content for _, content in tags)
    assert "javascript:" not in " ".join(coins["rft_id"])
    head = html.split("</head>")[0]
    assert "<script>alert(1)" not in head
    assert "<img src=x" not in html.split('class="Z3988"')[1].split("</span>")[0]
