"""Fetch one URL the way a careful crawler does, keeping everything a WARC record needs.

- only http and https, to public addresses (articles/capture/guard.py), the connection made to
  the very address that was checked, with the Host header and TLS server name of the URL;
- robots.txt asked first for every hop (articles/capture/robots.py), unless an editor chose to
  ignore it for this capture;
- one request at a time per host, a politeness delay apart (articles/capture/politeness.py);
- timeouts for connecting and each read, and a deadline for the whole fetch;
- redirects followed by hand, so each hop is checked like the first and recorded;
- the body read as a stream and refused past ARCHIVE_CAPTURE_MAX_BYTES, never held whole when
  it is larger; a compressed body is decoded here, to the same limit, so the WARC keeps the
  bytes as they were sent.
"""

import datetime as dt
import time
import zlib
from dataclasses import dataclass, field

import httpx
from django.conf import settings

from articles.capture.errors import FetchError, FetchRefused
from articles.capture.guard import AddressRefused, AddressUnresolved, resolve_addresses
from articles.capture.politeness import wait_for_turn
from articles.capture.robots import MAX_ROBOTS_BYTES, check_robots

__all__ = ["FetchError", "FetchRefused", "Fetched", "fetch"]

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
DEFAULT_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"
# robots.txt may redirect (RFC 9309 asks crawlers to follow at least five hops).
ROBOTS_REDIRECTS = 5


@dataclass
class Fetched:
    """One fetch: the final response, with the redirect hops that led to it."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int  # final status (304 when a conditional GET was not modified)
    headers: list[tuple[str, str]]  # response headers as received
    body: bytes  # decoded from any Content-Encoding
    redirects: list[dict]  # [{"url": ..., "status": 301}, ...] hops before the final one
    fetched_at: dt.datetime  # aware UTC
    request_headers: list[tuple[str, str]]
    http_version: str  # e.g. "HTTP/1.1"
    reason: str = ""  # the status line's reason phrase
    raw_body: bytes | None = None  # the body as sent (still compressed), when it differs
    hops: list["Fetched"] = field(default_factory=list)  # each redirect response, in order

    def header(self, name: str) -> str:
        """The first value of response header `name` (any case), "" when absent."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), "")

    @property
    def sent_body(self) -> bytes:
        """The body exactly as the server sent it (what the WARC response record holds)."""
        return self.body if self.raw_body is None else self.raw_body


