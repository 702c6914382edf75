"""People on a page: bylines ("By A and B", "Par A et B", "Por A y B", "Von A und B"), a
"Name: Headline" line, closing bio lines, and a letter's signature ("Name, Town")."""

import re

_NAME_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_NAME_PARTICLES = {
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "do",
    "la", "le", "bin", "al", "y", "ten", "zu",
}  # fmt: skip
# A role or job after a name ("X, Senior Staff Technologist, Y Project", "X, profesora de …").
ROLE_WORDS = re.compile(
    r"\b(?:director|fellow|professor|lecturer|president|chair(?:man|woman|person)?|founder|"
    r"co-founder|writer|author|editor|columnist|correspondent|journalist|reporter|analyst|"
    r"advis[eo]r|adviser|consultant|researcher|scholar|scientist|ambassador|diplomat|minister|"
    r"secretary|official|member|head|ceo|executive|partner|lawyer|attorney|historian|economist|"
    r"commentator|contributor|candidate|student|associate|manager|coordinator|officer|expert|"
    r"specialist|strategist|veteran|retired|formerly|former|served|serves|teaches|comments|"
    r"writes|lives|works|technologist|engineer|activist|physician|doctor|teacher|"
    r"profesora?|catedrátic[oa]|periodista|escritora?|investigadora?|directora?|economista|"
    r"analista|abogad[oa]|politólog[oa]|columnista|professeure?|journaliste|chercheuse|"
    r"chercheur|directrice|directeur|écrivaine?|avocate?|économiste|politologue|"
    r"professorin|journalistin|autorin|autor|direktorin|direktor|ökonomin|ökonom|"
    r"wissenschaftlerin|wissenschaftler|politologin|politologe|schriftstellerin|schriftsteller|"
    r"rechtsanwältin|rechtsanwalt|giornalista|scrittrice|scrittore|ricercatrice|ricercatore|"
    r"docente|avvocat[oa]|jornalista|pesquisadora?|advogad[oa]|professora?|"
    r"журналістка|журналіст|журналист|професорка|професор|профессор|експертка|експерт|эксперт|"
    r"аналітик|аналитик|редактор|директор|письменниця|письменник|писатель|історик|историк|"
    r"політолог|политолог|економіст|экономист|дослідниця|дослідник)\b",
    re.IGNORECASE,
)
# What links a name to its bio: "X is …", "X, …", "X est …", "X ist …", "X — …".
_BIO_LINK = re.compile(
    r"^(?:,| is\b| was\b| has\b| est\b| es\b| ist\b| war\b| è\b| é\b| foi\b| fue\b| a été\b|"
    r" є\b| был[аи]?\b| —| –| -| \(| (?=[a-zа-яіїєґ]))"
)
_BYLINE = re.compile(
    r"^(?:by|written by|author|authors|words by|story by|text by|por|escrito por|texto de|"
    r"texto|par|écrit par|un article de|de|von|text von|autor|autorin|autore|di|a cura di|"
    r"автор|авторка|автори|текст|door|przez|napisał[a]?)\s*:?\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_NAME_LIST_SPLIT = re.compile(
    r"\s*(?:,\s*(?:and|et|y|e|und|і|и|та|i)\s+|,\s*|\s+(?:and|et|y|e|und|і|и|та|i)\s+|\s*&\s*)\s*"
)
_NOT_PERSON_WORDS = {
    "the", "of", "and", "news", "daily", "times", "post", "journal", "review", "institute",
    "university", "union", "states", "council", "ministry", "department", "agency", "group",
    "committee", "house", "court", "party", "nations", "republic", "kingdom", "federation",
    "independent", "monitor", "press", "media", "editorial", "board", "staff", "opinion",
    "project", "foundation", "center", "centre", "reuters", "agencies", "redacción",
    "rédaction", "redaktion", "redazione", "редакція", "редакция", "comité", "consejo",
}  # fmt: skip
_NOTE_PREFIX = re.compile(
    r"^(?:note|about the authors?|author(?:'s)? (?:note|bio)|bio|sobre el autor|"
    r"sobre la autora|à propos de l'auteur|l'auteur|über den autor|über die autorin|"
    r"l'autore|sobre o autor|про автора|об авторе)\s*[:\-–—]\s*",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[a-z0-9)”\"’][.!?])\s+(?=[A-Z])")


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


