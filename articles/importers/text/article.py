"""Stage 3a: the article from labelled lines: the body, its closing bios and a letter's
signature, then the header, footer and outlet readers, and the audit of every line."""

import re

from articles.importers.base import CaptureError, ExtractedArticle, ExtractedAuthor, line_key
from articles.importers.normalize import clean_text, paragraphs_to_body
from articles.importers.text import dates, people
from articles.importers.text.header import read_header
from articles.importers.text.labels import body_lines, decode_region, score_lines
from articles.importers.text.lines import (
    CLOSING_CUES,
    FURNITURE_CUES,
    Line,
    compute_features,
    page_start,
    split_lines,
)
from articles.importers.text.metadata import fill_inferred, read_footer
from articles.importers.text.outlets import read_lone_masthead, read_masthead, read_outlet_lines


def read_text_dump(
    text: str, *, file_name: str = "", corrections: dict[str, str] | None = None
) -> ExtractedArticle:
    """Extract one article from a plain-text page dump."""
    lines = split_lines(clean_text(text))
    if not lines:
        raise CaptureError("no article text found (no paragraph of prose)")
    compute_features(lines)
    p_body, p_title = score_lines(lines)
    forced = _forced_labels(lines, corrections or {})
    first = page_start(lines)
    region = decode_region(lines, p_body, first=first, forced=forced)
    if region is None and first:
        first = 0  # the "banner" held the only text: the skip link was not the page's start
        region = decode_region(lines, p_body, first=first, forced=forced)
    if region is None:
        raise CaptureError("no article text found (no paragraph of prose)")
    audit: dict[int, tuple[str, str]] = {}
    for line in lines[:first]:
        audit[line.index] = ("furniture", "site banner above the skip link")

    article = ExtractedArticle(language="")
    kept = body_lines(lines, p_body, region, forced)
    kept, bios = _split_off_bios(lines, kept, region, forced, audit)
    kept = _split_off_signature(lines, kept, forced, article, audit)
    if not kept:
        raise CaptureError("no article text found")
    paragraphs = [lines[index].text for index in kept]
    paragraphs[0], dateline = dates.strip_dateline(paragraphs[0])
    if dateline:
        article.published_on, article.date_precision = dateline.date, dateline.precision
        article.note("published_on", "dateline")
    article.body = paragraphs_to_body(paragraphs)
    if not article.body:
        raise CaptureError("no article text found")
    article.note("body", "line classifier: article region")
    for index in kept:
        reason = (
            "editor's correction" if forced.get(index) == "body" else _body_reason(p_body[index])
        )
        audit[index] = ("body", reason)

    start = kept[0]
    header = [line for line in lines[first:start] if forced.get(line.index) != "furniture"]
    read_header(header, p_title, article, audit, lines)
    kept_set = set(kept)
    footer = [
        line
        for line in lines[start:]
        if line.index not in kept_set and forced.get(line.index) != "furniture"
    ]
    read_footer(footer, article, bios, audit)
    read_outlet_lines(lines, forced, article, audit)
    if not article.publisher_name:
        read_masthead(lines, first, kept_set, forced, article, audit)
    if not article.publisher_name:
        read_lone_masthead(lines, first, kept_set, forced, article, audit)
    others = [line for line in lines if line.index not in kept_set]
    fill_inferred(article, paragraphs, others)
    article.audit = _audit(lines, audit, forced, p_body, kept[-1])
    return article


def _forced_labels(lines: list[Line], corrections: dict[str, str]) -> dict[int, str]:
    forced = {}
    for line in lines:
        label = corrections.get(line_key(line.text))
        if label in ("body", "furniture"):
            forced[line.index] = label
    return forced


def _body_reason(p: float) -> str:
    return f"classifier: body (p={p:.2f})" if p >= 0.5 else "short line inside the article"


