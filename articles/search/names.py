"""Forgiving matching of author, topic and publisher names, and "Did you mean" suggestions.

Names are compared folded (case, accents and punctuation removed) word by word: each word the
user typed must match a word of the name (or of an alias, or the slug) exactly, as a prefix of
at least three letters, or within a small edit distance (one edit from four letters, two from
eight), so `author:kramer`, `author:"david kramer"` and `zelensky` for "Zelenskyy" all match.
Words are compared as name keys (articles.search.transliterate): Cyrillic written in Latin and
spelling variants folded, on both sides, so `author:Зеленський` finds "Volodymyr Zelenskyy"
and `author:zelenskyy` a byline printed in Cyrillic.
Name lists are read per query: thousands of rows, a few milliseconds.
"""

import re
import unicodedata
from bisect import bisect_left

from django.db.models import Q
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract, extractOne

from articles.search import languages, transliterate
from articles.search.query import STOP_WORDS, ParsedQuery

_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case, accent-free words separated by single spaces."""
    if text.isascii():  # nothing to decompose: most names, and ten times faster
        return " ".join(_WORD.findall(text.lower()))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(stripped))


def name_words(text: str) -> list[str]:
    """The name keys of a name's words, as matching compares them ("Зеленський" → zelenski)."""
    # Keyed whole, then split: the key maps letters to letters (or drops a sign), never to a
    # separator, so these are each word's key, at a fraction of the cost.
    return _WORD.findall(transliterate.key(languages.fold(text))) if text else []


def _allowed_edits(word: str) -> int:
    return 2 if len(word) >= 8 else 1 if len(word) >= 4 else 0


def word_matches(typed: str, known: str) -> bool:
    if typed == known or (len(typed) >= 3 and known.startswith(typed)):
        return True
    allowed = _allowed_edits(typed)
    return allowed > 0 and Levenshtein.distance(typed, known, score_cutoff=allowed) <= allowed


def name_matches(typed: str, spellings: list[str]) -> bool:
    """True when every typed word matches a word of one of the spellings."""
    typed_words = name_words(typed)
    if not typed_words:
        return False
    for spelling in spellings:
        known_words = name_words(spelling)
        if all(any(word_matches(t, k) for k in known_words) for t in typed_words):
            return True
    return False


def _matching(model, value: str, extra_fields: tuple[str, ...] = ()) -> list[int]:
    return matching_many(model, [value], extra_fields)[value]


def matching_many(model, values: list[str], extra_fields: tuple[str, ...] = ()) -> dict:
    """The ids of `model` rows each value names, for many values in three queries at most.

    A query may carry ten `author:` filters: reading candidates once for all of them keeps it
    as fast as one (a query per value, each scanning the names, took seconds at thirty).
    """
    values = list(dict.fromkeys(values))
    matched = {value: [] for value in values}
    for pk, slug in model.objects.filter(slug__in=values).values_list("pk", "slug"):
        matched[slug].append(pk)
    typed = {v: name_words(v) for v in values if not matched[v] and name_words(v)}
    if not typed:
        return matched
    fields = ("pk", "name", "slug", "aliases", *extra_fields)
    # Narrow in SQL by the first letters of each word typed, as typed, romanised and as a key
    # ("yulia" for "Iuliia"); typos are tolerated after them. Names in Cyrillic are always
    # candidates: SQL cannot tell that "zelensky" begins "Зеленський". Only a value that shares
    # no beginning with any row (a typo up front, or an accent SQL does not fold, "celik" for
    # "Çelik") is compared with every row.
    stems = {
        start
        for value in typed
        for word in languages.words(value)
        for start in (word[:3], transliterate.romanise(word)[:3], transliterate.key(word)[:3])
    }
    narrowed = Q(name__regex=r"[\u0400-\u04ff]")
    for stem in stems:
        narrowed |= Q(name__icontains=stem) | Q(slug__icontains=stem) | Q(aliases__icontains=stem)
        for field_name in extra_fields:
            narrowed |= Q(**{f"{field_name}__icontains": stem})
    candidates = _NameIndex(model.objects.filter(narrowed).values_list(*fields))
    unnarrowed = []
    for value, words in typed.items():
        if candidates.shares_a_beginning(words):
            matched[value] = candidates.matching(words)
        else:
            unnarrowed.append(value)
    if unnarrowed:
        every_row = _NameIndex(model.objects.values_list(*fields))
        for value in unnarrowed:
            matched[value] = every_row.matching(typed[value])
    return matched


