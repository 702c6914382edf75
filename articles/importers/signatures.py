"""Letters' signatures: "Jane Doe, Leeds", "Paulina Wróbel (Olsztyn)", "Cristina Alonso. Vigo".

A signature is a person's name, then a place: after a comma (each comma-separated part 1-4
capitalised words), in parentheses, or after a full stop as Spanish letters pages print it. A
place holds no role or employer word ("Jane Doe, Senior Fellow" is a bio; "Jane Doe, Brookings
Institution" an affiliation), is no news agency or picture credit ("Pablo Moreno (Reuters)"),
and a byline ("Von Petra Schulz, Chefredakteur") is not a signature. Honorifics ("Dr", "Prof.")
are dropped from the name; "м."/"г." before a town are dropped from the place.
"""

import re
import unicodedata

from articles.importers.bylines import BYLINE_MARKER
from articles.importers.names import looks_like_person, title_case_name, without_honorific
from articles.importers.outlets import IMAGE_CREDIT
from articles.importers.vocabulary import NEWS_AGENCIES, ORGANISATION_WORDS, ROLE_WORDS

_PLACE_WORD = re.compile(
    r"^(?:[^\W\d_][^\W\d_'’.\-]*(?:[\-'’][^\W\d_]+)*\.?|[A-Z]{1,2}\d[\dA-Z]*)$"
)
_PLACE_LINKS = {"upon", "on", "de", "sur", "am", "an", "der", "la", "le", "del", "da", "di",
                "in", "im", "en", "the", "of", "y", "-", "and"}  # fmt: skip


def parse_signature(text: str) -> tuple[str, str] | None:
    """(name, place) for a letter's signature line ("Jane Doe, Leeds, West Yorkshire")."""
    text = " ".join(unicodedata.normalize("NFC", text).split()).strip(" —–-.")
    if not text or len(text.split()) > 14 or BYLINE_MARKER.match(text):
        return None
    # "Name, Town", "Name (Town)", "Name (м. Town)", and "Name. Town" as Spanish pages print it
    for shape in _SIGNATURE_SHAPES:
        found = shape.match(text)
        if found:
            signed = _signed(found.group("name").strip(), found.group("place").strip())
            if signed:
                return signed
    return None


def _signed(name: str, place: str) -> tuple[str, str] | None:
    place = _TOWN_ABBREVIATION.sub("", place)
    town = place.split(",")[0].strip()
    credited = town.lower() in NEWS_AGENCIES or IMAGE_CREDIT.search(place)
    if (town.isupper() and len(town) <= 5) or credited:
        return None  # "Rocío Martín (AP)", "Laura Blanco (Getty Images)": a picture's credit
    if name.isupper():
        name = title_case_name(name)
    if not looks_like_person(name) or not place:
        return None
    for segment in place.split(","):
        if not _looks_like_place(segment.strip()):
            return None
    return without_honorific(name), place


_SIGNATURE_SHAPES = [
    re.compile(r"^(?P<name>[^,()]+),\s*(?P<place>[^()]+)$"),
    re.compile(r"^(?P<name>[^,()]+?)\s+\((?P<place>[^()]+)\)$"),
    re.compile(r"^(?P<name>[^,()]+?[^\W\d_]{2})\.\s+(?P<place>[^,.()]+(?:,[^,.()]+)?)$"),
]
# "м." (місто), "г." (город), "m." (miasto): the word "town" before a town's name.
_TOWN_ABBREVIATION = re.compile(r"^(?:м|г|m)\.\s*", re.IGNORECASE)


def _looks_like_place(segment: str) -> bool:
    tokens = segment.split()
    if not 1 <= len(tokens) <= 4:
        return False
    for index, token in enumerate(tokens):
        if index and token.lower() in _PLACE_LINKS:
            continue
        if not _PLACE_WORD.match(token) or not token[0].isupper():
            return False
        if token.lower().strip(".") in _NOT_PLACE_WORDS:
            return False  # "Senior Fellow", "Brookings Institution": a role or an employer
    return tokens[-1].lower() not in _PLACE_LINKS


# Roles and employers are not places; country words are ("Leeds, United Kingdom").
_NOT_PLACE_WORDS = (ROLE_WORDS | ORGANISATION_WORDS) - {
    "states", "kingdom", "republic", "nations", "europe", "america", "union",
}  # fmt: skip
