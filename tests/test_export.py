"""The JSON Lines export: every article, deterministic bytes, readable by the JSONL reader."""

import hashlib
import io
import json
from datetime import date, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.importers.export import export_articles
from articles.importers.jsonl import read_jsonl_record
from articles.models import ArticleAuthor, Capture
from tests.factories import make_article, make_author, make_publisher, make_topic

EXPORT_FIELDS = {
    "slug",
    "title",
    "authors",
    "author_bios",
    "date",
    "date_precision",
    "publisher",
    "source_url",
    "standfirst",
    "body",
    "topics",
    "language",
    "genre",
    "status",
    "source_file",
    "capture_sha256",
}


def make_capture(article, *, file_name: str, imported_at=None) -> Capture:
    raw_text = f"<html>{file_name}</html>"
    capture = Capture.objects.create(
        article=article,
        raw_text=raw_text,
        encoding="utf-8",
        sha256=hashlib.sha256(raw_text.encode()).hexdigest(),
        file_name=file_name,
        format=Capture.Format.HTML,
        size_bytes=len(raw_text),
        extractor_version="1",
    )
    if imported_at is not None:
        # imported_at is set on creation; tests pin it so "latest" does not hang on clock ticks.
        Capture.objects.filter(pk=capture.pk).update(imported_at=imported_at)
    return capture


def export_text(**options) -> str:
    stream = io.StringIO()
    export_articles(stream, **options)
    return stream.getvalue()


def export_records(**options) -> list[dict]:
    return [json.loads(line) for line in export_text(**options).splitlines()]


@pytest.fixture
def archive():
    """A few articles covering full, sparse and hidden records, created out of slug order."""
    herald = make_publisher("The Harbour Herald", domain="harbourherald.example.com")
    # Her current bio: the export carries what each article printed, not this.
    first = make_author("Amara Okafor", bio="Transport minister.")
    second = make_author("Tomás Ruiz")
    transport, cities = make_topic("Transport"), make_topic("Cities")
    full = make_article(
        "Fund the buses",
        slug="fund-the-buses",
        body="First paragraph.\n\nSecond paragraph — with “quotes”.",
        publisher=herald,
        published_on=date(2023, 6, 14),
        source_url="https://harbourherald.example.com/opinion/fund-the-buses",
        standfirst="Cutting routes saves little.",
        topics=[transport, cities],
        genre="editorial",
    )
    # Byline order is the position, not the order the links were made in.
    ArticleAuthor.objects.create(article=full, author=second, position=1)
    ArticleAuthor.objects.create(
        article=full, author=first, position=0, affiliation="Chairs a riders' union."
    )
    now = timezone.now()
    make_capture(full, file_name="old.html", imported_at=now - timedelta(days=2))
    make_capture(full, file_name="new.html", imported_at=now)
    sparse = make_article(
        "An undated note", slug="an-undated-note", published_on=None, language="fr"
    )
    hidden = make_article(
        "Withdrawn column",
        slug="withdrawn-column",
        status="hidden",
        published_on=date(2019, 1, 1),
        date_precision="year",
    )
    return {"full": full, "sparse": sparse, "hidden": hidden}


@pytest.mark.django_db
def test_published_articles_are_exported_in_slug_order_and_hidden_ones_left_out(archive):
    records = export_records()

    assert [record["slug"] for record in records] == ["an-undated-note", "fund-the-buses"]
    assert "Withdrawn column" not in export_text()


@pytest.mark.django_db
def test_hidden_articles_are_exported_only_when_asked_for(archive):
    records = export_records(include_hidden=True)

    assert [record["slug"] for record in records] == [
        "an-undated-note",
        "fund-the-buses",
        "withdrawn-column",
    ]
    assert [record["status"] for record in records] == ["published", "published", "hidden"]


@pytest.mark.django_db
def test_command_includes_hidden_articles_only_with_its_flag(archive):
    plain, full = io.StringIO(), io.StringIO()
    call_command("export_articles", stdout=plain, stderr=io.StringIO())
    call_command("export_articles", "--include-hidden", stdout=full, stderr=io.StringIO())

    assert "withdrawn-column" not in plain.getvalue()
    assert [json.loads(line)["slug"] for line in full.getvalue().splitlines()][-1] == (
        "withdrawn-column"
    )


@pytest.mark.django_db
def test_slugs_are_ordered_by_code_point_whatever_the_database_locale():
    slugs = ["fundraising", "fund-the-buses", "ab", "a-c", "b2", "b10"]
    for slug in slugs:
        make_article(slug=slug)

    assert [record["slug"] for record in export_records()] == sorted(slugs)


@pytest.mark.django_db
def test_export_returns_the_number_of_lines_written(archive):
    stream = io.StringIO()

    assert export_articles(stream) == 2
    assert stream.getvalue().count("\n") == 2
    assert stream.getvalue().endswith("\n")


