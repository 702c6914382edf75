"""The archive's query language, parsed once into a small tree that each backend compiles.

    sanctions russia            words are ANDed
    "minsk agreements"          an exact phrase
    nato OR eu                  either side (binds tighter than AND, looser than NEAR)
    (nato OR eu) sanctions      parentheses group, and may nest
    -oligarchs  -"war crimes"   exclude a word, a phrase or a group: -(nato OR eu)
    sanction*                   prefix
    title:sanctions  title:"war crimes"  body:oil  title:(war crimes)   only in the title, body
    sanctions NEAR/5 oil  "sanctions oil"~5   at most 5 words apart, in either order
    author:kramer  author:"David J. Kramer"  topic:sanctions  publisher:"Kyiv Independent"
    genre:editorial  genre:letter          op-ed, editorial, letter, analysis, interview, review
    -author:kramer  (author:kramer OR topic:nato)   filters negate and combine like words
    after:2022-01  before:2022-06-30      year, month or day

Any input parses: unbalanced quotes and parentheses close at the end, stray operators and syntax
characters are dropped, words are reduced to letters and digits, lower-cased, accents folded.
Nothing the user types reaches SQL or an FTS5 MATCH expression except as a bound parameter or as
a word of letters and digits.
A query is cut to MAX_TERMS words and phrases and MAX_FILTERS filters, and says so (`notices`).
"""

import calendar
from dataclasses import dataclass, field
from datetime import date

from articles.importers.normalize import parse_iso_date
from articles.search import languages
from articles.search.tree import AnyOf, Filter, Not, Term, engine_can_match

MAX_QUERY_LENGTH = 500
# How much of a name (an author:, topic:, publisher: or genre: value, or a filter) is matched.
MAX_NAME_LENGTH = 100
MAX_TERMS = 12
MAX_FILTERS = 10
MAX_PHRASE_WORDS = 8
# NEAR without a number, as in FTS5; PostgreSQL checks each distance up to the largest allowed.
NEAR_DISTANCE = 10
MAX_NEAR_DISTANCE = 10
MAX_DEPTH = 6  # parentheses nested deeper are read as if they were not there
# Each filter field and the ParsedQuery list its plain (positive, ANDed) values go to.
FILTER_FIELDS = {
    "author": "authors",
    "topic": "topics",
    "publisher": "publishers",
    "genre": "genres",
}
FIELD_NAMES = (*FILTER_FIELDS, "after", "before")

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

__all__ = ["ParsedQuery", "Term", "date_bound", "parse_query"]


@dataclass
class ParsedQuery:
    """What a query asks for. Text and filters are ANDed; each list holds one kind of part.

    `groups` are ANDed groups of ORed text nodes (a plain query's groups hold Terms only);
    `excluded` text nodes must not match; `authors` … `genres` are plain filters; `conditions`
    are the parts no text engine matches by itself (`-author:x`, `author:a OR topic:b`,
    `nato OR author:x`), compiled to SQL by articles.search.conditions.
    """

    groups: list[tuple] = field(default_factory=list)
    excluded: list = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    genres: list[str] = field(default_factory=list)  # as typed; see articles.search.genre_value
    conditions: list = field(default_factory=list)
    after: date | None = None
    before: date | None = None
    dropped_stop_words: bool = False
    notices: list[str] = field(default_factory=list)  # what was cut, in the reader's words

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
            or self.conditions
            or self.after
            or self.before
        )

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.excluded or self.has_filters)

    def words(self) -> list[str]:
        """Every positive word, in order, for suggestions and highlighting."""
        from articles.search.tree import positive_terms

        return [
            word
            for group in self.groups
            for node in group
            for term in positive_terms(node)
            for word in term.words
        ]


def _words(text: str) -> list[str]:
    """Folded words, as the index holds them before stemming (articles.search.languages)."""
    return languages.words(text)


def _term(text: str, *, quoted: bool, scope: str = "") -> Term | None:
    prefix = not quoted and text.endswith("*")
    words = _words(text)
    if not quoted:
        words = [w for w in words if w not in STOP_WORDS] or []
    words = words[:MAX_PHRASE_WORDS]
    if not words:
        return None
    if quoted and all(w in STOP_WORDS for w in words):
        return None
    return Term(tuple(words), prefix=prefix and len(words) == 1, scope=scope)


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
    from articles.search.reader import read_query

    for node in read_query(text, parsed):
        if isinstance(node, Filter):
            getattr(parsed, FILTER_FIELDS[node.field]).append(node.value)
        elif isinstance(node, Not) and engine_can_match(node.child):
            parsed.excluded.append(node.child)
        elif engine_can_match(node):
            parsed.groups.append(node.children if isinstance(node, AnyOf) else (node,))
        else:
            parsed.conditions.append(node)
    return parsed
