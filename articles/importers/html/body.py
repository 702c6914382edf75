"""The article text of a page, block by block, with a label and a reason for every block.

Two views of the page are combined. trafilatura finds the article's paragraphs well on most
templates; our own model scores containers by the prose they hold (long, sentence-like, few
links), which also works where trafilatura finds nothing (table layouts, odd markup). The body is
trafilatura's blocks plus the prose blocks of the winning container that lie between them, minus
blocks the template marks as furniture (related lists, newsletter boxes, share bars, comments,
captions), minus trailing promotion and related-content blocks, and minus a closing bio
paragraph, which goes to the author's bio. An editor's corrections override every judgement.
"""

import re
from dataclasses import dataclass, field

from articles.importers.base import ExtractedAuthor, line_key
from articles.importers.html import authors as bylines
from articles.importers.html import dates
from articles.importers.html.blocks import Block, page_blocks
from articles.importers.html.furniture import (
    SIGNATURE,
    STANDFIRST_WORDS,
    TRAILING_HEADING,
    class_words,
    furniture_reason,
    furniture_wording,
    has_sign_up_form,
    is_teaser,
    set_apart,
)
from articles.importers.html.trafilatura_pass import run_trafilatura, trafilatura_paragraphs

_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")


@dataclass
class BodyResult:
    """What the body extractor decided."""

    paragraphs: list[str]
    audit: list[dict]
    bios: dict[str, str] = field(default_factory=dict)  # author name -> bio paragraph
    bio_authors: list[str] = field(default_factory=list)  # people named only in a bio
    source: str = ""
    standfirst: str = ""  # the standfirst element the page shows above the text
    signature: str = ""  # the name a letter is signed with


