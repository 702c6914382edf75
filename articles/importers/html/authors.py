"""Who wrote the page: bylines split into people, and the names the page states for them.

A byline names people, roles ("Editorial Board") and affiliations; only people become authors.
Every stated source counts (JSON-LD, meta tags, byline elements), de-duplicated in byline order.
"""

import re
from urllib.parse import urlsplit

from articles.importers.base import ExtractedAuthor
from articles.importers.normalize import clean_text, collapse_spaces

# Bylines that name a role or a desk rather than a person.
_GENERIC_BYLINES = {
    "admin",
    "administrator",
    "commentary",
    "contributor",
    "contributors",
    "correspondent",
    "desk",
    "editor",
    "editorial",
    "editorial board",
    "editorial staff",
    "editorials",
    "editors",
    "guest",
    "guest author",
    "guest contributor",
    "letters",
    "letters to the editor",
    "news desk",
    "newsroom",
    "opinion",
    "opinion contributor",
    "opinions",
    "our correspondent",
    "our opinion",
    "our view",
    "staff",
    "staff reporter",
    "staff writer",
    "staff writers",
    "the editorial board",
    "the editors",
    "unknown",
    "web desk",
}
# "Times Editorial Board", "Post Staff", "Opinion Desk": an outlet's name plus a role.
_GENERIC_BYLINE_ENDING = re.compile(
    r"\b(editorial board|editorial staff|editors|editorial|staff|desk|newsroom|opinion)$", re.I
)
# Words that mark a comma-separated part of a byline as a job or an affiliation, not a name.
_ROLE_WORDS = re.compile(
    r"\b(professor|fellow|director|editor|editors|columnist|writer|contributor|correspondent|"
    r"reporter|president|chair|chairman|chairwoman|founder|ceo|author|analyst|researcher|"
    r"lecturer|senator|member|secretary|minister|ambassador|economist|scholar|student|"
    r"university|institute|college|center|centre|foundation|council|school|staff|opinion)\b",
    re.I,
)
_NAME_PARTICLES = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le"}
_NAME_PARTICLES |= {"bin", "bint", "al", "el", "y", "dos", "das", "ter", "ten", "st."}
# "By", and the same word in the languages the archive holds ("Par", "Por", "Von", "Di", "Door").
_BYLINE_PREFIX = re.compile(r"^\s*(?:(?:written\s+)?by|par|por|von|door|af|av|di)\s*:?\s+", re.I)
# Captured so the reader knows whether a part followed a comma (maybe a bio) or an "and".
_BYLINE_SPLIT = re.compile(
    r"(\s*[;|]\s*|\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s+with\s+|\s+[-\u2013\u2014]\s+)", re.I
)
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "ph.d", "md", "m.d", "esq"}


def _person_name(value: str) -> str:
    return collapse_spaces(clean_text(value)).strip(" ,;:-|")


