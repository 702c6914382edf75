"""The parsed page and the metadata it states explicitly: meta tags, JSON-LD, microdata, <time>.

Every field here comes from what the page states; a value that had to be guessed says so in
its source (ending in "(inferred)").
"""

import re
from collections.abc import Iterator
from datetime import date

import lxml.html
from lxml import etree

from articles.importers.base import CaptureError, ExtractedAuthor
from articles.importers.html import authors as bylines
from articles.importers.html import dates
from articles.importers.html.blocks import hints
from articles.importers.html.jsonld import (
    ARTICLE_TYPES,
    GENRE_BY_TYPE,
    ld_types,
    load_json_ld,
    walk_json_ld,
)
from articles.importers.normalize import clean_text, collapse_spaces, domain_of, normalize_url

# Words in a stated `genre` that name one of ours.
_GENRE_WORDS = [
    (re.compile(r"\beditorial", re.I), "editorial"),
    (re.compile(r"\bletters?\b", re.I), "letter"),
    (re.compile(r"\binterview", re.I), "interview"),
    (re.compile(r"\breview", re.I), "review"),
    (re.compile(r"\banaly", re.I), "analysis"),
    (re.compile(r"\b(?:opinion|op-?ed|column|commentary|comment)", re.I), "opinion"),
]
# Parts of a page whose dates and names belong to something other than the article itself.
_OFF_ARTICLE_TAGS = {"footer", "aside", "nav"}
OFF_ARTICLE_HINT = re.compile(
    r"(?<![a-z])(?:comments?|related|recommended|sidebar|footer|promo|newsletter|teaser|"
    r"most-read|more-stories|trending)(?![a-z])",
    re.I,
)
_KICKER_HINT = re.compile(r"kicker|eyebrow|overline|rubric|section-label|category-label", re.I)
# Links to an author's page: /author/jane-doe, /authors/, /autor/, /auteur/, /profile/ ...
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:es|en)?|auteurs?|autori?|people|profiles?|writers?|journalists?|"
    r"contributors?|columnists?)/[^/?#]+",
    re.I,
)
_TRAILING_BY = re.compile(r"\s(?:by|par|por|von|di)\s+(?P<names>[^|·•\d]+?)\s*$", re.I)
_TITLE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ")
# Tags that state one person each, often surname first ("Le Goff, Bastien").
_CATALOGUE_AUTHOR_KEYS = {"citation_author", "bepress_citation_author", "dc.creator"}
_CATALOGUE_AUTHOR_KEYS |= {"dcterms.creator"}
_AUTHOR_META_KEYS = (
    "author",
    "article:author",
    "citation_author",
    "bepress_citation_author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
)


