"""People a page names: bylines, closing bio notes, letters' signatures, and outlet lines.

Pure functions over one line of text, for the text-dump and HTML readers alike. What they accept:

- a *person name* is 2-5 name words, each capitalised (or all caps), with initials ("J. K."),
  hyphens ("Jean-Paul"), apostrophes ("O'Brien") and lower-case particles ("de la", "von der",
  "bin") inside; it holds no organisation, section, role, calendar or function word of any
  language handled (vocabulary.NOT_NAME_WORDS), so "Read More", "The Editorial Board", "Sign In"
  and "Tuesday Kyiv" are not people. All-caps names come back title-cased ("MARY O'BRIEN" ->
  "Mary O'Brien", "MCDONALD" -> "McDonald", "DE LA FONTAINE" -> "de la Fontaine" after a first
  name).
- a *byline* is a marker ("By", "Written by", "Par", "Por", "Von", "Di", "Da", "De", "Автор:",
  "Від" …) followed by names joined by commas or conjunctions (and, &, et, y, e, und, ed, и, і,
  та), or a line of all-caps names alone. What follows a name and is not a name is its role or
  affiliation, never another author: "By Jane Doe, Senior Fellow, Brookings" names Jane Doe only.
  After a role, only a conjunction starts another author. A trailing date, "| Updated …" or
  "· 5 min read" is cut first.

Known limits, on purpose: "By Jane Doe, Hong Kong" and "By Jane Doe, John Roe" read alike, so a
comma list without a conjunction names its first person only; one-word names ("Madonna") are not
people; a capitalised phrase of ordinary words with none of the listed words ("Silent Spring")
reads as a name when it stands after a byline marker.
"""

import re
import unicodedata

from articles.importers.dates import find_date
from articles.importers.names import (
    MAX_NAME_WORDS,
    looks_like_person,
    title_case_name,
    without_honorific,
)
from articles.importers.outlets import outlet_from_line
from articles.importers.vocabulary import DATE_LEAD_INS, NOT_NAME_WORDS

__all__ = [
    "looks_like_person",
    "outlet_from_line",
    "parse_bio_line",
    "parse_byline",
    "parse_signature",
    "split_bios",
    "title_case_name",
]

_BYLINE_MARKER = re.compile(
    r"^(?:(?:opinion|analysis|commentary|column|editorial|essay|interview)\s+by|"
    r"(?:written|words|reported|text|story)\s+by|by|par|por|von|di|da|de|"
    r"ein\s+(?:gastbeitrag|kommentar|essay)\s+von|une\s+tribune\s+de|від|от|"
    r"(?:автор(?:ка|и|ы)?|author|authors|autor(?:a|es|in|en)?|auteure?s?|autore|autrice|"
    r"texte?|texto|testo|words)\s*:)\s*:?\s+",
    re.IGNORECASE,
)
# Where the names of a byline stop: a separator, a handle, a reading time or a date lead-in.
_BYLINE_TAIL = re.compile(
    rf"\s+[|·•—–]\s*|\s[(@]|\s+\d+\s*(?:min|minutes?|мин|хв)\b|"
    rf"[\s,;]+(?:{DATE_LEAD_INS})\b",
    re.IGNORECASE,
)
_CONJUNCTION = r"(?:and|&|et|y|e|und|ed|и|і|та|i|oraz)"
_SPLIT = re.compile(
    rf"(\s*,\s*{_CONJUNCTION}\s+|\s+{_CONJUNCTION}\s+|\s*&\s*|\s*,\s*|\s*;\s*)", re.IGNORECASE
)
# The same without one-letter conjunctions, for a list where "E" or "I" is an initial.
_SPLIT_WORDS_ONLY = re.compile(
    r"(\s*,\s*(?:and|et|und|ed|та|oraz)\s+|\s+(?:and|et|und|ed|та|oraz)\s+|\s*&\s*|\s*,\s*|"
    r"\s*;\s*)",
    re.IGNORECASE,
)
# Words after a name that introduce where the person writes from or for, not another name.
_AFFILIATION_WORDS = {
    "for", "at", "in", "from", "pour", "à", "en", "para", "für", "bei", "aus", "per", "presso",
    "em", "no", "na", "з", "із", "для", "в", "у", "из",
}  # fmt: skip


