"""The extraction audit: every capture's lines labelled, and editors' line corrections that stick.

Written against the reader contract (ExtractedArticle.audit, `corrections`), not one reader's
rules: lines are chosen by the label the audit gives them, never by their position.
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.urls import reverse

from articles import corrections
from articles.importers.base import line_key
from articles.models import Article, Capture
from tests.test_admin import run_import

LABELS = {"title", "byline", "date", "standfirst", "body", "bio", "meta", "furniture"}

TEXT_PAGE = """Menu
Sign in
Opinion
Lighthouses are the last public servants of the sea
By Ilona Vasylenko
March 14, 2024

Photo: Fishermen mend nets near Vilkovo harbour (Getty Images)

The keepers of the Danube delta still climb their towers every evening, long after the lamps went automatic.

Nobody asked them to stay, yet the shipping companies rely on their reports of fog, drift ice and shoals.

A quiet pelargonium blooms on every lighthouse sill, tended by people the state forgot to pay.

<script>alert("audit")</script> Keepers log the weather at dawn, at noon and at dusk.

Share this article

Ilona Vasylenko is a writer based in Izmail.
LINK: https://example.org/opinion/lighthouses-public-servants
"""

HTML_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Lighthouses are the last public servants of the sea | The Harbour Review</title>
<link rel="canonical" href="https://harbour-review.example.org/opinion/lighthouses-public-servants">
<meta property="article:published_time" content="2024-03-14T08:00:00Z">
<meta name="author" content="Ilona Vasylenko">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/login">Sign in</a></li></ul></nav></header>
<main><article>
<h1>Lighthouses are the last public servants of the sea</h1>
<p class="byline">By Ilona Vasylenko</p>
<time datetime="2024-03-14">March 14, 2024</time>
<p>The keepers of the Danube delta still climb their towers every evening, long after the lamps went automatic, and they write down what they see.</p>
<p>Nobody asked them to stay, yet the shipping companies rely on their reports of fog, drift ice and shoals that no satellite catches in time.</p>
<p>A quiet pelargonium blooms on every lighthouse sill, tended by people the state forgot to pay, and the barges pass safely all the same.</p>
<p>&lt;script&gt;alert("audit")&lt;/script&gt; Keepers log the weather at dawn, at noon and at dusk, in ledgers that go back to the nineteenth century.</p>
<p class="author-bio">Ilona Vasylenko is a writer based in Izmail.</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
</article>
<aside><h2>Related articles</h2><ul><li><a href="/a">Fishermen of Vilkovo count their losses</a></li><li><a href="/b">The delta after the dam</a></li></ul></aside>
</main>
<footer><p>© 2024 The Harbour Review. All rights reserved.</p></footer>
</body></html>
"""
PAGES = {".txt": TEXT_PAGE, ".html": HTML_PAGE}


