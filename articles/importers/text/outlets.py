"""Stage 3d: the outlet a page names: "From:" lines, copyright notices and its masthead."""

import re

from articles.importers.base import ExtractedArticle
from articles.importers.text import people
from articles.importers.text.header import capitalised_name
from articles.importers.text.lines import FURNITURE_CUES, Line
from articles.importers.text.metadata import copyright_outlet, from_line_outlet
from articles.importers.text.vocabulary import SECTION_LABELS, furniture_reason


def read_outlet_lines(lines: list[Line], forced: dict, article: ExtractedArticle, audit) -> None:
    """ "From: Outlet" lines and copyright lines anywhere on the page name the outlet."""
    for line in lines:
        if forced.get(line.index) == "furniture" or audit.get(line.index, ("",))[0] == "body":
            continue
        outlet = from_line_outlet(line.text)
        if outlet:
            audit[line.index] = ("meta", "outlet line")
            # The most explicit statement of the outlet: it wins over a copyright or pitch line.
            if article.provenance.get("publisher", {}).get("source") != "From: line":
                article.publisher_name = outlet
                article.note("publisher", "From: line")
            continue
        outlet = copyright_outlet(line.text)
        if outlet:
            audit[line.index] = ("meta", "copyright line")
            if not article.publisher_name:
                article.publisher_name = outlet
                article.note("publisher", "copyright line")


_MASTHEAD = re.compile(r"^[^\W\d_][^\d.!?:;|]{2,60}$")


def read_masthead(
    lines: list[Line], first: int, kept: set[int], forced: dict, article: ExtractedArticle, audit
) -> None:
    """The outlet's name at the top of the page, when the page states it again further down
    (in its footer, a notice or the headline's site suffix): said twice, it is the masthead."""
    top = [
        line
        for line in lines[first : first + 8]
        if line.index not in kept and line.index not in audit and forced.get(line.index) is None
    ]
    for line in top[:5]:
        if line.cue != "short" or not 2 <= line.words <= 6 or people.looks_like_person(line.text):
            continue
        if not _MASTHEAD.match(line.text) or furniture_reason(line.text):
            continue
        key = line.text.casefold()
        for other in lines:
            if other.index == line.index or other.index in kept:
                continue
            if other.text.casefold() == key:
                continue  # the same line printed twice is a repeated link, not a masthead
            found = other.text.casefold().find(key)
            if found >= 0:
                spelled = other.text[found : found + len(line.text)]
                # Prefer the spelling that is not all capitals ("LAKESHORE TRIBUNE").
                name = spelled if line.text.isupper() and not spelled.isupper() else line.text
                if name.isupper():
                    name = people.title_case_name(name)
                article.publisher_name = name
                article.note("publisher", "masthead stated again on the page")
                audit[line.index] = ("meta", "masthead")
                return


def read_lone_masthead(
    lines: list[Line], first: int, kept: set[int], forced: dict, article: ExtractedArticle, audit
) -> None:
    """The outlet's name as the page's first line of its own: a name of two to seven words
    above everything else (navigation and prompts aside), never the headline or a person."""
    # Dumps often put the masthead above the "Skip to content" link, so look from the top.
    for line in lines[: first + 6]:
        labelled = line.index in audit and line.index >= first  # above: the banner's own label
        if line.index in kept or labelled or forced.get(line.index):
            return  # the header began before any masthead
        if line.cue in FURNITURE_CUES:
            continue
        if line.cue != "short" or line.features.get("link_row"):
            if line.index >= first:
                return
            continue
        text = line.text.strip()
        if (
            2 <= line.words <= 7
            and _MASTHEAD.match(text)
            and not re.search(r"[·>/›»]", text)
            and capitalised_name(text)
            and not furniture_reason(text)
            and not people.looks_like_person(text)
            and text.casefold() not in SECTION_LABELS
        ):
            article.publisher_name = people.title_case_name(text) if text.isupper() else text
            article.note("publisher", "masthead")
            audit[line.index] = ("meta", "masthead")
        return
