"""Capturing pages by URL with `manage.py capture`: what the user sees, what the archive keeps."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.capture.service import capture_url
from articles.models import Article, Capture
from tests.capture_pages import op_ed_page

pytestmark = pytest.mark.django_db


def run_capture(*args) -> tuple[str, str, int]:
    """Run the command; returns (stdout, stderr, exit code)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("capture", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue() + str(error), error.returncode
    return out.getvalue(), err.getvalue(), 0


def serve(site, path: str, page: str) -> str:
    site.expect_request(path).respond_with_data(page, content_type="text/html; charset=utf-8")
    return site.url_for(path)


def serve_instead(site, path: str, page: str) -> str:
    """Serve a new version of the page at `path` (an outlet edited it after publication)."""
    site.clear_all_handlers()
    return serve(site, path, page)


def test_capturing_an_op_ed_creates_the_article_with_its_fetch_recorded(capture_site):
    url = serve(capture_site, "/opinion/bus-lanes", op_ed_page())

    out, err, code = run_capture(url)

    assert code == 0, err
    assert out.splitlines() == [
        "created finish-the-bus-lanes-before-drawing-new-ones",
        "1 created, 0 updated, 0 unchanged, 0 failed",
    ]
    article = Article.objects.get()
    assert article.title == "Finish the bus lanes before drawing new ones"
    assert [author.name for author in article.authors.all()] == ["Ada Lovelace"]
    assert article.published_on == dt.date(2024, 5, 2)
    capture = article.captures.get()
    assert (capture.url, capture.final_url, capture.http_status) == (url, url, 200)
    assert capture.format == "html"
    assert capture.captured_at is not None and capture.warc_records
    assert capture.snapshot["title"] == article.title


def test_a_page_without_a_canonical_link_is_known_by_the_address_it_came_from(capture_site):
    capture_site.expect_request("/old-address").respond_with_data(
        "", status=301, headers={"Location": "/2024/05/bus-lanes"}
    )
    final = serve(capture_site, "/2024/05/bus-lanes", op_ed_page(canonical=None))

    run_capture(capture_site.url_for("/old-address"))

    article = Article.objects.get()
    assert article.source_url == final
    assert article.captures.get().redirects == [
        {"url": capture_site.url_for("/old-address"), "status": 301}
    ]


def test_failures_are_named_and_the_other_urls_still_captured(capture_site, tmp_path):
    good = serve(capture_site, "/good", op_ed_page())
    capture_site.expect_request("/gone").respond_with_data("not here", status=404)
    capture_site.expect_request("/report.pdf").respond_with_data(
        b"%PDF-1.7 ...", content_type="application/pdf"
    )
    listed = tmp_path / "urls.txt"
    listed.write_text(f"# opinion pages\n{capture_site.url_for('/report.pdf')}\n\n{good}\n")

    out, err, code = run_capture(capture_site.url_for("/gone"), "--from-file", str(listed))

    assert code == 1
    assert f"failed {capture_site.url_for('/gone')}: the server answered 404 NOT FOUND" in err
    pdf = capture_site.url_for("/report.pdf")
    assert f"failed {pdf}: not a web page (Content-Type: application/pdf)" in err
    assert out.splitlines()[-1] == "1 created, 0 updated, 0 unchanged, 2 failed"
    assert Article.objects.count() == 1


def test_robots_txt_is_respected_and_overridden_by_ignore_robots(capture_site):
    capture_site.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n")
    url = serve(capture_site, "/opinion/bus-lanes", op_ed_page())

    _out, err, code = run_capture(url)
    assert code == 1
    assert f"failed {url}: robots.txt disallows it" in err
    assert not Article.objects.exists()

    _out, err, code = run_capture(url, "--ignore-robots")
    assert code == 0, err
    assert Article.objects.count() == 1


def test_a_loopback_address_is_refused_when_private_addresses_are_not_allowed(
    capture_site, settings
):
    settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE = False
    url = serve(capture_site, "/opinion/bus-lanes", op_ed_page())

    _out, err, code = run_capture(url)

    assert code == 1
    assert "loopback address 127.0.0.1" in err
    assert capture_site.log == []


def test_a_page_that_changed_is_one_article_with_two_captures_showing_the_second(capture_site):
    url = serve(capture_site, "/opinion/bus-lanes", op_ed_page())
    run_capture(url)
    corrected = op_ed_page(title="Finish the bus lanes, and fix the junctions too")
    serve_instead(capture_site, "/opinion/bus-lanes", corrected)

    out, _err, _code = run_capture(url)

    assert out.startswith("updated finish-the-bus-lanes-before-drawing-new-ones")
    article = Article.objects.get()  # the same article: it keeps its address
    assert article.title == "Finish the bus lanes, and fix the junctions too"
    first, second = article.captures.order_by("captured_at")
    assert first.snapshot["title"] == "Finish the bus lanes before drawing new ones"
    assert second.snapshot["title"] == article.title
    assert first.captured_at < second.captured_at


def test_the_same_page_fetched_twice_is_two_captures_and_the_article_unchanged(capture_site):
    url = serve(capture_site, "/opinion/bus-lanes", op_ed_page())
    run_capture(url)
    before = Article.objects.get().history.count()

    out, _err, _code = run_capture(url)

    assert out.splitlines()[0] == "unchanged finish-the-bus-lanes-before-drawing-new-ones"
    captures = Capture.objects.order_by("captured_at")
    assert captures.count() == 2
    assert captures[0].sha256 == captures[1].sha256
    assert captures[0].captured_at != captures[1].captured_at
    assert Article.objects.get().history.count() == before


def test_a_locked_field_survives_a_new_version(capture_site):
    url = serve(capture_site, "/opinion/bus-lanes", op_ed_page())
    run_capture(url)
    Article.objects.update(title="An editor's title", locked_fields=["title"])
    serve_instead(capture_site, "/opinion/bus-lanes", op_ed_page(title="A retitled headline"))

    run_capture(url)

    assert Article.objects.get().title == "An editor's title"
    assert Capture.objects.order_by("-captured_at").first().snapshot["title"] == (
        "A retitled headline"
    )


def test_capture_url_never_raises_and_names_the_url(web_capture):
    result = capture_url("gopher://example.org/1")

    assert result.outcome == "failed"
    assert result.error.startswith("gopher://example.org/1: only http and https")


def test_the_command_needs_a_url():
    with pytest.raises(CommandError, match="Give one or more URLs"):
        call_command("capture")


def test_two_fetches_of_an_edited_page_show_as_a_two_version_diff(capture_site, client):
    url = serve(capture_site, "/opinion/bus-lanes", op_ed_page())
    run_capture(url)
    serve_instead(
        capture_site,
        "/opinion/bus-lanes",
        op_ed_page(title="Finish the bus lanes, and fix the junctions too"),
    )
    run_capture(url)
    article = Article.objects.get()

    page = client.get(f"/articles/{article.slug}/versions/").content.decode()
    assert "<del" in page and "<ins" in page
    assert "junctions" in page
    timemap = client.get(f"/articles/{article.slug}/timemap/").content.decode()
    first, second = article.captures.order_by("captured_at")
    assert f"/versions/{first.pk}/>" in timemap and f"/versions/{second.pk}/>" in timemap
    assert f'<{article.source_url}>; rel="original"' in timemap
