"""Read a saved HTML page: explicit metadata read by hand, the clean article text via trafilatura.

trafilatura is good at finding the article text but generous with metadata: it guesses a date
when the page states none (a copyright year becomes "2014-01-01") and takes role bylines such as
"Editorial" for authors. So every metadata field here comes from what the page states (meta tags,
JSON-LD, <time> elements, dateline text), and trafilatura supplies the body and, failing all
else, a title and a byline that still pass the same checks.
"""

import json
import re
from collections.abc import Iterator
from datetime import date

import lxml.html
import trafilatura
from lxml import etree

from articles.importers.base import CaptureError, ExtractedArticle, ExtractedAuthor
from articles.importers.normalize import (
    clean_text,
    collapse_spaces,
    domain_of,
    normalize_url,
    paragraphs_to_body,
    parse_iso_date,
    publisher_name_from_domain,
)

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "opinionnewsarticle",
    "analysisnewsarticle",
    "backgroundnewsarticle",
    "reportagenewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "socialmediaposting",
    "report",
}

# Bylines that name a role or a desk rather than a person.
_GENERIC_BYLINES = {
    "admin",
    "administrator",
    "commentary",
    "contributor",
    "contributors",
    "correspondent",
    "desk",
    "editor",
    "editorial",
    "editorial board",
    "editorial staff",
    "editorials",
    "editors",
    "guest",
    "guest author",
    "guest contributor",
    "letters",
    "letters to the editor",
    "news desk",
    "newsroom",
    "opinion",
    "opinion contributor",
    "opinions",
    "our correspondent",
    "our opinion",
    "our view",
    "staff",
    "staff reporter",
    "staff writer",
    "staff writers",
    "the editorial board",
    "the editors",
    "unknown",
    "web desk",
}
# "Times Editorial Board", "Post Staff", "Opinion Desk": an outlet's name plus a role.
_GENERIC_BYLINE_ENDING = re.compile(
    r"\b(editorial board|editorial staff|editors|editorial|staff|desk|newsroom|opinion)$", re.I
)
# Words that mark a comma-separated part of a byline as a job or an affiliation, not a name.
_ROLE_WORDS = re.compile(
    r"\b(professor|fellow|director|editor|editors|columnist|writer|contributor|correspondent|"
    r"reporter|president|chair|chairman|chairwoman|founder|ceo|author|analyst|researcher|"
    r"lecturer|senator|member|secretary|minister|ambassador|economist|scholar|student|"
    r"university|institute|college|center|centre|foundation|council|school|staff|opinion)\b",
    re.I,
)
_NAME_PARTICLES = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le"}
_NAME_PARTICLES |= {"bin", "bint", "al", "el", "y", "dos", "das", "ter", "ten", "st."}
_BYLINE_PREFIX = re.compile(r"^\s*(?:written\s+)?by\s*:?\s+", re.I)
# Captured so the reader knows whether a part followed a comma (maybe a bio) or an "and".
_BYLINE_SPLIT = re.compile(r"(\s*[;|]\s*|\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s+with\s+)", re.I)
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "ph.d", "md", "m.d", "esq"}

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
_PUBLISHED_CUE = re.compile(r"^\s*(?:first\s+)?(?:published|posted|dated)\b(?:\s+on)?\s*:?", re.I)
# Words a dateline may hold besides the date itself.
_DATELINE_WORDS = (
    r"\b(?:first\s+)?(?:published|posted|updated|dated|on|at|am|pm|a\.m\.|p\.m\.|utc|gmt|bst|"
    r"cet|cest|e[sd]t|p[sd]t|c[sd]t|et|pt|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|\d{1,2}[:.]\d{2}"
)
_DATELINE_HINT = re.compile(r"date|byline|publish|posted|timestamp|dateline", re.I)
_UPDATED_HINT = re.compile(r"updat|modif|edited", re.I)
# Parts of a page whose dates and names belong to something other than the article itself.
_OFF_ARTICLE_TAGS = {"footer", "aside", "nav"}
_OFF_ARTICLE_HINT = re.compile(
    r"(?<![a-z])(?:comments?|related|recommended|sidebar|footer|promo|newsletter|teaser|"
    r"most-read|more-stories|trending)(?![a-z])",
    re.I,
)
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?:(?P<day>\d{1,2})/)?")
_TITLE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ")