class _NameIndex:
    """Rows of (pk, name, slug, aliases, *extra), folded once and indexed by word.

    A typed word is compared with each distinct known word once (exact, a prefix of three
    letters or more, or a few edits, as word_matches), not once per row and value.
    """

    def __init__(self, rows):
        self.spellings: dict[str, set[tuple[int, int]]] = {}
        for pk, name, slug, aliases, *extra in rows:
            for number, spelling in enumerate([name, slug.replace("-", " "), *aliases, *extra]):
                for word in name_words(spelling or ""):
                    self.spellings.setdefault(word, set()).add((pk, number))
        self.words = sorted(self.spellings)
        self._joined = "\n".join(self.words)

    def shares_a_beginning(self, typed: list[str]) -> bool:
        """Whether a known word holds one of the typed words' first three letters, as the SQL
        narrowing asked (it may have matched on letters SQL folds differently)."""
        return any(word[:3] in self._joined for word in typed)

    def _known(self, typed: str) -> set[str]:
        known = {typed} if typed in self.spellings else set()
        if len(typed) >= 3:
            start = bisect_left(self.words, typed)
            for word in self.words[start:]:
                if not word.startswith(typed):
                    break
                known.add(word)
        allowed = _allowed_edits(typed)
        if allowed:
            close = extract(
                typed, self.words, scorer=Levenshtein.distance, score_cutoff=allowed, limit=None
            )
            known.update(word for word, _, _ in close)
        return known

    def matching(self, typed: list[str]) -> list[int]:
        """Ids of rows with one spelling in which every typed word matches a word."""
        found = None
        for word in typed:
            places = set().union(*(self.spellings[k] for k in self._known(word)))
            found = places if found is None else found & places
        return sorted({pk for pk, _ in found or ()})


def matching_authors(value: str) -> list[int]:
    from articles.models import Author

    return _matching(Author, value)


def matching_topics(value: str) -> list[int]:
    from articles.models import Topic

    return _matching(Topic, value)


def matching_publishers(value: str) -> list[int]:
    from articles.models import Publisher

    return _matching(Publisher, value, ("domain",))


def matching_names(field_name: str, values: list[str]) -> dict[str, list[int]]:
    """For `author`, `topic` or `publisher` filter values, the ids each one names."""
    from articles.models import Author, Publisher, Topic

    if field_name == "publisher":
        return matching_many(Publisher, values, ("domain",))
    return matching_many(Author if field_name == "author" else Topic, values)


# --- Suggestions ----------------------------------------------------------------------------------
def _vocabulary() -> list[str]:
    """Words a correction may use: names of public authors, topics and outlets, recent titles.

    Only names a published article carries: a suggestion must not reveal a name that appears
    only on hidden articles.
    """
    from articles.models import Article, Author, Publisher, Topic
    from articles.selectors import public_entities

    words: set[str] = set()
    for model in (Author, Topic, Publisher):
        for name in public_entities(model=model).values_list("name", flat=True):
            words.update(fold(name).split())
    titles = Article.objects.published().order_by("-pk").values_list("title", flat=True)[:20000]
    for title in titles:
        words.update(fold(title).split())
    return sorted(w for w in words if len(w) >= 3 and w not in STOP_WORDS)


def _closest(word: str, vocabulary: list[str]) -> str:
    if _allowed_edits(word) == 0:
        return word
    best = extractOne(
        word, vocabulary, scorer=Levenshtein.distance, score_cutoff=_allowed_edits(word)
    )
    return best[0] if best else word


def suggest_query(query: str, parsed: ParsedQuery) -> str:
    """The query with misspelt words and names replaced by their closest known spelling."""
    vocabulary = _vocabulary()
    known = set(vocabulary)
    suggestion = query
    for word in dict.fromkeys(parsed.words()):
        if word in known:
            continue
        closest = _closest(word, vocabulary)
        if closest != word:
            suggestion = re.sub(rf"(?i)(?<!\w){re.escape(word)}(?!\w)", closest, suggestion)
    for field_name, values in (("author", parsed.authors), ("topic", parsed.topics)):
        named = _publicly_named(field_name, values)
        for value in values:
            if value in named:
                continue
            closest = " ".join(_closest(w, vocabulary) for w in fold(value).split())
            if closest != fold(value):
                suggestion = suggestion.replace(value, closest)
    return suggestion if suggestion != query else ""


def _publicly_named(field_name: str, values: list[str]) -> set[str]:
    """The values naming a public author or topic (a hidden-only name does not count)."""
    from articles.models import Author, Topic
    from articles.selectors import public_entities

    if not values:
        return set()
    matched = matching_names(field_name, values)
    model = Author if field_name == "author" else Topic
    every = {pk for ids in matched.values() for pk in ids}
    public = set(public_entities(model=model).filter(pk__in=every).values_list("pk", flat=True))
    return {value for value, ids in matched.items() if public.intersection(ids)}
