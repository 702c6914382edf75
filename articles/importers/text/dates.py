"""Dates in a dump: the shared multilingual parser (`articles.importers.dates`), plus the
"date 2023-03-03" dateline some copied pages put before their first paragraph."""

import re

from articles.importers.dates import DateFound, find_date, is_date_line, parse_date

__all__ = ["DateFound", "find_date", "is_date_line", "parse_date", "strip_dateline"]

_DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?:date|published|posted|updated|first published)(?: on)?\s*:?\s*)?"
    r"(?P<date>\d{4}-\d{2}-\d{2})\s+(?=\S)",
    re.IGNORECASE,
)


def strip_dateline(paragraph: str) -> tuple[str, DateFound | None]:
    """A paragraph opened by a "date 2023-03-03" dateline, without it, and the date it states."""
    match = _DATELINE_PREFIX.match(paragraph)
    if not match:
        return paragraph, None
    parsed = parse_date(match.group("date"))
    if not parsed:
        return paragraph, None
    stated = match.group("date")
    found = DateFound(parsed[0], parsed[1], match.start("date"), match.end("date"), stated)
    return paragraph[match.end() :], found
