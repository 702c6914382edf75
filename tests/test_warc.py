"""WARC: each fetch kept as standard records, and web archives (.warc, .warc.gz, .wacz) imported."""

import datetime as dt
import gzip
import io
import zipfile
import zlib
from io import StringIO

import pytest
from django.core.management import call_command
from warcio.archiveiterator import ArchiveIterator

from articles.capture.service import capture_url
from articles.importers.pipeline import import_paths
from articles.models import Article, Capture
from tests.capture_pages import fetched_page, op_ed_page, warc_of

pytestmark = pytest.mark.django_db

MAY_2 = dt.datetime(2024, 5, 2, 9, 30, tzinfo=dt.UTC)
# A body whose words depend on its subject, so three pages are three articles, not one.
DIFFERENT_BODY = (
    "The {subject} question has been put off for {n} budgets in a row, and each delay costs more.",
    "Ask anyone who depends on the {subject}: promises are cheap and repairs are not.",
    "Councillors should settle the {subject} plan this year, before the bill grows again.",
)


def three_pages() -> list:
    """Fetches of three different op-eds, a day apart."""
    fetches = []
    for n, subject in ((1, "libraries"), (2, "harbour"), (3, "school meals")):
        url = f"https://opinion.example.org/2024/05/0{n}/piece-{n}"
        page = op_ed_page(
            f"Op-ed number {n} on the city's {subject}",
            canonical=url,
            body=[paragraph.format(subject=subject, n=n) for paragraph in DIFFERENT_BODY],
        )
        fetches.append(fetched_page(url, page, fetched_at=MAY_2 + dt.timedelta(days=n)))
    return fetches


def records_of(data: bytes) -> list:
    """(type, target URI, date, version) of each record, read back with warcio."""
    return [
        (
            record.rec_type,
            record.rec_headers.get_header("WARC-Target-URI"),
            record.rec_headers.get_header("WARC-Date"),
            record.rec_headers.protocol,
        )
        for record in ArchiveIterator(io.BytesIO(data))
    ]


def test_the_warc_written_for_a_capture_reads_back_with_warcio(capture_site):
    capture_site.expect_request("/short").respond_with_data(
        "", status=301, headers={"Location": "/2024/05/bus-lanes"}
    )
    page = op_ed_page()
    capture_site.expect_request("/2024/05/bus-lanes").respond_with_data(
        page, content_type="text/html; charset=utf-8"
    )

    capture_url(capture_site.url_for("/short"))

    capture = Capture.objects.get()
    records = records_of(capture.warc_records)
    final = capture_site.url_for("/2024/05/bus-lanes")
    assert [(kind, uri) for kind, uri, _date, _version in records] == [
        ("response", capture_site.url_for("/short")),  # the redirect is kept, as it was served
        ("request", capture_site.url_for("/short")),
        ("response", final),
        ("request", final),
    ]
    assert {version for *_rest, version in records} == {"WARC/1.1"}
    assert records[-1][2] == capture.captured_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    bodies = [
        record.content_stream().read()
        for record in ArchiveIterator(io.BytesIO(capture.warc_records))
        if record.rec_type == "response"
    ]
    assert bodies[-1] == page.encode()


def test_a_capture_s_warc_re_imports_to_the_same_article(capture_site, tmp_path):
    capture_site.expect_request("/bus-lanes").respond_with_data(
        op_ed_page(), content_type="text/html"
    )
    capture_url(capture_site.url_for("/bus-lanes"))
    original = Article.objects.get()
    capture = original.captures.get()
    archive = tmp_path / "bus-lanes.warc.gz"
    archive.write_bytes(capture.warc_records)
    expected = (original.slug, original.title, original.source_url, original.published_on)
    captured_at = capture.captured_at
    Capture.objects.all().delete()
    Article.objects.all().delete()

    summary, _run = import_paths([archive])

    assert summary.line() == "1 created, 0 updated, 0 unchanged, 0 failed"
    article = Article.objects.get()
    assert (article.slug, article.title, article.source_url, article.published_on) == expected
    assert article.captures.get().captured_at == captured_at


def test_a_warc_with_several_pages_imports_them_all(tmp_path):
    fetches = three_pages()
    archive = tmp_path / "pages.warc.gz"
    archive.write_bytes(warc_of(*fetches))

    out = StringIO()
    call_command("import_articles", str(archive), stdout=out, verbosity=2)

    assert out.getvalue().splitlines()[-1] == "3 created, 0 updated, 0 unchanged, 0 failed"
    captures = Capture.objects.order_by("captured_at")
    assert [c.captured_at for c in captures] == [f.fetched_at for f in fetches]
    assert [c.url for c in captures] == [f.url for f in fetches]
    assert all(c.file_name.startswith(f"{archive}#urn:uuid:") for c in captures)
    assert all(c.format == "html" and c.http_status == 200 for c in captures)
    # Each capture keeps its own request and response, not the whole file.
    assert [len(records_of(c.warc_records)) for c in captures] == [2, 2, 2]


