"""Stage 1: split a dump into lines and describe each line by features.

A line's `cue` is what its wording alone says it is (a date line, a byline, a share bar, a
closing note, prose, a short line); its `features` are numbers the line classifier weighs:
length, punctuation, capitalisation, digits, link-like text, position, stop-word density,
repetition, the cues, and the same for its neighbours.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from articles.importers.normalize import collapse_spaces
from articles.importers.text import dates, people
from articles.importers.text.vocabulary import (
    AGENCY_COPYRIGHT,
    BARE_URL_LINE,
    COPYRIGHT,
    DISCLAIMER,
    DONATION_APPEAL,
    EDITING_NOTE,
    EDITORS_NOTE,
    FURNITURE_LINE,
    FURNITURE_PHRASE,
    GENRE_NOTE,
    IMAGE_CREDIT,
    LINK_LINE,
    OUTLET_VOICE,
    PITCH_TERMS,
    PROMO,
    WIDGET_HEADING,
    furniture_reason,
    is_link_like,
    stop_word_density,
    words_of,
)

_SENTENCE_END = re.compile(r"[.!?…”\"’)»]\s*$")
_DIGIT = re.compile(r"\d")
# Two separators of a row of links or a breadcrumb: "Home · World · Opinion", "Home / News / X".
_LINK_ROW = re.compile(r"(?: [·|/>›»] [^·|/>›»]{1,40}){2,}")
_MAX_CAPTION_WORDS = 20
_SENTENCE_BREAK = re.compile(r"[.!?…](?:\s|$)")
_SKIP_LINK = re.compile(
    r"skip to (?:main )?content|ir al contenido(?: principal)?|aller au contenu(?: principal)?|"
    r"direkt zum inhalt|zum inhalt springen|vai al contenuto|ir para o conteúdo|"
    r"перейти до (?:змісту|вмісту)|перейти к содержанию|przejdź do (?:treści|zawartości)",
    re.I,
)

# Cues that close the article: nothing after them is article text.
CLOSING_CUES = frozenset({"meta", "widget"})
# Cues a line's wording makes furniture wherever it sits.
FURNITURE_CUES = frozenset({"furniture", "pitch", "credit", "caption"})


@dataclass
class Line:
    index: int
    text: str
    words: int = 0
    cue: str = (
        "short"  # date, byline, meta, widget, furniture, pitch, credit, caption, prose, short
    )
    cue_reason: str = ""  # the furniture kind, for the audit ("share bar", "login prompt")
    gaps: int = 0  # runs of two or more spaces inside the line: a row of navigation links
    features: dict[str, float] = field(default_factory=dict)


def split_lines(text: str) -> list[Line]:
    """One Line per paragraph; hard-wrapped lines (no blank line, mid-sentence) are joined."""
    result: list[Line] = []
    previous_blank = True
    for raw in text.split("\n"):
        stripped = collapse_spaces(raw)
        if not stripped:
            previous_blank = True
            continue
        if (
            result
            and not previous_blank
            and not _SENTENCE_END.search(result[-1].text)
            and stripped[:1].islower()
            and len(result[-1].text) > 40
            and not dates.is_date_line(stripped)  # "giovedì, 12 maggio 2022" under a headline
        ):
            result[-1].text += " " + stripped
        else:
            gaps = len(re.findall(r"\S(?: {2,}|\t)\S", raw.strip()))
            result.append(Line(len(result), stripped, gaps=gaps))
        previous_blank = False
    for line in result:
        line.words = len(line.text.split())
        line.cue, line.cue_reason = classify_cue(line.text)
    _mark_name_lines(result)
    _mark_pull_quotes(result)
    _mark_running_headers(result)
    _mark_captions_above_credits(result)
    return result


def _mark_captions_above_credits(lines: list[Line]) -> None:
    """A short one-sentence line right above a bare picture credit is that picture's caption.

    Pages print a caption and then its credit ("Foto: Name/Agency") on the next line; a
    paragraph of the text is longer than a caption and is not followed by a credit.
    """
    for position in range(len(lines) - 1):
        above, below = lines[position], lines[position + 1]
        if below.cue != "credit" or below.words > 8 or above.cue not in ("prose", "short"):
            continue
        if above.words > _MAX_CAPTION_WORDS or len(_SENTENCE_BREAK.findall(above.text)) > 1:
            continue
        before = lines[position - 1] if position else None
        between_paragraphs = before is not None and before.cue == "prose"
        if not above.text.endswith(".") and not between_paragraphs:
            continue  # a headline above a gallery's "Photo 2 of 3" has no full stop
        if between_paragraphs and before.words <= above.words:
            continue  # no shorter than the paragraph above it: a paragraph of the text
        above.cue, above.cue_reason = "caption", "photo caption above its credit"


_PAGE_MARKER = re.compile(
    r"\s*(?:-\s*\d+\s*-|\d+\s*/\s*\d+|(?:page|página|seite|pagina|strona|"
    r"сторінка|страница)\s+\d+(?:\s+(?:of|de|von|di|z|з|из|sur)\s+\d+)?)\s*$",
    re.IGNORECASE,
)


def _mark_running_headers(lines: list[Line]) -> None:
    """A printed page's running header: a short line the page repeats, or "- 2 -", "3/5"."""
    seen: dict[str, int] = {}
    for line in lines:
        # Only a line ending in a number or a dash can carry a page marker.
        marked = line.text[-1:].isdigit() or line.text.endswith("-")
        bare = _PAGE_MARKER.sub("", line.text).strip() if marked else line.text
        if not bare or (bare != line.text and line.words <= 16):
            if line.cue in ("short", "prose"):
                line.cue, line.cue_reason = "furniture", "running header of a printed page"
            continue
        key = bare.casefold()
        repeated = key in seen and line.words <= 16 and not line.text.endswith(".")
        if repeated and line.cue in ("short", "prose"):
            line.cue, line.cue_reason = "furniture", "running header of a printed page"
        seen.setdefault(key, line.index)


