"""People in a dump: the shared byline, bio and signature parsers (`articles.importers.people`),
plus what only dumps need: a "Name: Headline" line and "NOTE:"-style labels on closing notes."""

import re

from articles.importers import people as shared
from articles.importers.people import (
    looks_like_person,
    outlet_from_line,
    parse_byline,
    parse_signature,
    title_case_name,
)
from articles.importers.vocabulary import ROLE_STEMS

__all__ = [
    "CREDIT_LABELS",
    "byline_names",
    "has_note_prefix",
    "leading_name",
    "looks_like_person",
    "named_headline",
    "outlet_from_line",
    "parse_bio_line",
    "parse_byline",
    "parse_signature",
    "split_bios",
    "strip_note_prefix",
    "title_case_name",
]

_NAME_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_NAME_PARTICLES = {
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "do",
    "la", "le", "bin", "al", "y", "ten", "zu",
}  # fmt: skip
_NOTE_PREFIX = re.compile(
    r"^(?:note|about the authors?|author(?:'s)? (?:note|bio)|bio|sobre el autor|"
    r"sobre la autora|à propos de l'auteur|l'auteur|über den autor|über die autorin|"
    r"l'autore|sobre o autor|про автора|об авторе)\s*[:\-–—]\s*",
    re.IGNORECASE,
)


def leading_name(text: str) -> tuple[str, int] | None:
    """The person-like name a text starts with ("David J. Kramer", "Jānis Bērziņš") and where
    it ends, or None. Names are two to five capitalised words, initials and particles."""
    tokens: list[str] = []
    ends: list[int] = []
    for match in re.finditer(r"\S+", text):
        word = match.group()
        core = word.rstrip(",:;")
        is_initial = re.fullmatch(r"[^\W\d_]\.", core) is not None and core[0].isupper()
        is_name = (
            _NAME_WORD.fullmatch(core) is not None
            and core[0].isupper()
            and not (core.isupper() and len(core) > 1)
        )
        is_particle = core in _NAME_PARTICLES and bool(tokens)
        if not (is_initial or is_name or is_particle) or len(tokens) == 5:
            break
        tokens.append(core)
        ends.append(match.start() + len(core))
        if core != word:
            break  # a comma or colon closes the name
    while tokens and tokens[-1] in _NAME_PARTICLES:
        tokens.pop()
        ends.pop()
    if len(tokens) < 2:
        return None
    name = " ".join(tokens)
    return (name, ends[-1]) if looks_like_person(name) else None


def named_headline(text: str) -> tuple[str, str] | None:
    """("Name", "Headline") for lines like "Jane Doe: Why sanctions work"."""
    if len(text.split()) > 25:
        return None
    found = leading_name(text)
    if not found:
        return None
    name, end = found
    match = re.match(r"\s*:\s+(?P<title>\S.{3,})$", text[end:])
    return (name, match.group("title")) if match else None


def has_note_prefix(text: str) -> bool:
    """Whether the line opens with a label such as "NOTE:" or "About the author:"."""
    return _NOTE_PREFIX.match(text) is not None


def strip_note_prefix(text: str) -> str:
    """The line without a "NOTE:"-style label."""
    return _NOTE_PREFIX.sub("", text)


def parse_bio_line(text: str) -> tuple[str, str] | None:
    """(name, bio) for a closing note about the author, including verbless notes
    ("Jane Doe president of the Example Institute and …") that copied pages often carry."""
    found = shared.parse_bio_line(text)
    if found:
        return found
    text = strip_note_prefix(text)
    named = leading_name(text)
    if not named or not text[named[1] : named[1] + 2].strip(" ").islower():
        return None
    name, end = named
    # Without a verb the role comes first ("Jane Doe former president of …"): a capitalised
    # pair opening a line of prose that names a role only later is no note about a person.
    if not ROLE_STEMS.search(" ".join(text[end:].split()[:_VERBLESS_ROLE_WORDS])):
        return None
    # Read it as "Name is …": the shared parser then checks the role words.
    return (name, text) if shared.parse_bio_line(f"{name} is{text[end:]}") else None


_VERBLESS_ROLE_WORDS = 3
_LOOSE_MARKER = re.compile(
    r"^(?:un (?:texte|article|billet) de|une chronique de|una columna de|un art[ií]culo de|"
    r"texto de|ein (?:beitrag|text) von|um texto de|un testo di|interview(?:ed)? by|"
    r"entretien réalisé par|entrevista de|intervista di|розмовля(?:в|ла)|беседова(?:л|ла)|"
    r"записа(?:в|ла)|записал[аи]?)\s+",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*:\s*(?P<rest>\S.*)$")
# Labels that credit a picture, not the text.
CREDIT_LABELS = {
    "photo", "photos", "foto", "fotos", "фото", "image", "images", "imagen", "illustration",
    "ilustración", "illustrazione", "ілюстрація", "иллюстрация", "credit", "crédito", "source",
    "fuente", "quelle", "fonte", "джерело", "источник", "video", "vídeo", "відео", "видео",
    "grafik", "graphic", "map", "karte", "mapa", "карта",
}  # fmt: skip
_LIST_SPLIT = re.compile(
    r"\s*,\s*(?:and|et|y|e|und|і|и|та|i)\s+|\s*,\s*|\s+(?:and|et|y|e|und|і|и|та|i|&)\s+"
)


def _person_names(text: str) -> list[str]:
    """The leading people in a name list ("A, B і C, role …"); stops at the first non-name.

    What follows the names must be a role after a comma: "True Ambition and the Future of
    Climate" is a headline, not a byline.
    """
    names = []
    text = text.strip(" .")
    position = 0
    for match in [*_LIST_SPLIT.finditer(text), None]:
        end = match.start() if match else len(text)
        part = text[position:end].strip(" .")
        name = title_case_name(part) if part.isupper() else part
        if not looks_like_person(name):
            separator = text[position - 2 : position] if position else ""
            return names if names and "," in separator else []
        names.append(name)
        if match is None:
            break
        position = match.end()
    return names


def byline_names(text: str) -> list[str]:
    """The people a byline names, in the forms pages print: "By A and B", "Текст: A",
    "Un texte de A", a bare "A, B і C", a name and its role; capitals title-cased."""
    if len(text.split()) > 16:
        return []
    names = parse_byline(text)
    if names:
        return [title_case_name(name) if name.isupper() else name for name in names]
    marker = _LOOSE_MARKER.match(text)
    if marker:
        return _person_names(text[marker.end() :])
    label = _LABEL.match(text)
    if label:
        if label.group("label").casefold() in CREDIT_LABELS:
            return []
        return _person_names(label.group("rest"))
    return _person_names(text)


# Sentence ends, but not after an initial ("Pierre B. Nowak").
_BIO_SENTENCE = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[^\W\d_])|(?<=[\d)”\"’][.!?])\s+(?=\w)")


def split_bios(text: str) -> list[tuple[str, str]]:
    """One (name, bio) per author a closing note describes: "A is …. B, a …, is …."."""
    bios: list[tuple[str, str]] = []
    text = strip_note_prefix(text)
    for sentence in _BIO_SENTENCE.split(text):
        found = parse_bio_line(sentence)
        if found and found[0] not in {name for name, _ in bios}:
            bios.append((found[0], sentence))
        elif bios:
            name, previous = bios[-1]
            bios[-1] = (name, f"{previous} {sentence}")
    return bios or shared.split_bios(text)
