"""What each export format says about one article: a flat record (CSV, JSON Lines) and a CSL item.

The record names what a reader of a spreadsheet needs to find the piece again: the archive's
id and slug, the byline in order, the outlet, the date at the precision the capture states
(2022, 2022-03 or 2022-03-01), genre, topics, language and both addresses. The body is in
JSON Lines only: a cell of several thousand words makes a spreadsheet unusable.

CSV cells are neutralised for spreadsheets: a cell starting with =, +, -, @ (or a tab or carriage
return, which some spreadsheets skip before reading a formula) is prefixed with a single quote,
so imported text is shown, never run as a formula (OWASP, "CSV Injection").
"""

from articles.citations import SITE_NAME, cited_url, iso_date, split_name
from articles.models import Article

RECORD_FIELDS = (
    "id",
    "slug",
    "title",
    "authors",
    "publisher",
    "published_on",
    "date_precision",
    "genre",
    "topics",
    "language",
    "source_url",
    "archive_url",
)
CSV_LIST_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def article_record(article: Article, *, archive_url: str, include_body: bool = False) -> dict:
    """The article as a flat dict of RECORD_FIELDS (and `body` when asked), lists as lists."""
    record = {
        "id": article.pk,
        "slug": article.slug,
        "title": _clean(article.title),
        "authors": [_clean(author.name) for author in article.ordered_authors],
        "publisher": _clean(article.publisher.name) if article.publisher else "",
        "published_on": iso_date(article),
        "date_precision": article.date_precision if article.published_on else "",
        "genre": article.genre,
        "topics": [_clean(topic.name) for topic in article.topics.all()],
        "language": article.language,
        "source_url": article.source_url or "",
        "archive_url": archive_url,
    }
    if include_body:
        record["body"] = article.body
    return record


def spreadsheet_safe(value: str) -> str:
    """The cell text with a leading quote where a spreadsheet would read it as a formula."""
    return f"'{value}" if value.lstrip(" ").startswith(FORMULA_STARTS) else value


def csv_row(record: dict) -> list:
    """One CSV row in RECORD_FIELDS order: lists joined with "; ", text made spreadsheet-safe."""
    row = []
    for name in RECORD_FIELDS:
        value = record[name]
        if isinstance(value, list):
            value = CSV_LIST_SEPARATOR.join(value)
        row.append(spreadsheet_safe(value) if isinstance(value, str) else value)
    return row


def _csl_name(name: str) -> dict:
    parts = split_name(_clean(name))
    if not parts.given:
        return {"literal": parts.family}  # one word: an organisation or a pen name, kept whole
    person = {"family": parts.family, "given": parts.given}
    if parts.suffix:
        person["suffix"] = parts.suffix
    return person


def _date_parts(article: Article) -> list[int]:
    day = article.published_on
    return {
        "year": [day.year],
        "month": [day.year, day.month],
    }.get(article.date_precision, [day.year, day.month, day.day])


def csl_item(article: Article, *, archive_url: str) -> dict:
    """A CSL-JSON item (the citation data Zotero, Pandoc and citeproc read) for the article.

    Like the BibTeX and RIS files, it cites the original's address when it is a web address
    and names the archived copy in a note.
    """
    item = {
        "id": article.slug,
        "type": "article-newspaper",
        "title": _clean(article.title),
    }
    authors = [_csl_name(author.name) for author in article.ordered_authors]
    if authors:
        item["author"] = authors
    if article.published_on:
        item["issued"] = {"date-parts": [_date_parts(article)]}
    if article.publisher:
        item["container-title"] = _clean(article.publisher.name)
    item["URL"] = cited_url(article, archive_url=archive_url)
    if article.language:
        item["language"] = article.language
    topics = [_clean(topic.name) for topic in article.topics.all()]
    if topics:
        item["keyword"] = ", ".join(topics)
    if article.standfirst:
        item["abstract"] = _clean(article.standfirst)
    item["note"] = f"Archived by {SITE_NAME}: {archive_url}"
    return item
