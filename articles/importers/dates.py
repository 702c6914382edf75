"""Dates as pages state them, in nine languages, without a date library on the hot path.

Accepted shapes (any letter case, month names full or abbreviated, with or without a dot, in
English, Spanish, French, German, Italian, Portuguese, Ukrainian, Russian and Polish, including
the Slavic genitive "18 листопада 2019" and locative "в ноябре 2019"):

- day month year: "18 Nov 2019", "18. November 2019", "1er janvier 2020", "18th of November,
  2019", "15 de septiembre de 2009", "18 ноября 2019 г.";
- month day year: "November 18, 2019", "NOV. 18 2019";
- month year (precision "month"): "November 2019", "noviembre de 2019", "в ноябре 2019";
- ISO and year-first numeric: "2019-11-18", "2019-11-18T18:54:00Z", "2019/11/18";
- numeric day/month: "18.11.2019", "18/11/2019", "11/18/2019". The order of an ambiguous pair
  (both numbers 12 or less) is day first, as in most of the world, except with "/" or "-" when
  `language` is US-style English ("en", "en-US"): then month first. A pair that only parses one
  way ("11/18/2019") is read that way whatever the hint. Dots ("18.11.2019") are always day first.

Not accepted: two-digit years ("18/11/19": too easily a ratio or a score), a day and month with
no year ("Mon 18 Nov 18.54 GMT": the year would be a guess), relative dates ("2 hours ago"),
years outside 1800-2100, and impossible dates (31 February, month 13), which are None, never an
exception.

A *date line* is a line that is only a date statement: the date plus lead-in words ("Published",
"Publié le", "Veröffentlicht am", "Опубліковано"), weekdays, times and time zones, separators,
year markers ("г.", "року") and a reading time ("· 4 min read"). A date inside a sentence is not a
publication date, so `find_date(..., line_only=True)` ignores it.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from articles.importers.vocabulary import (
    AMBIGUOUS_MONTHS,
    DATE_LINE_WORDS,
    MONTHS,
    TIME_ZONES,
    WEEKDAYS,
)

MIN_YEAR, MAX_YEAR = 1800, 2100
# Date lines are short; a longer line is prose even when it starts with a date.
_MAX_DATE_LINE = 160
_US_ENGLISH = {"en", "en-us", "en_us", "us"}
_YEAR_LIKE = re.compile(r"(?<!\d)(?:1[89]|20|21)\d\d(?!\d)")


@dataclass(frozen=True)
class DateFound:
    date: date
    precision: str  # "day", "month" or "year"
    start: int  # span of the date in the text it was found in
    end: int
    text: str


# Any word, looked up in MONTHS afterwards: an alternation of ~250 spellings makes the regex
# engine try each of them at every position, about ten times slower on a line of prose.
_MONTH = r"(?P<month>[^\W\d_]{3,})\.?"
_WORD_START = r"(?<![^\W\d_])"
_WORD_END = r"(?![^\W\d_])"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_ORDINAL = r"(?:st|nd|rd|th|er|re|e|º|°|ª|-?го|-?е)?\.?"
_FLAGS = re.IGNORECASE

_PATTERNS: list[tuple[str, re.Pattern]] = [
    (
        "iso",
        re.compile(
            r"(?<![\d.])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)"
            r"(?:[T ](?:[0-2]?\d):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])",
            _FLAGS,
        ),
    ),
    (
        "numeric",
        re.compile(
            r"(?<![\d.:/-])(?P<first>[0-3]?\d)(?P<sep>[-/.])\s?(?P<second>[0-3]?\d)(?P=sep)\s?"
            r"(?P<year>\d{4})(?![\d])",
            _FLAGS,
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"(?<![\d.]){_DAY}{_ORDINAL}(?:\s*|[-/])(?:(?:de|of)\s+)?{_WORD_START}{_MONTH}"
            rf"{_WORD_END}(?:,?\s*|[-/])(?:(?:de|del)\s+)?{_YEAR}",
            _FLAGS,
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"{_WORD_START}{_MONTH}{_WORD_END}\s*{_DAY}(?:st|nd|rd|th)?(?!\d),?\s*{_YEAR}",
            _FLAGS,
        ),
    ),
    (
        "my",
        re.compile(
            rf"{_WORD_START}{_MONTH}{_WORD_END},?\s*(?:(?:de|del|of)\s+)?{_YEAR}",
            _FLAGS,
        ),
    ),
]

# What may surround a date on a date line, token by token.
_SEPARATORS = re.compile(r"[|·•,;:–—/()\[\]]|\s-\s|^-|-$")
# A clock ("18:54", "18h42", "6.29pm", "18 Uhr"), a UTC offset, or a small number ("4 min read").
_CLOCK = re.compile(
    r"^(?:[0-2]?\d(?:[:.h][0-5]\d){1,2}(?:h|hs|uhr|am|pm|a\.m|p\.m)?|"
    r"[0-2]?\d(?:h|hs|am|pm|a\.m|p\.m|uhr)|"
    r"[+-]\d{2}:?\d{2}|(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?|\d{1,2})$",
    _FLAGS,
)
_DATELINE_PLACE = re.compile(
    r"^\s*(?:(?:new|san|santa|são|sao|saint|st\.?|sankt|los|las|la|le|el|rio|buenos|tel|hong|"
    r"kuala|cape|port|porto|nizhny)\s+)?(?P<town>[^\W\d_][^\W\d_'’.\-]+)\s*(?:,|\s[-–—])\s",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def find_date(text: str, *, line_only: bool = False, language: str = "") -> DateFound | None:
    """The first valid date `text` states; with `line_only`, only if the line is a date line."""
    if not _YEAR_LIKE.search(text):
        return None  # every shape states a year: skip other lines cheaply
    if line_only and len(text) > _MAX_DATE_LINE:
        return None
    text = unicodedata.normalize("NFC", text)
    candidates = _candidates(text, language)
    if not candidates:
        return None
    if line_only and not _only_date_words(_without_dateline_place(_blank(text, candidates))):
        return None
    for start, end, found in candidates:
        if found is not _INVALID:
            return DateFound(found.date, found.precision, start, end, text[start:end])
    return None


def is_date_line(text: str, *, language: str = "") -> bool:
    """Whether `text` is a line that only states a date ("Publié le 18/11/2019 à 18h54")."""
    return find_date(text, line_only=True, language=language) is not None


def parse_date(text: str, *, language: str = "") -> tuple[date, str] | None:
    """(date, precision) of a string that is just a date: a `<time>` text or a meta value."""
    text = " ".join(text.split())
    if not text or len(text) > _MAX_DATE_LINE:
        return None
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return (date(year, 1, 1), "year") if MIN_YEAR <= year <= MAX_YEAR else None
    compact = re.fullmatch(r"(\d{4})[-/.]?(\d{2})(?:[-/.]?(\d{2}))?", text)
    if compact:  # "20191118" (citation metadata), "2019-11", "2019/11"
        year, month, day = compact.groups()
        return _make(int(year), int(month), int(day or 1), "day" if day else "month")
    found = find_date(text, line_only=True, language=language)
    if found:
        return found.date, found.precision
    return _parse_rare_shape(text, language)


# An impossible date written in a date's shape ("31 February 2019"): not a date, but its span
# still belongs to the date line rather than to the words around it.
_INVALID = DateFound(date.min, "", -1, -1, "")


def _candidates(text: str, language: str) -> list[tuple[int, int, DateFound]]:
    """Every date-shaped span as (start, end, found), earliest first; the patterns never overlap."""
    found: list[tuple[int, int, DateFound]] = []
    masked = text
    for kind, pattern in _PATTERNS:
        spans = []
        for match in pattern.finditer(masked):
            result = _interpret(kind, match, language)
            if result is not None:
                spans.append((match.start(), match.end(), result))
        for start, end, _ in spans:
            masked = masked[:start] + " " * (end - start) + masked[end:]
        found.extend(spans)
    found.sort(key=lambda item: item[0])
    return found


def _interpret(kind: str, match: re.Match, language: str) -> DateFound | None:
    """The date a match states; `_INVALID` for a date-shaped impossible one; None for no date."""
    groups = match.groupdict()
    year = int(groups["year"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if kind == "numeric":
        day, month = _numeric_order(
            int(groups["first"]), int(groups["second"]), groups["sep"], language
        )
        return _as_found(_make(year, month, day, "day"))
    month_word = groups["month"]
    month = int(month_word) if month_word.isdigit() else MONTHS.get(month_word.lower())
    if month is None:
        return None
    if kind == "my":
        if month_word.lower() in AMBIGUOUS_MONTHS and not month_word[0].isupper():
            return None  # "you may 2019 …" is not May 2019
        return _as_found(_make(year, month, 1, "month"))
    return _as_found(_make(year, month, int(groups["day"]), "day"))


def _numeric_order(first: int, second: int, separator: str, language: str) -> tuple[int, int]:
    """(day, month) of a numeric date; see the module docstring for the rule."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    if separator != "." and language.lower() in _US_ENGLISH:
        return second, first
    return first, second