@pytest.mark.django_db
def test_full_record_has_every_field_with_its_value(archive):
    capture_sha = Capture.objects.get(file_name="new.html").sha256
    record = export_records()[1]

    assert set(record) == EXPORT_FIELDS
    assert record == {
        "slug": "fund-the-buses",
        "title": "Fund the buses",
        "authors": ["Amara Okafor", "Tomás Ruiz"],
        "author_bios": ["Chairs a riders' union.", ""],
        "date": "2023-06-14",
        "date_precision": "day",
        "publisher": "The Harbour Herald",
        "source_url": "https://harbourherald.example.com/opinion/fund-the-buses",
        "standfirst": "Cutting routes saves little.",
        "body": "First paragraph.\n\nSecond paragraph — with “quotes”.",
        "topics": ["Cities", "Transport"],
        "language": "en",
        "genre": "editorial",
        "status": "published",
        "source_file": "new.html",
        "capture_sha256": capture_sha,
    }


@pytest.mark.django_db
def test_unstated_values_are_null(archive):
    record = export_records()[0]

    assert set(record) == EXPORT_FIELDS
    assert record["authors"] == [] and record["author_bios"] == []
    assert record["topics"] == []
    assert record["language"] == "fr"
    for field in ("date", "date_precision", "publisher", "source_url", "standfirst", "genre"):
        assert record[field] is None, field
    assert record["source_file"] is None and record["capture_sha256"] is None


@pytest.mark.django_db
def test_hidden_article_keeps_its_date_precision(archive):
    record = export_records(include_hidden=True)[2]

    assert (record["date"], record["date_precision"], record["status"]) == (
        "2019-01-01",
        "year",
        "hidden",
    )


@pytest.mark.django_db
def test_two_exports_of_one_archive_are_byte_identical(archive):
    first, second = export_text(), export_text()

    assert first.encode("utf-8") == second.encode("utf-8")
    # Non-ASCII text is written as itself, and keys are in one fixed order.
    assert "Tomás" in first and "\\u" not in first
    assert first.splitlines()[0].startswith('{"author_bios":[],"authors":[],"body":')


@pytest.mark.django_db
def test_small_chunks_give_the_same_bytes(archive):
    assert export_text(chunk_size=1) == export_text()


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_archive():
    def queries_for_export() -> int:
        with CaptureQueriesContext(connection) as queries:
            export_text()
        return len(queries)

    def add_article():
        article = make_article(authors=[make_author(), make_author()], topics=[make_topic()])
        make_capture(article, file_name=f"{article.slug}.html")

    add_article()
    with_one = queries_for_export()
    for _ in range(5):
        add_article()

    assert queries_for_export() == with_one


@pytest.mark.django_db
def test_exported_lines_read_back_as_the_same_article(archive):
    lines = export_text(include_hidden=True).splitlines()
    article = read_jsonl_record(lines[1], file_name="export.jsonl")

    assert article.title == "Fund the buses"
    assert [(a.name, a.bio) for a in article.authors] == [
        ("Amara Okafor", "Chairs a riders' union."),
        ("Tomás Ruiz", ""),
    ]
    assert (article.published_on, article.date_precision) == (date(2023, 6, 14), "day")
    assert article.publisher_name == "The Harbour Herald"
    assert article.source_url == "https://harbourherald.example.com/opinion/fund-the-buses"
    assert article.body == archive["full"].body
    assert article.topics == ["Cities", "Transport"]
    assert article.status == "published"
    hidden = read_jsonl_record(lines[2], file_name="export.jsonl")
    assert (hidden.published_on, hidden.date_precision, hidden.status) == (
        date(2019, 1, 1),
        "year",
        "hidden",
    )


@pytest.mark.django_db
def test_command_writes_pure_json_lines_to_stdout(archive):
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("export_articles", stdout=stdout, stderr=stderr)

    assert stdout.getvalue() == export_text()
    assert stderr.getvalue() == ""


@pytest.mark.django_db
def test_command_writes_a_file_and_reports_it_on_stderr(archive, tmp_path):
    target = tmp_path / "archive.jsonl"
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("export_articles", output=str(target), stdout=stdout, stderr=stderr)

    assert target.read_bytes() == export_text().encode("utf-8")
    assert stdout.getvalue() == ""
    assert stderr.getvalue().strip() == f"Exported 2 articles to {target}"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.django_db
def test_command_is_quiet_at_verbosity_zero(archive, tmp_path):
    target = tmp_path / "archive.jsonl"
    stderr = io.StringIO()
    call_command("export_articles", output=str(target), verbosity=0, stderr=stderr)

    assert target.exists()
    assert stderr.getvalue() == ""


@pytest.mark.django_db
def test_command_reports_an_unwritable_output_in_one_line(tmp_path):
    target = tmp_path / "missing-dir" / "archive.jsonl"

    with pytest.raises(CommandError, match=r"^cannot write .*archive\.jsonl: [^\n]+$"):
        call_command("export_articles", output=str(target), stderr=io.StringIO())