class Page:
    """The page's parsed tree and the metadata it states explicitly."""

    def __init__(self, text: str):
        try:
            # Parsing bytes with a fixed encoding: the text is already decoded, so an XML
            # declaration or <meta charset> must not make lxml decode it a second time.
            parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
            self.tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
        except (etree.ParserError, ValueError) as error:
            raise CaptureError("no article text found") from error
        self.ld_scripts = []
        for element in self.tree.iter("script", "style", "noscript", "template"):
            if element.get("type", "").strip().lower() == "application/ld+json":
                self.ld_scripts.append(element.text or "")
            element.text = ""
        self.meta = self._meta_tags()
        self.ld_article, self.ld_all, self.ld_nodes = self._json_ld()
        self.scope = self._article_scope()
        self._bylines: list[tuple[object, str]] | None = None

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

    def first_meta(self, *keys: str) -> tuple[str, str]:
        """The first value of the first of `keys` the page states, and that key."""
        for key in keys:
            for value in self.meta.get(key, []):
                return value, key
        return "", ""

    def _json_ld(self) -> tuple[dict, list[dict], dict[str, dict]]:
        """The first article-typed JSON-LD node, all nodes, and every node by @id."""
        nodes: list[dict] = []
        for script in self.ld_scripts:
            data = load_json_ld(script)
            if data is not None:
                nodes.extend(walk_json_ld(data))
        by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
        for node in nodes:
            if ld_types(node) & ARTICLE_TYPES:
                return node, nodes, by_id
        return {}, nodes, by_id

    def ld_resolve(self, value):
        """A JSON-LD {"@id": ...} reference replaced by the node it names."""
        if isinstance(value, dict) and set(value) == {"@id"}:
            return self.ld_nodes.get(value["@id"], value)
        return value

    def ld_text(self, key: str) -> str:
        """The article node's `key` as text (the first of a list, the name of an object)."""
        value = self.ld_resolve(self.ld_article.get(key))
        if isinstance(value, list) and value:
            value = self.ld_resolve(value[0])
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

    def on_article(self, element) -> bool:
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
            if OFF_ARTICLE_HINT.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
                return False
        return True

    # --- fields -------------------------------------------------------------------------------

    def source_url(self) -> tuple[str | None, str]:
        """The article's canonical URL and where it was stated."""
        candidates = [
            (link.get("href", ""), "link rel=canonical")
            for link in self.tree.iter("link")
            if "canonical" in link.get("rel", "").lower().split()
        ]
        candidates.append((self.first_meta("og:url")[0], "og:url"))
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
        """The outlet's name as the page states it."""
        ld_publisher = self.ld_text("publisher")
        if ld_publisher:
            return ld_publisher, "JSON-LD publisher"
        # Open Graph, then the library-style tags of journals and older sites.
        value, key = self.first_meta(
            "og:site_name", "citation_journal_title", "dc.publisher", "dcterms.publisher",
            "citation_publisher",
        )  # fmt: skip
        return (value, key if key == "og:site_name" else f"meta {key}") if value else ("", "")

    def site_names(self) -> list[str]:
        """Every name the page gives its outlet (they often differ: "The Herald", "Herald")."""
        names = [self.ld_text("publisher"), *self.meta.get("og:site_name", [])]
        names += self.meta.get("citation_journal_title", []) + self.meta.get("dc.publisher", [])
        names += self.meta.get("application-name", [])
        names.append(domain_of(self.source_url()[0]))
        return [name for name in names if name]

    def title(self, *, fallback: str | None) -> tuple[str, str]:
        """The headline, from the most explicit statement the page makes of it."""
        og_title, key = self.first_meta("og:title", "twitter:title")
        if og_title:
            return og_title, key
        headline = self.ld_text("headline") or self.ld_text("name")
        if headline:
            return headline, "JSON-LD headline"
        value, key = self.first_meta("citation_title", "dc.title", "dcterms.title")
        if value:
            return value, f"meta {key}"
        heading = self.scope.find(".//h1")
        if heading is not None and heading.text_content().strip():
            return collapse_spaces(clean_text(heading.text_content())), "<h1>"
        page_title = collapse_spaces(clean_text(self.tree.findtext(".//title") or ""))
        if page_title:
            return page_title, "<title>"
        if fallback and fallback.strip():
            return collapse_spaces(clean_text(fallback)), "headline (trafilatura)"
        return "", ""

    def standfirst(self) -> tuple[str, str]:
        """The page's description of the article."""
        value, key = self.first_meta("og:description", "description", "twitter:description")
        if value:
            return value, key
        description = self.ld_text("description")
        return (description, "JSON-LD description") if description else ("", "")

    def language(self) -> tuple[str, str]:
        """The primary ISO 639-1 subtag of the stated language, or "" when none is stated."""
        candidates = [
            (self.tree.get("lang") or self.tree.get("xml:lang") or "", "html lang attribute"),
            (self.ld_text("inLanguage"), "JSON-LD inLanguage"),
            (self.first_meta("content-language")[0], "meta content-language"),
            (self.first_meta("og:locale")[0], "og:locale"),
        ]
        for value, source in candidates:
            primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
            if re.fullmatch(r"[a-z]{2}", primary):
                return primary, source
        return "", ""

    def section(self) -> tuple[str, str, object]:
        """The section the page files the article under; the kicker element when it is shown."""
        value, key = self.first_meta("article:section")
        if value:
            return value, f"meta {key}", None
        section = self.ld_text("articleSection")
        if section:
            return section, "JSON-LD articleSection", None
        for element in self.scope.iter():
            if not isinstance(element.tag, str) or not _KICKER_HINT.search(hints(element)):
                continue
            text = collapse_spaces(clean_text(element.text_content()))
            if text and len(text) <= 40 and len(text.split()) <= 4 and self.on_article(element):
                return text, "kicker", element
        return "", "", None

    def genre(self) -> tuple[str, str]:
        """A genre of ours the page states: its JSON-LD type or a `genre` key."""
        for node_type in sorted(ld_types(self.ld_article)):
            if node_type in GENRE_BY_TYPE:
                return GENRE_BY_TYPE[node_type], f"JSON-LD @type {node_type}"
        stated = self.ld_article.get("genre")
        stated = stated if isinstance(stated, list) else [stated]
        for value in stated:
            for pattern, genre in _GENRE_WORDS:
                if isinstance(value, str) and pattern.search(value):
                    return genre, "JSON-LD genre"
        return "", ""

    # --- authors ------------------------------------------------------------------------------

    def authors(
        self, *, fallback: str | None, publisher: str
    ) -> tuple[list[ExtractedAuthor], str, bool]:
        """Every stated author, in byline order, with the sources and whether it was guessed."""
        sources: list[str] = []
        stated: list[ExtractedAuthor] = []
        from_ld = self._json_ld_authors(publisher)
        if from_ld:
            stated, sources = from_ld, ["JSON-LD author"]
        profile_urls: list[str] = []
        for key in _AUTHOR_META_KEYS:
            found: list[ExtractedAuthor] = []
            for value in self.meta.get(key, []):
                if normalize_url(value):
                    profile_urls.append(value)  # article:author is often a profile URL.
                    continue
                if key in _CATALOGUE_AUTHOR_KEYS:
                    found += bylines.split_catalogue_name(value, publisher=publisher)
                else:
                    found += bylines.split_byline(value, publisher=publisher)
            if found:
                stated = bylines.merge_authors(stated, found)
                sources.append(f"meta {key}")
        byline: list[ExtractedAuthor] = []
        for _element, text in self._byline_elements():
            byline += bylines.split_byline(text, publisher=publisher)
        byline = bylines.merge_authors(byline)
        if stated:
            return bylines.in_byline_order(stated, byline), ", ".join(sources), False
        if byline:
            return byline, "byline", False
        if fallback:
            # trafilatura joins several names with "; "; each still has to pass the checks.
            # trafilatura title-cases what it takes for a byline: a name must be printed as is.
            shown = self.tree.text_content()
            found = [
                a for a in bylines.split_byline(fallback, publisher=publisher) if a.name in shown
            ]
            if found:
                return found, "byline (trafilatura)", False
        guessed = [bylines.name_from_profile_url(url) for url in profile_urls]
        guessed_authors = [ExtractedAuthor(name=name) for name in guessed if name]
        if guessed_authors:
            return bylines.merge_authors(guessed_authors), "article:author profile URL", True
        return [], "", False

    def _json_ld_authors(self, publisher: str) -> list[ExtractedAuthor]:
        value = self.ld_resolve(self.ld_article.get("author"))
        entries = value if isinstance(value, list) else [value]
        found: list[ExtractedAuthor] = []
        for entry in entries:
            entry = self.ld_resolve(entry)
            if isinstance(entry, str):
                if not normalize_url(entry):
                    found += bylines.split_byline(entry, publisher=publisher)
            elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
                if ld_types(entry) & {"organization", "newsmediaorganization", "corporation"}:
                    continue  # "The Editorial Board" as an Organization is not a person.
                people = bylines.split_byline(entry["name"], publisher=publisher)
                bio = entry.get("description") or entry.get("jobTitle")
                if len(people) == 1 and isinstance(bio, str) and bio.strip():
                    people[0].bio = collapse_spaces(clean_text(bio))
                found += people
        return bylines.merge_authors(found)

    def byline_texts(self) -> list[tuple[object, str]]:
        """Each byline element with the text that names its authors."""
        return self._byline_elements()

    def byline_elements(self) -> list:
        """The elements the authors were read from (for the audit)."""
        return [element for element, _text in self._byline_elements()]

    def _byline_elements(self) -> list[tuple[object, str]]:
        if self._bylines is None:
            self._bylines = list(self._find_bylines())
        return self._bylines

    def _find_bylines(self) -> Iterator[tuple[object, str]]:
        """Author links and properties in the article, else its first byline, with the text
        that names the authors."""
        scope = self.scope
        found_links = False
        for element in scope.iter():
            if not isinstance(element.tag, str) or not self.on_article(element):
                continue
            if "author" in element.get("rel", "").lower().split() or (
                element.tag == "a" and _AUTHOR_PAGE.search(element.get("href", ""))
            ):
                found_links = True
                yield element, element.text_content()
            elif element.get("itemprop", "").lower() == "author":
                found_links = True
                name = element.find(".//*[@itemprop='name']")
                element = element if name is None else name
                yield element, element.text_content()
        if found_links:
            return
        for element in scope.iter():
            if not isinstance(element.tag, str) or element.tag in ("script", "style"):
                continue
            element_hints = hints(element).lower()
            hinted = "byline" in element_hints or "author" in element_hints
            text = collapse_spaces(element.text_content())
            if len(text) > 120 or not self.on_article(element):
                continue
            if bylines.is_byline(text):
                yield element, text
                return
            trailing = _TRAILING_BY.search(text)
            if trailing and bylines.split_byline(trailing.group("names")):
                # "Posted on 5 March 2021 by Jane Doe"
                yield element, trailing.group("names")
                return
            if hinted and len(text) <= 80 and bylines.split_byline(text):
                yield element, text
                return

    # --- dates --------------------------------------------------------------------------------

    def published_date(self, source_url: str | None) -> tuple[date | None, str, str]:
        """The publication date, its precision and the key it was read from."""
        return dates.published_date(self, source_url)


def strip_site_suffix(title: str, *, site_names: list[str]) -> str:
    """Remove " | Site Name" that <title> and og:title often carry, or "Site Name - " before."""
    for site_name in site_names:
        for separator in _TITLE_SEPARATORS:
            suffix = f"{separator}{site_name}"
            if title.casefold().endswith(suffix.casefold()) and len(title) > len(suffix):
                return title[: -len(suffix)].strip()
            prefix = f"{site_name}{separator}"
            if title.casefold().startswith(prefix.casefold()) and len(title) > len(prefix):
                return title[len(prefix) :].strip()
    return title