def parse_byline(text: str) -> list[str] | None:
    """The authors a byline line names ("By Jane Doe and John Roe"), or None when it is not one."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text or len(text) > 300:
        return None
    marker = _BYLINE_MARKER.match(text)
    if marker:
        names = _cut_tail(text[marker.end() :])
        if names.isupper():
            names = title_case_name(names)
        authors = _names_in(names, roles_allowed=True)
    else:
        letters = [char for char in text if char.isalpha()]
        if not letters or not all(char.isupper() for char in letters) or len(text.split()) > 16:
            return None
        authors = _names_in(title_case_name(_cut_tail(text)), roles_allowed=False)
    return authors or None


def _cut_tail(names: str) -> str:
    tail = _BYLINE_TAIL.search(names)
    if tail:
        names = names[: tail.start()]
    found = find_date(names)
    if found:
        names = names[: found.start]
        names = re.sub(r"(?:[\s,]+(?:on|le|el|am|il|em|on|о|в))+\s*$", "", names, flags=re.I)
    return _drop_full_stop(names.strip(" ,;:-–—"))


def _drop_full_stop(names: str) -> str:
    """`names` without a sentence's full stop; "Jr." and an initial "J." keep theirs."""
    last = names.rsplit(" ", 1)[-1].lower()
    if names.endswith(".") and last not in ("jr.", "sr.") and len(last) > 2:
        return names[:-1].rstrip()
    return names


def _names_in(names: str, *, roles_allowed: bool) -> list[str]:
    """The people in a byline's name list, in order; a role after a name is skipped."""
    return _split_names(names, _SPLIT, roles_allowed) or _split_names(
        names, _SPLIT_WORDS_ONLY, roles_allowed
    )


def _split_names(names: str, splitter: re.Pattern, roles_allowed: bool) -> list[str]:
    parts = splitter.split(names)
    segments = parts[0::2]
    separators = ["", *parts[1::2]]
    # A comma list names several people only when a conjunction closes it ("A, B and C"):
    # otherwise "Jane Doe, Hong Kong" would name two.
    has_conjunction = any(not re.fullmatch(r"\s*[,;]\s*", sep) for sep in separators[1:])
    authors: list[str] = []
    after_role = False
    for segment, separator in zip(segments, separators, strict=True):
        segment = _drop_full_stop(segment.strip())
        joined_by_comma = bool(re.fullmatch(r"\s*[,;]\s*", separator))
        starts_author = not authors or not joined_by_comma
        if joined_by_comma and (after_role or not has_conjunction):
            after_role = True
            continue
        name = _leading_person(segment) if starts_author else None
        if name is None and looks_like_person(segment):
            name = segment
        if name is None:
            if not authors:
                return []  # the first thing after the marker must be a person
            if not roles_allowed:
                return []
            after_role = True
            continue
        if name != segment and not roles_allowed:
            return []
        authors.append(without_honorific(name))
        if name != segment:
            after_role = True  # "Jane Doe for The Guardian": the rest is affiliation
    return authors


def _leading_person(segment: str) -> str | None:
    """The person a segment starts with, when what follows is an affiliation or role."""
    if looks_like_person(segment):
        return segment
    tokens = segment.split()
    for end in range(min(len(tokens) - 1, MAX_NAME_WORDS + 2), 1, -1):
        head, rest = " ".join(tokens[:end]), tokens[end]
        if not looks_like_person(head):
            continue
        rest_lower = rest.lower()
        if rest_lower in _AFFILIATION_WORDS or rest_lower.strip(",.") in NOT_NAME_WORDS:
            return head
        return None
    return None