def looks_like_person(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or re.search(r"\d|@|https?:|www\.", name):
        return False
    if _ROLE_WORDS.search(name):
        return False
    # Scripts without case (Chinese, Arabic, ...) have no lower-case letters to object to.
    return all(not word[0].islower() or word.lower() in _NAME_PARTICLES for word in words)


def _is_generic_byline(name: str, publisher: str) -> bool:
    key = name.casefold().removeprefix("the ").strip()
    if name.casefold() in _GENERIC_BYLINES or key in _GENERIC_BYLINES:
        return True
    if publisher and key == publisher.casefold().removeprefix("the ").strip():
        return True
    return bool(_GENERIC_BYLINE_ENDING.search(name))


def split_byline(byline: str, *, publisher: str = "") -> list[ExtractedAuthor]:
    """Split a byline such as "By A, B and C" into people, dropping role words and outlets."""
    # A comma part that reads as a job or affiliation ("Jane Doe, professor of law") becomes the
    # bio of the name before it.
    tokens = _BYLINE_SPLIT.split(_BYLINE_PREFIX.sub("", _person_name(byline)))
    pieces = [_BYLINE_PREFIX.sub("", _person_name(piece)) for piece in tokens[0::2]]
    separators = ["", *(separator.strip().lower() for separator in tokens[1::2])]
    if _is_surname_first(pieces, separators):
        pieces, separators = [f"{pieces[1]} {pieces[0]}"], [""]
    authors: list[ExtractedAuthor] = []
    extending_bio = False
    for piece, separator in zip(pieces, separators, strict=True):
        if not piece:
            continue
        if extending_bio and separator in ("and", "&"):
            # "professor at Yale and Columbia": the "and" belongs to the affiliation.
            authors[-1].bio += f" {separator} {piece}"
            continue
        extending_bio = False
        if authors and piece.lower().rstrip(".") in _NAME_SUFFIXES:
            authors[-1].name += f", {piece}"
        elif _is_generic_byline(piece, publisher):
            continue
        elif looks_like_person(piece):
            authors.append(ExtractedAuthor(name=piece))
        elif authors and separator == "," and not authors[-1].bio and not re.search(r"\d", piece):
            authors[-1].bio = piece
            extending_bio = True
    return _unique_authors(authors)


def _is_surname_first(pieces: list[str], separators: list[str]) -> bool:
    """True for "Doe, Jane": one person written surname first, not two one-word people."""
    return (
        len(pieces) == 2
        and separators[1] == ","
        and all(len(piece.split()) == 1 and looks_like_person(piece) for piece in pieces)
        and pieces[1].lower().rstrip(".") not in _NAME_SUFFIXES
    )


def _unique_authors(authors: list[ExtractedAuthor]) -> list[ExtractedAuthor]:
    seen: set[str] = set()
    unique = []
    for author in authors:
        if author.name.casefold() not in seen:
            seen.add(author.name.casefold())
            unique.append(author)
    return unique


def split_catalogue_name(value: str, *, publisher: str = "") -> list[ExtractedAuthor]:
    """One author from a library-style tag (citation_author, DC.creator), which writes one
    person per tag and often surname first: "Le Goff, Bastien" -> "Bastien Le Goff"."""
    parts = [part.strip() for part in _person_name(value).split(",")]
    if len(parts) == 2 and all(parts):
        surname, given = parts
        given_words = [word for word in given.split() if not re.fullmatch(r"\w\.", word)]
        if (
            len(given_words) == 1
            and given.lower().rstrip(".") not in _NAME_SUFFIXES
            and looks_like_person(surname)
            and looks_like_person(given)
            and len(surname.split()) <= 4
        ):
            return [ExtractedAuthor(name=f"{given} {surname}")]
    return split_byline(value, publisher=publisher)


def name_key(name: str) -> str:
    """A name compared across sources: case, accents-as-written and "Doe, Jane" order ignored."""
    if name.count(",") == 1:
        surname, given = (part.strip() for part in name.split(","))
        if given and given.lower().rstrip(".") not in _NAME_SUFFIXES:
            name = f"{given} {surname}"
    return " ".join(re.sub(r"[.\u2019']", " ", name).casefold().split())


def merge_authors(*sources: list[ExtractedAuthor]) -> list[ExtractedAuthor]:
    """Every author the sources name, once each, in the order first seen; a bio found anywhere
    is kept."""
    merged: dict[str, ExtractedAuthor] = {}
    for authors in sources:
        for author in authors:
            key = name_key(author.name)
            if key not in merged:
                merged[key] = ExtractedAuthor(name=author.name, bio=author.bio)
            elif author.bio and not merged[key].bio:
                merged[key].bio = author.bio
    return list(merged.values())


def in_byline_order(
    authors: list[ExtractedAuthor], byline: list[ExtractedAuthor]
) -> list[ExtractedAuthor]:
    """Metadata authors reordered as the visible byline prints them, the byline's extra names
    added (metadata often lists only the first author)."""
    if not byline or not {name_key(a.name) for a in byline} & {name_key(a.name) for a in authors}:
        return authors
    return merge_authors(byline, authors)


def name_from_profile_url(url: str) -> str:
    """ "https://x.example/authors/jane-doe/" -> "Jane Doe": used only when nothing else names
    the author, and then marked inferred."""
    path = [part for part in urlsplit(url).path.split("/") if part]
    if len(path) < 2 or not re.search(r"author|people|profile|writer|staff|contributor", path[-2]):
        return ""
    words = [word for word in re.split(r"[-_+]", path[-1]) if word]
    if not 2 <= len(words) <= 4 or any(not word.isalpha() for word in words):
        return ""
    name = " ".join(
        word if word.lower() in _NAME_PARTICLES else word.capitalize() for word in words
    )
    return name if looks_like_person(name) else ""


# "Jane Doe is a professor of law at Yale." / "Jane Doe teaches history at ..." / "— Jane Doe
# was the mayor of ...": a closing paragraph that introduces its writer.
_BIO_OPENING = re.compile(
    r"^[\W_]*(?P<name>[^\W\d_][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,4}?)\s*,?\s+"
    r"(?:is|was|has been|are|were|serves as|teaches|writes|works|leads|directs|heads|"
    r"es|est|ist|\u00e8|\u00e9|foi|fue|\u2014|\u2013|-)\s",
)
# Words of a job or an affiliation, in the archive's languages ("at", "à", "en", "an der", ...).
_BIO_ROLE_HINT = re.compile(
    r"\b(?:at|of|for|in|author|professor|fellow|director|editor|columnist|writer|journalist|"
    r"founder|researcher|lecturer|contributor|correspondent|former|chair|president|senior|"
    r"à|au|aux|de|du|des|chez|auteur|autrice|professeur|professeure|chercheur|chercheuse|"
    r"ancien|ancienne|directeur|directrice|journaliste|en|del|autor|autora|profesor|profesora|"
    r"investigador|investigadora|director|directora|periodista|exc?\w+|am|an|der|bei|für|"
    r"autorin|professorin|wissenschaftler|wissenschaftlerin|ehemalige|ehemaliger|"
    r"journalistin|leiter|leiterin|di|della|presso|professoressa|giornalista|da|do|na|no|"
    r"в|у|из|з|институт\w*|інститут\w*|координатор\w*|эколог\w*|еколог\w*|журналист\w*|"
    r"журналіст\w*|профессор\w*|професор\w*|директор\w*|эксперт\w*|експерт\w*|"
    r"обозреватель|оглядач|колумнист\w*|публицист\w*)\b",
    re.I,
)


def closing_bio_name(paragraph: str, authors: list[ExtractedAuthor]) -> str:
    """The name a closing bio paragraph introduces, or "" when it is not one.

    With stated authors, the paragraph must name one of them (or a surname); without, it must
    read as "<a person's name> is a <role> at <place>".
    """
    text = paragraph.strip()
    if len(text) > 400 or text.count(". ") > 3:
        return ""
    match = _BIO_OPENING.match(text)
    if not match or not _BIO_ROLE_HINT.search(text[match.end() :]):
        return ""
    name = match.group("name").strip()
    dash_form = text[match.end("name") :].lstrip(" ,").startswith(("\u2014", "\u2013", "-"))
    for author in authors:
        surname = author.name.split()[-1]
        if name_key(name) == name_key(author.name) or name_key(name) == name_key(surname):
            return author.name
    if authors or dash_form or not looks_like_person(name) or len(name.split()) < 2:
        return ""
    return name


def is_byline(text: str) -> bool:
    """ "By Jane Doe | 5 March" is a byline; "By the time the vote came, ..." is prose."""
    if len(text) > 120 or not _BYLINE_PREFIX.match(text):
        return False
    first_part = _BYLINE_SPLIT.split(_BYLINE_PREFIX.sub("", text), maxsplit=1)[0]
    return looks_like_person(first_part) or _is_generic_byline(first_part, "")


def is_generic_byline(name: str, *, publisher: str = "") -> bool:
    """True for a byline naming a role, a desk or the outlet itself rather than a person."""
    return _is_generic_byline(name, publisher)