_META_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)


def read_html(
    text: str, *, file_name: str, corrections: dict[str, str] | None = None
) -> ExtractedArticle:
    """Extract one article from a saved HTML page; raise CaptureError when it holds no article."""
    page = _Page(text)
    article = ExtractedArticle()

    source_url, url_source = page.source_url()
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

    extracted = _run_trafilatura(text)
    paragraphs = _body_paragraphs(extracted)

    title, title_source = page.title(fallback=extracted.title if extracted else None)
    title = _strip_site_suffix(title, site_names=page.site_names())
    if title:
        article.title = title
        article.note("title", title_source)

    paragraphs = _drop_leading_furniture(paragraphs, title=article.title)
    article.body = paragraphs_to_body(paragraphs)
    if not article.body:
        raise CaptureError("no article text found")
    article.note("body", "page text (trafilatura)")

    authors, authors_source = page.authors(
        fallback=extracted.author if extracted else None, publisher=article.publisher_name
    )
    if authors:
        article.authors = authors
        article.note("authors", authors_source)

    published_on, precision, date_source = page.published_date(source_url)
    if published_on:
        article.published_on, article.date_precision = published_on, precision
        article.note("published_on", date_source, inferred=date_source.endswith("(inferred)"))

    standfirst, standfirst_source = page.standfirst()
    if standfirst and not _repeats(standfirst, article.title, article.body):
        article.standfirst = standfirst
        article.note("standfirst", standfirst_source)

    language, language_source = page.language()
    if language:
        article.language = language
        article.note("language", language_source)
    return article


def _run_trafilatura(text: str):
    try:
        return trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
        )
    except (ValueError, etree.LxmlError):
        # Markup too broken to parse leaves nothing to import; the caller reports "no text".
        return None


def _body_paragraphs(extracted) -> list[str]:
    """The article's paragraphs, in order, from trafilatura's cleaned element tree."""
    body = getattr(extracted, "body", None)
    if body is None:
        return []
    paragraphs: list[str] = []
    for block in body:
        if block.tag == "list":
            paragraphs.extend(f"- {_block_text(item)}" for item in block.iter("item"))
        elif block.tag in ("quote", "div") and len(block) and block.find("p") is not None:
            paragraphs.extend(_block_text(child) for child in block)
        else:
            paragraphs.extend(_split_on_double_breaks(block))
    return [clean_text(p) for p in paragraphs if p.strip()]


def _block_text(element) -> str:
    return collapse_spaces(" ".join(element.itertext()))


def _split_on_double_breaks(element) -> list[str]:
    """Split one block at runs of two or more line breaks (pages that use <br><br> for <p>)."""
    parts: list[list[str]] = [[]]
    breaks = 0
    if element.text:
        parts[-1].append(element.text)
    for child in element:
        if child.tag == "lb":
            breaks += 1
            if breaks == 2:
                parts.append([])
        else:
            breaks = 0
            parts[-1].append(" ".join(child.itertext()))
        if child.tail and child.tail.strip():
            breaks = 0
        if child.tail:
            parts[-1].append(child.tail)
    return [collapse_spaces(" ".join(part)) for part in parts]


def _drop_leading_furniture(paragraphs: list[str], *, title: str) -> list[str]:
    """Drop a repeated headline, byline or dateline that opens the extracted text."""
    title_key = title.casefold()
    while paragraphs:
        first = paragraphs[0]
        is_headline = bool(title_key) and first.casefold() == title_key
        if not (is_headline or _is_byline(first) or _is_dateline(first)):
            break
        paragraphs = paragraphs[1:]
    return paragraphs