# --- Closing notes about the author ---------------------------------------------------------
_BIO_PREFIX = re.compile(
    r"^(?:about the authors?|(?:the )?authors?(?:['’]s)? (?:note|bio)|author bio|bio|note|"
    r"l['’]aut(?:eur|rice|eure)|les auteur(?:e)?s|à propos de l['’]aut(?:eur|rice)|"
    r"(?:el|la) autora?|los autores|sobre (?:el|la) autora?|"
    r"(?:der|die) autor(?:in)?|die autoren|über (?:den|die) autor(?:in)?|"
    r"l['’]autore|l['’]autrice|gli autori|(?:o|a) autora?|os autores|sobre (?:o|a) autora?|"
    r"про автор(?:а|ку|ів)|автор|авторка|об авторе|автор(?:ы)?|o autorze|autor)"
    r"\s*[:\-–—]\s*",
    re.IGNORECASE,
)
# What joins a name to its description: "X is …", "X, formerly …", "X est …", "X — політолог".
_BIO_LINK = re.compile(
    r"^(?:,\s*|\s+[—–-]\s+|\s*\(|\s+(?:is|was|has|teaches|writes|leads|directs|served|serves|"
    r"works|lives|est|était|a été|enseigne|dirige|es|fue|ha sido|enseña|ist|war|lehrt|leitet|"
    r"è|e'|era|insegna|é|foi|leciona|є|був|була|працює|викладає|является|был|была|работает|"
    r"преподает|jest|był|była)\b\s*)",
    re.IGNORECASE,
)
_PLURAL_LINK = re.compile(r"^\s+(?:are|were|sont|son|sind|sono|são|sao|є|—|–)\s+", re.IGNORECASE)
# A description of a person says what they do; one of these comes within its first words.
_ROLE_STEMS = re.compile(
    r"(?<![^\W\d_])(?:"
    r"director|fellow|professor|lecturer|president|chair|founder|co-founder|writer|author|editor|"
    r"columnist|correspondent|journalist|reporter|analyst|advis|consultant|research|scholar|"
    r"scientist|ambassador|diplomat|minister|secretary|official|member|head|ceo|executive|"
    r"partner|lawyer|attorney|historian|economist|commentator|contributor|candidate|student|"
    r"associate|manager|coordinator|officer|expert|specialist|strategist|veteran|retired|former|"
    r"teaches|writes|lives|works|served|serves|novelist|poet|physician|doctor|teacher|activist|"
    r"professeur|chercheu|directe?u?r|maître|maitre|enseignant|avocat|ancien|ancienne|politolog|"
    r"sociolog|philosoph|filósof|filosof|économiste|historien|écrivain|ecrivain|journaliste|"
    r"profesor|investigador|catedrátic|catedratic|abogad|exdirector|ex-|escritor|periodista|"
    r"economista|historiador|politólog|sociólog|"
    r"dozent|autor|forscher|leiter|ehemalig|schriftsteller|publizist|historiker|ökonom|"
    r"docente|ricercat|direttor|giornalist|scrittor|avvocat|storico|economist|"
    r"pesquisador|diretor|jornalista|advogad|investigador|"
    r"політолог|журналіст|професор|науков|дослідни|економіст|історик|письменни|директор|"
    r"аналітик|експерт|редактор|викладач|член|голов|депутат|колишн|"
    r"политолог|журналист|профессор|научн|исследовател|экономист|историк|писател|аналитик|"
    r"эксперт|преподавател|бывш|"
    r"politolog|dziennikar|profesor|badacz|ekonomist|historyk|pisarz|redaktor)",
    re.IGNORECASE,
)
_MAX_BIO_WORDS = 120
_SENTENCE_SPLIT = re.compile(r"(?<=[^\W\d_][.!?])\s+(?=[^\W\d_])")


def parse_bio_line(text: str) -> tuple[str, str] | None:
    """(name, bio) when `text` is a note about its author ("Jane Doe is a senior fellow at …")."""
    bios = _bio_names(text)
    if not bios:
        return None
    names, bio = bios
    return names[0], bio