def looks_like_person(name: str) -> bool:
    """Two or more name words, none of them an institution's ("Institute", "Times")."""
    tokens = name.replace(".", ". ").split()
    if len(tokens) < 2:
        return False
    return not any(token.lower().strip(".") in _NOT_PERSON_WORDS for token in tokens)


def _uncap(text: str) -> str:
    """ "JEAN-PIERRE DUPONT" -> "Jean-Pierre Dupont"; mixed-case text is left alone."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters):
        return text
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), text)


def parse_byline(text: str) -> list[str] | None:
    """The people a short byline line names ("By A, B and C", "POR ANA PÉREZ"), else None."""
    if len(text.split()) > 16:
        return None
    match = _BYLINE.match(text.strip())
    if not match:
        return None
    names = split_names(match.group("names"))
    return names or None


def split_names(names: str) -> list[str]:
    """Whole person names in a byline's name list; a role after a name ends the list."""
    names = re.split(
        r"\s+[|·•/]\s+|\s+[—–-]\s+|\s+(?:on|published|updated|le|el|am|il|em|publié|publicado)\s",
        names,
    )[0]
    names = _uncap(names.strip(" ."))
    result = []
    for part in _NAME_LIST_SPLIT.split(names):
        part = part.strip(" .")
        if ROLE_WORDS.search(part):
            break  # "Jane Doe, Senior Staff Technologist, Y Project": the rest is her role
        found = leading_name(part)
        # Only whole person names: "By Tuesday, Kyiv had fallen" names nobody.
        if found and found[0] == part:
            result.append(part)
        elif result:
            break
    return result


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


def parse_bio_line(text: str) -> tuple[str, str] | None:
    """(name, bio line) when `text` reads like a note about its author, else None."""
    text = _NOTE_PREFIX.sub("", text)
    found = leading_name(text)
    if not found or len(text.split()) > 90:
        return None
    name, end = found
    rest = text[end:]
    if not _BIO_LINK.match(rest):
        return None
    # The role must come early: "X is Managing Director …", "X, formerly a senior adviser …".
    if not ROLE_WORDS.search(" ".join(rest.split()[:10])):
        return None
    return name, text


def has_note_prefix(text: str) -> bool:
    """Whether the line opens with a label such as "NOTE:" or "About the author:"."""
    return _NOTE_PREFIX.match(text) is not None


def strip_note_prefix(text: str) -> str:
    """The line without a "NOTE:"-style label."""
    return _NOTE_PREFIX.sub("", text)


def split_bios(name: str, text: str) -> list[tuple[str, str]]:
    """One (name, bio) per author when a note describes several: "A is …. B is …."."""
    bios = [(name, "")]
    for sentence in _SENTENCE_SPLIT.split(text):
        bio = parse_bio_line(sentence)
        if bio and bio[0] != bios[-1][0] and bios[-1][1]:
            bios.append((bio[0], sentence))
        else:
            bios[-1] = (bios[-1][0], f"{bios[-1][1]} {sentence}".strip())
    return bios


def parse_signature(text: str) -> tuple[str, str] | None:
    """(name, place) for a letter's signature line: "Jane Doe, Leeds", "— Ana Pérez, Cádiz"."""
    text = text.strip().lstrip("—–-").strip()
    ends_sentence = text.endswith((".", "!", "?", ":")) and not text[-2:-1].isupper()
    if len(text.split()) > 10 or ends_sentence:
        return None
    name, _, place = text.partition(",")
    found = leading_name(name.strip())
    if not found or found[0] != name.strip() or ROLE_WORDS.search(place):
        return None
    place = place.strip()
    # The place is one to four capitalised words ("Leeds", "Saint-Denis, France").
    if place and not re.fullmatch(r"(?:[A-ZÀ-ÝА-ЯІЇЄҐ][\w’'.-]*[ ,]*){1,5}", place):
        return None
    return found[0], place