def _is_byline(text: str) -> bool:
    """ "By Jane Doe | 5 March" is a byline; "By the time the vote came, ..." is prose."""
    if len(text) > 120 or not _BYLINE_PREFIX.match(text):
        return False
    first_part = _BYLINE_SPLIT.split(_BYLINE_PREFIX.sub("", text), maxsplit=1)[0]
    return _looks_like_person(first_part) or _is_generic_byline(first_part, "")


def _is_dateline(text: str) -> bool:
    """True for a line that is only a date ("Published Tuesday 5 March 2021, 09:00 GMT")."""
    if len(text) > 80:
        return False
    rest = text
    for pattern, _precision in _TEXT_DATE_PATTERNS:
        rest, found = pattern.subn(" ", rest)
        if found:
            break
    else:
        return False
    return not re.sub(_DATELINE_WORDS, " ", rest, flags=re.I).strip(" \t,.:;|/-\u2013\u2014")


def _strip_site_suffix(title: str, *, site_names: list[str]) -> str:
    """Remove " | Site Name" that <title> and og:title often carry."""
    for site_name in site_names:
        for separator in _TITLE_SEPARATORS:
            suffix = f"{separator}{site_name}"
            if title.casefold().endswith(suffix.casefold()) and len(title) > len(suffix):
                return title[: -len(suffix)].strip()
    return title


def _repeats(standfirst: str, title: str, body: str) -> bool:
    """True when a description only repeats the title or is a cut-off copy of the body's start."""
    key = standfirst.rstrip(".…").rstrip().casefold()
    if key == title.casefold():
        return True
    return bool(key) and collapse_spaces(body.replace("\n", " ")).casefold().startswith(key)


def _date_in_text(text: str) -> tuple[date | None, str]:
    """The first date a short piece of visible text states, with its precision."""
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


def _date_in_value(value: str) -> tuple[date | None, str]:
    """Read a machine-readable date (ISO, compact or spelled out) from an attribute or field."""
    value = collapse_spaces(value or "")
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T.*)?", value)
    if compact:
        value = "-".join(compact.groups())
    found, precision = parse_iso_date(value)
    if found:
        return found, precision
    return _date_in_text(value)


def _person_name(value: str) -> str:
    return collapse_spaces(clean_text(value)).strip(" ,;:-|")


