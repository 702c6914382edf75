"""trafilatura's view of the page: its article paragraphs, the first vote on the body."""

import trafilatura
from lxml import etree

from articles.importers.normalize import clean_text, collapse_spaces


def run_trafilatura(text: str, *, tables: bool = False):
    """trafilatura's document (body tree and metadata), or None when it finds nothing."""
    try:
        return trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=tables,
            include_images=False,
            include_links=False,
            favor_precision=not tables,
            favor_recall=tables,
        )
    except (ValueError, etree.LxmlError):
        # Markup too broken to parse leaves nothing to import; the caller reports "no text".
        return None


def trafilatura_paragraphs(extracted) -> list[str]:
    """The article's paragraphs, in order, from trafilatura's cleaned element tree."""
    body = getattr(extracted, "body", None)
    if body is None:
        return []
    paragraphs: list[str] = []
    for element in body.iter():
        if element.tag in ("p", "head", "item", "quote", "cell", "code") and not any(
            child.tag in ("p", "item", "list", "quote", "cell", "row", "table") for child in element
        ):
            paragraphs.extend(_split_on_double_breaks(element))
    return [clean_text(p) for p in paragraphs if p.strip()]


def _split_on_double_breaks(element) -> list[str]:
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
