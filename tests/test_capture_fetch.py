"""Fetching a page: only public http(s) addresses, robots.txt, redirects, limits, timeouts."""

import ipaddress
import socket
import threading
import time

import pytest
from werkzeug import Response

from articles.capture import guard
from articles.capture.fetch import FetchError, FetchRefused, fetch
from articles.capture.guard import why_not_public
from articles.models import HostSlot
from tests.capture_pages import op_ed_page

pytestmark = pytest.mark.django_db


def serve_page(site, path: str = "/opinion/bus-lanes", page: str | None = None, **kwargs):
    site.expect_request(path).respond_with_data(
        page or op_ed_page(), content_type="text/html; charset=utf-8", **kwargs
    )
    return site.url_for(path)


def test_a_page_is_fetched_with_our_user_agent(capture_site, settings):
    settings.ARCHIVE_CAPTURE_USER_AGENT = "TestArchive/1.0"
    url = serve_page(capture_site)

    fetched = fetch(url)

    assert (fetched.status, fetched.final_url, fetched.redirects) == (200, url, [])
    assert b"Finish the bus lanes" in fetched.body
    assert fetched.header("content-type").startswith("text/html")
    assert ("User-Agent", "TestArchive/1.0") in fetched.request_headers
    assert fetched.fetched_at.utcoffset().total_seconds() == 0


def test_redirects_are_followed_and_recorded(capture_site):
    final = serve_page(capture_site, "/2024/bus-lanes")
    capture_site.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/short"}
    )
    capture_site.expect_request("/short").respond_with_data(
        "", status=302, headers={"Location": final}
    )

    fetched = fetch(capture_site.url_for("/old"))

    assert fetched.url == capture_site.url_for("/old")
    assert fetched.final_url == final
    assert fetched.redirects == [
        {"url": capture_site.url_for("/old"), "status": 301},
        {"url": capture_site.url_for("/short"), "status": 302},
    ]


def test_too_many_redirects_fail_naming_the_url(capture_site, settings):
    settings.ARCHIVE_CAPTURE_MAX_REDIRECTS = 2
    capture_site.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )

    with pytest.raises(FetchError, match=r"/loop: more than 2 redirects"):
        fetch(capture_site.url_for("/loop"))


def test_loopback_is_refused_unless_private_addresses_are_allowed(capture_site, settings):
    url = serve_page(capture_site)
    settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE = False

    with pytest.raises(FetchRefused) as refused:
        fetch(url)

    assert "loopback address 127.0.0.1" in str(refused.value)
    assert "ARCHIVE_CAPTURE_ALLOW_PRIVATE" in str(refused.value)
    assert capture_site.log == []  # not even robots.txt was asked for


@pytest.mark.parametrize(
    "address, kind",
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("169.254.169.254", "link-local"),  # the cloud metadata service
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-public"),  # carrier-grade NAT
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6 is checked as the IPv4 it carries
        ("::ffff:10.0.0.1", "private"),
        ("93.184.215.14", ""),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", ""),
    ],
)
def test_non_public_addresses_are_named_by_kind(address, kind):
    assert why_not_public(ipaddress.ip_address(address)) == kind


def fake_dns(monkeypatch, answers: dict[str, str]):
    """Resolve the given names to the given addresses, as a hostile DNS server might."""
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[host], port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(guard.socket, "getaddrinfo", getaddrinfo)


def test_a_name_resolving_to_a_private_address_is_refused(capture_site, settings, monkeypatch):
    settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE = False
    fake_dns(monkeypatch, {"intranet.example.org": "10.0.0.7"})

    with pytest.raises(FetchRefused, match=r"private address 10\.0\.0\.7"):
        fetch("http://intranet.example.org/admin")


def test_the_connection_goes_to_the_checked_address_with_the_host_name_kept(
    capture_site, monkeypatch
):
    # The name is resolved once, by the guard: the connection uses that answer, and the server
    # still sees the name it was asked for.
    fake_dns(monkeypatch, {"news.example.org": "127.0.0.1"})
    host = f"news.example.org:{capture_site.port}"
    capture_site.expect_request("/page", headers={"Host": host}).respond_with_data("<p>hi</p>")

    fetched = fetch(f"http://news.example.org:{capture_site.port}/page")

    assert fetched.status == 200
    assert fetched.final_url == f"http://news.example.org:{capture_site.port}/page"


def test_each_redirect_hop_is_checked_again(capture_site, settings, monkeypatch):
    # The first host passes the guard; the redirect points into the private network.
    real_check = guard.why_not_public
    monkeypatch.setattr(
        guard, "why_not_public", lambda a: "" if str(a) == "127.0.0.1" else real_check(a)
    )
    settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE = False
    capture_site.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": "http://192.168.1.1/router-admin"}
    )

    with pytest.raises(FetchRefused, match=r"192\.168\.1\.1/router-admin: .*private address"):
        fetch(capture_site.url_for("/go"))


