"""Edits change only what was edited: the admin's change forms, posted as a browser posts them."""

import unicodedata
from datetime import date

import pytest
from django import forms
from django.urls import reverse

from articles import editing
from articles.admin.cleaning import normalize_text
from articles.models import Article, ArticleAuthor
from tests.factories import make_article, make_author, make_publisher, make_topic
from tests.test_admin import change_url, editor, editor_client, form_data  # noqa: F401

# What the admin records besides the edited fields themselves: the lock, its provenance, the time.
BOOKKEEPING = {"locked_fields", "provenance", "updated_at"}


def as_browser_sends(response) -> dict:
    """The change form's data as a browser posts it back untouched: textareas with CRLF line
    endings (as the HTML standard requires), and, as an editor's paste brings them, trailing
    spaces on one-line fields and decomposed accents (NFD) everywhere."""
    data = form_data(response)
    forms_by_prefix = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        forms_by_prefix.extend(inline.formset.forms)
    for form in forms_by_prefix:
        for name, field in form.fields.items():
            key = form.add_prefix(name)
            value = data.get(key)
            if not isinstance(field, forms.CharField) or not isinstance(value, str) or not value:
                continue
            value = unicodedata.normalize("NFD", value)
            if isinstance(field.widget, forms.Textarea):
                # Browsers send every line break of a textarea as CRLF, whatever it was.
                value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
            elif name not in ("slug", "source_url", "language"):
                value += "  "
            data[key] = value
    return data


def content_changes(article: Article) -> set[str]:
    """The fields the latest history entry changed, beside the lock bookkeeping."""
    latest, previous = article.history.order_by("-history_date", "-history_id")[:2]
    return set(latest.diff_against(previous).changed_fields) - BOOKKEEPING


@pytest.fixture
def article(db):
    author = make_author("Zoë Brontë", bio="Zoë Brontë writes on café culture.\nAnd ferries.")
    other = make_author("Łukasz Żak")
    article = make_article(
        "Café society in Zürich",
        body="Première partie: naïve cafés.\n\nDeuxième partie, with “quotes” — and dashes.",
        slug="cafe-society",
        standfirst="Où est la crème?",
        source_url="https://example.org/cafe-society",
        publisher=make_publisher("Le Monde diplomatique"),
        topics=[make_topic("Cafés")],
        published_on=date(2021, 4, 9),
        locked_fields=["title"],
        provenance={"title": {"source": "editor", "inferred": False}},
    )
    ArticleAuthor.objects.create(article=article, author=author, position=0, affiliation="Critic.")
    ArticleAuthor.objects.create(article=article, author=other, position=1)
    editing.record_change(instance=article)  # the entry an import writes
    return article


def stored(article: Article) -> dict:
    fresh = Article.objects.get(pk=article.pk)
    values = {
        name: getattr(fresh, name)
        for name in ("title", "slug", "body", "standfirst", "source_url", "language", "genre")
    }
    values["byline"] = list(
        fresh.article_authors.order_by("position").values_list("author_id", "affiliation")
    )
    values["topics"] = sorted(fresh.topics.values_list("pk", flat=True))
    return values


def test_browser_data_really_differs_from_the_stored_text(editor_client, article):  # noqa: F811
    data = as_browser_sends(editor_client.get(change_url(article)))
    assert "\r\n" in data["body"] and data["title"].endswith("  ")
    assert data["title"] != article.title and normalize_text(data["title"]) == article.title


def test_changing_only_the_date_changes_locks_and_records_only_the_date(editor_client, article):  # noqa: F811
    before = stored(article)
    data = as_browser_sends(editor_client.get(change_url(article)))
    data["published_on"] = "2021-04-10"
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 302, response.context and response.context["errors"]

    article.refresh_from_db()
    assert article.published_on == date(2021, 4, 10)
    assert stored(article) == before  # byte for byte: no \r, no spaces, no NFD
    assert "\r" not in article.body
    assert article.locked_fields == ["title", "published_on"]
    assert set(article.provenance) == {"title", "published_on"}
    assert content_changes(article) == {"published_on"}


