"""People a page names: bylines, closing bio notes and letters' signatures (and outlet lines).

Pure functions over one line of text, for the text-dump and HTML readers alike. What a person
name is, and how an all-caps one is written, lives in `names`; `outlet_from_line` lives in
`outlets` and is re-exported here.

- A *byline* is a marker ("By", "Written by", "Opinion by", "Par", "Por", "Von", "Di", "Da",
  "De", "Автор:", "Авторка:", "Від" …) followed by names joined by commas or conjunctions (and, &,
  with, et, avec, y, con, e, und, mit, ed, и, і, та), or a line of all-caps names alone. What
  follows a name and is not a name is its role or affiliation, never another author: "By Jane
  Doe, Senior Fellow, Brookings" names Jane Doe only; after a role only a conjunction starts
  another author. A trailing date, "| Updated …", "(@handle)" or "· 5 min read" is cut first.
  A marker followed by an organisation ("By The Editorial Board", "Por la Redacción") names
  nobody: the piece is unsigned.
- A *bio note* starts with a name (or names joined by a conjunction), then a link ("is", ",",
  "—", "(", "est", "es", "ist", "è", "é", "є", "является" …, or nothing: "X president of Y"),
  and says within its first words what the person does (a role word in any language handled).
  "About the author:", "L'auteur :", "El autor:", "Der Autor:" and "NOTE:" labels are dropped.
- A *signature* is "Name, Place[, Region]" where each place part is 1-4 capitalised words
  holding no role or organisation word: "Jane Doe, Senior Fellow" is a bio, not a signature.

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
from articles.importers.outlets import IMAGE_CREDIT as _IMAGE_CREDIT
from articles.importers.outlets import outlet_from_line
from articles.importers.vocabulary import (
    DATE_LEAD_INS,
    NEWS_AGENCIES,
    NOT_NAME_WORDS,
    ORGANISATION_WORDS,
    ROLE_WORDS,
)

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
# Where the names of a byline stop: a separator, a handle, a reading time or a date lead-in.
_BYLINE_TAIL = re.compile(
    rf"\s+[|·•—–]\s*|\s[(@]|\s+\d+\s*(?:min|minutes?|мин|хв)\b|"
    rf"[\s,;]+(?:{DATE_LEAD_INS})\b",
    re.IGNORECASE,
)
# "with" joins a co-author too: "By Jane Doe with John Roe".
_CONJUNCTION = r"(?:and|&|et|y|e|und|ed|и|і|та|i|oraz|with|avec|con|mit|com)"
_SPLIT = re.compile(
    rf"(\s*,\s*{_CONJUNCTION}\s+|\s+{_CONJUNCTION}\s+|\s*&\s*|\s*,\s*|\s*;\s*)", re.IGNORECASE
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
    marker = _BYLINE_MARKER.match(text)
    if marker:
        # All-caps words are written as names are; mixed-case ones stay as written.
        names = title_case_name(_cut_tail(text[marker.end() :]), language=language)
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
    return bool(_ROLE_STEMS.search(segment) or _ROLE_COMPOUNDS.search(segment))


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
    r"про автор(?:а|ку|ів)|об авторе|o autorze)"
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
    r"politolog|dziennikar|profesor|badacz|ekonomist|historyk|pisarz|redaktor|"
    # former offices and columns, in each language
    r"minist|embaj|embaix|botschaft|früher|antig|exemb|exminist|był|колумніст|колумнист|"
    r"оглядач|обозревател|felietonist|publicyst|kolumnist|columnista|colunista|editorialist|"
    r"chroniqu|éditorialiste|сотрудник|співробітни|кандидат|direkt|dyrektor|wissenschaft|"
    r"politoloż|ambasciat)",
    re.IGNORECASE,
)
# German and Dutch write roles as compounds ("Politikwissenschaftlerin"): found inside words.
_ROLE_COMPOUNDS = re.compile(
    r"(?:wissenschaftler|forscher|professor|direktor|leiter|experte|expertin|redakteur|"
    r"korrespondent|berater|kolumnist|ökonom|historiker|politolog|botschafter|minister)",
    re.IGNORECASE,
)
_BIO_PREPOSITIONS = {
    "of", "at", "for", "in", "de", "du", "des", "à", "del", "en", "di", "a", "da", "do", "der",
    "am", "an", "bei", "für", "w", "z", "в", "у", "з", "із", "при", "and", "et", "y", "e", "und",
    "і", "та", "и",
}  # fmt: skip
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
    if _BYLINE_MARKER.match(text) and parse_byline(text):
        return None  # "Von Monika Mayer, Ökonomin" is a byline with a role
    # Candidate name ends: after each of the first words, longest first.
    ends = [match.end() for match in re.finditer(r"\S+", text)][:12]
    for end in reversed(ends[1:]):
        head, rest = text[:end], text[end:]
        if head.endswith(","):
            head, rest = head[:-1], "," + rest
        singular = _BIO_LINK.match(rest) or _verbless_role(rest)
        plural = _PLURAL_LINK.match(rest)
        if not singular and not plural:
            continue  # checked first: it is cheaper than reading the head as names
        names = _head_names(head)
        link = plural if len(names) > 1 else singular
        if not names or not link:
            continue
        if head.isupper() and rest.lstrip().startswith(("—", "–", "-")):
            return None  # "PONTA DELGADA — …": a dateline opening the body, not a bio
        # The link counts: "X teaches history at Yale" says what X does in its verb.
        described = " ".join(rest.split()[:12])
        if not _ROLE_STEMS.search(described) and not _ROLE_COMPOUNDS.search(described):
            return None
        return [title_case_name(name) for name in names], text
    return None


def _verbless_role(rest: str) -> re.Match | None:
    """A role straight after the name, as copied notes drop the verb: "X president of Y".

    Only in a short note, and with a preposition just after the role ("president of", "директор
    з"): a long paragraph that happens to open with two capitalised words and a noun is prose.
    """
    words = rest.split()
    if not rest.startswith(" ") or not words or not words[0][:1].islower() or len(words) > 40:
        return None
    if not any(word.lower() in _BIO_PREPOSITIONS for word in words[1:3]):
        return None
    return _ROLE_STEMS.match(words[0])


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
    if not text or len(text.split()) > 14 or _BYLINE_MARKER.match(text):
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
    credited = town.lower() in NEWS_AGENCIES or _IMAGE_CREDIT.search(place)
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