class BodyExtractor:
    """Label every block of a page and assemble the article's body."""

    def __init__(self, page, raw_text: str, *, title: str, standfirst: str):
        self.page = page
        self.raw_text = raw_text
        self.title_key = _key(title)
        self.standfirst_key = _key(standfirst)
        body = page.tree.find("body")
        self.blocks = page_blocks(page.tree if body is None else body)
        self.labels: list[tuple[str, str]] = [("furniture", "outside the main content")] * len(
            self.blocks
        )
        self._furniture_cache: dict[object, str] = {}
        self._total_chars = sum(len(block.text) for block in self.blocks) or 1
        self._element_chars: dict[object, int] = {}
        self._section_furniture = self._furniture_sections()
        self.kicker = page.section()[2]
        self.standfirst_found = ""
        self.signature = ""

    # --- the main steps -----------------------------------------------------------------------

    def extract(
        self,
        *,
        authors: list[ExtractedAuthor],
        corrections: dict[str, str] | None,
        trafilatura_doc,
    ) -> BodyResult:
        """Decide every block's label; the body is the blocks labelled "body", in page order."""
        chosen, source = self._candidates(trafilatura_doc)
        body = [i for i in chosen if not self._furniture_of(i)]
        body = self._drop_repeats(body)
        body = self._drop_leading_metadata(body)
        body = self._drop_trailing_furniture(body)
        bios, bio_authors = self._closing_bios(body, authors)
        self._closing_signature(body, authors)
        body = self._drop_trailing_furniture(body)
        self._label_metadata()
        for i in body:
            self.labels[i] = ("body", "article text")
        for i, (_name, reason) in bios.items():
            self.labels[i] = ("bio", reason)
        self._apply_corrections(corrections or {})
        paragraphs = [
            self._body_text(block)
            for block, (label, _reason) in zip(self.blocks, self.labels, strict=True)
            if label == "body"
        ]
        audit = [
            {"index": block.index, "text": block.text, "label": label, "reason": reason}
            for block, (label, reason) in zip(self.blocks, self.labels, strict=True)
        ]
        return BodyResult(
            paragraphs=paragraphs,
            audit=audit,
            bios={name: self.blocks[i].text for i, (name, _reason) in bios.items()},
            bio_authors=bio_authors,
            source=source,
            standfirst=self.standfirst_found,
            signature=self.signature,
        )

    def _furniture_sections(self) -> dict[int, str]:
        """Blocks under a furniture heading ("Related", "Pour citer cet article", "Authors")
        in a small container: the heading names what the whole box is."""
        prose = [block for block in self.blocks if self._is_prose(block)]
        page_prose = sum(len(block.text) for block in prose) or 1
        sections: dict[int, str] = {}
        for block in self.blocks:
            reason = furniture_wording(block.text) if block.kind == "heading" else ""
            parent = block.element.getparent()
            if not reason or parent is None or parent.tag in ("body", "html"):
                continue
            parent_prose = sum(len(b.text) for b in prose if _is_inside(b.element, parent))
            if parent_prose >= 0.5 * page_prose:
                continue  # the heading sits in the article's own container
            for later in self.blocks[block.index :]:
                if _is_inside(later.element, parent):
                    sections.setdefault(later.index, reason)
        return sections

    def _candidates(self, trafilatura_doc) -> tuple[list[int], str]:
        """Block indices that may be the article, and which extractor chose them."""
        container_blocks = self._container_blocks()
        matched = self._match(trafilatura_paragraphs(trafilatura_doc))
        if not matched:
            # trafilatura's precise pass found nothing (table layouts, unusual markup): its
            # recall pass with tables, then our container alone.
            matched = self._match(
                trafilatura_paragraphs(run_trafilatura(self.raw_text, tables=True))
            )
            if not matched:
                return container_blocks, "page text (densest container)"
        chosen = set(matched)
        if container_blocks:
            # Prose of the article's container between trafilatura's first and last block,
            # which it dropped (short paragraphs, subheadings, quotes), comes back.
            first, last = min(matched), max(matched)
            chosen |= {
                i for i in container_blocks if first <= i <= last and self._may_fill(self.blocks[i])
            }
            # trafilatura drops a paragraph that repeats an earlier one; prose of the same
            # container right after its last block is still the article.
            following = [i for i in container_blocks if i > last]
            for i in following:
                if not self._is_prose(self.blocks[i]) or self._furniture_of(i):
                    break
                chosen.add(i)
        return sorted(chosen), "page text (trafilatura and densest container)"

    def _match(self, paragraphs: list[str]) -> list[int]:
        """The blocks holding trafilatura's paragraphs, in page order."""
        by_key: dict[str, list[int]] = {}
        for block in self.blocks:
            by_key.setdefault(_key(block.text), []).append(block.index)
        matched: set[int] = set()
        unmatched: list[str] = []
        for paragraph in paragraphs:
            key = _key(paragraph.removeprefix("- "))
            hits = [i for i in by_key.get(key, []) if i not in matched]
            if hits:
                matched.add(hits[0])
            elif len(key) >= 20:
                unmatched.append(key)
        for key in unmatched:
            # A paragraph trafilatura joined from several blocks, or cut out of a larger one.
            for block in self.blocks:
                block_key = _key(block.text)
                if len(block_key) >= 20 and (block_key in key or key in block_key):
                    matched.add(block.index)
        return sorted(matched)

    def _container_blocks(self) -> list[int]:
        """The prose blocks of the container that holds most of the page's prose."""
        scores: dict[object, float] = {}
        for block in self.blocks:
            if not self._is_prose(block) or self._furniture_of(block.index):
                continue
            weight = len(block.text) * (1 - block.link_density)
            element = block.element
            if block.kind in ("paragraph", "heading", "item", "quote", "caption"):
                element = element.getparent()
            for depth, ancestor in enumerate(_ancestors_and_self(element)):
                if depth > 4 or ancestor is None:
                    break
                scores[ancestor] = (
                    scores.get(ancestor, 0.0) + weight * (1.0, 0.8, 0.5, 0.3, 0.2)[depth]
                )
        if not scores:
            return []
        best = max(scores, key=scores.get)
        return [
            block.index
            for block in self.blocks
            if _is_inside(block.element, best)
            and block.kind != "caption"
            and block.link_density < 0.5
            and not self._is_title(block)
        ]

    @staticmethod
    def _may_fill(block: Block) -> bool:
        """Whether a block trafilatura left out may come back: article text is paragraphs,
        headings, items and quotes; a container's loose text with links is a card."""
        return block.kind != "text" or block.link_density < 0.1

    def _is_prose(self, block: Block) -> bool:
        text = block.text
        return (
            block.kind not in ("heading", "caption")
            and len(text) >= 80
            and block.link_density < 0.3
            and len(text.split()) >= 12
            and (_SENTENCE_END.search(text) is not None or text.count(". ") >= 1)
        )

    # --- furniture ----------------------------------------------------------------------------

    def _furniture_of(self, index: int) -> str:
        """Why block `index` is furniture ("" when it is not), from its markup and wording."""
        block = self.blocks[index]
        if block.kind == "caption":
            return "photo caption"
        if index in self._section_furniture:
            return self._section_furniture[index]
        if self._is_title(block):
            return ""
        for ancestor in _ancestors_and_self(block.element):
            if ancestor is None or ancestor.tag in ("body", "html"):
                break
            reason = self._container_furniture(ancestor)
            if reason:
                return reason
        wording = furniture_wording(block.text)
        if wording:
            return wording
        if block.link_density >= 0.6 and not _SENTENCE_END.search(block.text):
            # Link-heavy prose still ends its sentences; a row of links does not.
            return "list of links"
        if is_teaser(block.element):
            return "teaser of another article"
        return ""

    def _container_furniture(self, element) -> str:
        if element not in self._furniture_cache:
            reason = furniture_reason(element)
            chars = self._chars_in(element) if reason or has_sign_up_form(element) else 0
            if reason and chars > 0.5 * self._total_chars:
                # A wrapper holding most of the page's text is not a sidebar, whatever its
                # class says ("content-with-sidebar", "has-comments").
                reason = ""
            if not reason and chars and chars <= min(400, 0.15 * self._total_chars):
                # A small box around an e-mail form is a sign-up box, whatever it is called.
                reason = "newsletter box"
            self._furniture_cache[element] = reason
        return self._furniture_cache[element]

    def _chars_in(self, element) -> int:
        if element not in self._element_chars:
            self._element_chars[element] = sum(
                len(block.text) for block in self.blocks if _is_inside(block.element, element)
            )
        return self._element_chars[element]

    def _drop_leading_metadata(self, body: list[int]) -> list[int]:
        """Drop a repeated headline, byline, dateline or standfirst that opens the body."""
        titles = [position for position, i in enumerate(body) if self._is_title(self.blocks[i])]
        if titles and sum(len(self.blocks[i].text) for i in body[: titles[0]]) < 300:
            # A kicker or breadcrumb printed above the headline is not the article.
            body = body[titles[0] :]
        while body:
            block = self.blocks[body[0]]
            key = _key(block.text)
            if self.title_key and key.startswith(self.title_key) and key != self.title_key:
                # "Headline <br> By Jane Doe - 2019-05-03": the headline and its byline in one.
                rest = block.text[len(self.title_key) :].strip()
                if not (bylines.is_byline(rest) or dates.is_dateline(rest)):
                    break
            elif self._is_standfirst_element(block):
                self.standfirst_found = self.standfirst_found or block.text
            elif not (
                self._is_title(block)
                or key == self.standfirst_key
                or bylines.is_byline(block.text)
                or dates.is_dateline(block.text)
            ):
                break
            body = body[1:]
        return body

    def _drop_trailing_furniture(self, body: list[int]) -> list[int]:
        """Cut a trailing related-content list, promotion or newsletter box off the body.

        The list opens with a short heading ("Related", "More from X", "Lire aussi") after
        most of the article's text, whether or not that heading was taken for body text.
        """
        if not body:
            return body
        total = sum(len(self.blocks[i].text) for i in body) or 1
        in_body = set(body)
        seen = 0
        for block in self.blocks[body[0] : body[-1] + 1]:
            if block.index in in_body:
                seen += len(block.text)
            if seen < 0.5 * total or len(block.text) > 60:
                continue
            opens_list = block.kind in ("heading", "text", "paragraph")
            if opens_list and TRAILING_HEADING.search(block.text):
                rest = [j for j in body if j >= block.index]
                rest_chars = sum(len(self.blocks[j].text) for j in rest)
                prose_chars = sum(
                    len(self.blocks[j].text) for j in rest if self._is_prose(self.blocks[j])
                )
                # A box of links in mid-article is followed by more of the article's prose.
                if rest_chars <= 0.35 * total and prose_chars < 0.5 * rest_chars:
                    for j in {block.index, *rest}:
                        self.labels[j] = ("furniture", "related-content block")
                    return [j for j in body if j < block.index]
        # Trailing rows of links (not link-heavy sentences) and a heading left with nothing.
        while body and (
            (
                self.blocks[body[-1]].link_density >= 0.5
                and not _SENTENCE_END.search(self.blocks[body[-1]].text)
            )
            or self.blocks[body[-1]].kind == "heading"
        ):
            self.labels[body[-1]] = ("furniture", "trailing links or heading")
            body = body[:-1]
        return body

    def _closing_bios(
        self, body: list[int], authors: list[ExtractedAuthor]
    ) -> tuple[dict[int, tuple[str, str]], list[str]]:
        """Closing paragraphs that introduce the writer(s): block index -> (name, reason)."""
        bios: dict[int, tuple[str, str]] = {}
        newly_named: list[str] = []
        for i in reversed(body[-3:]):
            name = bylines.closing_bio_name(self.blocks[i].text, authors)
            if not name:
                break
            bios[i] = (name, "closing bio paragraph")
            if name not in [author.name for author in authors]:
                newly_named.append(name)
        for i in bios:
            body.remove(i)
        if authors:
            # An "about the author" box outside the body still gives a stated author's bio.
            for block in self.blocks:
                if block.index in bios or self._furniture_of(block.index) != "author box":
                    continue
                name = bylines.closing_bio_name(block.text, authors)
                if name:
                    bios[block.index] = (name, "author box")
        return bios, list(reversed(newly_named))

    def _label_metadata(self) -> None:
        """Label the blocks outside the body that state the title, byline, date or standfirst;
        the rest keep the reason they are furniture."""
        byline_elements = set(self.page.byline_elements())
        title_seen = False
        for block, (label, reason) in zip(self.blocks, self.labels, strict=True):
            if (label, reason) != ("furniture", "outside the main content"):
                continue  # already decided, with its own reason
            i = block.index
            key = _key(block.text)
            furniture = self._furniture_of(i)
            if self._is_title(block) and not title_seen:
                self.labels[i] = ("title", "headline")
                title_seen = True
            elif self.kicker is not None and block.element is self.kicker:
                self.labels[i] = ("meta", "section label (kicker)")
            elif furniture:
                # A byline or a date in a comment, a teaser or a footer is not the article's.
                self.labels[i] = ("furniture", furniture)
            elif block.text == self.standfirst_found:
                self.labels[i] = ("standfirst", "standfirst element")
            elif key and key == self.standfirst_key:
                self.labels[i] = ("standfirst", "the page's description")
            elif block.element in byline_elements or bylines.is_byline(block.text):
                self.labels[i] = ("byline", "byline")
            elif dates.is_dateline(block.text) or block.element.tag == "time":
                self.labels[i] = ("date", "dateline")

    def _apply_corrections(self, corrections: dict[str, str]) -> None:
        for block in self.blocks:
            verdict = corrections.get(line_key(block.text))
            if verdict in ("body", "furniture"):
                self.labels[block.index] = (verdict, "editor's correction")

    def _drop_repeats(self, body: list[int]) -> list[int]:
        """A short block set apart (a quote, a box) that repeats part of a paragraph elsewhere
        is a pull quote. A plain paragraph beside its twin is kept: writers repeat lines."""
        keys = {i: _key(self.blocks[i].text) for i in body}
        kept = []
        for i in body:
            key, block = keys[i], self.blocks[i]
            repeats = (
                len(key) < 200
                and set_apart(block)
                and any(
                    j != i
                    and key in keys[j]
                    and (len(keys[j]) > len(key) or not set_apart(self.blocks[j]))
                    for j in body
                )
            )
            if repeats:
                self.labels[i] = ("furniture", "pull quote (repeats the text)")
            else:
                kept.append(i)
        return kept

    def _is_standfirst_element(self, block: Block) -> bool:
        if block.kind not in ("paragraph", "text", "heading") or len(block.text) > 400:
            return False
        element = block.element
        for _depth in range(2):
            if element is None:
                return False
            if class_words(element) & STANDFIRST_WORDS:
                return True
            element = element.getparent()
        return False

    def _closing_signature(self, body: list[int], authors: list[ExtractedAuthor]) -> None:
        """A letter's closing signature leaves the body (and names the writer)."""
        if len(body) < 2:
            return
        block = self.blocks[body[-1]]
        match = SIGNATURE.match(block.text.strip())
        if not match or len(block.text) > 80:
            return
        name = match.group("name").strip()
        place = (match.group("place") or "").strip()
        if len(name.split()) < 2 or not bylines.looks_like_person(name):
            return
        if place and not all(word[:1].isupper() for word in place.split()):
            return
        stated = {bylines.name_key(author.name) for author in authors}
        if stated and bylines.name_key(name) not in stated:
            return
        self.signature = name
        self.labels[body[-1]] = ("byline", "letter signature")
        body.pop()

    # --- helpers ------------------------------------------------------------------------------

    def _is_title(self, block: Block) -> bool:
        # Any block: class-less pages print the headline in a <div> or a <font>.
        return bool(self.title_key) and _key(block.text) == self.title_key

    @staticmethod
    def _body_text(block: Block) -> str:
        return f"- {block.text}" if block.kind == "item" else block.text


def _key(text: str) -> str:
    return line_key(text).casefold()


def _ancestors_and_self(element):
    yield element
    yield from element.iterancestors()


def _is_inside(element, container) -> bool:
    return element is container or any(a is container for a in element.iterancestors())
