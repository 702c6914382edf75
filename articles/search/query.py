"""The archive's query language, parsed once into a small tree that each backend compiles.

    sanctions russia            words are ANDed
    "minsk agreements"          an exact phrase
    nato OR eu                  either side (binds tighter than AND)
    -oligarchs  -"war crimes"   exclude a word or a phrase
    sanction*                   prefix
    author:kramer  author:"David J. Kramer"  topic:sanctions  publisher:"Kyiv Independent"
    genre:editorial  genre:letter          op-ed, editorial, letter, analysis, interview, review
    after:2022-01  before:2022-06-30      year, month or day

Any input parses: unbalanced quotes close at the end, stray operators and syntax characters are
dropped, words are reduced to letters and digits. Nothing the user types reaches SQL or an FTS5
MATCH expression except as a bound parameter or as a word of letters and digits.
"""

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from articles.importers.normalize import parse_iso_date

MAX_QUERY_LENGTH = 500
# How much of a name (an author:, topic:, publisher: or genre: value, or a filter) is matched.
MAX_NAME_LENGTH = 100
MAX_TERMS = 12
MAX_PHRASE_WORDS = 8
FIELD_NAMES = ("author", "topic", "publisher", "genre", "after", "before")

# PostgreSQL's English stop words (its snowball list): PostgreSQL drops them from queries, so
# the SQLite backend drops them too and both answer alike.
STOP_WORDS = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "what",
        "which",
        "who",
        "whom",
        "this",
        "that",
        "these",
        "those",
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "a",
        "an",
        "the",
        "and",
        "but",
        "if",
        "or",
        "because",
        "as",
        "until",
        "while",
        "of",
        "at",
        "by",
        "for",
        "with",
        "about",
        "against",
        "between",
        "into",
        "through",
        "during",
        "before",
        "after",
        "above",
        "below",
        "to",
        "from",
        "up",
        "down",
        "in",
        "out",
        "on",
        "off",
        "over",
        "under",
        "again",
        "further",
        "then",
        "once",
        "here",
        "there",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "no",
        "nor",
        "not",
        "only",
        "own",
        "same",
        "so",
        "than",
        "too",
        "very",
        "s",
        "t",
        "can",
        "will",
        "just",
        "don",
        "should",
        "now",
    ]
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TOKEN = re.compile(
    r"""(?P<neg>-)?(?:(?P<field>[A-Za-z]+):)?(?:"(?P<quoted>[^"]*)"?|(?P<bare>[^\s"]+))""",
)


@dataclass(frozen=True)
class Term:
    """A word (one entry in `words`) or an exact phrase (several), optionally a prefix."""

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass
class ParsedQuery:
    groups: list[tuple[Term, ...]] = field(default_factory=list)  # ANDed groups of ORed terms
    excluded: list[Term] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    genres: list[str] = field(default_factory=list)  # as typed; see articles.search.genre_value
    after: date | None = None
    before: date | None = None
    dropped_stop_words: bool = False

    @property
    def has_text(self) -> bool:
        return bool(self.groups)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.authors
            or self.topics
            or self.publishers
            or self.genres
            or self.after
            or self.before
        )

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.excluded or self.has_filters)

    def words(self) -> list[str]:
        """Every positive word, in order, for suggestions and highlighting."""
        return [word for group in self.groups for term in group for word in term.words]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _term(text: str, *, quoted: bool) -> Term | None:
    prefix = not quoted and text.endswith("*")
    words = _words(text)
    if not quoted:
        words = [w for w in words if w not in STOP_WORDS] or []
    words = words[:MAX_PHRASE_WORDS]
    if not words:
        return None
    if quoted and all(w in STOP_WORDS for w in words):
        return None
    return Term(tuple(words), prefix=prefix and len(words) == 1)


def date_bound(value: str, *, end: bool) -> date | None:
    """First (or, with `end`, last) day of the year, month or day `value` names."""
    start, precision = parse_iso_date(value)
    if start is None or not end:
        return start
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def parse_query(text: str | None) -> ParsedQuery:
    """Parse user input into a ParsedQuery; never raises."""
    parsed = ParsedQuery()
    text = (text or "")[:MAX_QUERY_LENGTH].replace("\x00", " ")
    pending_or = False
    terms = 0
    for match in _TOKEN.finditer(text):
        negated = bool(match.group("neg"))
        field_name = (match.group("field") or "").lower()
        quoted = match.group("quoted") is not None
        value = match.group("quoted") if quoted else (match.group("bare") or "")

        if field_name in FIELD_NAMES:
            _apply_field(parsed, field_name, value.strip())
            continue
        if field_name:  # "foo:bar" with an unknown field is just words
            value = f"{field_name} {value}"
        if not quoted and value == "OR" and not negated:
            pending_or = bool(parsed.groups)
            continue
        if terms >= MAX_TERMS:
            break
        term = _term(value, quoted=quoted)
        if term is None:
            parsed.dropped_stop_words = parsed.dropped_stop_words or bool(_words(value))
            continue
        terms += 1
        if negated:
            parsed.excluded.append(term)
        elif pending_or:
            parsed.groups[-1] = (*parsed.groups[-1], term)
        elif not quoted and len(term.words) > 1:
            # "U.S.-led" or "e-mail" split into several words: each must match.
            parsed.groups.extend((Term((word,)),) for word in term.words)
        else:
            parsed.groups.append((term,))
        pending_or = False
    return parsed


def _apply_field(parsed: ParsedQuery, name: str, value: str) -> None:
    if not value:
        return
    if name == "author":
        parsed.authors.append(value[:MAX_NAME_LENGTH])
    elif name == "topic":
        parsed.topics.append(value[:MAX_NAME_LENGTH])
    elif name == "publisher":
        parsed.publishers.append(value[:MAX_NAME_LENGTH])
    elif name == "genre":
        parsed.genres.append(value[:MAX_NAME_LENGTH])
    elif name == "after":
        parsed.after = date_bound(value, end=False) or parsed.after
    elif name == "before":
        parsed.before = date_bound(value, end=True) or parsed.before