def split_bios(text: str) -> list[tuple[str, str]]:
    """One (name, bio) per author a closing note describes: "A is …. B is …." gives two."""
    first = _bio_names(text)
    if not first:
        return []
    names, bio = first
    if len(names) > 1:
        return [(name, bio) for name in names]
    bios: list[tuple[str, str]] = []
    for sentence in _SENTENCE_SPLIT.split(bio):
        found = _bio_names(sentence)
        if found and (not bios or found[0][0] not in {name for name, _ in bios}):
            bios.extend((name, sentence) for name in found[0])
        elif bios:
            name, previous = bios[-1]
            bios[-1] = (name, f"{previous} {sentence}")
    return bios


def _bio_names(text: str) -> tuple[list[str], str] | None:
    """The names a bio note starts with and the note without its "About the author:" label."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    text = _BIO_PREFIX.sub("", text, count=1)
    if not text or len(text.split()) > _MAX_BIO_WORDS:
        return None
    # Candidate name ends: after each of the first words, longest first.
    ends = [match.end() for match in re.finditer(r"\S+", text)][:12]
    for end in reversed(ends[1:]):
        head, rest = text[:end], text[end:]
        if head.endswith(","):
            head, rest = head[:-1], "," + rest
        names = _head_names(head)
        if not names:
            continue
        link = (_PLURAL_LINK if len(names) > 1 else _BIO_LINK).match(rest)
        if not link:
            continue
        described = rest[link.end() :]
        if not _ROLE_STEMS.search(" ".join(described.split()[:12])):
            return None
        return [title_case_name(name) for name in names], text
    return None


def _head_names(head: str) -> list[str]:
    """The person, or the people joined by a conjunction, that a bio note starts with."""
    if looks_like_person(head):
        return [head]
    parts = re.split(rf"\s+{_CONJUNCTION}\s+|\s*,\s*", head, flags=re.IGNORECASE)
    if len(parts) > 1 and all(looks_like_person(part) for part in parts):
        return parts
    return []


# --- Letters' signatures --------------------------------------------------------------------
_PLACE_WORD = re.compile(
    r"^(?:[^\W\d_][^\W\d_'’.\-]*(?:[\-'’][^\W\d_]+)*\.?|[A-Z]{1,2}\d[\dA-Z]*)$"
)
_PLACE_LINKS = {"upon", "on", "de", "sur", "am", "an", "der", "la", "le", "del", "da", "di",
                "in", "im", "en", "the", "of", "y", "-", "and"}  # fmt: skip


def parse_signature(text: str) -> tuple[str, str] | None:
    """(name, place) for a letter's signature line ("Jane Doe, Leeds, West Yorkshire")."""
    text = " ".join(unicodedata.normalize("NFC", text).split()).strip(" —–-.")
    if not text or len(text.split()) > 14 or "," not in text:
        return None
    name, _, place = text.partition(",")
    name, place = name.strip(), place.strip()
    if name.isupper():
        name = title_case_name(name)
    if not looks_like_person(name) or not place:
        return None
    for segment in place.split(","):
        if not _looks_like_place(segment.strip()):
            return None
    return without_honorific(name), place


def _looks_like_place(segment: str) -> bool:
    tokens = segment.split()
    if not 1 <= len(tokens) <= 4:
        return False
    for index, token in enumerate(tokens):
        if index and token.lower() in _PLACE_LINKS:
            continue
        if not _PLACE_WORD.match(token) or not token[0].isupper():
            return False
        if token.lower().strip(".") in NOT_NAME_WORDS - _PLACE_NAME_WORDS:
            return False
    return tokens[-1].lower() not in _PLACE_LINKS


# Words that are furniture elsewhere but ordinary in place names ("New York", "Santa Fe").
_PLACE_NAME_WORDS = frozenset(
    "new san santa saint st los las hong tel buenos north south east west middle the".split()
)
