"""Person names: whether a run of words is one, and how an all-caps one is written.

A person name is 2-5 name words, each capitalised (or all caps), with initials ("J. K."),
hyphens ("Jean-Paul"), apostrophes ("O'Brien") and lower-case particles ("de la", "von der",
"bin") inside. It holds no organisation, section, role, calendar or function word of any language
handled (vocabulary.NOT_NAME_WORDS): "Read More", "The Editorial Board", "Sign In" and
"Tuesday Kyiv" are not people. One-word names ("Madonna") are not accepted: alone on a line they
are far more often a section label than an author.
"""

import re

from articles.importers.vocabulary import HONORIFICS, LOWER_PARTICLES, NOT_NAME_WORDS, PARTICLES

MAX_NAME_WORDS = 5
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}$|^[^\W\d_]$")
# Particles that are also definite articles; "Al", "Van", "Del" do start given names.
_ARTICLES = {"le", "la", "les", "el", "il", "lo", "der", "die", "das", "den", "de", "du", "des",
             "dos", "do", "ter", "ten", "y", "e", "the"}  # fmt: skip
# One-letter articles and conjunctions, never a first initial when written without a full stop.
_ONE_LETTER_ARTICLES = {"a", "o", "i", "y", "e"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def looks_like_person(name: str) -> bool:
    """Whether `name` reads as one person's name (see the module docstring for the rule)."""
    tokens = name.split()
    if not tokens:
        return False
    while tokens and tokens[0].lower() in HONORIFICS:
        tokens = tokens[1:]
    if tokens and tokens[-1].lower().strip(",") in _SUFFIXES:
        tokens = tokens[:-1]
    if not tokens or _INITIALS.match(tokens[-1]):
        return False  # a surname is never an initial: "Editoriali E" is not a name
    if tokens[0].lower() in _ONE_LETTER_ARTICLES or tokens[0].lower().startswith(("l'", "l’")):
        return False  # "A Voz de Douro", "O Globo", "L'Écho de la Loire": a title, not a person
    words = 0
    for position, token in enumerate(tokens):
        lower = token.lower()
        if _INITIALS.match(token):
            if not token[0].isupper():
                return False
            words += 1
            continue
        if not _NAME_TOKEN.match(token):
            return False
        if position == 0 and lower in _ARTICLES:
            return False  # "Le Monde", "El País", "Die Zeit": an article starts no person's name
        if lower in PARTICLES and token.islower():
            if position == 0 or position == len(tokens) - 1:
                return False  # "de la" starts sentences; a name does not end on a particle
            continue
        if not token[0].isupper():
            return False
        if lower.strip(".") in NOT_NAME_WORDS and lower not in PARTICLES:
            return False
        words += 1
    if words < 2 or words > MAX_NAME_WORDS:
        return False
    # At least two real name words, not only initials: "J. K." is not a name.
    return sum(1 for token in tokens if not _INITIALS.match(token) and len(token) > 1) >= 1


def title_case_name(name: str, *, language: str = "") -> str:
    """`name` with its all-caps words written as names are: "MARY O'BRIEN" -> "Mary O'Brien".

    Particles after the first name are lower case ("Jean-Paul de la Fontaine", "Ursula von der
    Leyen"), except in Italian, which writes them capitalised ("Luca De Serra", "Giulia Lo
    Colombo"); an article that starts a surname is capitalised ("Jean-Marie Le Pen"), one after
    "de" is not ("de la Fontaine").
    """
    lower_particles = not language.lower().startswith("it")
    tokens = name.split()
    cased = []
    for index, token in enumerate(tokens):
        lower = lower_particles and (
            token.lower() not in _SURNAME_ARTICLES or tokens[index - 1].lower() in _DE
        )
        cased.append(_title_case_word(token, first=index == 0, lower_particles=lower))
    return " ".join(cased)


# Articles that begin surnames ("Le Pen", "La Russa", "Lo Bianco") unless "de" precedes them.
_SURNAME_ARTICLES = {"le", "la", "lo", "li", "les"}
_DE = {"de", "di", "da", "del", "du"}


def _title_case_word(token: str, *, first: bool, lower_particles: bool = True) -> str:
    letters = [char for char in token if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters) or len(letters) == 1:
        return token  # mixed case is kept as written; an initial stays an initial
    lower = token.lower()
    if lower in _SUFFIXES:
        return token if lower.startswith(("ii", "iv")) else token.capitalize()
    if not first and lower in LOWER_PARTICLES and lower_particles:
        return lower
    parts = re.split(r"([\-'’])", lower)
    cased = []
    for index, part in enumerate(parts):
        if index + 1 < len(parts) and parts[index + 1] in "'’" and len(part) == 1:
            # "O'Brien" keeps its capital; "d'Estaing" inside a name is lower case
            cased.append(part if part in "dl" and not first else part.upper())
        elif index >= 2 and parts[index - 1] in "'’" and len(parts[index - 2]) > 1:
            cased.append(part)  # an apostrophe inside a word: "Мар'яна", "п'ятниця"
        elif part.startswith("mc") and len(part) > 3:
            cased.append("Mc" + part[2:].capitalize())
        else:
            cased.append(part.capitalize())
    return "".join(cased)


def without_honorific(name: str) -> str:
    """`name` without a leading "Dr", "Prof.", "Mme" (a name of two words keeps it)."""
    tokens = name.split()
    while len(tokens) > 2 and tokens[0].lower() in HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens)