def _make(year: int, month: int, day: int, precision: str) -> tuple[date, str] | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day), precision
    except ValueError:  # 31 February, month 13
        return None


def _as_found(made: tuple[date, str] | None) -> DateFound:
    if made is None:
        return _INVALID
    return DateFound(made[0], made[1], 0, 0, "")


def _blank(text: str, candidates: list[tuple[int, int, DateFound]]) -> str:
    for start, end, _ in candidates:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _without_dateline_place(rest: str) -> str:
    """A line's words besides its dates, without the town a dateline opens with ("Madrid, …").

    One word (or two after a prefix such as "New", "San", "Rio"), followed by a comma or dash: a
    longer run of capitalised words is more often a name ("Jane Doe, 18 Nov 2019"), which makes
    the line a byline, not a date line.
    """
    place = _DATELINE_PLACE.match(rest)
    if not place or not place.group("town")[0].isupper():
        return rest
    return rest[place.end() :]


def _only_date_words(rest: str) -> bool:
    """Whether what is left of a line besides its dates is lead-ins, clock, weekday and such."""
    rest = _SEPARATORS.sub(" ", rest.translate(_APOSTROPHES))
    for token in rest.split():
        word = token.lower().strip(".")
        if not word:
            continue
        if word in DATE_LINE_WORDS or word in WEEKDAYS or word in TIME_ZONES:
            continue
        if "-" in word and all(part in WEEKDAYS for part in word.split("-")):
            continue  # "segunda-feira"
        if _CLOCK.match(word):
            continue
        return False
    return True


def _parse_rare_shape(text: str, language: str) -> tuple[date, str] | None:
    """Shapes the patterns above do not read (e.g. "2019, November 18"), by dateparser.

    Only `parse_date` gets here, for a string already known to be a date; dateparser costs
    ~10 ms a call, so it never runs on each line of a dump.
    """
    if not re.search(r"(?<!\d)\d{4}(?!\d)", text):
        return None  # no year stated: a partial date is not worth guessing
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not any(word in MONTHS for word in words) and len(re.findall(r"\d+", text)) < 3:
        return None  # a year and some words ("Page 2019 of 3"): nothing to read as a date
    import dateparser  # imported here: loading it costs ~0.5 s and most imports never need it

    languages = [language.split("-")[0].lower()] if language else None
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year", "month"]}
    try:
        parsed = dateparser.parse(text, languages=languages, settings=settings)
    except (ValueError, TypeError, OverflowError):
        return None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed.date(), "day"
