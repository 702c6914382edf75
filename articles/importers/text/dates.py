"""Dates as pages print them, in English, Spanish, French, German, Italian, Portuguese,
Ukrainian and Russian: "Monday, November 18, 2019", "18 Nov 2019 18.54 GMT", "le 15 septembre
2009", "24 novembre 2017 à 18:42", "3. März 2023", "15 de março de 2021", "12 квітня 2022",
"03.03.2023 10:15", "2023-03-03".

`find_date` finds the first date a text states; with `line_only` the whole text must be a date
line (a date plus words such as "Published", a weekday, a time or a reading time), because a
date inside a sentence is an event, not the article's date.
"""

import re
from dataclasses import dataclass
from datetime import date

import dateparser

# Month names and common abbreviations per language; genitive forms for Ukrainian and Russian,
# which pages print after a day number ("12 квітня").
_MONTH_WORDS = {
    1: "jan january enero ene janvier janv janeiro jan gennaio genn januar jänner "
    "січня січень января январь stycznia styczeń",
    2: "feb february febrero feb février févr fevereiro fev febbraio febbr februar "
    "лютого лютий февраля февраль lutego luty",
    3: "mar march marzo mars março marzo märz maerz mrz березня березень марта март marca marzec",
    4: "apr april abril avr avril abril aprile квітня квітень апреля апрель kwietnia kwiecień",
    5: "may mayo mai maio maggio mai травня травень мая май maja maj",
    6: "jun june junio juin junho giugno juni червня червень июня июнь czerwca czerwiec",
    7: "jul july julio juillet juil julho luglio juli липня липень июля июль lipca lipiec",
    8: "aug august agosto ago août aout agosto agosto "
    "серпня серпень августа август sierpnia sierpień",
    9: "sep sept september septiembre septembre setembro settembre "
    "вересня вересень сентября сентябрь września wrzesień",
    10: "oct october octubre octobre outubro ottobre ott oktober okt "
    "жовтня жовтень октября октябрь października październik",
    11: "nov november noviembre novembre novembro novembre листопада листопад "
    "ноября ноябрь listopada listopad",
    12: "dec december diciembre dic décembre déc dezembro dez dicembre dezember "
    "грудня грудень декабря декабрь grudnia grudzień",
}
MONTH_NUMBERS = {word: number for number, words in _MONTH_WORDS.items() for word in words.split()}
_MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True)) + r")\.?"

_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun lunes martes miércoles miercoles jueves viernes sábado sabado domingo lundi "
    "mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça "
    "quarta quinta sexta feira понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя "
    "понедельник вторник среда четверг пятница суббота воскресенье"
).split()
# Words a date line may carry besides the date: "Published", "Updated", "le", "à", a weekday,
# a time zone, a reading time.
_LINE_WORDS = set(_WEEKDAYS) | set(
    "published posted updated last first date on at by am pm a.m. p.m. utc gmt bst cet cest est "
    "edt pst pdt eet eest msk kyiv time min mins minute minutes read ago reading "
    "publié publiée le mis à jour à h publicado publicada actualizado actualizada el de del a "
    "las los hs h. veröffentlicht aktualisiert am um uhr vom stand pubblicato pubblicata "
    "aggiornato aggiornata il alle ore atualizado atualizada em às "
    "опубліковано оновлено опубликовано обновлено від от о в г. р. року года "
    "opublikowano zaktualizowano dnia".split()
)
_TIME = r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?"

# (pattern, precision), tried in order; each match is blanked before the next pattern runs, so
# "3 March 2023" is not found again as "March 2023".
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\b"), "day"),
    (
        re.compile(rf"(?<!\w)({_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\b", re.IGNORECASE),
        "day",
    ),
    (
        re.compile(
            rf"(?<!\w)(\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)? ?(?:de |of )?{_MONTH},?"
            rf" (?:de |del )?\d{{4}})(?:\s?(?:г\.|р\.|року|года))?",
            re.IGNORECASE,
        ),
        "day",
    ),
    (re.compile(r"\b(\d{1,2}[./-]\d{1,2}[./-]\d{4})\b"), "day"),
    (re.compile(rf"(?<!\w)({_MONTH},? (?:de |del )?\d{{4}})\b", re.IGNORECASE), "month"),
]
_DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?:date|published|posted|updated|first published)(?: on)?\s*:?\s*)?"
    r"(?P<date>\d{4}-\d{2}-\d{2})\s+(?=\S)",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W\d_][\w.'ʼ’]*|\d+|[^\w\s]", re.UNICODE)


@dataclass
class FoundDate:
    date: date
    precision: str  # "day" or "month"
    start: int
    end: int


def find_date(text: str, *, line_only: bool = False) -> FoundDate | None:
    """The first date `text` states; with `line_only`, only when the whole text is a date line."""
    found: list[tuple[int, int, str, str]] = []
    rest = text
    for pattern, precision in _DATE_PATTERNS:
        for match in pattern.finditer(rest):
            found.append((match.start(1), match.end(), match.group(1), precision))
        rest = pattern.sub(lambda m: " " * len(m.group()), rest)
    if not found:
        return None
    if line_only and not _only_date_line_words(rest):
        return None
    for start, end, stated, precision in sorted(found):
        parsed = parse_date(stated)
        if parsed:
            return FoundDate(parsed, precision, start, end)
    return None


def is_date_line(text: str) -> bool:
    """Whether `text` is a line stating a date and nothing else of substance."""
    return len(text.split()) <= 16 and find_date(text, line_only=True) is not None


def _only_date_line_words(rest: str) -> bool:
    rest = re.sub(_TIME, " ", rest, flags=re.IGNORECASE)
    for token in _TOKEN.findall(rest.lower()):
        if token.isdigit() or not token[0].isalnum():
            continue  # reading times ("4 min read"), separators ("|", "·", ",")
        if token.rstrip(".:,") not in _LINE_WORDS and token not in _LINE_WORDS:
            return False
    return True


def parse_date(text: str) -> date | None:
    """A date from one stated date; the common shapes directly, others through dateparser."""
    try:
        found = _parse_common_date(text)
    except ValueError:  # a month 13 or a 31 February: not a date
        return None
    if found:
        return found
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]}
    parsed = dateparser.parse(text, settings=settings)
    return parsed.date() if parsed else None


def _parse_common_date(text: str) -> date | None:
    # dateparser takes ~10 ms a call; these shapes cover nearly every date line.
    lowered = text.lower()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    numeric = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", text)
    if numeric:
        first, second, year = map(int, numeric.groups())
        # Day first, as outside the US, unless that cannot be ("11/18/2019").
        if first <= 12 < second and "/" in text:
            return date(year, first, second)
        return date(year, second, first)
    words = re.findall(r"[^\W\d_]+|\d+", lowered)
    numbers = [int(w) for w in words if w.isdigit()]
    months = [MONTH_NUMBERS[w] for w in words if w in MONTH_NUMBERS]
    if len(months) == 1 and len(numbers) == 2 and numbers[1] >= 1000:
        return date(numbers[1], months[0], numbers[0])
    if len(months) == 1 and len(numbers) == 1 and numbers[0] >= 1000:
        return date(numbers[0], months[0], 1)
    return None


def strip_dateline(paragraph: str) -> tuple[str, FoundDate | None]:
    """A paragraph opened by a "date 2023-03-03" dateline, without it, and the date it states."""
    match = _DATELINE_PREFIX.match(paragraph)
    if not match:
        return paragraph, None
    parsed = parse_date(match.group("date"))
    if not parsed:
        return paragraph, None
    return paragraph[match.end() :], FoundDate(parsed, "day", match.start("date"), match.end())