def fetch(
    url: str,
    *,
    ignore_robots: bool = False,
    etag: str = "",
    last_modified: str = "",
    accept: str = "",
) -> Fetched:
    """Fetch `url`, following redirects; raise FetchRefused or FetchError naming the URL."""
    session = _Session(max_bytes=settings.ARCHIVE_CAPTURE_MAX_BYTES)
    headers = {"Accept": accept or DEFAULT_ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = _parse(url)
    hops: list[Fetched] = []
    while True:
        crawl_delay = 0.0
        if not ignore_robots:
            _check_target(current)  # a refused address is named as such, not as robots trouble
            origin = f"{current.scheme}://{current.netloc.decode('ascii')}"
            crawl_delay = check_robots(str(current), origin, download=_download_robots)
        response = session.get(current, headers, crawl_delay=crawl_delay)
        location = response.header("Location")
        if response.status not in REDIRECT_STATUSES or not location:
            break
        hops.append(response)
        if len(hops) > settings.ARCHIVE_CAPTURE_MAX_REDIRECTS:
            raise FetchError(f"{url}: more than {settings.ARCHIVE_CAPTURE_MAX_REDIRECTS} redirects")
        try:
            current = current.join(location)
        except httpx.InvalidURL as error:
            raise FetchError(f"{url}: a redirect to an invalid address ({error})") from error
    response.url = url
    response.redirects = [{"url": hop.final_url, "status": hop.status} for hop in hops]
    response.hops = hops
    return response


def _parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as error:
        raise FetchError(f"{url}: not a valid URL ({error})") from error
    if parsed.scheme not in ("http", "https"):
        scheme = parsed.scheme or "no scheme"
        raise FetchRefused(f"{url}: only http and https URLs can be captured (not {scheme})")
    if not parsed.host:
        raise FetchError(f"{url}: not a valid URL (no host)")
    return parsed


def _check_target(url: httpx.URL) -> list[str]:
    """The checked addresses of `url`'s host; raise FetchRefused / FetchError naming the URL."""
    if url.scheme not in ("http", "https"):
        raise FetchRefused(f"{url}: only http and https URLs can be captured (not {url.scheme})")
    try:
        return resolve_addresses(url.host, url.port or (443 if url.scheme == "https" else 80))
    except AddressRefused as error:
        raise FetchRefused(f"{url}: refused, {error}") from error
    except AddressUnresolved as error:
        raise FetchError(f"{url}: {error}") from error


def _download_robots(robots_url: str) -> tuple[int, bytes]:
    """Fetch a robots.txt (its own redirects followed); returns (status, first 500 KiB)."""
    session = _Session(max_bytes=MAX_ROBOTS_BYTES, truncate=True)
    current = httpx.URL(robots_url)
    for _ in range(ROBOTS_REDIRECTS + 1):
        response = session.get(current, {"Accept": "text/plain,*/*;q=0.5"})
        location = response.header("Location")
        if response.status not in REDIRECT_STATUSES or not location:
            return response.status, response.body
        current = current.join(location)
    return 404, b""  # a redirect loop counts as no robots.txt at all (RFC 9309, 2.3.1.2)


class _Session:
    """The requests of one fetch: one deadline, one size limit."""

    def __init__(self, *, max_bytes: int, truncate: bool = False):
        self.max_bytes = max_bytes
        self.truncate = truncate
        self.timeout = settings.ARCHIVE_CAPTURE_TIMEOUT
        self.total = settings.ARCHIVE_CAPTURE_TOTAL_TIMEOUT
        self.deadline = time.monotonic() + self.total

    def get(self, url: httpx.URL, headers: dict, *, crawl_delay: float = 0.0) -> Fetched:
        """GET `url` from one of its checked addresses; the response, redirects not followed."""
        addresses = _check_target(url)
        delay = max(settings.ARCHIVE_CAPTURE_HOST_DELAY, crawl_delay)
        # Waiting our turn is politeness, not the site being slow: it does not use up the deadline.
        self.deadline += wait_for_turn(url.netloc.decode("ascii"), delay)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return self._get_from(url, address, headers)
            except httpx.ConnectError as error:
                last_error = error  # the next address of the host may answer
            except httpx.TimeoutException as error:
                raise FetchError(f"{url}: timed out after {self._timed_out_after()} s") from error
            except httpx.HTTPError as error:
                raise FetchError(f"{url}: {type(error).__name__}: {error}") from error
        raise FetchError(f"{url}: cannot connect ({last_error})")

    def _remaining(self) -> float:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise httpx.TimeoutException("deadline passed")
        return remaining

    def _timed_out_after(self) -> str:
        seconds = self.total if time.monotonic() >= self.deadline - 0.05 else self.timeout
        return f"{seconds:g}"

    def _get_from(self, url: httpx.URL, address: str, headers: dict) -> Fetched:
        timeout = httpx.Timeout(min(self.timeout, self._remaining()))
        request_headers = {
            "Host": url.netloc.decode("ascii"),
            "User-Agent": settings.ARCHIVE_CAPTURE_USER_AGENT,
            "Accept-Encoding": "gzip, deflate",
            **headers,
        }
        # The connection goes to the checked address; the URL's host name stays in the Host
        # header and in TLS (server name and certificate check), so nothing resolves it again.
        extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
        # trust_env off: a proxy from the environment would resolve the name itself.
        with httpx.Client(trust_env=False, timeout=timeout) as client:
            request = client.build_request(
                "GET", url.copy_with(host=address), headers=request_headers, extensions=extensions
            )
            fetched_at = dt.datetime.now(dt.UTC)
            response = client.send(request, stream=True)
            try:
                raw = self._read(url, response)
            finally:
                response.close()
        received = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw]
        body = self._decode(url, raw, response.headers.get("Content-Encoding", ""))
        return Fetched(
            url=str(url),
            final_url=str(url),
            status=response.status_code,
            headers=received,
            body=body,
            redirects=[],
            fetched_at=fetched_at,
            request_headers=[
                (k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw
            ],
            http_version=response.http_version,
            reason=response.reason_phrase,
            raw_body=None if body is raw else raw,
        )

    def _read(self, url: httpx.URL, response: httpx.Response) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes and not self.truncate:
            raise FetchError(
                f"{url}: too large: the server says {int(declared):,} bytes "
                f"(the limit is {self.max_bytes:,})"
            )
        body = bytearray()
        for chunk in response.iter_raw():
            body += chunk
            if len(body) > self.max_bytes:
                if self.truncate:
                    del body[self.max_bytes :]
                    break
                raise FetchError(f"{url}: too large: more than {self.max_bytes:,} bytes")
            if time.monotonic() > self.deadline:
                raise httpx.ReadTimeout("deadline passed")
        return bytes(body)

    def _decode(self, url: httpx.URL, raw: bytes, encoding: str) -> bytes:
        """`raw` decoded from its Content-Encoding (gzip or deflate), held to the size limit."""
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            return raw
        if encoding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(f"{url}: the server sent an encoding we cannot read ({encoding})")
        # wbits 32+15 reads gzip and zlib; a bare deflate stream (some servers) needs -15.
        for wbits in (47, -15):
            decompressor = zlib.decompressobj(wbits)
            try:
                body = decompressor.decompress(raw, self.max_bytes + 1)
            except zlib.error:
                continue
            if len(body) > self.max_bytes or decompressor.unconsumed_tail:
                if not self.truncate:
                    raise FetchError(
                        f"{url}: too large: more than {self.max_bytes:,} bytes decompressed"
                    )
                return body[: self.max_bytes]
            return body
        raise FetchError(f"{url}: the body is not valid {encoding}")
