"""The page as a list of text blocks, in reading order, each with what its template says it is.

A block is what a reader sees as one unit of text: a paragraph, heading, list item, caption,
table cell, or the loose text of a container. Each block knows the furniture its ancestors
announce ("related", "newsletter", <nav>, ...), which the body extractor and the audit use.
"""

import re
import unicodedata
from dataclasses import dataclass

from articles.importers.normalize import clean_text, collapse_spaces

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What clean_text does to spaces and invisible characters, in one table.
_SPACES = {
    **dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2002\u2003\u2009\u200a\u3000"), " "),
    **dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None),
}

# Elements that start a new block; anything else is inline and joins the text around it.
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip
# Elements whose text is never shown as reading text.
_SKIPPED_TAGS = {
    "script", "style", "noscript", "template", "head", "svg", "math", "select", "option",
    "textarea", "iframe", "object", "button", "input", "canvas", "video", "audio",
}  # fmt: skip
_KIND_BY_TAG = {
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), "heading"),
    **dict.fromkeys(("li", "dt", "dd"), "item"),
    **dict.fromkeys(("figcaption", "caption"), "caption"),
    **dict.fromkeys(("td", "th"), "cell"),
    "p": "paragraph",
    "blockquote": "quote",
    "pre": "paragraph",
}


def hints(element) -> str:
    """The class, id and itemprop of an element: where templates name what a part is."""
    return f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"


@dataclass
class Block:
    """One unit of visible text."""

    index: int
    element: object
    kind: str  # heading, paragraph, item, caption, cell, quote or text
    text: str
    link_chars: int = 0

    @property
    def link_density(self) -> float:
        """Share of the block's characters inside links: high for menus and related lists."""
        return self.link_chars / max(len(self.text), 1)


def page_blocks(body) -> list[Block]:
    """Every text block under `body`, in reading order."""
    blocks: list[Block] = []
    _walk(body, blocks)
    return [block for block in blocks if block.text]


class _Run:
    """Inline text being gathered for the block that is open."""

    def __init__(self, element, kind: str):
        self.element, self.kind = element, kind
        self.parts: list[str] = []
        self.link_chars = 0
        self.breaks = 0


def _walk(element, blocks: list[Block]) -> None:
    kind = _KIND_BY_TAG.get(element.tag, "text")
    run = _Run(element, kind)
    if element.text:
        run.parts.append(element.text)
    _children(element, run, blocks)
    _flush(run, blocks)


def _children(element, run: _Run, blocks: list[Block]) -> None:
    """Walk an element's children into the open run: blocks flush it, inline text extends it."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in _SKIPPED_TAGS:
            if tag in _BLOCK_TAGS:
                _flush(run, blocks)
                _walk(child, blocks)
            elif tag == "br":
                _line_break(run, blocks)
            else:
                _inline(child, run, blocks)
        if child.tail:
            if child.tail.strip():
                run.breaks = 0
            run.parts.append(child.tail)


def _inline(element, run: _Run, blocks: list[Block]) -> None:
    """Add an inline element's text to the open run (a block nested in it is its own block)."""
    start = sum(map(len, run.parts))
    if element.text:
        run.parts.append(element.text)
        if element.text.strip():
            run.breaks = 0
    _children(element, run, blocks)
    if element.tag == "a":
        joined = "".join(run.parts)
        run.link_chars += len(collapse_spaces(joined[start:] if start <= len(joined) else joined))


def _line_break(run: _Run, blocks: list[Block]) -> None:
    run.breaks += 1
    if run.breaks >= 2:
        # <br><br> stands for a paragraph break on many older pages.
        _flush(run, blocks)
    else:
        run.parts.append("\n")


def _clean(text: str) -> str:
    """clean_text, with its per-character pass only for the rare text holding control
    characters (this runs for every block of every page)."""
    return (
        clean_text(text)
        if _CONTROL.search(text)
        else unicodedata.normalize("NFC", text).translate(_SPACES)
    )


def _flush(run: _Run, blocks: list[Block]) -> None:
    text = " ".join(_clean("".join(run.parts)).split())
    run.breaks = 0
    if text:
        blocks.append(
            Block(
                index=len(blocks),
                element=run.element,
                kind=run.kind,
                text=text,
                link_chars=min(run.link_chars, len(text)),
            )
        )
    run.parts, run.link_chars = [], 0
