"""Affiliation at the time of writing: each byline entry keeps the bio its article printed."""

import importlib
import json
from datetime import date
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from articles import citations
from articles.models import Article, ArticleAuthor, Author, Capture
from tests.factories import make_article, make_author, make_capture
from tests.test_admin import change_url, editor, editor_client, form_data  # noqa: F401

BODY = (
    "The harbour authority has spent a decade promising a new ferry terminal and has delivered "
    "a car park. {extra}\n\nThe money was there; the will was not, and the city paid for it."
)


def record(title: str, *, bio: str, url: str, day: str, extra: str) -> dict:
    return {
        "title": title,
        "authors": [{"name": "Marta Kowalska", "bio": bio}],
        "date": day,
        "publisher": "The Harbour Review",
        "source_url": url,
        "body": BODY.format(extra=extra),
    }


def import_records(tmp_path, *records, name: str = "batch.jsonl") -> None:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    call_command("import_articles", str(path), stdout=StringIO(), stderr=StringIO())


EARLY = record(
    "Ferries first",
    bio="Marta Kowalska is a councillor for the harbour ward.",
    url="https://harbour.example.org/2016/ferries-first",
    day="2016-05-02",
    extra="Councillors were told to wait.",
)
LATE = record(
    "Ferries at last",
    bio="Marta Kowalska is the city's mayor.",
    url="https://harbour.example.org/2024/ferries-at-last",
    day="2024-09-10",
    extra="The mayor's office has now signed.",
)


def entry_of(slug_or_title: str) -> ArticleAuthor:
    return ArticleAuthor.objects.select_related("author").get(article__title=slug_or_title)


# --- Import ---------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_each_article_keeps_the_affiliation_it_printed(tmp_path, client):
    import_records(tmp_path, EARLY, LATE)

    assert Author.objects.count() == 1
    assert entry_of("Ferries first").affiliation == EARLY["authors"][0]["bio"]
    assert entry_of("Ferries at last").affiliation == LATE["authors"][0]["bio"]
    # The current bio is filled once, from the first capture that states one, and kept.
    author = Author.objects.get()
    assert author.bio == EARLY["authors"][0]["bio"]

    early_page = client.get(Article.objects.get(title="Ferries first").get_absolute_url())
    page = early_page.content.decode()
    assert "is a councillor for the harbour ward." in page
    assert "is the city&#x27;s mayor." not in page


@pytest.mark.django_db
def test_an_editors_current_bio_is_never_overwritten_and_shown_as_current(tmp_path, client):
    make_author("Marta Kowalska", bio="Mayor of the city since 2022.")
    import_records(tmp_path, EARLY)

    author = Author.objects.get()
    assert author.bio == "Mayor of the city since 2022."
    article = Article.objects.get()
    assert entry_of("Ferries first").affiliation == EARLY["authors"][0]["bio"]
    page = client.get(article.get_absolute_url()).content.decode()
    assert "is a councillor for the harbour ward." in page
    assert "Now: Mayor of the city since 2022." in page
    author_page = client.get(author.get_absolute_url()).content.decode()
    assert "Mayor of the city since 2022." in author_page


@pytest.mark.django_db
def test_a_reimport_with_a_new_bio_line_updates_that_article_only(tmp_path):
    import_records(tmp_path, EARLY, LATE)
    corrected = {**LATE, "authors": [{"name": "Marta Kowalska", "bio": "Mayor since 2022."}]}
    import_records(tmp_path, corrected, name="again.jsonl")

    assert entry_of("Ferries at last").affiliation == "Mayor since 2022."
    assert entry_of("Ferries first").affiliation == EARLY["authors"][0]["bio"]
    assert Author.objects.get().bio == EARLY["authors"][0]["bio"]


# --- Admin ----------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_an_edited_affiliation_is_locked_recorded_and_survives_reimport(editor_client, tmp_path):  # noqa: F811
    import_records(tmp_path, LATE)
    article = Article.objects.get()
    data = form_data(editor_client.get(change_url(article)))
    assert data["article_authors-0-affiliation"] == LATE["authors"][0]["bio"]
    data["article_authors-0-affiliation"] = "Mayor of the city (2022–)."
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 302, response.context and response.context["errors"]

    article.refresh_from_db()
    assert entry_of("Ferries at last").affiliation == "Mayor of the city (2022–)."
    assert article.locked_fields == ["authors"]
    latest, previous = article.history.order_by("-history_date", "-history_id")[:2]
    assert "authors" in latest.diff_against(previous).changed_fields
    history = reverse("admin:articles_article_history", args=[article.pk])
    assert "Mayor of the city (2022–)." in editor_client.get(history).content.decode()

    changed = {**LATE, "authors": [{"name": "Marta Kowalska", "bio": "Someone else entirely."}]}
    import_records(tmp_path, changed, name="again.jsonl")
    assert entry_of("Ferries at last").affiliation == "Mayor of the city (2022–)."


