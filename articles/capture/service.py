"""Capture one URL now: fetch it, keep the fetch as WARC records, import it like any capture."""

from articles.capture.errors import FetchError
from articles.capture.fetch import Fetched, fetch
from articles.capture.warc import HTML_TYPES, looks_like_html, warc_records_for
from articles.importers.base import CaptureError
from articles.importers.pipeline import ItemResult, RawCapture, import_capture


def capture_url(
    url: str, *, ignore_robots: bool = False, request_id: int | None = None
) -> ItemResult:
    """Fetch `url` and import it; a page or URL that fails gives outcome "failed", never raises.

    The error of a failed capture starts with the URL. Each capture of a URL is a new version:
    the article shows the latest one (articles/importers/pipeline.py).
    """
    url = url.strip()
    try:
        fetched = fetch(url, ignore_robots=ignore_robots)
        raw = raw_capture_of(fetched, request_id=request_id)
    except (FetchError, CaptureError) as error:
        message = str(error)
        if not message.startswith(url):
            message = f"{url}: {message}"
        return ItemResult(url, "failed", error=message)
    result = import_capture(raw)
    if result.outcome == "failed" and not result.error.startswith(url):
        result.error = f"{url}: {result.error}"
    return result


def raw_capture_of(fetched: Fetched, *, request_id: int | None = None) -> RawCapture:
    """The capture a successful fetch gives; raise CaptureError for anything but a page."""
    if fetched.status >= 400:
        raise CaptureError(f"the server answered {fetched.status} {fetched.reason}".rstrip())
    if not 200 <= fetched.status < 300:
        raise CaptureError(f"no page to capture (the server answered {fetched.status})")
    return RawCapture(
        data=fetched.body,
        file_name=fetched.url,
        format=format_of(fetched),
        url=fetched.url,
        final_url=fetched.final_url,
        captured_at=fetched.fetched_at,
        http_status=fetched.status,
        redirects=fetched.redirects,
        warc_records=warc_records_for(fetched),
        request_id=request_id,
    )


def format_of(fetched: Fetched) -> str:
    """The reader for a fetched body: "html", or "text" for plain text; else CaptureError."""
    content_type = fetched.header("Content-Type").split(";")[0].strip().lower()
    if content_type in HTML_TYPES or looks_like_html(fetched.body):
        return "html"
    if content_type == "text/plain":
        return "text"
    if not fetched.body.strip():
        raise CaptureError("the page is empty")
    raise CaptureError(f"not a web page (Content-Type: {content_type or 'none given'})")
