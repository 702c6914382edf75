"""Sources: an outlet's feed or sitemap is polled, new items are queued for capture, once."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.capture.sources import poll_source, queue_due_polls
from articles.models import CaptureRequest, Source, SourceItem

ETAG = '"feed-v1"'
LAST_MODIFIED = "Thu, 02 May 2024 08:00:00 GMT"


def rss(*links: str) -> str:
    items = "".join(f"<item><title>Piece</title><link>{link}</link></item>" for link in links)
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Opinion</title>'
        f"<link>https://opinion.example.org/</link>{items}</channel></rss>"
    )


def atom(*links: str) -> str:
    entries = "".join(
        f'<entry><title>Piece</title><id>{link}</id><link rel="alternate" href="{link}"/>'
        "<updated>2024-05-02T08:00:00Z</updated></entry>"
        for link in links
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Opinion</title><id>urn:opinion</id><updated>2024-05-02T08:00:00Z</updated>"
        f"{entries}</feed>"
    )


def urlset(*links: str, news: bool = False) -> str:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    extra = "<news:news><news:title>Piece</news:title></news:news>" if news else ""
    urls = "".join(f"<url><loc>{link}</loc>{extra}</url>" for link in links)
    return (
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>'
        f"{urls}</urlset>"
    )


def sitemap_index(*links: str) -> str:
    maps = "".join(f"<sitemap><loc>{link}</loc></sitemap>" for link in links)
    return (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{maps}</sitemapindex>"
    )


def make_source(url: str, **fields) -> Source:
    fields.setdefault("name", "Example Gazette opinion")
    return Source.objects.create(url=url, **fields)


def fetched_paths(site) -> list[str]:
    """What the server was asked for, robots.txt aside."""
    return [request.path for request, _ in site.log if request.path != "/robots.txt"]


def allow_robots(site) -> None:
    """A robots.txt that lets crawlers read everything (its request is expected, not a stray)."""
    site.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")


def queued_urls() -> list[str]:
    return sorted(CaptureRequest.objects.values_list("url", flat=True))


def test_a_feed_polled_twice_queues_its_items_once_and_the_second_poll_sends_its_etag(
    db, capture_site
):
    links = [capture_site.url_for(f"/opinion/{n}") for n in (1, 2, 3)]
    allow_robots(capture_site)
    # First poll: no validators sent yet; the server answers with an ETag.
    capture_site.expect_oneshot_request("/feed.xml").respond_with_data(
        rss(*links), content_type="application/rss+xml", headers={"ETag": ETAG}
    )
    # Second poll: only a request carrying the ETag back is answered 304.
    capture_site.expect_oneshot_request(
        "/feed.xml", headers={"If-None-Match": ETAG}
    ).respond_with_data("", status=304)
    source = make_source(capture_site.url_for("/feed.xml"))

    first = poll_source(source)
    second = poll_source(source)

    assert first.outcome == "3 new, 0 seen"
    assert second.outcome == "not modified"
    assert queued_urls() == sorted(links)  # queued once, nothing fetched for them yet
    assert fetched_paths(capture_site) == ["/feed.xml", "/feed.xml"]
    source.refresh_from_db()
    assert source.last_outcome == "not modified"
    assert source.next_poll_at > timezone.now() + dt.timedelta(minutes=59)
    capture_site.check_assertions()


def test_an_atom_feed_answered_304_to_its_last_modified_date_queues_nothing_new(db, capture_site):
    links = [capture_site.url_for("/comment/a"), capture_site.url_for("/comment/b")]
    allow_robots(capture_site)
    capture_site.expect_oneshot_request("/atom.xml").respond_with_data(
        atom(*links),
        content_type="application/atom+xml",
        headers={"Last-Modified": LAST_MODIFIED},
    )
    capture_site.expect_oneshot_request(
        "/atom.xml", headers={"If-Modified-Since": LAST_MODIFIED}
    ).respond_with_data("", status=304)
    source = make_source(capture_site.url_for("/atom.xml"))

    assert poll_source(source).outcome == "2 new, 0 seen"
    assert poll_source(source).outcome == "not modified"

    assert queued_urls() == sorted(links)
    capture_site.check_assertions()


def test_a_feed_that_changed_queues_only_the_items_not_seen_before(db, capture_site):
    old, new = capture_site.url_for("/opinion/old"), capture_site.url_for("/opinion/new")
    capture_site.expect_oneshot_request("/feed.xml").respond_with_data(rss(old))
    capture_site.expect_oneshot_request("/feed.xml").respond_with_data(rss(new, old))
    source = make_source(capture_site.url_for("/feed.xml"))

    poll_source(source)
    assert poll_source(source).outcome == "1 new, 1 seen"
    assert queued_urls() == sorted([old, new])


def test_the_item_pattern_keeps_only_the_opinion_pieces(db, capture_site):
    opinion = capture_site.url_for("/opinion/2024/bus-lanes")
    news = capture_site.url_for("/news/2024/weather")
    capture_site.expect_request("/feed.xml").respond_with_data(rss(opinion, news))
    source = make_source(capture_site.url_for("/feed.xml"), item_pattern=r"/opinion/\d{4}/")

    assert poll_source(source).outcome == "1 new, 0 seen"
    assert queued_urls() == [opinion]
    assert list(SourceItem.objects.values_list("url", flat=True)) == [opinion]


def test_a_sitemap_index_is_followed_to_its_sitemaps_and_news_sitemaps(db, capture_site):
    pages = [capture_site.url_for(f"/opinion/{n}") for n in range(1, 5)]
    capture_site.expect_request("/sitemap.xml").respond_with_data(
        sitemap_index(capture_site.url_for("/sitemap-1.xml"), capture_site.url_for("/news.xml"))
    )
    capture_site.expect_request("/sitemap-1.xml").respond_with_data(urlset(*pages[:2]))
    capture_site.expect_request("/news.xml").respond_with_data(urlset(*pages[2:], news=True))
    source = make_source(capture_site.url_for("/sitemap.xml"), kind=Source.Kind.SITEMAP)

    assert poll_source(source).outcome == "4 new, 0 seen"
    assert queued_urls() == sorted(pages)


def test_a_sitemap_index_is_followed_no_deeper_than_the_limit(db, capture_site, monkeypatch):
    monkeypatch.setattr("articles.capture.sources.MAX_DEPTH", 1)
    # An index of an index: the pages two levels down are not read.
    capture_site.expect_request("/sitemap.xml").respond_with_data(
        sitemap_index(capture_site.url_for("/inner-index.xml"))
    )
    capture_site.expect_request("/inner-index.xml").respond_with_data(
        sitemap_index(capture_site.url_for("/deep.xml"))
    )
    source = make_source(capture_site.url_for("/sitemap.xml"), kind=Source.Kind.SITEMAP)

    assert poll_source(source).outcome == "0 new, 0 seen"
    assert "/deep.xml" not in fetched_paths(capture_site)


def test_a_feed_that_fails_is_recorded_and_the_other_sources_are_still_polled(db, capture_site):
    capture_site.expect_request("/broken.xml").respond_with_data("<html>Oops</html>", status=500)
    capture_site.expect_request("/feed.xml").respond_with_data(
        rss(capture_site.url_for("/opinion/1"))
    )
    broken = make_source(capture_site.url_for("/broken.xml"), name="A broken feed")
    working = make_source(capture_site.url_for("/feed.xml"), name="B working feed")
    err = StringIO()

    with pytest.raises(CommandError, match="1 source"):
        call_command("poll_sources", stdout=StringIO(), stderr=err)

    broken.refresh_from_db()
    working.refresh_from_db()
    assert broken.last_outcome.startswith("failed: ")
    assert "500" in broken.last_outcome and broken.url in broken.last_outcome
    assert broken.next_poll_at is not None  # tried again at its next slot, not in a loop
    assert working.last_outcome == "1 new, 0 seen"
    assert broken.url in err.getvalue()


def test_a_feed_that_robots_txt_forbids_is_not_read(db, capture_site):
    capture_site.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /feeds/\n", content_type="text/plain"
    )
    source = make_source(capture_site.url_for("/feeds/opinion.xml"))

    outcome = poll_source(source).outcome

    assert outcome.startswith("failed: ") and "robots.txt" in outcome
    assert fetched_paths(capture_site) == []


def test_a_feed_on_a_loopback_address_is_refused_unless_allowed(db, httpserver, settings):
    settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE = False
    source = make_source(httpserver.url_for("/feed.xml"))

    outcome = poll_source(source).outcome

    assert outcome.startswith("failed: ") and source.url in outcome
    assert httpserver.log == []


def test_items_captured_longer_ago_than_the_recapture_interval_are_queued_again(db, capture_site):
    link = capture_site.url_for("/opinion/edited-later")
    capture_site.expect_request("/feed.xml").respond_with_data("", status=304)
    source = make_source(capture_site.url_for("/feed.xml"), recapture_interval=dt.timedelta(days=1))
    week_ago = timezone.now() - dt.timedelta(days=7)
    SourceItem.objects.create(source=source, url=link, last_captured_at=week_ago)
    SourceItem.objects.create(source=source, url=link + "-fresh", last_captured_at=timezone.now())

    assert poll_source(source).outcome == "not modified, 1 queued for recapture"
    assert queued_urls() == [link]
    # Still queued: the next poll does not queue it a second time.
    assert poll_source(source).outcome == "not modified"


def test_only_due_sources_are_polled_and_force_polls_them_all_in_full(db, capture_site):
    capture_site.expect_request("/feed.xml").respond_with_data(rss(), headers={"ETag": ETAG})
    later = timezone.now() + dt.timedelta(hours=1)
    make_source(capture_site.url_for("/feed.xml"), next_poll_at=later, etag=ETAG)
    out = StringIO()

    call_command("poll_sources", stdout=out)
    assert out.getvalue().startswith("Polled 0 source(s)")

    call_command("poll_sources", "--force", stdout=out)
    assert "Polled 1 source(s)" in out.getvalue()
    # --force reads the listing in full: no validator is sent back.
    (request, _), *_ = [entry for entry in capture_site.log if entry[0].path == "/feed.xml"]
    assert "If-None-Match" not in request.headers


def test_poll_sources_names_an_unknown_source(db):
    with pytest.raises(CommandError, match="No such source: 404"):
        call_command("poll_sources", "--source", "404")


def test_the_worker_queues_each_due_source_once_however_often_it_asks(db):
    due = make_source("https://opinion.example.org/feed.xml")
    make_source(
        "https://opinion.example.org/later.xml", next_poll_at=timezone.now() + dt.timedelta(hours=1)
    )
    make_source("https://opinion.example.org/off.xml", active=False)

    assert queue_due_polls() == 1
    assert queue_due_polls() == 0
    due.refresh_from_db()
    assert due.next_poll_at > timezone.now()
