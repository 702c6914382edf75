"""Versions: every capture of an article listed, compared word by word, cited at its own address,
and mapped for Memento clients. Articles with several captures are made directly (no fetching)."""

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.http import parse_http_date
from django.utils.text import slugify

from articles.models import Status
from articles.versions import history, memento
from articles.versions.diff import ParagraphChanges, diff_field, paragraph_changes
from tests.factories import HOSTILE, make_article, make_author, make_capture, make_publisher

pytestmark = pytest.mark.django_db

UTC = dt.UTC
_numbers = itertools.count(1)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIRST_BODY = "The council funds night buses.\n\nRiders welcome the plan.\n\nCritics stay quiet."


def snapshot(**changes) -> dict:
    """A capture's snapshot as the importer stores it; pass only the fields a test changes."""
    return {
        "title": "Night buses for everyone",
        "authors": ["Ada Writer"],
        "published_on": "2026-11-30",
        "date_precision": "day",
        "publisher": "The Daily Example",
        "standfirst": "A city that sleeps late needs buses.",
        "body": FIRST_BODY,
        "source_url": "https://news.example.org/opinion/night-buses",
        **changes,
    }


def fetched_at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, 0, tzinfo=UTC)


def article_with_versions(*snapshots: dict, **fields):
    """An article and one fetched capture per snapshot, a day apart from 1 December 2026."""
    fields.setdefault("source_url", "https://news.example.org/opinion/night-buses")
    fields.setdefault("slug", f"{slugify(snapshots[-1]['title'])}-{next(_numbers)}")
    article = make_article(snapshots[-1]["title"], body=snapshots[-1]["body"], **fields)
    captures = [
        make_capture(
            article,
            snapshot=shot,
            captured_at=fetched_at(day),
            url=shot["source_url"],
            final_url=shot["source_url"],
        )
        for day, shot in enumerate(snapshots, start=1)
    ]
    return article, captures


def versions_url(article, **params) -> str:
    url = reverse("articles:versions", kwargs={"slug": article.slug})
    query = "&".join(f"{name}={value}" for name, value in params.items())
    return f"{url}?{query}" if query else url


def version_url(article, capture) -> str:
    return reverse("articles:version", kwargs={"slug": article.slug, "capture_id": capture.pk})