def _looks_like_person(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or re.search(r"\d|@|https?:|www\.", name):
        return False
    if _ROLE_WORDS.search(name):
        return False
    # Scripts without case (Chinese, Arabic, ...) have no lower-case letters to object to.
    return all(not word[0].islower() or word.lower() in _NAME_PARTICLES for word in words)


def _is_generic_byline(name: str, publisher: str) -> bool:
    key = name.casefold().removeprefix("the ").strip()
    if name.casefold() in _GENERIC_BYLINES or key in _GENERIC_BYLINES:
        return True
    if publisher and key == publisher.casefold().removeprefix("the ").strip():
        return True
    return bool(_GENERIC_BYLINE_ENDING.search(name))


def split_byline(byline: str, *, publisher: str = "") -> list[ExtractedAuthor]:
    """Split a byline such as "By A, B and C" into people, dropping role words and outlets."""
    # A comma part that reads as a job or affiliation ("Jane Doe, professor of law") becomes the
    # bio of the name before it.
    tokens = _BYLINE_SPLIT.split(_BYLINE_PREFIX.sub("", _person_name(byline)))
    pieces = [_BYLINE_PREFIX.sub("", _person_name(piece)) for piece in tokens[0::2]]
    separators = ["", *(separator.strip().lower() for separator in tokens[1::2])]
    if _is_surname_first(pieces, separators):
        pieces, separators = [f"{pieces[1]} {pieces[0]}"], [""]
    authors: list[ExtractedAuthor] = []
    extending_bio = False
    for piece, separator in zip(pieces, separators, strict=True):
        if not piece:
            continue
        if extending_bio and separator in ("and", "&"):
            # "professor at Yale and Columbia": the "and" belongs to the affiliation.
            authors[-1].bio += f" {separator} {piece}"
            continue
        extending_bio = False
        if authors and piece.lower().rstrip(".") in _NAME_SUFFIXES:
            authors[-1].name += f", {piece}"
        elif _is_generic_byline(piece, publisher):
            continue
        elif _looks_like_person(piece):
            authors.append(ExtractedAuthor(name=piece))
        elif authors and separator == "," and not authors[-1].bio and not re.search(r"\d", piece):
            authors[-1].bio = piece
            extending_bio = True
    return _unique_authors(authors)


def _is_surname_first(pieces: list[str], separators: list[str]) -> bool:
    """True for "Doe, Jane": one person written surname first, not two one-word people."""
    return (
        len(pieces) == 2
        and separators[1] == ","
        and all(len(piece.split()) == 1 and _looks_like_person(piece) for piece in pieces)
        and pieces[1].lower().rstrip(".") not in _NAME_SUFFIXES
    )


def _unique_authors(authors: list[ExtractedAuthor]) -> list[ExtractedAuthor]:
    seen: set[str] = set()
    unique = []
    for author in authors:
        if author.name.casefold() not in seen:
            seen.add(author.name.casefold())
            unique.append(author)
    return unique


class _Page:
    """The page's parsed tree and the metadata it states explicitly."""

    def __init__(self, text: str):
        try:
            # Parsing bytes with a fixed encoding: the text is already decoded, so an XML
            # declaration or <meta charset> must not make lxml decode it a second time.
            parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
            self.tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
        except (etree.ParserError, ValueError) as error:
            raise CaptureError("no article text found") from error
        for element in self.tree.iter("script", "style", "noscript", "template"):
            if element.get("type", "").lower() != "application/ld+json":
                element.text = ""
        self.meta = self._meta_tags()
        self.ld_article, self.ld_nodes = self._json_ld()
        self.scope = self._article_scope()

    # --- reading the page ---------------------------------------------------------------------

    def _meta_tags(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for element in self.tree.iter("meta"):
            key = element.get("property") or element.get("name") or element.get("itemprop")
            key = key or element.get("http-equiv")
            content = collapse_spaces(clean_text(element.get("content") or ""))
            if key and content:
                found.setdefault(key.strip().lower(), []).append(content)
        return found

    def _first_meta(self, *keys: str) -> tuple[str, str]:
        for key in keys:
            for value in self.meta.get(key, []):
                return value, key
        return "", ""

    def _json_ld(self) -> tuple[dict, dict[str, dict]]:
        """The first article-typed JSON-LD node, and every node by @id (to follow references)."""
        nodes: list[dict] = []
        for script in self.tree.iter("script"):
            if script.get("type", "").strip().lower() != "application/ld+json":
                continue
            try:
                data = json.loads(script.text or "")
            except ValueError:
                continue  # Broken JSON-LD is common; the page's other metadata still counts.
            nodes.extend(_walk_json_ld(data))
        by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
        for node in nodes:
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                return node, by_id
        return {}, by_id

    def _ld_resolve(self, value):
        if isinstance(value, dict) and set(value) == {"@id"}:
            return self.ld_nodes.get(value["@id"], value)
        return value

    def _ld_text(self, key: str) -> str:
        value = self._ld_resolve(self.ld_article.get(key))
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name") or value.get("@value")
        return collapse_spaces(clean_text(value)) if isinstance(value, str) else ""

    def _article_scope(self):
        """The <article> holding the headline when there is one, else the whole body."""
        articles = list(self.tree.iter("article"))
        for candidate in articles:
            if candidate.find(".//h1") is not None:
                return candidate
        if articles:
            return articles[0]
        body = self.tree.find("body")
        return self.tree if body is None else body

    def _on_article(self, element) -> bool:
        """False for elements in footers, sidebars, comments and lists of other articles."""
        # Only ancestors inside the article count: a <body class="has-sidebar"> says nothing.
        for ancestor in element.iterancestors():
            if ancestor is self.scope:
                break
            if ancestor.tag in _OFF_ARTICLE_TAGS:
                return False
            parent = ancestor.getparent()
            if ancestor.tag == "header" and parent is not None and parent.tag == "body":
                # The page's masthead, which often prints today's date; not the article's header.
                return False
            hints = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
            if _OFF_ARTICLE_HINT.search(hints):
                return False
        return True

    # --- fields -------------------------------------------------------------------------------

    def source_url(self) -> tuple[str | None, str]:
        candidates = [
            (link.get("href", ""), "link rel=canonical")
            for link in self.tree.iter("link")
            if "canonical" in link.get("rel", "").lower().split()
        ]
        candidates.append((self._first_meta("og:url")[0], "og:url"))
        for key in ("url", "mainEntityOfPage"):
            value = self.ld_article.get(key)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            candidates.append((value if isinstance(value, str) else "", f"JSON-LD {key}"))
        for candidate, source in candidates:
            url = normalize_url(candidate)
            if url:
                return url, source
        return None, ""

    def publisher_name(self) -> tuple[str, str]:
        ld_publisher = self._ld_text("publisher")
        if ld_publisher:
            return ld_publisher, "JSON-LD publisher"
        site_name, _key = self._first_meta("og:site_name")
        if site_name:
            return site_name, "og:site_name"
        return "", ""

    def site_names(self) -> list[str]:
        """Every name the page gives its outlet (they often differ: "The Herald", "Herald")."""
        names = [self._ld_text("publisher"), *self.meta.get("og:site_name", [])]
        names += self.meta.get("application-name", [])
        names.append(domain_of(self.source_url()[0]))
        return [name for name in names if name]

    def title(self, *, fallback: str | None) -> tuple[str, str]:
        og_title, key = self._first_meta("og:title", "twitter:title")
        if og_title:
            return og_title, key
        headline = self._ld_text("headline") or self._ld_text("name")
        if headline:
            return headline, "JSON-LD headline"
        heading = self.scope.find(".//h1")
        if heading is not None and heading.text_content().strip():
            return collapse_spaces(clean_text(heading.text_content())), "<h1>"
        page_title = collapse_spaces(clean_text(self.tree.findtext(".//title") or ""))
        if page_title:
            return page_title, "<title>"
        if fallback and fallback.strip():
            return collapse_spaces(clean_text(fallback)), "headline (trafilatura)"
        return "", ""

    def authors(self, *, fallback: str | None, publisher: str) -> tuple[list[ExtractedAuthor], str]:
        authors = self._json_ld_authors(publisher)
        if authors:
            return authors, "JSON-LD author"
        for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
            for value in self.meta.get(key, []):
                if normalize_url(value):
                    continue  # article:author is often a profile URL, not a name.
                authors += split_byline(value, publisher=publisher)
            if authors:
                return _unique_authors(authors), f"meta {key}"
        for element in self._byline_elements():
            authors += split_byline(element.text_content(), publisher=publisher)
        if authors:
            return _unique_authors(authors), "byline"
        if fallback:
            # trafilatura joins several names with "; "; each still has to pass the checks.
            authors = split_byline(fallback, publisher=publisher)
            if authors:
                return authors, "byline (trafilatura)"
        return [], ""

    def _json_ld_authors(self, publisher: str) -> list[ExtractedAuthor]:
        value = self._ld_resolve(self.ld_article.get("author"))
        entries = value if isinstance(value, list) else [value]
        authors: list[ExtractedAuthor] = []
        for entry in entries:
            entry = self._ld_resolve(entry)
            if isinstance(entry, str):
                authors += split_byline(entry, publisher=publisher)
            elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
                found = split_byline(entry["name"], publisher=publisher)
                bio = entry.get("description") or entry.get("jobTitle")
                if len(found) == 1 and isinstance(bio, str) and bio.strip():
                    found[0].bio = collapse_spaces(clean_text(bio))
                authors += found
        return _unique_authors(authors)

    def _byline_elements(self) -> Iterator:
        """Author links and properties in the article, else its first "By ..." line."""
        scope = self.scope
        found_links = False
        for element in scope.iter():
            if not isinstance(element.tag, str) or not self._on_article(element):
                continue
            if "author" in element.get("rel", "").lower().split():
                found_links = True
                yield element
            elif element.get("itemprop", "").lower() == "author":
                found_links = True
                name = element.find(".//*[@itemprop='name']")
                yield element if name is None else name
        if found_links:
            return
        for element in scope.iter():
            if not isinstance(element.tag, str):
                continue
            hints = _hints(element).lower()
            hinted = "byline" in hints or "author" in hints
            if not hinted and not _BYLINE_PREFIX.match(element.text or ""):
                continue
            if _is_byline(collapse_spaces(element.text_content())) and self._on_article(element):
                yield element
                return

    def published_date(self, source_url: str | None) -> tuple[date | None, str, str]:
        for key in _META_DATE_KEYS:
            for value in self.meta.get(key, []):
                found, precision = _date_in_value(value)
                if found:
                    return found, precision, f"meta {key}"
        ld_date = self.ld_article.get("datePublished") or self.ld_article.get("dateCreated")
        if isinstance(ld_date, str):
            found, precision = _date_in_value(ld_date)
            if found:
                return found, precision, "JSON-LD datePublished"
        found, precision, source = self._visible_date()
        if found:
            return found, precision, source
        match = _URL_DATE.search(source_url or "")
        if match:
            found, precision = _date_in_value(
                "-".join(part.zfill(2) for part in match.groups() if part)
            )
            if found:
                return found, precision, "URL path (inferred)"
        return None, "", ""

    def _visible_date(self) -> tuple[date | None, str, str]:
        """A date the page prints for the article: a <time> element or a dateline."""
        scope = self.scope
        times = [
            element
            for element in scope.iter("time")
            if self._on_article(element) and not _UPDATED_HINT.search(_hints(element))
        ]
        # A <time> marked as the publication date beats any other <time> on the page.
        times.sort(key=lambda t: not (t.get("pubdate") is not None or "publish" in _hints(t)))
        for element in times:
            found, precision = _date_in_value(element.get("datetime", ""))
            if not found:
                found, precision = _date_in_text(element.text_content())
            if found:
                return found, precision, "<time> element"
        for element in scope.iter():
            if not isinstance(element.tag, str) or element.tag in ("time", "script", "style"):
                continue
            hints = _hints(element)
            hinted = _DATELINE_HINT.search(hints) and not _UPDATED_HINT.search(hints)
            if not hinted and not _PUBLISHED_CUE.match(element.text or ""):
                continue
            text = collapse_spaces(element.text_content())
            if text and len(text) <= 160 and self._on_article(element):
                found, precision = _date_in_text(_without_updated_part(text))
                if found:
                    return found, precision, "dateline"
        return None, "", ""

    def standfirst(self) -> tuple[str, str]:
        value, key = self._first_meta("og:description", "description", "twitter:description")
        if value:
            return value, key
        description = self._ld_text("description")
        return (description, "JSON-LD description") if description else ("", "")

    def language(self) -> tuple[str, str]:
        candidates = [
            (self.tree.get("lang") or self.tree.get("xml:lang") or "", "html lang"),
            (self._ld_text("inLanguage"), "JSON-LD inLanguage"),
            (self._first_meta("content-language")[0], "meta content-language"),
            (self._first_meta("og:locale")[0], "og:locale"),
        ]
        for value, source in candidates:
            primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
            if re.fullmatch(r"[a-z]{2,3}", primary):
                return primary, source
        return "", ""


def _hints(element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"


def _without_updated_part(text: str) -> str:
    """Cut "Updated March 6, 2021" off a dateline so only the publication date is read."""
    return re.split(r"\b(?:updated|modified|last\s+edited)\b", text, maxsplit=1, flags=re.I)[0]


def _walk_json_ld(data) -> Iterator[dict]:
    """Every JSON-LD node in a document, including those inside @graph lists."""
    if isinstance(data, list):
        for item in data:
            yield from _walk_json_ld(item)
    elif isinstance(data, dict):
        yield data
        # An article is found at the top, in a @graph, or as the mainEntity of a WebPage node.
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _walk_json_ld(data[key])
