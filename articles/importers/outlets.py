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

from articles.importers.dates import is_date_line
from articles.importers.names import looks_like_person

_SOURCE_LINE = re.compile(
    r"^(?:(?P<from>from|de|da|aus|из|з|від|z)|(?P<source>source|sources|fuente|quelle|fonte|"
    r"джерело|источник|źródło)|(?:erschienen|veröffentlicht) in|opublikowano w|"
    r"(?:уперше |вперше |впервые )?"
    r"(?:опубліковано|опубликовано)(?: в| у| на)?)\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_REPUBLISHED = re.compile(
    r"^(?:"
    # English
    r"(?:this (?:article|piece|essay|column|op-ed|commentary|story) (?:was |is |has been )?)?"
    r"(?:originally |first )?(?:published|appeared|ran)(?: originally| first)? (?:in|by|on|at)"
    r"|"
    # French
    r"(?:cet(?:te)? (?:article|tribune|texte|chronique) )?(?:a |avait )?"
    r"(?:(?:initialement|d['’]abord|originellement) )?(?:été )?"
    r"(?:publiée?|parue?)(?: initialement| d['’]abord)? (?:dans|par|sur)"
    r"|"
    # Spanish and Portuguese
    r"(?:este (?:artículo|articulo|artigo|texto) )?(?:fue |foi |se |ha sido )?"
    r"(?:publicad[oa]|publicó|publico)"
    r"(?: originalmente| originariamente| inicialmente| por primera vez)? "
    r"(?:en|por|em|no|na|pelo|pela)"
    r"|"
    # German
    r"(?:dieser (?:artikel|beitrag|text) )?(?:ist )?(?:zuerst |ursprünglich |erstmals )?"
    r"(?:erschienen|erschien|veröffentlicht)(?: zuerst| ursprünglich)? (?:in|bei|im|auf)"
    r"|"
    # Italian
    r"(?:questo articolo (?:è stato |è )?)?(?:originariamente |originalmente )?"
    r"(?:pubblicato|apparso|uscito)(?: originariamente| originalmente)? (?:su|sul|sulla|in|nel|da)"
    r"|"
    # Ukrainian, Russian, Polish
    r"(?:(?:tekst|artykuł) )?ukazał się(?: pierwotnie| po raz pierwszy)? w:?|"
    r"(?:матеріал )?(?:вперше |уперше |впервые |pierwotnie )?"
    r"(?:опубліковано|опублікований|опубликовано|опубликован|opublikowano|opublikowany)"
    r"(?: вперше| впервые)? (?:в|у|на|w|na)(?: виданні| издании| газеті| газете| журналі| журнале)?"
    r")\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# "Copyright" counts when it opens the line or precedes a mark or a year: "Reform the
# copyright rules" is a headline.
_COPYRIGHT_MARK = re.compile(
    r"©|\(c\)|^\s*copyright\b|\bcopyright\s*(?=©|\(c\)|\d{4})", re.IGNORECASE
)
# Registration numbers that follow a company's name in a footer: never an outlet.
_LEGAL_ID = re.compile(
    r"^(?:p\.?\s?iva|vat|cif|nif|nipc|cnpj|siret|siren|rcs|ust-?id|registered|company no|"
    r"инн|огрн|єдрпоу|krs|regon|nip)\b",
    re.IGNORECASE,
)
_RIGHTS_RESERVED = re.compile(
    r"(?:all|some) rights reserved|tous droits réservés|todos los derechos reservados|"
    r"alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|"
    r"все права защищены|усі права захищені|всі права захищені|всі права захищено|"
    r"wszelkie prawa zastrzeżone|reproduction interdite",
    re.IGNORECASE,
)
IMAGE_CREDIT = re.compile(
    r"\b(?:photos?|photograph(?:y|s)?|pictures?|images?|illustrations?|fotos?|fotografía|"
    r"fotografia|foto|bild|bildquelle|фото|ілюстрація|иллюстрация|getty images|shutterstock|"
    r"alamy|istock)\b",
    re.IGNORECASE,
)
_YEARS = re.compile(r"(?<!\d)\d{4}(?:\s*[-–]\s*\d{2,4})?(?!\d)")
_LEGAL_FORMS = (
    r"limited|ltd\.?|gmbh|s\.\s?a\.?|sa|s\.\s?l\.?|sl|s\.p\.a\.?|spa|inc\.?|llc|plc|ag|"
    r"sas|sarl|ltda\.?|llp|co\.?|corp\.?|pty|kg|ооо|тов|пат|oy|ab|bv|nv|se|sp\.\s?z\s?o\.\s?o\.?"
)
# Words a publishing company adds to its title's name.
_COMPANY_WORDS = {
    "media", "group", "publishing", "publications", "holdings", "newspapers", "communications",
    "company", "verlag", "mediengruppe", "verlagsgruppe", "gruppe", "grupo", "groupe", "gruppo",
    "editora", "éditions", "ediciones", "edizioni",
}  # fmt: skip
_COMPANY = re.compile(rf"\s(?:{_LEGAL_FORMS})(?=[\s,]|$)", re.IGNORECASE)
_LEGAL_SUFFIX = re.compile(
    rf"[\s,]+(?:& co\.? kg|{_LEGAL_FORMS})$",
    re.IGNORECASE,
)
# Small words allowed inside an outlet's name when a capitalised word follows ("Le Monde
# diplomatique" is a gap: its last word is lower case).
_NAME_CONNECTORS = {
    "of", "the", "and", "&", "de", "du", "des", "la", "le", "les", "del", "di", "della", "el",
    "y", "e", "für", "und", "der", "die", "das", "do", "da", "dos", "am", "an", "im", "zu", "in",
    "w", "na", "nad", "z", "on", "upon", "sur", "en", "delle", "degli", "dei", "dello", "dal",
    "sul", "nel", "vom", "zum", "zur",
}  # fmt: skip
_MAX_OUTLET_WORDS = 8
_SECTION_WORDS = {
    "section", "edition", "issue", "supplement", "column", "rubrique", "cahier", "sección",
    "seccion", "suplemento", "ressort", "beilage", "sezione", "inserto", "caderno", "рубриці",
    "рубрике", "розділі", "разделе",
}  # fmt: skip


def outlet_from_line(text: str) -> tuple[str, str] | None:
    """(outlet, how the line states it) for a source, republication or copyright line."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text or len(text.split()) > 30:
        return None
    if IMAGE_CREDIT.search(text):
        return None  # "Photo: © Reuters" credits a picture, not the article
    if is_date_line(text):
        return None  # "Published on Jun 7, 2014": a date, not a place of publication
    source_line = _SOURCE_LINE.match(text)
    if source_line:
        outlet = _outlet_named(source_line.group("rest"))
        if source_line.group("from") and looks_like_person(outlet):
            return None  # "From: Jane Doe" heads a forwarded letter: a person is not an outlet
        stated_from = source_line.group("from") or source_line.group("source")
        how = "From line" if stated_from else "originally published line"
        return (outlet, how) if outlet else None
    republished = _REPUBLISHED.match(text)
    if republished:
        outlet = _outlet_named(republished.group("rest"))
        return (outlet, "originally published line") if outlet else None
    rights = _RIGHTS_RESERVED.search(text)
    copyright_mark = _COPYRIGHT_MARK.search(text)
    # A bare "© Name" is how pictures are credited; an article's copyright line states a year,
    # the word "copyright", a company ("GmbH", "S.p.A.") or that rights are reserved.
    after_mark = text[copyright_mark.start() :] if copyright_mark else ""
    stated = _YEARS.search(after_mark) or "copyright" in text.lower() or _COMPANY.search(text)
    if not (rights or (copyright_mark and stated)):
        return None
    if copyright_mark and not rights and len(text[: copyright_mark.start()].split()) > 3:
        return None  # a mark at the end of a caption: "… the plant closed. © PAP 1986"
    # The owner follows the mark ("All content © 2019 The Outlet"), or precedes the rights
    # phrase when there is no mark ("El País. Todos los derechos reservados").
    outlet = _copyright_owner(after_mark) or _copyright_owner(text)
    # "© 2019 Jane Doe": the author holds the copyright; that names no outlet.
    return (outlet, "copyright line") if outlet and not looks_like_person(outlet) else None


def _copyright_owner(text: str) -> str:
    rest = _RIGHTS_RESERVED.sub(" ", text)
    rest = _COPYRIGHT_MARK.sub(" ", rest)
    rest = _YEARS.sub(" ", rest)
    rest = re.sub(r"^[\s.,:;|·•\-–—]+", "", rest)
    # "© Copyright The Outlet", "© 2019 by The Outlet"
    rest = re.sub(
        r"^(?:copyright\s+)?(?:(?:by|par|por|von|di|de|da)\s+)?", "", rest, flags=re.IGNORECASE
    )
    if _LEGAL_ID.match(rest):
        return ""  # "© 2022 - Tutti i diritti riservati - P.IVA 0187…": the name precedes
    return _outlet_named(rest)


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
        connects = word.lower() in _NAME_CONNECTORS and _capitalised_after(tokens, index)
        if _capitalised(word) or word == "&" or (kept and (word[0].isdigit() or connects)):
            kept.append(word)
        elif kept and _is_cyrillic(word) and len(word) > 3:
            kept.append(word)  # "Українська правда", "Новая газета": lower case after the first
        else:
            break
        if word != token or len(kept) >= _MAX_OUTLET_WORDS:
            break  # a comma or full stop ends the name
    following = tokens[len(kept)] if len(kept) < len(tokens) else ""
    if following.lower().strip(",.") in _SECTION_WORDS:
        return ""  # "appeared in the Leaders section of the print edition": a section
    outlet = " ".join(kept)
    while True:
        stripped = _LEGAL_SUFFIX.sub("", outlet)
        if stripped == outlet:
            break
        outlet = stripped
    outlet = _without_company_words(outlet.strip(" ,.&"))
    if not outlet or not outlet[0].isupper():
        return ""
    if all(word.lower() in _NAME_CONNECTORS for word in outlet.split()):
        return ""  # "The": nothing is named
    return outlet


def _without_company_words(outlet: str) -> str:
    """The title a publishing company is named after: "Westmoor Gazette Media" -> "Westmoor
    Gazette", "The New York Times Company" -> "The New York Times". Two words at least stay,
    so "Associated Newspapers" is kept whole."""
    words = outlet.split()
    while len(words) > 2 and words[-1].lower() in _COMPANY_WORDS:
        words.pop()
        while len(words) > 2 and words[-1].lower() in {"&", "and", "und", "et", "y", "e"}:
            words.pop()
    return " ".join(words)


def _capitalised_after(tokens: list[str], index: int) -> bool:
    """Whether the connectors from `index` on lead to a capitalised word ("Écho de la Loire")."""
    for token in tokens[index + 1 :]:
        if token.lower() not in _NAME_CONNECTORS:
            return _capitalised(token)
    return False


def _capitalised(word: str) -> bool:
    """Whether a word starts with a capital, after an elided article: "L'Écho", "l'Ouest"."""
    if word[:1].isupper():
        return True
    return bool(re.match(r"^[ld]['’]", word, re.IGNORECASE)) and word[2:3].isupper()


def _is_cyrillic(word: str) -> bool:
    return all("\u0400" <= char <= "\u04ff" or not char.isalpha() for char in word)
