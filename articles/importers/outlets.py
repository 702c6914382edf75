"""The outlet a line names: "From: X", "Originally published in X", copyright lines.

Accepted, in every language handled:

- a source line: "From: The Outlet", "Source: The Outlet", "Fuente:", "Quelle:", "Fonte:",
  "Джерело:", "Источник:" (provenance "From line");
- a republication note: "Originally published in/by The Outlet", "This article first appeared in
  X", "Publié dans Le Monde", "Publicado originalmente en El País", "Zuerst erschienen bei X",
  "Pubblicato su X", "Publicado originalmente no X", "Вперше опубліковано на X" ("originally
  published line");
- a copyright line: "© 2019 Guardian News & Media Limited", "Copyright © Le Monde 2017. Tous
  droits réservés.", "© Todos los derechos reservados El País" ("copyright line").

The outlet is the run of capitalised words the line names, with legal suffixes ("Limited",
"GmbH", "S.A.", "Inc.") and what follows them (", München", "or its affiliated companies")
dropped. Not accepted: a rights phrase naming nobody ("Alle Rechte vorbehalten"), a copyright held
by a person ("© 2019 Jane Doe": the author, not the outlet), and ordinary sentences.
"""

import re
import unicodedata

from articles.importers.names import looks_like_person

_SOURCE_LINE = re.compile(
    r"^(?:from|source|sources|fuente|quelle|fonte|джерело|источник|źródło)\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_REPUBLISHED = re.compile(
    r"^(?:"
    # English
    r"(?:this (?:article|piece|essay|column|op-ed|commentary|story) (?:was |is |has been )?)?"
    r"(?:originally |first )?(?:published|appeared|ran)(?: originally| first)? (?:in|by|on|at)"
    r"|"
    # French
    r"(?:cet article (?:a été )?|cette tribune (?:a été )?)?(?:initialement |d['’]abord )?"
    r"(?:publiée?|parue?)(?: initialement| d['’]abord)? (?:dans|par|sur)"
    r"|"
    # Spanish and Portuguese
    r"(?:este (?:artículo|articulo|artigo|texto) (?:fue |foi |se )?)?(?:publicad[oa])"
    r"(?: originalmente| originariamente| inicialmente)? (?:en|por|em|no|na|pelo|pela)"
    r"|"
    # German
    r"(?:dieser (?:artikel|beitrag|text) )?(?:ist )?(?:zuerst |ursprünglich |erstmals )?"
    r"(?:erschienen|erschien|veröffentlicht)(?: zuerst| ursprünglich)? (?:in|bei|im|auf)"
    r"|"
    # Italian
    r"(?:questo articolo (?:è stato )?)?(?:originariamente |originalmente )?"
    r"(?:pubblicato|apparso)(?: originariamente| originalmente)? (?:su|sul|sulla|in|nel|da)"
    r"|"
    # Ukrainian, Russian, Polish
    r"(?:матеріал )?(?:вперше |уперше |впервые |pierwotnie )?"
    r"(?:опубліковано|опублікований|опубликовано|опубликован|opublikowano|opublikowany)"
    r"(?: вперше| впервые)? (?:в|у|на|w|na)"
    r")\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_RIGHTS_RESERVED = re.compile(
    r"(?:all|some) rights reserved|tous droits réservés|todos los derechos reservados|"
    r"alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|"
    r"все права защищены|усі права захищені|всі права захищені|всі права захищено|"
    r"wszelkie prawa zastrzeżone|reproduction interdite",
    re.IGNORECASE,
)
_YEARS = re.compile(r"(?<!\d)\d{4}(?:\s*[-–]\s*\d{2,4})?(?!\d)")
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:limited|ltd\.?|gmbh|s\.\s?a\.?|sa|s\.\s?l\.?|sl|s\.p\.a\.?|spa|inc\.?|llc|plc|ag|"
    r"sas|sarl|ltda\.?|llp|co\.?|corp\.?|pty|kg|& co\.? kg|ооо|тов|пат|oy|ab|bv|nv)$",
    re.IGNORECASE,
)
# Small words allowed inside an outlet's name when a capitalised word follows ("Le Monde
# diplomatique" is a gap: its last word is lower case).
_NAME_CONNECTORS = {
    "of", "the", "and", "&", "de", "du", "des", "la", "le", "les", "del", "di", "della", "el",
    "y", "e", "für", "und", "der", "die", "das", "do", "da", "dos",
}  # fmt: skip
_MAX_OUTLET_WORDS = 8


def outlet_from_line(text: str) -> tuple[str, str] | None:
    """(outlet, how the line states it) for a source, republication or copyright line."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text or len(text.split()) > 30:
        return None
    source_line = _SOURCE_LINE.match(text)
    if source_line:
        outlet = _outlet_named(source_line.group("rest"))
        return (outlet, "From line") if outlet else None
    republished = _REPUBLISHED.match(text)
    if republished:
        outlet = _outlet_named(republished.group("rest"))
        return (outlet, "originally published line") if outlet else None
    rights = _RIGHTS_RESERVED.search(text)
    if _COPYRIGHT_MARK.search(text) or rights:
        rest = _RIGHTS_RESERVED.sub(" ", text)
        rest = _COPYRIGHT_MARK.sub(" ", rest)
        rest = _YEARS.sub(" ", rest)
        rest = re.sub(r"^[\s.,:;|·•\-–—]+", "", rest)
        outlet = _outlet_named(rest)
        # "© 2019 Jane Doe": the author holds the copyright; that names no outlet.
        return (outlet, "copyright line") if outlet and not looks_like_person(outlet) else None
    return None


def _outlet_named(rest: str) -> str:
    """The outlet name a line's remainder starts with, or "" when it does not start with one."""
    tokens = rest.strip(" \"'“”«»").split()
    while tokens and tokens[0] in _NAME_CONNECTORS:
        tokens = tokens[1:]  # "in der Süddeutschen Zeitung", "in the Guardian"
    if not tokens:
        return ""
    first = tokens[0].strip(",.;:")
    if re.fullmatch(r"(?:https?://)?(?:www\.)?([\w-]+\.)+[a-z]{2,}/?", first, re.IGNORECASE):
        return re.sub(r"^(?:https?://)?(?:www\.)?", "", first).rstrip("/").lower()
    kept: list[str] = []
    for index, token in enumerate(tokens):
        word = token.rstrip(",.;:!?)")
        if not word:
            break
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        connects = word.lower() in _NAME_CONNECTORS and following[:1].isupper()
        if word[0].isupper() or word == "&" or (kept and (word[0].isdigit() or connects)):
            kept.append(word)
        elif kept and _is_cyrillic(word) and len(word) > 3:
            kept.append(word)  # "Українська правда", "Новая газета": lower case after the first
        else:
            break
        if word != token or len(kept) >= _MAX_OUTLET_WORDS:
            break  # a comma or full stop ends the name
    outlet = " ".join(kept)
    while True:
        stripped = _LEGAL_SUFFIX.sub("", outlet)
        if stripped == outlet:
            break
        outlet = stripped
    outlet = outlet.strip(" ,.&")
    if not outlet or not outlet[0].isupper():
        return ""
    if all(word.lower() in _NAME_CONNECTORS for word in outlet.split()):
        return ""  # "The": nothing is named
    return outlet


def _is_cyrillic(word: str) -> bool:
    return all("\u0400" <= char <= "\u04ff" or not char.isalpha() for char in word)