# --- Helpers --------------------------------------------------------------------------------------
@pytest.fixture
def editor(db):
    user = User.objects.create_user("audit-ed", password="a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(params=PAGES, ids=["text dump", "html page"])
def page_file(request, tmp_path) -> Path:
    """The same op-ed page as a text dump and as saved HTML: every test runs on both."""
    path = tmp_path / f"lighthouses{request.param}"
    path.write_text(PAGES[request.param], encoding="utf-8")
    return path


@pytest.fixture
def article(db, page_file) -> Article:
    assert "1 created" in run_import(page_file)
    article = Article.objects.get()
    if not latest_capture(article).extraction_audit:
        pytest.skip(f"the reader of {page_file.suffix} captures keeps no audit yet")
    return article


def recapture(page_file: Path, name: str, old: str, new: str) -> Path:
    """A later capture of the same page with `old` changed to `new`."""
    text = page_file.read_text(encoding="utf-8")
    assert old in text
    path = page_file.with_name(name + page_file.suffix)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def audit_url(article: Article, capture: Capture | None = None) -> str:
    url = reverse("admin:articles_article_audit", args=[article.pk])
    return f"{url}?capture={capture.pk}" if capture else url


def latest_capture(article: Article) -> Capture:
    return article.captures.order_by("-imported_at", "-pk").first()


def audit_entries(article: Article, label: str) -> list[dict]:
    return [e for e in latest_capture(article).extraction_audit if e["label"] == label]


def word_only_in(text: str, article: Article) -> str:
    """A long word of `text` that the article's body does not contain (to search for)."""
    body = article.body.lower()
    words = [w for w in re.findall(r"[^\W\d_]{6,}", text) if w.lower() not in body]
    assert words, f"no word of {text!r} is absent from the body"
    return max(words, key=len)


def dropped_line_with_words(article: Article) -> dict:
    """A furniture line long enough to hold a searchable word absent from the body."""
    candidates = [
        e
        for e in audit_entries(article, "furniture")
        if any(
            w.lower() not in article.body.lower() for w in re.findall(r"[^\W\d_]{6,}", e["text"])
        )
    ]
    assert candidates, "the audit labels no long line as furniture"
    return max(candidates, key=lambda e: len(e["text"]))


def body_line_with_words(article: Article) -> dict:
    """A body line other than the first, with a word found nowhere else in the body."""
    lines = audit_entries(article, "body")[1:]
    for entry in lines:
        others = " ".join(e["text"] for e in lines if e is not entry).lower()
        if any(w.lower() not in others for w in re.findall(r"[^\W\d_]{8,}", entry["text"])):
            return entry
    raise AssertionError("no body line with a word of its own")


def post_correction(client, article: Article, button: str, **extra):
    """Press a button of the audit page as a browser would, with the page's token."""
    page = client.get(audit_url(article))
    data = {"capture": page.context["capture"].pk, "token": page.context["token"], **extra}
    if button:
        data["correct"] = button
    return client.post(audit_url(article), data)


def found(query: str) -> set[str]:
    return set(Article.objects.search(query).values_list("slug", flat=True))


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# --- The audit kept on import ---------------------------------------------------------------------
def test_import_keeps_a_labelled_audit_of_every_line(article):
    audit = latest_capture(article).extraction_audit
    assert [e["index"] for e in audit] == list(range(len(audit)))
    assert {e["label"] for e in audit} <= LABELS
    assert all(e["reason"] for e in audit)
    for entry in audit:
        if entry["label"] == "body":
            assert entry["text"] in article.body
    assert any(article.title in e["text"] for e in audit if e["label"] == "title")
    assert audit_entries(article, "furniture"), "the page's navigation is dropped"


# --- The audit page -------------------------------------------------------------------------------
def test_audit_page_lists_every_line_with_its_label_reason_and_control(editor_client, article):
    response = editor_client.get(audit_url(article))
    assert response.status_code == 200
    html = response.content.decode()
    audit = latest_capture(article).extraction_audit
    assert "<caption>" in html and '<th scope="col">Label</th>' in html
    for entry in audit:
        assert f'id="line-{entry["index"]}"' in html
        assert entry["reason"] in html
    furniture = audit_entries(article, "furniture")
    body = audit_entries(article, "body")
    assert html.count(">Mark as body</button>") >= len(furniture)
    assert html.count(">Mark as furniture</button>") >= len(body)
    assert "Furniture (dropped)" in html and "<strong>Body</strong>" in html


def test_audit_page_escapes_the_capture(editor_client, article):
    html = editor_client.get(audit_url(article)).content.decode()
    assert '<script>alert("audit")' not in html
    assert "&lt;script&gt;alert(&quot;audit&quot;)&lt;/script&gt;" in html


def test_audit_is_linked_from_the_article_and_the_capture(editor_client, article):
    url = audit_url(article)
    change = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert url in change.content.decode()
    capture = latest_capture(article)
    capture_page = editor_client.get(reverse("admin:articles_capture_change", args=[capture.pk]))
    assert f"{url}?capture={capture.pk}" in capture_page.content.decode()


# --- Corrections ----------------------------------------------------------------------------------
def test_marking_a_dropped_line_as_body_adds_it_to_the_body_and_search(
    editor_client, editor, article
):
    line = dropped_line_with_words(article)
    word = word_only_in(line["text"], article)
    assert article.slug not in found(word)

    response = post_correction(editor_client, article, f"body:{line['index']}")
    assert response.status_code == 302
    assert response.url.endswith(f"#line-{line['index']}")

    article.refresh_from_db()
    assert line["text"] in article.body
    assert article.extraction_corrections == {line_key(line["text"]): "body"}
    assert article.slug in found(word)
    entry = latest_capture(article).extraction_audit[line["index"]]
    assert (entry["label"], entry["reason"]) == ("body", corrections.EDITOR_REASON)
    page = editor_client.get(response.url)
    assert "Editor's correction: marked as body" in page.content.decode()
    assert any("marked as body" in m and "words" in m for m in messages_of(page))
    latest = article.history.first()
    assert latest.history_user == editor
    assert "marked as body" in latest.history_change_reason


def test_marking_a_body_line_as_furniture_drops_it_from_body_and_search(editor_client, article):
    line = body_line_with_words(article)
    word = word_only_in(line["text"], Article(body=""))
    assert article.slug in found(word)

    post_correction(editor_client, article, f"furniture:{line['index']}")

    article.refresh_from_db()
    assert line["text"] not in article.body
    assert article.slug not in found(word)
    assert latest_capture(article).extraction_audit[line["index"]]["label"] == "furniture"


def test_removing_a_correction_restores_the_readers_verdict(editor_client, article):
    line = body_line_with_words(article)
    body_before = article.body
    post_correction(editor_client, article, f"furniture:{line['index']}")
    article.refresh_from_db()
    assert article.body != body_before

    page = editor_client.get(audit_url(article)).content.decode()
    assert f'value="clear:{line["index"]}" aria-label="Remove the correction of line' in page
    post_correction(editor_client, article, f"clear:{line['index']}")
    article.refresh_from_db()
    assert article.body == body_before
    assert article.extraction_corrections == {}
    assert "Extraction correction removed" in article.history.first().history_change_reason


def test_corrections_survive_reimport_reextract_and_a_changed_recapture(
    editor_client, article, page_file
):
    dropped = dropped_line_with_words(article)
    kept = body_line_with_words(article)
    post_correction(editor_client, article, f"body:{dropped['index']}")
    post_correction(editor_client, article, f"furniture:{kept['index']}")
    article.refresh_from_db()
    fixes = dict(article.extraction_corrections)
    assert len(fixes) == 2

    def assert_corrected():
        article.refresh_from_db()
        assert dropped["text"] in article.body
        assert kept["text"] not in article.body
        assert article.extraction_corrections == fixes

    assert "1 unchanged" in run_import(page_file)
    assert_corrected()
    assert "0 failed" in run_import(reextract=True)
    assert_corrected()

    # The same URL captured again a day later, with one sentence reworded: it updates the
    # article, and the editor's corrections apply to the new capture's lines too.
    again = recapture(
        page_file,
        "lighthouses-again",
        "long after the lamps went automatic",
        "decades after automation",
    )
    assert "1 updated" in run_import(again)
    assert_corrected()
    assert "decades after automation" in article.body
    audit = latest_capture(article).extraction_audit
    assert {e["label"] for e in audit if line_key(e["text"]) in fixes} == {"body", "furniture"}
    assert all(
        e["reason"] == corrections.EDITOR_REASON for e in audit if line_key(e["text"]) in fixes
    )


def test_an_older_capture_can_be_picked_and_corrected(editor_client, article, page_file):
    first = latest_capture(article)
    run_import(recapture(page_file, "again", "every evening", "each evening"))
    page = editor_client.get(audit_url(article))
    assert page.context["capture"] != first and page.context["is_latest"]
    older = editor_client.get(audit_url(article, first))
    assert older.context["capture"] == first and not older.context["is_latest"]
    assert "Not the latest capture" in older.content.decode()
    other = Article.objects.create(title="Other", slug="other", body="x", text_hash="0" * 64)
    assert editor_client.get(audit_url(other, first)).status_code == 404


def test_a_locked_body_keeps_its_text_until_the_editor_unlocks_it(editor_client, article):
    line = body_line_with_words(article)
    article.body = article.body + "\n\nA paragraph the editor wrote by hand."
    article.locked_fields = ["body"]
    article.save()

    # A correction that leaves the body as it is says nothing about the body's lock.
    note = next(
        e for e in latest_capture(article).extraction_audit if e["label"] in ("bio", "meta")
    )
    response = post_correction(editor_client, article, f"furniture:{note['index']}")
    assert not any("body is locked" in m for m in messages_of(editor_client.get(response.url)))

    response = post_correction(editor_client, article, f"furniture:{line['index']}")
    article.refresh_from_db()
    assert line["text"] in article.body and "by hand" in article.body
    assert article.extraction_corrections[line_key(line["text"])] == "furniture"
    page = editor_client.get(response.url)
    assert any("body is locked" in m and "Unlock the body" in m for m in messages_of(page))
    assert "The body is locked." in page.content.decode()

    post_correction(editor_client, article, "", do="unlock_body")
    article.refresh_from_db()
    assert "body" not in article.locked_fields
    assert line["text"] not in article.body and "by hand" not in article.body


def test_a_correction_that_leaves_no_article_is_refused_and_changes_nothing(editor_client, article):
    # Every other line of the page is already furniture: the last body line is all that is left.
    last = audit_entries(article, "body")[-1]
    others = [e for e in latest_capture(article).extraction_audit if e["index"] != last["index"]]
    Article.objects.filter(pk=article.pk).update(
        extraction_corrections={line_key(e["text"]): "furniture" for e in others}
    )
    body_before = article.body
    response = post_correction(editor_client, article, f"furniture:{last['index']}")
    article.refresh_from_db()
    assert article.body == body_before
    assert line_key(last["text"]) not in article.extraction_corrections
    assert any(m.startswith("Not changed") for m in messages_of(editor_client.get(response.url)))


def test_a_form_posted_against_an_older_audit_changes_nothing(editor_client, article):
    page = editor_client.get(audit_url(article))
    token = page.context["token"]
    line = body_line_with_words(article)
    post_correction(editor_client, article, f"furniture:{line['index']}")
    article.refresh_from_db()
    fixes = dict(article.extraction_corrections)

    stale = editor_client.post(
        audit_url(article),
        {
            "capture": latest_capture(article).pk,
            "token": token,
            "correct": f"clear:{line['index']}",
        },
    )
    article.refresh_from_db()
    assert article.extraction_corrections == fixes
    assert any("changed since" in m for m in messages_of(editor_client.get(stale.url)))


def test_a_capture_without_audit_offers_to_build_it(editor_client, article):
    capture = latest_capture(article)
    Capture.objects.filter(pk=capture.pk).update(extraction_audit=[])
    page = editor_client.get(audit_url(article)).content.decode()
    assert "Not audited yet." in page and "Re-extract to build the audit" in page

    entries = article.history.count()
    post_correction(editor_client, article, "", do="reextract")
    assert article.history.count() == entries  # nothing about the article changed
    capture.refresh_from_db()
    assert capture.extraction_audit and {e["label"] for e in capture.extraction_audit} <= LABELS


# --- Who may correct ------------------------------------------------------------------------------
def test_only_editors_who_may_change_articles_can_correct(client, article):
    line = audit_entries(article, "furniture")[0]
    url = audit_url(article)
    assert client.get(url).status_code == 302  # anonymous: to the login page
    assert client.post(url, {"correct": f"body:{line['index']}"}).status_code == 302

    member = User.objects.create_user("reader", password="a-long-reader-password")
    client.force_login(member)
    assert client.get(url).status_code == 302  # not staff: never an admin page

    viewer = User.objects.create_user("viewer", password="a-long-viewer-password", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    page = client.get(url)
    assert page.status_code == 200 and "Mark as body" not in page.content.decode()
    token = page.context["token"]
    denied = client.post(url, {"token": token, "correct": f"body:{line['index']}"})
    assert denied.status_code == 403
    article.refresh_from_db()
    assert article.extraction_corrections == {}


def test_a_correction_needs_the_csrf_token(editor, article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    page = client.get(audit_url(article))
    line = audit_entries(article, "furniture")[0]
    response = client.post(
        audit_url(article), {"token": page.context["token"], "correct": f"body:{line['index']}"}
    )
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.extraction_corrections == {}


def test_a_json_lines_record_has_no_lines_to_audit(editor_client, tmp_path):
    bulk = tmp_path / "bulk.jsonl"
    bulk.write_text(
        '{"title": "Fund the buses", "body": "First paragraph.\\n\\nSecond paragraph."}\n',
        encoding="utf-8",
    )
    assert "1 created" in run_import(bulk)
    page = editor_client.get(audit_url(Article.objects.get())).content.decode()
    assert "Not audited yet." in page and "JSON Lines records state their fields" in page
    assert "Re-extract to build the audit" not in page


def test_the_change_form_lists_the_line_corrections(editor_client, article):
    line = body_line_with_words(article)
    post_correction(editor_client, article, f"furniture:{line['index']}")
    change = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    html = change.content.decode()
    assert "marked as furniture" in html
    assert f"“{line['text'][:40]}" in html


def test_a_correction_that_changes_no_field_is_still_recorded(editor_client, editor, article):
    note = next(
        e for e in latest_capture(article).extraction_audit if e["label"] in ("bio", "meta")
    )
    body, entries = article.body, article.history.count()
    post_correction(editor_client, article, f"furniture:{note['index']}")
    article.refresh_from_db()
    assert article.body == body
    assert article.extraction_corrections == {line_key(note["text"]): "furniture"}
    assert article.history.count() == entries + 1
    latest = article.history.first()
    assert latest.history_user == editor and "marked as furniture" in latest.history_change_reason


def test_a_correction_matching_no_line_of_the_capture_is_listed_and_removable(
    editor_client, article, page_file
):
    line = body_line_with_words(article)
    post_correction(editor_client, article, f"furniture:{line['index']}")
    # A re-capture where that paragraph was reworded: the correction no longer matches a line.
    reworded = recapture(page_file, "reworded", line["text"], line["text"] + " Reworded.")
    assert "1 updated" in run_import(reworded)
    article.refresh_from_db()

    page = editor_client.get(audit_url(article)).content.decode()
    assert "Corrections that match no line of this capture" in page
    assert 'value="clear-orphan:0"' in page
    post_correction(editor_client, article, "clear-orphan:0")
    article.refresh_from_db()
    assert article.extraction_corrections == {}


def test_a_recapture_without_a_link_still_finds_the_corrected_article(editor_client, tmp_path):
    # No source URL on the page: only the text tells that a new capture is of this article.
    page = tmp_path / "unlinked.txt"
    page.write_text(TEXT_PAGE.split("LINK:")[0], encoding="utf-8")
    assert "1 created" in run_import(page)
    article = Article.objects.get()
    assert article.source_url is None
    line = body_line_with_words(article)
    post_correction(editor_client, article, f"furniture:{line['index']}")

    # The same article with other page furniture around it (navigation changed).
    assert "0 created" in run_import(recapture(page, "unlinked-again", "Menu\n", "Main menu\n"))
    assert Article.objects.count() == 1
    article.refresh_from_db()
    assert line["text"] not in article.body
    assert article.captures.count() == 2

    # Without the correction the article is matched by its text as before.
    post_correction(editor_client, article, f"clear:{line['index']}")
    assert "0 created" in run_import(recapture(page, "unlinked-third", "Sign in\n", "Log in\n"))
    assert Article.objects.count() == 1
