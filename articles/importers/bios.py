"""Closing notes about the author: "Jane Doe is a senior fellow at …", in nine languages.

A bio note starts with a name (or names joined by a conjunction), then a link ("is", ",", "—",
"(", "est", "es", "ist", "è", "é", "є", "является", "jest" …, or none at all in a short note: "X
president of Y"), and says within its first words what the person does (a role word or stem in
any language handled, `vocabulary.ROLE_STEMS`). "About the author:", "L'auteur :", "El autor:",
"Der Autor:", "Об авторе:" and "NOTE:" labels are dropped from the note returned. A byline with
a role ("Von Monika Mayer, Ökonomin") is not a note; "Name, Role" alone is one.
"""

import re
import unicodedata

from articles.importers.bylines import BYLINE_MARKER, CONJUNCTION, parse_byline
from articles.importers.names import looks_like_person, title_case_name
from articles.importers.vocabulary import ROLE_COMPOUNDS, ROLE_STEMS

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
_BIO_PREPOSITIONS = {
    "of", "at", "for", "in", "de", "du", "des", "à", "del", "en", "di", "a", "da", "do", "der",
    "am", "an", "bei", "für", "w", "z", "в", "у", "з", "із", "при", "and", "et", "y", "e", "und",
    "і", "та", "и",
}  # fmt: skip
# A job title the vocabulary does not list, known by its form: "is a Senior Staff Widgeteer at
# the Open Grid Project" (a capitalised role phrase, then where the person holds it).
_TITLED_ROLE = re.compile(
    r"^\s+(?:is|was|serves as) (?:a|an|the) (?:[A-Z][\w'’-]+ ){0,4}[A-Z][\w'’-]+,? "
    r"(?:at|with|of|for) (?:the )?[A-Z]"
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
    if BYLINE_MARKER.match(text) and parse_byline(text):
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
        if not (
            ROLE_STEMS.search(described)
            or ROLE_COMPOUNDS.search(described)
            or _TITLED_ROLE.match(rest)
        ):
            return None
        return [title_case_name(name) for name in names], text
    return None


def _verbless_role(rest: str) -> re.Match | None:
    """A role straight after the name, as copied notes drop the verb: "X president of Y".

    Only with a preposition or conjunction just after the role ("president of", "директор з"):
    a paragraph that happens to open with two capitalised words and a noun is prose.
    """
    words = rest.split()
    if not rest.startswith(" ") or len(words) < 2 or not words[0][:1].islower():
        return None
    if words[1].lower() not in _BIO_PREPOSITIONS:
        return None
    return ROLE_STEMS.match(words[0])


def _head_names(head: str) -> list[str]:
    """The person, or the people joined by a conjunction, that a bio note starts with."""
    if looks_like_person(head):
        return [head]
    parts = re.split(rf"\s+{CONJUNCTION}\s+|\s*,\s*", head, flags=re.IGNORECASE)
    if len(parts) > 1 and all(looks_like_person(part) for part in parts):
        return parts
    return []