_QUOTED = re.compile(r"^[„“”«»\"‘’'](?P<inner>.{20,}?)[“”»«\"’']\.?$")


def _mark_pull_quotes(lines: list[Line]) -> None:
    """A sentence set in quotes on a line of its own that the text also says is a pull quote."""
    for line in lines:
        match = _QUOTED.match(line.text)
        if not match or line.words > 45:
            continue
        inner = match.group("inner")[:40].casefold()
        if any(other is not line and inner in other.text.casefold() for other in lines):
            line.cue, line.cue_reason = "furniture", "pull quote"


def _mark_name_lines(lines: list[Line]) -> None:
    """Bylines the marker list misses: a name alone next to the date line, "Текст: A",
    "Un texte de A", or a list of names ("A, B і C") or a name and its role on a line."""
    for position, line in enumerate(lines):
        if line.cue != "short" or not 2 <= line.words <= 16:
            continue
        neighbours = lines[max(position - 1, 0) : position + 2]
        if line.words <= 5 and any(o.cue == "date" for o in neighbours) and name_line(line.text):
            line.cue, line.cue_reason = "byline", "name line next to the date"
            continue
        if people.parse_signature(line.text):
            continue  # "Name, Town": a letter's signature where it closes the text
        names = people.byline_names(line.text)
        if names and (len(names) > 1 or " ".join(names) != name_line(line.text)):
            line.cue, line.cue_reason = "byline", "byline"


def name_line(text: str) -> str:
    """The person a line names when it holds nothing else ("JANE DOE" -> "Jane Doe"), or ""."""
    name = text.strip(" .")
    if name.split(maxsplit=1)[0].casefold().rstrip(":") in people.CREDIT_LABELS:
        return ""  # "Foto Ansa" credits a picture
    if name.isupper():
        name = people.title_case_name(name)
    return name if people.looks_like_person(name) else ""


def page_start(lines: list[Line]) -> int:
    """Index of the page proper: a "Skip to content" link opens it; above it is a site banner."""
    prose_above = 0
    for line in lines[:40]:
        if _SKIP_LINK.fullmatch(line.text.strip(" .")):
            return line.index + 1
        prose_above += line.cue == "prose"
        if prose_above > 2 or line.cue in ("date", "byline"):
            break  # a skip link after the article's header or text is footer furniture
    return 0


def classify_cue(text: str) -> tuple[str, str]:
    """(cue, reason) from the line's wording alone."""
    words = len(text.split())
    if words <= 16 and _DIGIT.search(text) and dates.is_date_line(text):
        return "date", "date line"  # before furniture: "June 3, 2024 · 4 min read"
    if words <= 16 and people.parse_byline(text):
        return "byline", "byline"
    if LINK_LINE.match(text) or BARE_URL_LINE.match(text):
        return "meta", "link line"
    if EDITORS_NOTE.match(text):
        return "meta", "editor's note"
    if people.has_note_prefix(text):
        return "meta", "closing note"
    if words <= 80 and DISCLAIMER.search(text):
        return "meta", "disclaimer"
    if words <= 50 and GENRE_NOTE.search(text):
        return "meta", "note on the genre"
    if words <= 40 and EDITING_NOTE.search(text):
        return "meta", "editing note"
    kind = furniture_reason(text)
    if kind == "related link inside the text":
        return "furniture", kind
    if _SKIP_LINK.fullmatch(text.strip(" .")):
        return "furniture", "navigation label"
    if WIDGET_HEADING.match(text.rstrip(":")):
        return "widget", "after the article: related list"
    if AGENCY_COPYRIGHT.match(text.strip()):
        return "credit", "image credit"
    if COPYRIGHT.match(text) and words <= 14:
        return "meta", "copyright line"
    if kind == "related list heading":
        return "widget", "related list heading"
    if kind == "copyright line":
        return "meta", "copyright line"
    if kind:
        return "furniture", kind
    if FURNITURE_LINE.match(text) or (words <= 14 and FURNITURE_PHRASE.search(text)):
        return "furniture", "page furniture"
    if (words <= 40 or "http" in text) and IMAGE_CREDIT.search(text):
        return "credit", "image credit"
    if text.endswith("(") or re.search(r"\((?:photo|image|credit)[^)]*$", text, re.IGNORECASE):
        return "caption", "photo caption"  # a caption whose credit was cut off
    if _is_pitch(text):
        return "pitch", "donation or promotion pitch"
    if words >= 8 and re.search(r"[.!?:;…”\"]", text):
        return "prose", ""
    return "short", ""


