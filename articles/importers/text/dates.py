"""Dates in a dump: the shared multilingual parser (`articles.importers.dates`), plus the
"date 2023-03-03" dateline some copied pages put before their first paragraph."""

import re

from articles.importers import dates as shared
from articles.importers.dates import DateFound, find_date, parse_date

__all__ = [
    "DateFound",
    "date_of_line",
    "find_date",
    "is_date_line",
    "parse_date",
    "strip_dateline",
]

# What may stand before the date on a date line: a lead-in ending in a colon or a particle
# ("Paru le", "Mis en ligne le", "Опубликовано:"), a place ("Roma,"), a place and a weekday.
_LEAD_IN = re.compile(
    r"^(?:(?:published|posted|updated|first published|date|paru|publié|publiée|mis en ligne|"
    r"mis à jour|publicado|publicada|actualizado|actualizada|fecha|veröffentlicht|"
    r"aktualisiert|datum|stand|pubblicato|pubblicata|aggiornato|data|atualizado|"
    r"опубліковано|оновлено|дата публікації|дата|опубликовано|обновлено|dodano|"
    r"opublikowano|zaktualizowano)(?:\s+(?:on|le|el|il|am|em|à|du|de|del|dnia|в|о))?\s*:?"
    r"(?:\s+[^\W\d_]+,?)?|"  # a weekday after the lead-in: "Paru le samedi"
    r"[A-ZÀ-ÝА-ЯІЇЄҐ][\w'’.-]*(?:\s+[A-ZÀ-ÝА-ЯІЇЄҐ][\w'’.-]*)?,(?:\s*[^\W\d_]+,?)?)$",
    re.IGNORECASE,
)


def date_of_line(text: str) -> DateFound | None:
    """The date a date line states ("Paru le 26/12/2010", "Roma, 18 AGOSTO 2016"), or None
    when the line says more than a date."""
    if len(text.split()) > 16 or not any(char.isdigit() for char in text):
        return None
    found = find_date(text, line_only=True)
    if found:
        return found
    found = find_date(text)
    if not found:
        return None
    lead, tail = text[: found.start].strip(), text[found.start :]
    if not _LEAD_IN.match(lead) or not shared.is_date_line(tail):
        return None
    return found


def is_date_line(text: str) -> bool:
    """Whether the line states a date and nothing else of substance."""
    return date_of_line(text) is not None


_DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?:date|published|posted|updated|first published)(?: on)?\s*:?\s*)?"
    r"(?P<date>\d{4}-\d{2}-\d{2})\s+(?=\S)",
    re.IGNORECASE,
)


def strip_dateline(paragraph: str) -> tuple[str, DateFound | None]:
    """A paragraph opened by a "date 2023-03-03" dateline, without it, and the date it states."""
    match = _DATELINE_PREFIX.match(paragraph)
    if not match:
        return paragraph, None
    parsed = parse_date(match.group("date"))
    if not parsed:
        return paragraph, None
    stated = match.group("date")
    found = DateFound(parsed[0], parsed[1], match.start("date"), match.end("date"), stated)
    return paragraph[match.end() :], found
