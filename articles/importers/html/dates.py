"""When the page says the article was published: every stated key, in a fixed preference order.

Stated publication dates come first (meta tags, JSON-LD, microdata, Dublin Core, citation
tags), then a <time> element or a printed dateline inside the article, and only then a date in
the URL path, which is often a print date and is marked inferred. Modification dates are never
taken for the publication date.
"""

import re
from collections.abc import Iterator
from datetime import date

from articles.importers import dates as shared_dates
from articles.importers.html.blocks import hints
from articles.importers.html.jsonld import ld_types
from articles.importers.normalize import collapse_spaces, parse_iso_date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# Dates as pages print them; numeric forms like 05/03/2021 are ambiguous, so they are not read.
_TEXT_DATE_PATTERNS = [
    (re.compile(rf"\b{_YEAR}-(?P<month>\d{{2}})-{_DAY}\b"), "day"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I), "month"),
]
PUBLISHED_CUE = re.compile(r"^\s*(?:first\s+)?(?:published|posted|dated)\b(?:\s+on)?\s*:?", re.I)
# Words a dateline may hold besides the date itself.
_DATELINE_WORDS = (
    r"\b(?:first\s+)?(?:published|posted|updated|dated|on|at|am|pm|a\.m\.|p\.m\.|utc|gmt|bst|"
    r"cet|cest|e[sd]t|p[sd]t|c[sd]t|et|pt|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|\d{1,2}[:.]\d{2}"
)
DATELINE_HINT = re.compile(r"date|byline|publish|posted|timestamp|dateline|\bmeta\b|-meta\b", re.I)
UPDATED_HINT = re.compile(r"updat|modif|edited", re.I)
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?:(?P<day>\d{1,2})/)?")

# Meta keys (property, name or itemprop, lower-cased) that state the publication date, best
# first. Open Graph, Dublin Core, Highwire/Google Scholar citation tags, bepress, and the
# analytics tags some CMSs emit.
META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "bepress_citation_publication_date",
    "bepress_citation_date",
    "bepress_citation_online_date",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "date",
)


def date_in_text(text: str, *, language: str = "") -> tuple[date | None, str]:
    """The first date a short piece of visible text states, with its precision.

    Dates in any of the archive's languages ("24 novembre 2017 à 18:42", "18. November 2019");
    `language` decides the order of an ambiguous numeric day and month.
    """
    found = shared_dates.find_date(text, language=language)
    if found:
        return found.date, found.precision
    for pattern, precision in _TEXT_DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = parts["month"]
        month_number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
        try:
            day = int(parts["day"]) if precision == "day" else 1
            return date(int(parts["year"]), month_number, day), precision
        except ValueError:
            continue
    return None, ""


def date_in_value(value: str, *, language: str = "") -> tuple[date | None, str]:
    """Read a machine-readable date from an attribute or field.

    ISO forms ("2019", "2019-05", "2019-05-03T10:00+02:00"), compact ("20190503"), slashed
    year-first ("2019/05/03", as citation tags write it) and spelled-out dates.
    """
    value = collapse_spaces(value or "")
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T.*)?", value)
    if compact:
        value = "-".join(compact.groups())
    slashed = re.fullmatch(r"(\d{4})/(\d{1,2})(?:/(\d{1,2}))?(?:[ T].*)?", value)
    if slashed:
        value = "-".join(part for part in slashed.groups() if part)
    found, precision = parse_iso_date(value)
    if found:
        return found, precision
    parsed = shared_dates.parse_date(value, language=language)
    if parsed:
        return parsed
    return date_in_text(value, language=language)


