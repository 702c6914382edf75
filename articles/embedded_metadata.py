"""Metadata embedded in an article page for reference managers.

Zotero's connector, Mendeley and Google Scholar read Highwire Press `citation_*` meta tags; older
tools and library link resolvers read a COinS span (an OpenURL ContextObject in a span's title).
Both say the same as the page's citations: the authors as the byline gives them, the date no more
precise than the capture states, the outlet, and the original's address when it is a web address.

Values are plain strings: the template escapes them, as it escapes everything taken from a capture.
"""

from urllib.parse import urlencode

from articles.citations import Name, cited_url, is_web_url, split_name
from articles.models import Article, DatePrecision


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _names(article: Article) -> list[Name]:
    names = (split_name(_clean(author.name)) for author in article.ordered_authors)
    return [name for name in names if name.family]


def highwire_date(article: Article) -> str:
    """Highwire's date form, 2022/03/01, cut to the stated precision (2022/03 or 2022)."""
    day = article.published_on
    if day is None:
        return ""
    precision = article.date_precision or DatePrecision.DAY
    if precision == DatePrecision.YEAR:
        return f"{day.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{day.year:04d}/{day.month:02d}"
    return f"{day.year:04d}/{day.month:02d}/{day.day:02d}"


def highwire_tags(article: Article, *, archive_url: str) -> list[tuple[str, str]]:
    """(name, content) pairs for `<meta name=… content=…>`, in the order Zotero documents them.

    Authors are written "Family, Given", which every reader of these tags splits correctly,
    including names with particles ("van der Berg") that a reader would otherwise split wrongly.
    """
    tags = [("citation_title", _clean(article.title))]
    tags += [("citation_author", name.inverted) for name in _names(article)]
    date = highwire_date(article)
    if date:
        tags += [("citation_publication_date", date), ("citation_date", date)]
    if article.publisher:
        outlet = _clean(article.publisher.name)
        # An op-ed's outlet is both the periodical it ran in and its publisher.
        tags += [("citation_journal_title", outlet), ("citation_publisher", outlet)]
    if article.language:
        tags.append(("citation_language", article.language))
    tags += [("citation_keywords", _clean(topic.name)) for topic in article.topics.all()]
    tags.append(("citation_public_url", cited_url(article, archive_url=archive_url)))
    tags.append(("citation_fulltext_html_url", archive_url))
    return [(name, content) for name, content in tags if content]


def coins_title(article: Article, *, archive_url: str) -> str:
    """The ContextObject (Z39.88-2004, KEV journal format) a COinS span carries in its title."""
    fields = [
        ("ctx_ver", "Z39.88-2004"),
        ("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"),
        ("rft.genre", "article"),
        ("rft.atitle", _clean(article.title)),
    ]
    if article.publisher:
        fields.append(("rft.jtitle", _clean(article.publisher.name)))
    if article.published_on:
        fields.append(("rft.date", highwire_date(article).replace("/", "-")))
    names = [name for name in _names(article)]
    if names:
        fields += [("rft.aulast", names[0].family), ("rft.aufirst", names[0].given)]
    fields += [("rft.au", name.natural) for name in names]
    if article.language:
        fields.append(("rft.language", article.language))
    url = cited_url(article, archive_url=archive_url)
    fields.append(("rft_id", url))
    if is_web_url(article.source_url) and url != archive_url:
        fields.append(("rft_id", archive_url))
    return urlencode([(key, value) for key, value in fields if value])