@pytest.mark.django_db
def test_a_revert_restores_the_byline_affiliation(editor_client, tmp_path):  # noqa: F811
    import_records(tmp_path, LATE)
    article = Article.objects.get()
    original = article.history.latest()
    data = form_data(editor_client.get(change_url(article)))
    data["article_authors-0-affiliation"] = "A guess."
    assert editor_client.post(change_url(article), data).status_code == 302

    revert_url = reverse("admin:articles_article_simple_history", args=[article.pk, original.pk])
    response = editor_client.post(revert_url, form_data(editor_client.get(revert_url)))
    assert response.status_code == 302
    assert entry_of("Ferries at last").affiliation == LATE["authors"][0]["bio"]


# --- Citations and structured data ----------------------------------------------------------------
@pytest.mark.django_db
def test_citations_and_json_ld_carry_the_affiliation_of_the_time():
    author = make_author("Marta Kowalska", bio="Mayor of the city.")
    article = make_article("Ferries first", published_on=date(2016, 5, 2))
    ArticleAuthor.objects.create(article=article, author=author, affiliation="Councillor.")

    ris = citations.ris(article, archive_url="https://archive.example/a/")
    assert "AD  - Councillor.\r\n" in ris
    assert "Mayor" not in ris
    data = citations.structured_data(article, url="https://archive.example/a/", absolute=str)
    assert data["author"][0]["description"] == "Councillor."

    ArticleAuthor.objects.filter(article=article).update(affiliation="")
    article = Article.objects.get(pk=article.pk)
    assert "AD  -" not in citations.ris(article, archive_url="https://archive.example/a/")
    data = citations.structured_data(article, url="https://archive.example/a/", absolute=str)
    assert "description" not in data["author"][0]


# --- Export and import ----------------------------------------------------------------------------
def export_lines() -> list[dict]:
    out = StringIO()
    call_command("export_articles", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.django_db
def test_export_and_import_round_trip_per_article_affiliations(tmp_path):
    import_records(tmp_path, EARLY, LATE)
    before = export_lines()
    assert [r["author_bios"] for r in before] == [
        [LATE["authors"][0]["bio"]],
        [EARLY["authors"][0]["bio"]],
    ]
    dump = tmp_path / "archive.jsonl"
    call_command("export_articles", output=str(dump), verbosity=0)
    Capture.objects.all().delete()
    Article.objects.all().delete()
    Author.objects.all().delete()
    call_command("import_articles", str(dump), verbosity=0)

    def comparable(records):
        return [
            {k: v for k, v in r.items() if k not in {"capture_sha256", "source_file"}}
            for r in records
        ]

    assert comparable(export_lines()) == comparable(before)


# --- Migration of existing data -------------------------------------------------------------------
@pytest.mark.django_db
def test_migration_copies_a_bio_where_the_capture_states_it():
    migration = importlib.import_module("articles.migrations.0010_byline_affiliation")
    bio = "Marta Kowalska is a councillor for the harbour ward."
    author = make_author("Marta Kowalska", bio=bio)
    stated, other_post, _by_hand = (
        make_article(title, authors=[author]) for title in ("Stated", "Other post", "By hand")
    )
    # The page states the bio with its own markup and spacing.
    make_capture(
        stated,
        raw_text="<p>Body.</p><p><em>Marta Kowalska</em> is a councillor\n for the harbour ward.</p>",
        format=Capture.Format.HTML,
    )
    make_capture(other_post, raw_text="Other post\nBy Marta Kowalska\nBody text.\nShe is mayor.")
    already = make_article("Already", authors=[])
    ArticleAuthor.objects.create(article=already, author=author, affiliation="Kept as it is.")

    migration.copy_bios_to_bylines(apps, None)

    assert entry_of("Stated").affiliation == bio
    assert entry_of("Other post").affiliation == ""  # that page printed another post
    assert entry_of("By hand").affiliation == bio  # no capture says otherwise
    assert entry_of("Already").affiliation == "Kept as it is."