@pytest.mark.parametrize("url", ["ftp://example.org/file", "file:///etc/passwd", "javascript:1"])
def test_only_http_and_https_are_fetched(url, web_capture):
    with pytest.raises(FetchRefused, match="only http and https"):
        fetch(url)


def test_robots_txt_disallow_is_respected_unless_ignored(capture_site):
    capture_site.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    url = serve_page(capture_site, "/private/piece")

    with pytest.raises(FetchRefused, match=r"robots\.txt disallows it"):
        fetch(url)
    assert fetch(url, ignore_robots=True).status == 200


def test_robots_txt_is_read_once_per_site(capture_site):
    capture_site.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    first, second = serve_page(capture_site, "/one"), serve_page(capture_site, "/two")

    fetch(first)
    fetch(second)

    asked = [request.path for request, _response in capture_site.log]
    assert asked == ["/robots.txt", "/one", "/two"]


def test_a_robots_txt_that_fails_with_a_server_error_disallows_all(capture_site):
    capture_site.expect_request("/robots.txt").respond_with_data("oops", status=503)
    url = serve_page(capture_site)

    with pytest.raises(FetchRefused, match=r"robots\.txt answered 503"):
        fetch(url)


def test_requests_to_one_host_wait_the_politeness_delay(capture_site, settings):
    settings.ARCHIVE_CAPTURE_HOST_DELAY = 0.4
    url = serve_page(capture_site)

    fetch(url, ignore_robots=True)
    started = time.monotonic()
    fetch(url, ignore_robots=True)

    assert time.monotonic() - started >= 0.35
    # The turn is booked in the database, so other worker processes wait for it too.
    assert HostSlot.objects.filter(host=f"127.0.0.1:{capture_site.port}").exists()


def test_a_longer_robots_crawl_delay_wins_over_the_host_delay(capture_site, settings):
    settings.ARCHIVE_CAPTURE_HOST_DELAY = 0.05
    capture_site.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 1\n")
    url = serve_page(capture_site)

    fetch(url)
    started = time.monotonic()
    fetch(url)

    assert time.monotonic() - started >= 0.9


def test_a_slow_page_times_out_cleanly(capture_site, settings):
    settings.ARCHIVE_CAPTURE_TIMEOUT = 0.3
    given_up = threading.Event()
    # The page answers after a second, or as soon as the fetch has given up on it (the test
    # server answers one request at a time, and the next test should not wait).
    capture_site.expect_request("/slow").respond_with_handler(
        lambda request: (given_up.wait(1), Response("late"))[1]
    )

    started = time.monotonic()
    try:
        with pytest.raises(FetchError, match=r"/slow: timed out after 0\.3 s"):
            fetch(capture_site.url_for("/slow"))
    finally:
        given_up.set()
    assert time.monotonic() - started < 1


def test_a_page_that_trickles_in_is_cut_off_at_the_total_deadline(capture_site, settings):
    settings.ARCHIVE_CAPTURE_TIMEOUT = 2
    settings.ARCHIVE_CAPTURE_TOTAL_TIMEOUT = 0.5

    def trickle(request):
        def chunks():
            for _ in range(8):
                time.sleep(0.15)
                yield b"<p>more</p>"

        return Response(chunks(), content_type="text/html")

    capture_site.expect_request("/trickle").respond_with_handler(trickle)

    with pytest.raises(FetchError, match=r"/trickle: timed out after 0\.5 s"):
        fetch(capture_site.url_for("/trickle"))


def test_a_huge_page_is_refused_by_its_content_length(capture_site, settings):
    settings.ARCHIVE_CAPTURE_MAX_BYTES = 10_000
    url = serve_page(capture_site, "/huge", "x" * 50_000)

    with pytest.raises(FetchError, match=r"/huge: too large: the server says 50,000 bytes"):
        fetch(url)


def test_a_huge_page_without_a_length_is_cut_off_while_streaming(capture_site, settings):
    settings.ARCHIVE_CAPTURE_MAX_BYTES = 10_000
    capture_site.expect_request("/endless").respond_with_handler(
        lambda request: Response((b"x" * 1000 for _ in range(50)), content_type="text/html")
    )

    with pytest.raises(FetchError, match=r"/endless: too large: more than 10,000 bytes"):
        fetch(capture_site.url_for("/endless"))


def test_a_conditional_get_that_is_not_modified_returns_304(capture_site):
    capture_site.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )

    fetched = fetch(capture_site.url_for("/feed.xml"), etag='"v1"', last_modified="x")

    assert (fetched.status, fetched.body) == (304, b"")
    assert ("If-Modified-Since", "x") in fetched.request_headers


def test_a_compressed_page_is_decoded_and_kept_as_sent(capture_site):
    import gzip

    page = op_ed_page().encode()
    capture_site.expect_request("/gz").respond_with_data(
        gzip.compress(page), headers={"Content-Encoding": "gzip"}, content_type="text/html"
    )

    fetched = fetch(capture_site.url_for("/gz"))

    assert fetched.body == page
    assert gzip.decompress(fetched.sent_body) == page