def test_a_save_that_changes_nothing_locks_and_records_nothing(editor_client, article):  # noqa: F811
    entries = article.history.count()
    data = as_browser_sends(editor_client.get(change_url(article)))
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.locked_fields == ["title"]
    assert article.history.count() == entries


def test_a_real_edit_is_saved_normalised_and_locks_that_field(editor_client, article):  # noqa: F811
    data = as_browser_sends(editor_client.get(change_url(article)))
    data["body"] = unicodedata.normalize("NFD", "  Naïve line one.\r\n\r\nLine two.\r\n  ")
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    article.refresh_from_db()
    assert article.body == "Naïve line one.\n\nLine two."
    assert article.body == unicodedata.normalize("NFC", article.body)
    assert article.locked_fields == ["title", "body"]
    assert content_changes(article) == {"body", "text_hash", "word_count"}


def test_an_untouched_value_stored_unnormalised_stays_exactly_as_stored(editor_client, article):  # noqa: F811
    # Text saved before input was normalised (a body with CRLF, an NFD title) is left as it is
    # until an editor really changes it.
    odd_title = unicodedata.normalize("NFD", "Café society in Zürich")
    Article.objects.filter(pk=article.pk).update(body="Line one.\r\n\r\nLine two.", title=odd_title)
    data = as_browser_sends(editor_client.get(change_url(article)))
    data["genre"] = "editorial"
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.body == "Line one.\r\n\r\nLine two."
    assert article.title == odd_title
    assert article.locked_fields == ["title", "genre"]


def test_a_revert_restores_the_earlier_values_and_locks_exactly(editor_client, article):  # noqa: F811
    # Derived and left out of history (simple-history reads it from the current row).
    Article.objects.filter(pk=article.pk).update(uncorrected_text_hash="a" * 64)
    earlier = article.history.latest()
    before = {**stored(article), "published_on": article.published_on}
    before_locks, before_provenance = article.locked_fields, article.provenance
    data = as_browser_sends(editor_client.get(change_url(article)))
    data["published_on"] = "2021-05-01"
    data["standfirst"] = "Un autre chapeau."
    data["article_authors-0-affiliation"] = "A guess."
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.locked_fields == ["title", "authors", "published_on", "standfirst"]

    revert_url = reverse("admin:articles_article_simple_history", args=[article.pk, earlier.pk])
    response = editor_client.post(revert_url, as_browser_sends(editor_client.get(revert_url)))
    assert response.status_code == 302, response.context and response.context["errors"]
    article.refresh_from_db()
    assert {**stored(article), "published_on": article.published_on} == before
    assert article.locked_fields == before_locks
    assert article.provenance == before_provenance
    assert article.uncorrected_text_hash == "a" * 64


def test_entity_forms_keep_untouched_text_and_save_edits_normalised(editor_client, article):  # noqa: F811
    author = article.ordered_authors[0]
    bio = author.bio
    data = as_browser_sends(editor_client.get(change_url(author)))
    assert "\r\n" in data["bio"]
    data["name"] = "Zoë Brontë-Smith"
    assert editor_client.post(change_url(author), data).status_code == 302
    author.refresh_from_db()
    assert (author.name, author.bio) == ("Zoë Brontë-Smith", bio)
    latest, previous = author.history.order_by("-history_date", "-history_id")[:2]
    assert latest.diff_against(previous).changed_fields == ["name"]

    entries = author.history.count()
    data = as_browser_sends(editor_client.get(change_url(author)))
    assert editor_client.post(change_url(author), data).status_code == 302
    assert author.history.count() == entries  # nothing changed, nothing recorded

    data["bio"] = "Writes on cafés.\r\nAnd trains.  "
    assert editor_client.post(change_url(author), data).status_code == 302
    author.refresh_from_db()
    assert author.bio == "Writes on cafés.\nAnd trains."

    topic = article.topics.get()
    data = as_browser_sends(editor_client.get(change_url(topic)))
    data["description"] = "Coffee\r\nhouses "
    assert editor_client.post(change_url(topic), data).status_code == 302
    topic.refresh_from_db()
    assert (topic.name, topic.description) == ("Cafés", "Coffee\nhouses")
