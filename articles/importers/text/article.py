"""Stage 3b: the article from labelled lines: body, title, byline, date, standfirst, section,
a letter's signature, and the audit of every line.

The title is the headline the byline, date and standfirst cluster around: the header line the
title model scores highest, never a line whose wording makes it furniture, a date or a byline.
"""

import re

from articles.importers.base import CaptureError, ExtractedArticle, ExtractedAuthor, line_key
from articles.importers.normalize import clean_text, paragraphs_to_body
from articles.importers.text import dates, people
from articles.importers.text.labels import body_lines, decode_region, score_lines
from articles.importers.text.lines import (
    CLOSING_CUES,
    FURNITURE_CUES,
    Line,
    compute_features,
    name_line,
    page_start,
    split_lines,
)
from articles.importers.text.metadata import (
    copyright_outlet,
    fill_inferred,
    from_line_outlet,
    read_footer,
)
from articles.importers.text.vocabulary import SECTION_LABELS, furniture_reason

_TITLE_THRESHOLD = 0.5
_SITE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+(?:\||-|–|—|·|::|//)\s+(?P<suffix>[^|:]{2,40})$")
_SECTION_WORD = re.compile(r"^[^\W\d_][\w’' &/-]{1,30}:?$")


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
    _read_header(header, p_title, article, audit, lines)
    kept_set = set(kept)
    footer = [
        line
        for line in lines[start:]
        if line.index not in kept_set and forced.get(line.index) != "furniture"
    ]
    read_footer(footer, article, bios, audit)
    _read_outlet_lines(lines, forced, article, audit)
    if not article.publisher_name:
        _read_masthead(lines, first, kept_set, forced, article, audit)
    if not article.publisher_name:
        _read_lone_masthead(lines, first, kept_set, forced, article, audit)
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


def _read_header(
    header: list[Line], p_title: list[float], article: ExtractedArticle, audit: dict, page
) -> None:
    """Title, byline, date, standfirst and section from the lines above the article."""
    usable = [line for line in header if line.cue not in FURNITURE_CUES | CLOSING_CUES]
    # The headline sits right above the byline; a date may stand above or below it.
    bylines = [line.index for line in usable[-8:] if line.cue == "byline"]
    cluster = bylines or [line.index for line in usable[-8:] if line.cue == "date"]
    title_line = _pick_title(usable, p_title, min(cluster) if cluster else None)
    anchor = title_line.index if title_line else (header[-1].index if header else 0)
    by_distance = sorted(usable, key=lambda line: (abs(line.index - anchor), -line.index))
    for line in by_distance:
        if line is title_line:
            continue
        if line.cue == "byline" and not article.authors:
            names = people.byline_names(line.text) or [name_line(line.text)]
            article.authors = [ExtractedAuthor(name) for name in names if name]
            article.note("authors", "byline line")
            audit[line.index] = ("byline", line.cue_reason)
            stated = dates.find_date(line.text)
            if stated and not article.published_on:
                article.published_on, article.date_precision = stated.date, stated.precision
                article.note("published_on", "date in the byline line")
                audit[line.index] = ("byline", "byline with its date")
        elif line.cue == "date" and not article.published_on:
            stated = dates.date_of_line(line.text)
            if stated:
                article.published_on, article.date_precision = stated.date, stated.precision
                article.note("published_on", "date line")
                audit[line.index] = ("date", "date line")
    if not article.authors and title_line is not None:
        # A name alone on a line just under the headline is its byline.
        for line in usable:
            if title_line.index < line.index <= title_line.index + 3 and line.index not in audit:
                names = people.byline_names(line.text) if line.cue == "short" else []
                if names:
                    article.authors = [ExtractedAuthor(name) for name in names]
                    article.note("authors", "name line under the headline")
                    audit[line.index] = ("byline", "name line under the headline")
                    break
    for line in header:
        if line.cue == "date" and line.index not in audit:
            audit[line.index] = ("meta", "another date line")
    if title_line is None:
        return
    _set_title(title_line, article, audit, page)
    _read_section(header, title_line, article, audit)
    _read_standfirst(usable, title_line, min(cluster) if cluster else None, article, audit)


def _headline_shaped(line: Line) -> bool:
    if line.cue in ("date", "byline") or not 2 <= line.words <= 30:
        return False
    if line.words <= 3 and line.text.isupper():
        return False  # a kicker ("OPINION"), not a headline
    if from_line_outlet(line.text) or copyright_outlet(line.text):
        return False  # "Fuente: La Voz de Levante" names the outlet, not the piece
    return not line.features.get("link_row")  # a row of navigation links


def _pick_title(usable: list[Line], p_title: list[float], limit: int | None) -> Line | None:
    """The headline: above the byline and date it clusters with (a line below them is a share
    link, a caption or the standfirst, whatever its score). Of the well-scored lines, the one
    nearest that cluster, or the first of a run of them (headline, then standfirst)."""
    candidates = [
        line for line in usable if (limit is None or line.index < limit) and _headline_shaped(line)
    ]
    # A short label right above a longer headline-shaped line is its kicker ("Blog post").
    after = dict(zip((line.index for line in candidates), candidates[1:], strict=False))
    candidates = [
        line
        for line in candidates
        if not (
            line.words <= 3
            and line.index in after
            and after[line.index].index == line.index + 1
            and after[line.index].words >= 5
            and not after[line.index].text.endswith(".")  # a standfirst, not a headline
        )
    ]
    strong = [line for line in candidates if p_title[line.index] >= _TITLE_THRESHOLD]
    if strong:
        nearest = strong[-1] if limit is not None else None
        best = nearest or max(strong, key=lambda line: p_title[line.index])
        by_index = {line.index: line for line in strong}
        while best.index - 1 in by_index:
            best = by_index[best.index - 1]
        return best
    if limit is not None:
        # Weak scores, but headlines sit just above the cluster: the best of the nearest lines.
        near = [line for line in candidates if line.index >= limit - 3]
        near = [line for line in near if not line.text.endswith(".")]
        if near:
            best = max(near, key=lambda line: p_title[line.index])
            if p_title[best.index] >= 0.03:
                return best
    return None


def _read_standfirst(
    usable: list[Line], title: Line, limit: int | None, article: ExtractedArticle, audit: dict
) -> None:
    """The sentence between the headline and its byline or date (or, without those, the one
    right under the headline): a line further down is a caption or the text itself."""
    for line in usable:
        if line.index <= title.index or line.index in audit:
            continue
        if limit is None and line.index != title.index + 1:
            return
        if limit is not None and line.index >= limit:
            return
        if line.words < 8 or line.cue not in ("prose", "short"):
            continue
        if people.parse_bio_line(line.text) or dates.find_date(line.text):
            continue
        article.standfirst = line.text
        article.note("standfirst", "line under headline")
        audit[line.index] = ("standfirst", "sentence under the headline")
        return


_LABEL_PREFIX = re.compile(r"^(?P<label>[^\W\d_][\w’' -]{1,30}?)\s*[:|]\s+(?P<rest>\S.{8,})$")
_BYLINE_SUFFIX = re.compile(
    r"^(?P<title>.{12,}?)\s+(?P<byline>(?:by|di|par|por|von|de|da|від|от)\s+\S.+)$"
)
_CONJUNCTIONS = {"and", "et", "y", "e", "und", "ed", "і", "и", "та", "&", ","}


def _split_label(title: str, article: ExtractedArticle) -> str:
    """ "Letter: Keep the library open" -> section "Letter", title "Keep the library open"."""
    match = _LABEL_PREFIX.match(title)
    if match and match.group("label").casefold() in SECTION_LABELS:
        if not article.section:
            article.section = match.group("label")
            article.note("section", "label before the headline")
        return match.group("rest")
    return title


def _split_byline_suffix(title: str, article: ExtractedArticle) -> str:
    """ "Headline di Marco Bellini e Giulia Ferraro": a byline run into the headline."""
    match = _BYLINE_SUFFIX.match(title)
    if not match:
        return title
    names = people.parse_byline(match.group("byline")) or []
    named = set(" ".join(names).casefold().split())
    rest = match.group("byline").split(maxsplit=1)[1].replace(",", " , ").casefold().split()
    # Only when the tail is names and nothing else: "A Winter Ledger by Owen Castellane – a
    # quiet novel" keeps its "by".
    if not names or not all(word in named or word in _CONJUNCTIONS for word in rest):
        return title
    if not article.authors:
        article.authors = [ExtractedAuthor(name) for name in names]
        article.note("authors", "byline after the headline")
    return match.group("title")


def _set_title(line: Line, article: ExtractedArticle, audit: dict, page: list[Line]) -> None:
    title = _split_byline_suffix(_split_label(line.text, article), article)
    named = people.named_headline(title)
    bylined = {author.name for author in article.authors}
    if named and bylined and named[0] not in bylined:
        named = None  # "Häuser Fabriken Schulen: …" under another byline: part of the title
    if named:
        name, title = named
        if not article.authors:
            article.authors = [ExtractedAuthor(name)]
            article.note("authors", "name before headline")
    suffix = _SITE_SUFFIX.match(title)
    if suffix and len(suffix.group("suffix").split()) <= 4:
        label = suffix.group("suffix").strip()
        title = suffix.group("title")
        if len(label.split()) == 1 and not article.section:
            article.section = label
            article.note("section", "label after the headline")
        elif (
            2 <= len(label.split()) <= 4 and _capitalised_name(label) and not article.publisher_name
        ):
            article.publisher_name = label  # "Headline - The Outlet": the site's name
            article.note("publisher", "site name after the headline")
    article.title = title.strip(" .")
    article.note("title", "headline line")
    audit[line.index] = ("title", "headline (classifier and its byline/date cluster)")


def _read_section(header: list[Line], title: Line, article: ExtractedArticle, audit) -> None:
    """A kicker right above the headline ("OPINION", "Tribune", "Meinung:") is its section."""
    above = [line for line in header if line.index < title.index]
    if not above or article.section:
        return
    kicker = above[-1]
    if kicker.index != title.index - 1 or kicker.words > 3 or kicker.cue != "short":
        return
    if not _SECTION_WORD.match(kicker.text):
        return
    if kicker.words > 1 and not kicker.text.isupper():
        return  # "The Daily Meridian" above the headline is a masthead, not a section
    label = kicker.text.rstrip(":")
    article.section = label.capitalize() if label.isupper() else label
    article.note("section", "kicker above the headline")
    audit[kicker.index] = ("meta", "kicker / section label")


def _read_outlet_lines(lines: list[Line], forced: dict, article: ExtractedArticle, audit) -> None:
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


def _read_masthead(
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


def _capitalised_name(text: str) -> bool:
    """Every word capitalised but short particles: "Le Petit Matin de Normandie"."""
    return all(word[:1].isupper() or len(word) <= 3 for word in text.split())


def _read_lone_masthead(
    lines: list[Line], first: int, kept: set[int], forced: dict, article: ExtractedArticle, audit
) -> None:
    """The outlet's name as the page's first line of its own: a name of two to seven words
    above everything else (navigation and prompts aside), never the headline or a person."""
    for line in lines[first : first + 6]:
        if line.index in kept or line.index in audit or forced.get(line.index):
            return  # the header began before any masthead
        if line.cue in FURNITURE_CUES:
            continue
        if line.cue != "short":
            return
        text = line.text.strip()
        if (
            2 <= line.words <= 7
            and _MASTHEAD.match(text)
            and not re.search(r"[·>/›»]", text)
            and _capitalised_name(text)
            and not furniture_reason(text)
            and not people.looks_like_person(text)
            and text.casefold() not in SECTION_LABELS
        ):
            article.publisher_name = people.title_case_name(text) if text.isupper() else text
            article.note("publisher", "masthead")
            audit[line.index] = ("meta", "masthead")
        return


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