def text_of(html: str) -> str:
    """The page's text with tags removed and spacing normalised, as a reader would see it."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# --- The versions page ----------------------------------------------------------------------------
def test_versions_page_lists_every_capture_with_date_source_and_what_changed(client):
    body = FIRST_BODY + "\n\nA second plan.\n\nA third plan.\n\nA fourth plan."
    article, captures = article_with_versions(
        snapshot(),
        snapshot(),  # fetched again, nothing changed
        snapshot(title="Night buses, at last", body=body.replace("Critics stay quiet.\n\n", "")),
    )
    page = client.get(versions_url(article)).content.decode()
    text = text_of(page)
    assert "Captured 3 times" in text
    assert "captured on 1 December 2026, 09:00 UTC" in text
    assert "https://news.example.org/opinion/night-buses" in text
    assert "Changed: first capture" in text
    assert "Changed: no change" in text
    # The third capture retitled the piece, dropped a paragraph and added three.
    assert "Changed: title, body (+3 −1 paragraphs)" in text
    for capture in captures:
        assert version_url(article, capture) in page


def test_a_capture_without_a_fetch_time_is_dated_by_its_import(client):
    article = make_article("Saved by hand")
    make_capture(article, snapshot=snapshot(title="Saved by hand"))
    text = text_of(client.get(versions_url(article)).content.decode())
    assert "Version 1 (latest): imported on" in text and "captured on " not in text


def test_diff_marks_changed_title_byline_date_and_body_words(client):
    article, _ = article_with_versions(
        snapshot(),
        snapshot(
            title="Night trams for everyone",
            authors=["Ada Writer", "Bo Editor"],
            published_on="2026-12-01",
            body=FIRST_BODY.replace("welcome", "applaud"),
        ),
    )
    page = client.get(versions_url(article)).content.decode()
    assert '<del><span class="visually-hidden">removed: </span>buses</del>' in page
    assert '<ins><span class="visually-hidden">added: </span>trams</ins>' in page
    assert '<ins><span class="visually-hidden">added: </span>and Bo Editor</ins>' in page
    assert '<del><span class="visually-hidden">removed: </span>30 November</del>' in page
    assert '<ins><span class="visually-hidden">added: </span>1 December</ins>' in page
    assert '<del><span class="visually-hidden">removed: </span>welcome</del>' in page
    text = text_of(page)
    # trams + and Bo Editor (3) + 1 December (2) + applaud; buses + 30 November (2) + welcome.
    assert "7 words added, 4 words removed." in text
    assert "Unchanged: outlet, standfirst." in text


def test_diff_defaults_to_the_two_latest_captures(client):
    article, captures = article_with_versions(
        snapshot(title="One"), snapshot(title="Two"), snapshot(title="Three")
    )
    response = client.get(versions_url(article))
    assert response.context["pair"].old.pk == captures[1].pk
    assert response.context["pair"].new.pk == captures[2].pk
    assert "from version 2 to version 3" in text_of(response.content.decode())


def test_any_two_captures_can_be_compared_by_their_ids(client):
    article, captures = article_with_versions(
        snapshot(title="One"), snapshot(title="Two"), snapshot(title="Three")
    )
    response = client.get(versions_url(article, **{"from": captures[0].pk, "to": captures[2].pk}))
    page = response.content.decode()
    assert "from version 1 to version 3" in text_of(page)
    assert '<del><span class="visually-hidden">removed: </span>One</del>' in page
    # The form shows the chosen pair, so the reader can change one side.
    assert f'<option value="{captures[0].pk}" selected>' in page
    assert f'<option value="{captures[2].pk}" selected>' in page


@pytest.mark.parametrize("value", ["abc", "99999999", "-1", "1e9", "", "１２", "1;DROP TABLE"])
def test_bad_capture_ids_get_a_clear_notice_and_the_default_pair(client, value):
    article, captures = article_with_versions(snapshot(title="One"), snapshot(title="Two"))
    response = client.get(versions_url(article, **{"from": value, "to": value}))
    assert response.status_code == 200
    assert response.context["pair"].new.pk == captures[1].pk
    if value.strip():
        assert "is not a capture of this article" in response.content.decode()


@pytest.mark.parametrize("value", ["x" * 5000, "%00"])
def test_unusable_query_strings_are_refused_with_a_reason_not_an_error(client, value):
    # The site refuses these before any view runs (archive.middleware), with a page saying why.
    article, _ = article_with_versions(snapshot(title="One"), snapshot(title="Two"))
    response = client.get(versions_url(article, **{"from": value}))
    assert response.status_code == 400
    assert response.context["reason"]


def test_a_capture_of_another_article_is_not_compared(client):
    article, captures = article_with_versions(snapshot(title="One"), snapshot(title="Two"))
    _, others = article_with_versions(
        snapshot(title="Elsewhere", source_url="https://other.example.org/a"),
        source_url="https://other.example.org/a",
    )
    response = client.get(versions_url(article, **{"from": others[0].pk}))
    assert response.context["pair"].old.pk == captures[0].pk
    assert f"“{others[0].pk}” is not a capture of this article" in response.content.decode()
    assert "Elsewhere" not in response.content.decode()


def test_an_article_captured_once_says_there_is_nothing_to_compare(client):
    article, _ = article_with_versions(snapshot())
    response = client.get(versions_url(article))
    assert response.status_code == 200
    assert "captured once: there is only one version" in response.content.decode()
    assert response.context["comparison"] is None


def test_an_article_without_captures_says_so(client):
    article = make_article("Typed in by an editor")
    response = client.get(versions_url(article))
    assert response.status_code == 200
    assert "No capture of this article is stored" in response.content.decode()


def test_hostile_text_in_a_diff_is_escaped(client):
    article, _ = article_with_versions(
        snapshot(),
        snapshot(title=f"Night {HOSTILE}", authors=[HOSTILE], body=f"{FIRST_BODY}\n\n{HOSTILE}"),
    )
    page = client.get(versions_url(article)).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7|add:35 }}" in page  # shown as typed, never evaluated
    version = client.get(version_url(article, article.captures.order_by("-pk")[0]))
    assert "<script>alert(1)</script>" not in version.content.decode()


def test_long_unchanged_stretches_are_collapsed_around_a_change():
    words = [f"word{n}" for n in range(200)]
    old = " ".join(words)
    new = " ".join([*words[:100], "NEW", *words[100:]])
    diff = diff_field("body", "Body", old, new, context=5)
    kinds = [[segment.kind for segment in block] for block in diff.blocks]
    assert kinds == [["gap"], ["same", "added", "same"], ["gap"]]
    assert diff.blocks[0][0].words == 95
    assert diff.blocks[1][0].text == "word95 word96 word97 word98 word99"
    assert (diff.added, diff.removed) == (1, 0)


def test_context_stops_at_the_paragraph_around_a_change():
    first, third = " ".join(["before"] * 30), " ".join(["after"] * 30)
    old = f"{first}\n\nSecond one has a change in it.\n\n{third}"
    diff = diff_field("body", "Body", old, old.replace("a change", "an edit"), context=8)
    shown = [" ".join(segment.text for segment in block) for block in diff.blocks]
    assert shown == ["", "Second one has a change an edit in it.", ""]  # gap, change, gap
    assert [diff.blocks[0][0].words, diff.blocks[2][0].words] == [30, 30]


def test_an_added_paragraph_break_shows_as_a_marked_pilcrow():
    diff = diff_field("body", "Body", "One two three four.", "One two.\n\nThree four.")
    texts = [(segment.kind, segment.text) for block in diff.blocks for segment in block]
    assert ("added", "¶") in texts


def test_paragraph_counts_tell_edited_from_added_and_removed():
    old = "A.\n\nThe council funds night buses.\n\nC."
    changed = paragraph_changes(old, "A.\n\nThe council funds night buses at last.\n\nC.\n\nD.")
    assert changed == ParagraphChanges(added=1, removed=0, edited=1)
    # A paragraph replaced by one that shares nothing with it is not an edit of it.
    replaced = paragraph_changes(old, "A.\n\nSomething else entirely.\n\nC.")
    assert replaced == ParagraphChanges(added=1, removed=1, edited=0)


# --- A version's own address ----------------------------------------------------------------------
def test_an_earlier_version_shows_its_own_text_with_a_banner_and_citation(client):
    article, captures = article_with_versions(
        snapshot(title="Night buses for everyone"), snapshot(title="Night buses, at last")
    )
    response = client.get(version_url(article, captures[0]))
    assert response.status_code == 200
    text = text_of(response.content.decode())
    assert "Night buses for everyone" in text and "Night buses, at last" not in text
    assert (
        "As captured on 1 December 2026, 09:00 UTC from "
        "https://news.example.org/opinion/night-buses — this is not the latest version." in text
    )
    page = response.content.decode()
    assert f'href="{article.get_absolute_url()}"' in page
    assert f"?from={captures[0].pk}&amp;to={captures[1].pk}" in page
    address = f"http://testserver{version_url(article, captures[0])}"
    assert f"{address} (captured on 1 December 2026)." in text
    assert (
        "Writer, Ada. “Night buses for everyone.” <i>The Daily Example</i>, November 30, 2026."
        in page
    )


def test_a_version_answers_with_memento_headers(client):
    article, captures = article_with_versions(snapshot(), snapshot(title="Later"))
    response = client.get(version_url(article, captures[0]))
    assert response["Memento-Datetime"] == "Tue, 01 Dec 2026 09:00:00 GMT"
    assert parse_http_date(response["Memento-Datetime"]) == fetched_at(1).timestamp()
    timemap = f"http://testserver{reverse('articles:timemap', kwargs={'slug': article.slug})}"
    assert response["Link"] == (
        '<https://news.example.org/opinion/night-buses>; rel="original", '
        f'<{timemap}>; rel="timemap"; type="application/link-format"'
    )


def test_the_latest_version_says_it_is_the_latest(client):
    article, captures = article_with_versions(snapshot(), snapshot(title="Later"))
    text = text_of(client.get(version_url(article, captures[1])).content.decode())
    assert "this is the latest version." in text
    assert "What changed since this version" not in text


def test_a_capture_of_another_article_has_no_version_here(client):
    article, _ = article_with_versions(snapshot())
    _, others = article_with_versions(
        snapshot(source_url="https://other.example.org/b"), source_url="https://other.example.org/b"
    )
    assert client.get(version_url(article, others[0])).status_code == 404
    missing = reverse("articles:version", kwargs={"slug": article.slug, "capture_id": 99999999})
    assert client.get(missing).status_code == 404


def test_a_renamed_article_s_old_addresses_lead_to_its_versions(client):
    article, captures = article_with_versions(snapshot(), snapshot(title="Later"))
    old = article.slug
    article.slug = "night-buses-renamed"
    article.save()
    for name, kwargs in [
        ("articles:versions", {}),
        ("articles:version", {"capture_id": captures[0].pk}),
        ("articles:timemap", {}),
    ]:
        response = client.get(reverse(name, kwargs={"slug": old, **kwargs}))
        assert response.status_code == 301, name
        assert response["Location"] == reverse(name, kwargs={"slug": article.slug, **kwargs})


# --- The TimeMap ----------------------------------------------------------------------------------
LINK = re.compile(r'<([^>]*)>((?:\s*;\s*[a-z]+="[^"]*")*)\s*(?:,|$)')


def parse_link_format(text: str) -> list[tuple[str, dict]]:
    """(target, attributes) of each link in an RFC 6690 document."""
    links = [
        (target, dict(re.findall(r'([a-z]+)="([^"]*)"', params)))
        for target, params in LINK.findall(text)
    ]
    assert ",".join(f"<{t}>" for t, _ in links).count("<") == text.count("<")
    return links


def test_the_timemap_lists_the_original_itself_and_every_version(client):
    article, captures = article_with_versions(snapshot(), snapshot(), snapshot(title="Later"))
    url = reverse("articles:timemap", kwargs={"slug": article.slug})
    response = client.get(url)
    assert response["Content-Type"].startswith("application/link-format")
    links = parse_link_format(response.content.decode())
    by_rel = {attributes["rel"]: (target, attributes) for target, attributes in links}
    assert by_rel["original"][0] == "https://news.example.org/opinion/night-buses"
    self_target, self_attributes = by_rel["self"]
    assert self_target == f"http://testserver{url}"
    assert self_attributes["type"] == "application/link-format"
    assert self_attributes["from"] == "Tue, 01 Dec 2026 09:00:00 GMT"
    assert self_attributes["until"] == "Thu, 03 Dec 2026 09:00:00 GMT"
    mementos = [(t, a) for t, a in links if a["rel"].endswith("memento")]
    assert [a["rel"] for _, a in mementos] == ["first memento", "memento", "last memento"]
    assert [t for t, _ in mementos] == [
        f"http://testserver{version_url(article, capture)}" for capture in captures
    ]
    assert mementos[1][1]["datetime"] == "Wed, 02 Dec 2026 09:00:00 GMT"


def test_a_single_capture_is_both_first_and_last_memento(client):
    article, _ = article_with_versions(snapshot())
    links = parse_link_format(
        client.get(reverse("articles:timemap", kwargs={"slug": article.slug})).content.decode()
    )
    assert [a["rel"] for _, a in links][-1] == "first last memento"


def test_without_a_web_address_the_article_page_is_the_original(client):
    article = make_article("Saved by hand", source_url="javascript:alert(1)")
    make_capture(article, snapshot=snapshot())
    links = parse_link_format(
        client.get(reverse("articles:timemap", kwargs={"slug": article.slug})).content.decode()
    )
    assert links[0] == (f"http://testserver{article.get_absolute_url()}", {"rel": "original"})


def test_an_article_without_captures_has_no_timemap(client):
    article = make_article("Typed in by an editor")
    assert client.get(reverse("articles:timemap", kwargs={"slug": article.slug})).status_code == 404


# --- The article page -----------------------------------------------------------------------------
def test_the_article_page_lists_its_versions_and_links_the_original_and_wayback(client):
    article, captures = article_with_versions(snapshot(), snapshot(title="Later"))
    page = client.get(article.get_absolute_url()).content.decode()
    timemap = reverse("articles:timemap", kwargs={"slug": article.slug})
    assert f'<link rel="timemap" type="application/link-format" href="{timemap}">' in page
    assert "Captured 2 times since" in text_of(page)
    assert f'href="{versions_url(article)}"' in page
    for capture in captures:
        assert f'href="{version_url(article, capture)}"' in page
    assert 'href="https://news.example.org/opinion/night-buses"' in page
    assert (
        'href="https://web.archive.org/web/*/https://news.example.org/opinion/night-buses"' in page
    )


def test_an_article_without_a_web_address_has_no_wayback_link(client):
    article = make_article("Saved by hand", source_url="javascript:alert(1)")
    make_capture(article, snapshot=snapshot())
    page = client.get(article.get_absolute_url()).content.decode()
    assert "web.archive.org" not in page
    assert "Captured once." in text_of(page)


def detail_queries(client, article) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(article.get_absolute_url()).status_code == 200
    return len(queries)


def test_the_article_page_s_queries_do_not_grow_with_its_captures(client):
    article, _ = article_with_versions(snapshot(), snapshot(title="Later"))
    few = detail_queries(client, article)
    for day in range(3, 31):
        make_capture(article, snapshot=snapshot(), captured_at=fetched_at(day))
    # Ten captures listed, then a count: a fixed cost whatever the number of captures.
    many = detail_queries(client, article)
    assert many <= few + 2
    for day in range(1, 20):
        make_capture(article, snapshot=snapshot(), captured_at=fetched_at(day, hour=20))
    assert detail_queries(client, article) == many
    assert "All 49 versions" in client.get(article.get_absolute_url()).content.decode()


def test_the_versions_page_s_queries_do_not_grow_with_its_captures(client):
    article, _ = article_with_versions(snapshot(), snapshot(title="Later"))
    with CaptureQueriesContext(connection) as few:
        client.get(versions_url(article))
    for day in range(3, 20):
        make_capture(article, snapshot=snapshot(), captured_at=fetched_at(day))
    with CaptureQueriesContext(connection) as many:
        client.get(versions_url(article))
    assert len(many) == len(few)


# --- Hidden articles ------------------------------------------------------------------------------
def test_a_hidden_article_s_versions_stay_hidden(client):
    article, captures = article_with_versions(snapshot(), snapshot(title="Later"))
    article.status = Status.HIDDEN
    article.save()
    for url in [
        versions_url(article),
        version_url(article, captures[0]),
        reverse("articles:timemap", kwargs={"slug": article.slug}),
    ]:
        assert client.get(url).status_code == 404, url


# --- Captures stored before snapshots -------------------------------------------------------------
def seed_text() -> str:
    return (SEEDS / "000_a4e8c022236e264f.txt").read_text()


def test_a_capture_without_a_snapshot_is_read_again_for_its_version(client):
    article = make_article("What the Ukrainians are fighting for", publisher=make_publisher())
    make_capture(article, raw_text=seed_text(), format="text", captured_at=fetched_at(1))
    make_capture(article, snapshot=snapshot(), captured_at=fetched_at(2))
    versions = history.article_versions(article=article)
    assert versions[0].origin == history.Origin.REEXTRACTED
    assert "Ukraine" in versions[0].body
    response = client.get(version_url(article, versions[0].capture))
    assert "read again from the stored capture" in response.content.decode()


def test_an_unreadable_latest_capture_falls_back_to_the_article_and_says_so(client, monkeypatch):
    author = make_author("Ada Writer")
    article = make_article("As the article stands", body="Its own body.", authors=[author])
    capture = make_capture(article, raw_text="unreadable", format="text")

    def refuse(*args, **kwargs):
        raise ValueError("cannot be read")

    monkeypatch.setattr("articles.importers.pipeline.extract", refuse)
    page = client.get(version_url(article, capture)).content.decode()
    assert "As the article stands" in page and "Its own body." in page
    assert "shown from the article as it stands" in page


def test_a_version_page_reads_only_its_own_capture(client, monkeypatch):
    # Old captures without snapshots are read again only for their own page, never for others'.
    article, captures = article_with_versions(snapshot(), snapshot(title="Later"))
    make_capture(article, raw_text=seed_text(), format="text", captured_at=fetched_at(20, hour=1))

    def fail(*args, **kwargs):
        raise AssertionError("another capture was read again")

    monkeypatch.setattr("articles.importers.pipeline.extract", fail)
    with CaptureQueriesContext(connection) as few:
        assert client.get(version_url(article, captures[0])).status_code == 200
    for day in range(3, 15):
        make_capture(article, snapshot=snapshot(), captured_at=fetched_at(day))
    with CaptureQueriesContext(connection) as many:
        assert client.get(version_url(article, captures[0])).status_code == 200
    assert len(many) == len(few)


def test_an_address_with_link_syntax_or_non_ascii_cannot_break_a_timemap_or_header():
    hostile = 'https://news.example.org/a>; rel="memento", <https://evil.example/"x" café'
    when = fetched_at(1)
    text = memento.timemap(
        original=hostile,
        self_url="https://archive.example/tm/",
        mementos=[memento.Memento(url="https://archive.example/v/1/", when=when)],
    )
    links = parse_link_format(text)
    assert [a["rel"] for _, a in links] == ["original", "self", "first last memento"]
    assert links[0][0].startswith("https://news.example.org/a%3E;%20rel=%22memento%22")
    headers = memento.memento_headers(when=when, original=hostile, timemap_url="https://a.example/")
    headers["Link"].encode("ascii")  # a header value must be plain ASCII
    assert headers["Link"].count("<") == 2


def test_the_article_page_offers_a_version_to_cite_and_leads_to_its_citations(client):
    article, captures = article_with_versions(
        snapshot(title="Night buses for everyone"), snapshot(title="Night buses, at last")
    )
    page = client.get(article.get_absolute_url()).content.decode()
    form_action = reverse("articles:cite-version", kwargs={"slug": article.slug})
    assert f'action="{form_action}"' in page
    assert f'<option value="{captures[0].pk}">1 December 2026, 09:00 UTC (version 1)' in page

    response = client.get(form_action, {"capture": captures[0].pk})
    assert response.status_code == 302
    assert response["Location"] == f"{version_url(article, captures[0])}#cite-heading"

    text = text_of(client.get(response["Location"]).content.decode())
    # MLA gives the address without its scheme.
    address = f"testserver{version_url(article, captures[0])}"
    for style_start in ("Writer, A. (2026, November 30).", "Writer, Ada. “Night buses"):
        assert style_start in text
    assert text.count(f"{address} (captured on 1 December 2026)") == 3  # APA, MLA, Chicago


@pytest.mark.parametrize("chosen", ["", "abc", "999999", "-1"])
def test_citing_a_version_that_is_not_this_article_s_is_not_found(client, chosen):
    article, _captures = article_with_versions(snapshot())
    _other, other_captures = article_with_versions(
        snapshot(title="Another piece"), source_url="https://news.example.org/opinion/another"
    )
    url = reverse("articles:cite-version", kwargs={"slug": article.slug})
    assert client.get(url, {"capture": chosen}).status_code == 404
    assert client.get(url, {"capture": other_captures[0].pk}).status_code == 404
