"""Op-ed pages and web archives for the capture tests, built small from what a test cares about."""

import html

DEFAULT_BODY = (
    "Our city keeps promising faster buses and keeps delivering slower ones, and the reason is no "
    "mystery to anyone who rides them: the lanes exist on paper and vanish at every junction.",
    "A bus lane that stops fifty metres before the lights is a car lane with a painted promise. "
    "The council should finish the lanes it has drawn before it draws any more of them.",
    "Riders have waited a decade for a network that works. They should not wait another one "
    "while the plans gather dust in a drawer at the transport office.",
)


def op_ed_page(
    title: str = "Finish the bus lanes before drawing new ones",
    *,
    byline: str = "Ada Lovelace",
    published: str = "2024-05-02",
    body: tuple[str, ...] | list[str] = DEFAULT_BODY,
    canonical: str | None = "https://opinion.example.org/2024/05/02/finish-the-bus-lanes",
    outlet: str = "The Example Gazette",
) -> str:
    """An op-ed page as an outlet serves one: headline, byline, date, paragraphs."""
    link = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    paragraphs = "\n".join(f"<p>{html.escape(text)}</p>" for text in body)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(outlet)}</title>
{link}
<meta property="og:site_name" content="{html.escape(outlet)}">
<meta name="author" content="{html.escape(byline)}">
<meta property="article:published_time" content="{published}T08:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/opinion/">Opinion</a></nav></header>
<article>
<h1>{html.escape(title)}</h1>
<p class="byline">By {html.escape(byline)}</p>
<time datetime="{published}">{published}</time>
{paragraphs}
</article>
<footer>© {html.escape(outlet)}</footer>
</body></html>"""


def fetched_page(url: str, page: str, *, fetched_at, status: int = 200):
    """A `Fetched` as `fetch` returns one, for writing web archives without a server."""
    from articles.capture.fetch import Fetched

    return Fetched(
        url=url,
        final_url=url,
        status=status,
        headers=[("Content-Type", "text/html; charset=utf-8")],
        body=page.encode(),
        redirects=[],
        fetched_at=fetched_at,
        request_headers=[("Host", url.split("/")[2]), ("User-Agent", "test")],
        http_version="HTTP/1.1",
        reason="OK",
    )


def warc_of(*fetches) -> bytes:
    """A .warc.gz holding each fetch's request and response records, in order."""
    from articles.capture.warc import warc_records_for

    return b"".join(warc_records_for(fetched) for fetched in fetches)