def date_in_url(url: str | None) -> tuple[date | None, str]:
    """A /2019/08/21/ date in a URL path (a guess: it may be a print or an upload date)."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None, ""
    return date_in_value("-".join(part.zfill(2) for part in match.groups() if part))


def is_dateline(text: str) -> bool:
    """True for a line that is only a date ("Published Tuesday 5 March 2021, 09:00 GMT")."""
    if len(text) > 80:
        return False
    if shared_dates.is_date_line(text):
        return True
    rest = text
    for pattern, _precision in _TEXT_DATE_PATTERNS:
        rest, found = pattern.subn(" ", rest)
        if found:
            break
    else:
        return False
    return not re.sub(_DATELINE_WORDS, " ", rest, flags=re.I).strip(" \t,.:;|/-\u2013\u2014")


def without_updated_part(text: str) -> str:
    """Cut "Updated March 6, 2021" off a dateline so only the publication date is read."""
    return re.split(r"\b(?:updated|modified|last\s+edited)\b", text, maxsplit=1, flags=re.I)[0]


def published_date(page, source_url: str | None) -> tuple[date | None, str, str]:
    """The publication date, its precision and the key it was read from."""
    language = page.language()[0]
    for value, source in _stated_dates(page):
        found, precision = date_in_value(value, language=language)
        if found:
            return found, precision, source
    found, precision, source = _visible_date(page, language)
    if found:
        return found, precision, source
    found, precision = date_in_url(source_url)
    if found:
        return found, precision, "URL path (inferred)"
    return None, "", ""


def _stated_dates(page) -> Iterator[tuple[str, str]]:
    """Machine-readable publication dates in preference order, each with its source."""
    for key in ("datePublished", "dateCreated"):
        value = page.ld_article.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str):
            yield value, f"JSON-LD {key}"
    for key in META_DATE_KEYS:
        for value in page.meta.get(key, []):
            yield value, f"meta {key}"
    for element in page.scope.iter():
        if not isinstance(element.tag, str) or element.tag == "meta":
            continue
        if element.get("itemprop", "").lower() == "datepublished" and page.on_article(element):
            value = element.get("content") or element.get("datetime") or element.text_content()
            yield value, "microdata datePublished"
    # A page whose only JSON-LD is a WebPage node still states when it was published.
    web_page_types = {"webpage", "itempage", "collectionpage"}
    for node in page.ld_all:
        stated = node is not page.ld_article and isinstance(node.get("datePublished"), str)
        if stated and (ld_types(node) & web_page_types or not node.get("@type")):
            yield node["datePublished"], "JSON-LD datePublished (web page)"


def _visible_date(page, language: str) -> tuple[date | None, str, str]:
    """A date the page prints for the article: a <time> element or a dateline."""
    scope = page.scope
    times = [
        element
        for element in scope.iter("time")
        if page.on_article(element) and not UPDATED_HINT.search(hints(element))
    ]
    # A <time> marked as the publication date beats any other <time> on the page.
    times.sort(key=lambda t: not (t.get("pubdate") is not None or "publish" in hints(t)))
    for element in times:
        found, precision = date_in_value(element.get("datetime", ""), language=language)
        source = "<time datetime>"
        if not found:
            found, precision = date_in_text(element.text_content(), language=language)
            source = "<time> text"
        if found:
            return (
                found,
                precision,
                source + (" pubdate" if element.get("pubdate") is not None else ""),
            )
    for element in scope.iter():
        if not isinstance(element.tag, str) or element.tag in ("time", "script", "style"):
            continue
        element_hints = hints(element)
        hinted = DATELINE_HINT.search(element_hints) and not UPDATED_HINT.search(element_hints)
        if not hinted and not PUBLISHED_CUE.match(element.text or ""):
            continue
        text = collapse_spaces(element.text_content())
        if text and len(text) <= 160 and page.on_article(element):
            found, precision = date_in_text(without_updated_part(text), language=language)
            if found:
                return found, precision, "dateline"
    for element, _text in page.byline_texts():
        # "By Jane Doe - 5 March 2021": the date printed in the byline itpage.
        text = collapse_spaces(element.text_content())
        found, precision = date_in_text(without_updated_part(text), language=language)
        if found and len(text) <= 160:
            return found, precision, "byline line"
    return None, "", ""