def _split_off_bios(
    lines: list[Line],
    kept: list[int],
    region: tuple[int, int],
    forced: dict[int, str],
    audit: dict,
) -> tuple[list[int], list[tuple[str, str]]]:
    """The article's closing bio lines, taken out of the body, as (name, bio) pairs.

    A bio line counts only at the end: "Jens Stoltenberg, the secretary general of NATO, said …"
    in mid-article is text, not a bio.
    """
    start, _end = region
    stop = next(
        (i for i in range(start + 1, len(lines)) if lines[i].cue in CLOSING_CUES), len(lines)
    )
    kept_set = set(kept)
    bios: list[tuple[str, str]] = []
    bio_indexes = []
    for index in range(stop - 1, start, -1):
        line = lines[index]
        if forced.get(index) == "body":
            break
        if line.cue in FURNITURE_CUES or forced.get(index) == "furniture":
            continue
        bio = people.parse_bio_line(line.text)
        if bio is None:
            if index in kept_set:
                break
            continue  # a line after the article the classifier already left out
        bios[:0] = people.split_bios(line.text) or [bio]
        bio_indexes.append(index)
    # A "NOTE:"-style bio after the article (before any widget) belongs to the footer.
    for line in lines[stop:]:
        if line.cue == "widget":
            break
        if people.has_note_prefix(line.text) and forced.get(line.index) != "furniture":
            bio = people.parse_bio_line(people.strip_note_prefix(line.text))
            if bio:
                bios.extend(people.split_bios(line.text) or [bio])
                bio_indexes.append(line.index)
    for index in bio_indexes:
        audit[index] = ("bio", "closing bio line")
    return [i for i in kept if i not in bio_indexes], bios


def _split_off_signature(
    lines: list[Line], kept: list[int], forced: dict[int, str], article: ExtractedArticle, audit
) -> list[int]:
    """A letter's signature ("Jane Doe, Leeds") closing the body becomes its author.

    The signature is the body's last line or one or two short lines right after it (the model
    rightly scores a bare "Name, Town" as not text).
    """
    if not kept:
        return kept
    tail = list(kept)
    for index in range(kept[-1] + 1, min(kept[-1] + 3, len(lines))):
        line = lines[index]
        if line.cue not in ("short", "prose") or index in audit or index in forced:
            break
        tail.append(index)
    for end in range(len(tail), len(kept) - 1, -1):
        taken = _signature_at(lines, tail[:end], forced)
        if taken and len(set(kept) - set(taken[1])) >= 1:  # the letter keeps its text
            name, indexes = taken
            article.authors = [ExtractedAuthor(name)]
            article.note("authors", "letter signature")
            for index in indexes:
                audit[index] = ("byline", "letter signature")
            return [i for i in kept if i not in indexes]
    return kept


def _signature_at(
    lines: list[Line], candidates: list[int], forced: dict[int, str]
) -> tuple[str, list[int]] | None:
    """(name, line indexes) when the last of `candidates` closes them with a signature."""
    last = lines[candidates[-1]]
    if forced.get(last.index) == "body" or last.words > 10:
        return None
    # "Name (Town)" is signed the same way as "Name, Town".
    signature = people.parse_signature(re.sub(r"\s*\((.+)\)\s*$", r", \1", last.text))
    if signature:
        return signature[0], [last.index]
    if len(candidates) < 2:
        return None
    before = lines[candidates[-2]]
    if forced.get(before.index) == "body":
        return None
    # "Jane Doe" on one line and "Leeds" on the next.
    name_line = before.text.strip(" —–-")
    if (
        people.looks_like_person(name_line)
        and last.words <= 4
        and not last.text.endswith(".")
        and people.parse_signature(f"{name_line}, {last.text}")
    ):
        return name_line, [before.index, last.index]
    return None


def _audit(
    lines: list[Line], labelled: dict, forced: dict, p_body: list[float], last_body: int
) -> list[dict]:
    result = []
    for line in lines:
        if forced.get(line.index) == "furniture":
            label, reason = "furniture", "editor's correction"
        elif line.index in labelled:
            label, reason = labelled[line.index]
        else:
            label = "furniture"
            if line.cue_reason:
                reason = line.cue_reason
            elif line.index > last_body:
                reason = (
                    f"after the article: classifier: furniture (p={1 - p_body[line.index]:.2f})"
                )
            else:
                reason = f"classifier: furniture (p={1 - p_body[line.index]:.2f})"
            if line.index > last_body and line.cue == "widget":
                reason = "after the article: related list"
        result.append({"index": line.index, "text": line.text, "label": label, "reason": reason})
    return result
