"""robots.txt: read once per site, kept for a while, asked before every page (RFC 9309).

A robots.txt that answers 4xx (none there) allows everything; one that answers 5xx or cannot be
reached disallows everything until it is read again, as RFC 9309 asks. What a site said is kept
in Django's cache: the same answer for an hour is what crawlers do, and a worker that reads it
again after a restart costs the site one small request.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from protego import Protego

from articles.capture.errors import FetchError, FetchRefused

# How long a site's answer is kept: rules and "none there" for an hour, "unreachable" for less,
# so a site that was down is asked again soon.
RULES_SECONDS = 60 * 60
UNREACHABLE_SECONDS = 10 * 60
# Only the first 500 KiB are read (RFC 9309, 2.5).
MAX_ROBOTS_BYTES = 500 * 1024


@dataclass
class RobotsAnswer:
    kind: str  # "rules", "allow" (no robots.txt) or "deny" (unreachable)
    text: str = ""
    reason: str = ""


# Fetches robots.txt: returns (status, body) or raises FetchError.
Download = Callable[[str], tuple[int, bytes]]


def robots_url_for(origin: str) -> str:
    return f"{origin}/robots.txt"


def answer_for(origin: str, *, download: Download) -> RobotsAnswer:
    """What `origin`'s robots.txt says, from the cache or read now."""
    key = f"capture:robots:{origin}"
    answer = cache.get(key)
    if answer is not None:
        return RobotsAnswer(**answer)
    try:
        status, body = download(robots_url_for(origin))
    except FetchError as error:
        answer = RobotsAnswer("deny", reason=f"robots.txt could not be read ({error})")
    else:
        if 200 <= status < 300:
            answer = RobotsAnswer("rules", text=body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace"))
        elif 400 <= status < 500:
            answer = RobotsAnswer("allow")
        else:
            answer = RobotsAnswer("deny", reason=f"robots.txt answered {status}")
    seconds = UNREACHABLE_SECONDS if answer.kind == "deny" else RULES_SECONDS
    cache.set(key, answer.__dict__, seconds)
    return answer


def check_robots(url: str, origin: str, *, download: Download) -> float:
    """Raise FetchRefused when robots.txt keeps us from `url`; returns its Crawl-delay (or 0)."""
    answer = answer_for(origin, download=download)
    if answer.kind == "allow":
        return 0.0
    if answer.kind == "deny":
        raise FetchRefused(f"{url}: {answer.reason}, so the site is treated as disallowing all")
    rules = Protego.parse(answer.text)
    agent = settings.ARCHIVE_CAPTURE_USER_AGENT
    if not rules.can_fetch(url, agent):
        raise FetchRefused(f"{url}: robots.txt disallows it for our user agent")
    return float(rules.crawl_delay(agent) or 0.0)
