"""What can go wrong fetching a page; re-exported by `articles.capture.fetch`."""


class FetchError(Exception):
    """A fetch failed; the message names the URL and the reason."""


class FetchRefused(FetchError):
    """A fetch was not attempted: a scheme other than http(s), a non-public address, robots.txt."""