def _is_pitch(text: str) -> bool:
    if PROMO.search(text) or (len(text.split()) <= 80 and DONATION_APPEAL.search(text)):
        return True
    if not OUTLET_VOICE.search(text):
        return False  # a pitch speaks as "we", "our", "us"
    hits = len(PITCH_TERMS.findall(text))
    return (hits >= 2 and bool(OUTLET_VOICE.search(text))) or (
        hits >= 1 and len(text.split()) <= 14 and bool(OUTLET_VOICE.search(text))
    )


# A bio line opens with a name (two capitalised words), after an optional "NOTE:" label; the
# full parse is costly, so other lines skip it.
_BIO_START = re.compile(
    r"^(?:[^\W\d_]+(?: [^\W\d_]+)*\s*[:\-–—]\s*)?[^\W\d_a-zа-я]\S*\s+[^\W\d_a-zа-я]"
)


def _may_be_bio(text: str) -> bool:
    return len(text) < 1200 and _BIO_START.match(text) is not None


_CUES = ("date", "byline", "meta", "widget", "furniture", "pitch", "credit", "caption", "prose")


def _own_features(line: Line, repeats: Counter) -> dict[str, float]:
    # A "date 2023-03-03" dateline opening the first paragraph is not part of its wording.
    text, dateline = dates.strip_dateline(line.text)
    words = words_of(text)
    count = max(len(words), 1)
    capitalised = sum(word[0].isupper() for word in words) / count
    all_caps = sum(word.isupper() and len(word) > 1 for word in words) / count
    sentences = len(_SENTENCE_BREAK.findall(text))
    features = {
        "log_words": math.log1p(line.words) / 5,
        "words_le_3": float(line.words <= 3),
        "words_le_8": float(line.words <= 8),
        "words_ge_20": float(line.words >= 20),
        "words_ge_40": float(line.words >= 40),
        "ends_sentence": float(bool(_SENTENCE_END.search(text))),
        "sentences_per_10_words": min(sentences * 10 / max(line.words, 1), 3) / 3,
        "commas_per_word": min(text.count(",") / max(line.words, 1), 0.5) * 2,
        "capitalised_ratio": capitalised,
        "title_case": float(len(words) >= 2 and capitalised >= 0.75),
        "all_caps": all_caps,
        "digit_ratio": len(_DIGIT.findall(text)) / max(len(text), 1),
        "link_like": float(is_link_like(text)),
        "stop_words": stop_word_density(words),
        "repeated": float(repeats[text.lower()] > 1),
        "has_date": float(
            line.words <= 40
            and _DIGIT.search(text) is not None
            and dates.find_date(text) is not None
        ),
        "named_headline": float(people.named_headline(text) is not None),
        "opens_with_dateline": float(dateline is not None),
        # "Home  World  Opinion" or "Home · World · Opinion": a row of links.
        "link_row": float(line.gaps >= 2 or _LINK_ROW.search(text) is not None),
        "bio_like": float(_may_be_bio(text) and people.parse_bio_line(text) is not None),
    }
    for cue in _CUES:
        features["cue_" + cue] = float(line.cue == cue)
    return features


_NEIGHBOUR_KEYS = ("log_words", "stop_words", "ends_sentence", "cue_prose", "cue_furniture")


def compute_features(lines: list[Line]) -> None:
    """Fill each line's features: its own, its position, and its neighbours'."""
    repeats = Counter(line.text.lower() for line in lines)
    own = [_own_features(line, repeats) for line in lines]
    total = max(len(lines) - 1, 1)
    widget_seen = False
    prose_seen = 0
    for position, line in enumerate(lines):
        features = dict(own[position])
        features["position"] = position / total
        features["first_tenth"] = float(position / total < 0.1)
        features["last_tenth"] = float(position / total > 0.9)
        for offset, name in ((-1, "prev"), (1, "next"), (-2, "prev2"), (2, "next2")):
            other = position + offset
            for key in _NEIGHBOUR_KEYS:
                value = own[other][key] if 0 <= other < len(lines) else 0.0
                features[f"{name}_{key}"] = value
        # In a list under a widget heading ("Related articles", "Most read") until prose resumes.
        if line.cue == "widget":
            widget_seen = True
        elif line.cue in ("prose", "date", "byline"):
            widget_seen = False
        features["after_widget"] = float(widget_seen and line.cue != "widget")
        features["prose_before"] = min(prose_seen, 5) / 5
        if line.cue == "prose":
            prose_seen += 1
        nearby = lines[max(position - 2, 0) : position + 3]
        features["near_byline_or_date"] = float(
            any(other.cue in ("byline", "date") for other in nearby if other is not line)
        )
        features["next_is_byline_or_date"] = float(
            position + 1 < len(lines) and lines[position + 1].cue in ("byline", "date")
        )
        line.features = features
