"""One article as an unqualified Dublin Core (`oai_dc`) record."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from articles.citations import iso_date
from articles.models import Article

PREFIX = "oai_dc"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

# Characters XML 1.0 cannot carry at all; imported text is cleaned of most already.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def dublin_core(article: Article, *, page_url: Callable[[Article], str]) -> etree._Element:
    """The `<oai_dc:dc>` element for `article`; `page_url` gives its absolute archive address."""
    root = etree.Element(
        f"{{{OAI_DC}}}dc",
        nsmap={"oai_dc": OAI_DC, "dc": DC, "xsi": XSI},
    )
    root.set(f"{{{XSI}}}schemaLocation", f"{OAI_DC} {SCHEMA}")

    def add(name: str, value: str | None) -> None:
        value = xml_text(value or "").strip()
        if value:
            etree.SubElement(root, f"{{{DC}}}{name}").text = value

    add("title", article.title)
    for entry in article.article_authors.all():
        add("creator", entry.author.name)
    for topic in article.topics.all():
        add("subject", topic.name)
    add("description", article.standfirst)
    if article.publisher:
        add("publisher", article.publisher.name)
    add("date", iso_date(article))
    add("type", "Text")
    if article.genre:
        add("type", article.get_genre_display())
    add("format", "text/html")
    add("identifier", page_url(article))
    if article.source_url:
        add("identifier", article.source_url)
        add("source", article.source_url)
    add("language", article.language)
    return root
