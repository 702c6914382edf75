"""Bylines: the names a byline line gives, without roles, dates and reading times.

A byline is a marker ("By", "Written by", "Opinion by", "Par", "Por", "Von", "Di", "Da", "De",
"Автор:", "Авторка:", "Від", "Column:", "Un texte de", "Propos recueillis par", "Rozmawiał" …)
followed by names joined by commas or conjunctions (and, &, with, et, avec, y, con, e, und, mit,
ed, и, і, та), or a line of all-caps names alone (or of names in any case, when the reader asks
with `bare_names`). What follows a name and is not a name is its role or affiliation, never
another author: "By Jane Doe, Senior Fellow, Brookings" names Jane Doe only; after a role only a
conjunction starts another author. A trailing date, "| Updated …", "(@handle)" or "· 5 min read"
is cut first. A marker followed by an organisation ("By The Editorial Board", "Por la
Redacción") names nobody: the piece is unsigned.

Known limits, on purpose: "By Jane Doe, Hong Kong" and "By Jane Doe, John Roe" read alike, so a
comma list without a conjunction names its first person only; names after "Від"/"От" stay in the
genitive they are written in ("Від Олени Коваль" -> "Олени Коваль"); a capitalised phrase of
ordinary words ("Silent Spring") reads as a name when it stands after a byline marker.
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
from articles.importers.vocabulary import (
    DATE_LEAD_INS,
    NOT_NAME_WORDS,
    ROLE_COMPOUNDS,
    ROLE_STEMS,
)

BYLINE_MARKER = re.compile(
    r"^(?:(?:opinion|analysis|commentary|column|editorial|essay|interview)\s+by|"
    r"(?:written|words|reported|text|story|interview(?:ed)?)\s+by|"
    r"(?:écrit|écrite|escrito|escrita|geschrieben|scritto|scritta)\s+(?:par|por|von|da)|"
    # a genre label, then the author: "Column: X", "Tribune de X", "Kolumne von X"
    r"(?:column|comment|chronique|tribune|édito|analyse|opinión|columna|crónica|tribuna|"
    r"artículo|artigo|texto|crónica|kolumne|kommentar|intervista|commento|rubrica|felieton|"
    r"komentarz|колонка|думка|мнение|комментарий|interview|entrevista|entretien|wywiad|"
    r"інтерв['’]ю|интервью)\s*(?::|de|von|di|por|par|a\s+cura\s+di)|"
    r"(?:un|une)\s+(?:texte|tribune|chronique|analyse|entretien)\s+de|rozmawia(?:ł|ła|li)|"
    r"беседовал[аи]?|розмовля(?:в|ла|ли)|"
    r"intervista\s+a\s+cura\s+di|"
    r"(?:entrevista|entretien|interview|intervista)\s+(?:conduzida|conducida|realizada|réalisé|"
    r"conducted|condotta)\s+(?:por|par|by|da)|"
    r"(?:propos\s+)?recueillis\s+par|entretien\s+réalisé\s+par|a\s+cura\s+di|"
    r"entrevista\s+(?:realizada\s+)?(?:por|de)|das\s+(?:interview|gespräch)\s+führte|"
    r"ein\s+(?:gastbeitrag|kommentar|essay)\s+von|"
    # "De :" and "Da:" with a colon are "From:" lines, not bylines
    r"(?:by|par|por|von|від|от)\s*:?|(?:di|da|de)(?!\s*:)|"
    r"(?:автор(?:ка|и|ы)?|author|authors|autor(?:a|es|in|en|ka|zy)?|auteure?s?|autore|"
    r"autrice|texte?|texto|testo|tekst|текст|words)\s*:)\s+",
    re.IGNORECASE,
)
# "By Jane Doe, Senior Fellow at Brookings, and John Roe, Professor of Law at Yale" is 16.
_MAX_BYLINE_WORDS = 24
# Where the names of a byline stop: a separator, a handle, a reading time or a date lead-in.
_BYLINE_TAIL = re.compile(
    rf"\s+[|·•—–]\s*|\s[(@]|\s+\d+\s*(?:min|minutes?|мин|хв)\b|"
    rf"[\s,;]+(?:{DATE_LEAD_INS})\b",
    re.IGNORECASE,
)
# "with" joins a co-author too: "By Jane Doe with John Roe".
CONJUNCTION = r"(?:and|&|et|y|e|und|ed|и|і|та|i|oraz|with|avec|con|mit|com)"
_SPLIT = re.compile(
    rf"(\s*,\s*{CONJUNCTION}\s+|\s+{CONJUNCTION}\s+|\s*&\s*|\s*,\s*|\s*;\s*)", re.IGNORECASE
)
# The same without one-letter conjunctions, for a list where "E" or "I" is an initial.
_SPLIT_WORDS_ONLY = re.compile(
    r"(\s*,\s*(?:and|et|und|ed|та|oraz)\s+|\s+(?:and|et|und|ed|та|oraz|with|avec|con|mit|com)\s+|"
    r"\s*&\s*|\s*,\s*|"
    r"\s*;\s*)",
    re.IGNORECASE,
)
# Words after a name that introduce where the person writes from or for, not another name.
_AFFILIATION_WORDS = {
    "for", "at", "in", "from", "pour", "à", "en", "para", "für", "bei", "aus", "per", "presso",
    "em", "no", "na", "з", "із", "для", "в", "у", "из",
}  # fmt: skip


def parse_byline(text: str, *, bare_names: bool = False, language: str = "") -> list[str] | None:
    """The authors a byline line names ("By Jane Doe and John Roe"), or None when it is not one.

    With `bare_names`, a line of names alone in any case ("Jane Doe & John Roe", "Raquel Pires,
    Economista") is a byline too: only a reader that knows the line sits by the headline should
    ask, since out of context such a line is as often a caption or a related-article credit.
    `language` only changes how all-caps particles are written (see `title_case_name`).
    """
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text or len(text) > 300:
        return None
    marker = BYLINE_MARKER.match(text)
    if marker:
        names = _cut_tail(text[marker.end() :])
        if _reads_as_sentence(names):
            return None  # "Von Berlin aus gesehen, ist die Krise …": prose after a preposition
        # All-caps words are written as names are; mixed-case ones stay as written.
        names = title_case_name(names, language=language)
        authors = _names_in(names, roles_allowed=True)
    else:
        letters = [char for char in text if char.isalpha()]
        all_caps = bool(letters) and all(char.isupper() for char in letters)
        if not (all_caps or (bare_names and letters)) or len(text.split()) > 16:
            return None
        names = title_case_name(_cut_tail(text), language=language)
        authors = _names_in(names, roles_allowed=True)
        if authors and not _only_roles_besides(names, authors):
            return None  # "SILENT SPRING, REVISITED": an all-caps headline, not a byline
    return authors or None


def _reads_as_sentence(names: str) -> bool:
    """Whether what follows a marker is a sentence: a byline's names and roles are short, and
    do not end on a full stop after many words."""
    words = names.split()
    return len(words) > _MAX_BYLINE_WORDS or (len(words) > 8 and names.endswith((".", "?", "!")))


def _only_roles_besides(names: str, authors: list[str]) -> bool:
    """Whether every part of a name list that is not an author reads as a role or affiliation."""
    for segment in _SPLIT_WORDS_ONLY.split(names)[0::2]:
        words = segment.lower().replace(",", " ").split()
        if not words or any(segment.strip().startswith(author) for author in authors):
            continue
        # After a role come its employer and town, whatever they are called.
        return _reads_as_role(segment)
    return True


def _reads_as_role(segment: str) -> bool:
    """Whether a part of a byline after a name reads as a role or affiliation ("Senior Fellow")."""
    words = segment.lower().replace(",", " ").split()
    if any(word in NOT_NAME_WORDS or word in _AFFILIATION_WORDS for word in words):
        return True
    return bool(ROLE_STEMS.search(segment) or ROLE_COMPOUNDS.search(segment))


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