def test_an_uncompressed_warc_imports_too(tmp_path):
    archive = tmp_path / "pages.warc"
    archive.write_bytes(gzip.decompress(warc_of(*three_pages())))

    summary, _run = import_paths([archive])

    assert summary.count("created") == 3
    # Stored the way fetched captures are: one gzip member per record.
    assert len(records_of(Capture.objects.first().warc_records)) == 2


def test_a_wacz_with_several_pages_imports_them_all(tmp_path):
    fetches = three_pages()
    archive = tmp_path / "site.wacz"
    with zipfile.ZipFile(archive, "w") as wacz:
        wacz.writestr("datapackage.json", '{"profile": "data-package", "resources": []}')
        wacz.writestr("archive/data-0.warc.gz", warc_of(*fetches[:2]))
        wacz.writestr("archive/data-1.warc.gz", warc_of(fetches[2]))
        wacz.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n')

    summary, _run = import_paths([archive])

    assert summary.line() == "3 created, 0 updated, 0 unchanged, 0 failed"
    assert Capture.objects.filter(file_name__startswith=f"{archive}!archive/data-1").count() == 1


def test_a_broken_record_fails_alone_and_the_rest_import(tmp_path):
    first, second, third = (warc_of(f) for f in three_pages())
    # Damage the middle of the second fetch's response record (its own gzip member, the first).
    broken = bytearray(second)
    middle = len(first_member(second)) // 2
    broken[middle : middle + 40] = b"\x00" * 40
    archive = tmp_path / "damaged.warc.gz"
    archive.write_bytes(first + bytes(broken) + third)

    summary, _run = import_paths([archive])

    assert summary.count("created") == 2
    [failure] = summary.failures
    assert failure.file_name.startswith(f"{archive}#")
    assert "broken WARC record" in failure.error
    titles = set(Article.objects.values_list("title", flat=True))
    assert titles == {
        "Op-ed number 1 on the city's libraries",
        "Op-ed number 3 on the city's school meals",
    }


def first_member(data: bytes) -> bytes:
    """The first gzip member of `data` (one WARC record)."""
    decompressor = zlib.decompressobj(31)
    decompressor.decompress(data)
    return data[: len(data) - len(decompressor.unused_data)]


def test_only_html_responses_become_captures(tmp_path):
    page = fetched_page("https://opinion.example.org/a", op_ed_page(), fetched_at=MAY_2)
    image = fetched_page("https://opinion.example.org/logo.png", "", fetched_at=MAY_2)
    image.headers, image.body = [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n"
    missing = fetched_page("https://opinion.example.org/gone", "<html>", fetched_at=MAY_2)
    missing.status, missing.reason = 404, "Not Found"
    archive = tmp_path / "mixed.warc.gz"
    archive.write_bytes(warc_of(page, image, missing))

    summary, _run = import_paths([archive])

    assert summary.line() == "1 created, 0 updated, 0 unchanged, 0 failed"


def test_importing_the_same_warc_again_changes_nothing(tmp_path):
    archive = tmp_path / "pages.warc.gz"
    archive.write_bytes(warc_of(*three_pages()))
    import_paths([archive])

    summary, _run = import_paths([archive])

    assert summary.line() == "0 created, 0 updated, 3 unchanged, 0 failed"
    assert Capture.objects.count() == 3


def test_an_older_capture_is_kept_as_a_version_without_changing_the_article(tmp_path):
    url = "https://opinion.example.org/2024/05/02/finish-the-bus-lanes"
    newer = fetched_page(url, op_ed_page(title="The corrected headline"), fetched_at=MAY_2)
    older = fetched_page(url, op_ed_page(), fetched_at=MAY_2 - dt.timedelta(days=1))
    (tmp_path / "newer.warc.gz").write_bytes(warc_of(newer))
    (tmp_path / "older.warc.gz").write_bytes(warc_of(older))
    import_paths([tmp_path / "newer.warc.gz"])

    out = StringIO()
    call_command("import_articles", str(tmp_path / "older.warc.gz"), stdout=out, verbosity=2)

    assert "unchanged: " in out.getvalue() and "(older capture)" in out.getvalue()
    article = Article.objects.get()
    assert article.title == "The corrected headline"
    assert [c.snapshot["title"] for c in article.captures.order_by("captured_at")] == [
        "Finish the bus lanes before drawing new ones",
        "The corrected headline",
    ]


def test_a_wacz_that_is_not_a_zip_fails_with_a_clear_error(tmp_path):
    archive = tmp_path / "broken.wacz"
    archive.write_bytes(b"this is not a zip")

    summary, _run = import_paths([archive])

    [failure] = summary.failures
    assert "not a WACZ file" in failure.error
