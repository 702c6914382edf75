"""Read a saved HTML page: metadata the page states, and the clean article text.

trafilatura is good at finding the article text but generous with metadata: it guesses a date
when the page states none (a copyright year becomes "2014-01-01") and takes role bylines such as
"Editorial" for authors. So every metadata field comes from what the page states (meta tags,
JSON-LD, microdata, <time> elements, dateline text; see `page`), and the body is trafilatura's
text checked and completed block by block (see `body`), with an audit of every block.
"""

from articles.importers.base import CaptureError, ExtractedArticle, ExtractedAuthor, line_key
from articles.importers.html.authors import merge_authors, split_byline
from articles.importers.html.body import BodyExtractor, run_trafilatura
from articles.importers.html.page import Page, strip_site_suffix
from articles.importers.normalize import (
    collapse_spaces,
    domain_of,
    normalize_url,
    paragraphs_to_body,
    publisher_name_from_domain,
)

__all__ = ["read_html", "split_byline"]


def read_html(
    text: str,
    *,
    file_name: str = "",
    corrections: dict[str, str] | None = None,
    page_url: str = "",
) -> ExtractedArticle:
    """Extract one article from a saved HTML page; raise CaptureError when it holds no article.

    `corrections` maps `line_key(block text)` to "body" or "furniture" and wins over the
    reader's own judgement of that block. `page_url` is the address a fetched page was served
    from: the article's URL when the page states none.
    """
    page = Page(text)
    article = ExtractedArticle(language="")

    source_url, url_source = page.source_url()
    if not source_url and normalize_url(page_url):
        source_url, url_source = normalize_url(page_url), "the address it was fetched from"
    if source_url:
        article.source_url = source_url
        article.note("source_url", url_source)

    publisher_name, publisher_source = page.publisher_name()
    if source_url:
        article.publisher_domain = domain_of(source_url)
        if not publisher_name:
            publisher_name = publisher_name_from_domain(article.publisher_domain)
            publisher_source = "URL domain (inferred)"
    if publisher_name:
        article.publisher_name = publisher_name
        article.note(
            "publisher", publisher_source, inferred=publisher_source.endswith("(inferred)")
        )

    extracted = run_trafilatura(text)
    title, title_source = page.title(fallback=extracted.title if extracted else None)
    title = strip_site_suffix(title, site_names=page.site_names())
    if title:
        article.title = title
        article.note("title", title_source)

    authors, authors_source, authors_inferred = page.authors(
        fallback=extracted.author if extracted else None, publisher=article.publisher_name
    )
    rejected = {key for key, verdict in (corrections or {}).items() if verdict == "furniture"}
    if title_source == "<h1>" and line_key(article.title) in rejected:
        # An editor marked the headline element as furniture: it names nothing.
        article.title = ""
        article.provenance.pop("title", None)
    if authors_source == "byline" and any(
        line_key(element.text_content()) in rejected for element in page.byline_elements()
    ):
        authors, authors_source = [], ""
    standfirst, standfirst_source = page.standfirst()

    body = BodyExtractor(page, text, title=article.title, standfirst=standfirst).extract(
        authors=authors, corrections=corrections, trafilatura_doc=extracted
    )
    article.body = paragraphs_to_body(body.paragraphs)
    article.audit = body.audit
    if not article.body:
        raise CaptureError("no article text found")
    article.note("body", body.source)

    if body.bio_authors and not authors:
        # Named only in a closing "X is a professor at Y" paragraph: still stated by the page.
        authors = [ExtractedAuthor(name=name) for name in body.bio_authors]
        authors_source, authors_inferred = "closing bio paragraph", False
    if body.signature and not authors:
        authors = [ExtractedAuthor(name=body.signature)]
        authors_source, authors_inferred = "letter signature", False
    for author in authors:
        if body.bios.get(author.name) and not author.bio:
            author.bio = body.bios[author.name]
    if authors:
        article.authors = merge_authors(authors)
        article.note("authors", authors_source, inferred=authors_inferred)

    published_on, precision, date_source = page.published_date(source_url)
    if published_on:
        article.published_on, article.date_precision = published_on, precision
        article.note("published_on", date_source, inferred=date_source.endswith("(inferred)"))

    if not standfirst and body.standfirst:
        standfirst, standfirst_source = body.standfirst, "standfirst element"
    if standfirst and not _repeats(standfirst, article.title, article.body):
        article.standfirst = standfirst
        article.note("standfirst", standfirst_source)

    section, section_source, _element = page.section()
    if section:
        article.section = section
        article.note("section", section_source)
    genre, genre_source = page.genre()
    if genre:
        article.genre = genre
        article.note("genre", genre_source)

    language, language_source = page.language()
    if language:
        article.language = language
        article.note("language", language_source)
    return article


def _repeats(standfirst: str, title: str, body: str) -> bool:
    """True when a description only repeats the title or is a cut-off copy of the body's start."""
    key = standfirst.rstrip(".…").rstrip().casefold()
    if key == title.casefold():
        return True
    return bool(key) and collapse_spaces(body.replace("\n", " ")).casefold().startswith(key)
