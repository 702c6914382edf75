"""Forgiving matching of author, topic and publisher names, and "Did you mean" suggestions.

Names are compared folded (case, accents and punctuation removed) word by word: each word the
user typed must match a word of the name (or of an alias, or the slug) exactly, as a prefix of
at least three letters, or within a small edit distance (one edit from four letters, two from
eight), so `author:kramer`, `author:"david kramer"` and `zelensky` for "Zelenskyy" all match.
Name lists are read per query: thousands of rows, a few milliseconds.
"""

import re
import unicodedata

from django.db.models import Q
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extractOne

from articles.search.query import STOP_WORDS, ParsedQuery

_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case, accent-free words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(stripped))


def _allowed_edits(word: str) -> int:
    return 2 if len(word) >= 8 else 1 if len(word) >= 4 else 0


def word_matches(typed: str, known: str) -> bool:
    if typed == known or (len(typed) >= 3 and known.startswith(typed)):
        return True
    allowed = _allowed_edits(typed)
    return allowed > 0 and Levenshtein.distance(typed, known, score_cutoff=allowed) <= allowed


def name_matches(typed: str, spellings: list[str]) -> bool:
    """True when every typed word matches a word of one of the spellings."""
    typed_words = fold(typed).split()
    if not typed_words:
        return False
    for spelling in spellings:
        known_words = fold(spelling).split()
        if all(any(word_matches(t, k) for k in known_words) for t in typed_words):
            return True
    return False


def _matching(model, value: str, extra_fields: tuple[str, ...] = ()) -> list[int]:
    exact = list(model.objects.filter(slug=value).values_list("pk", flat=True))
    if exact:
        return exact
    typed = fold(value).split()
    if not typed:
        return []
    fields = ("pk", "name", "slug", "aliases", *extra_fields)
    # Narrow in SQL by the first letters of each word typed; typos are tolerated after them.
    # Only when no row shares any of those beginnings (a typo up front, or an accent SQL does
    # not fold, "celik" for "Çelik") is every row compared.
    narrowed = Q(pk__in=[])
    for stem in {word[:3] for word in typed}:
        narrowed |= Q(name__icontains=stem) | Q(slug__icontains=stem) | Q(aliases__icontains=stem)
        for field_name in extra_fields:
            narrowed |= Q(**{f"{field_name}__icontains": stem})
    candidates = list(model.objects.filter(narrowed).values_list(*fields))
    if candidates:
        return _matching_rows(candidates, value)
    return _matching_rows(model.objects.values_list(*fields), value)


def _matching_rows(rows, value: str) -> list[int]:
    matched = []
    for pk, name, slug, aliases, *extra in rows:
        spellings = [name, slug.replace("-", " "), *aliases, *extra]
        if name_matches(value, [s for s in spellings if s]):
            matched.append(pk)
    return matched


def matching_authors(value: str) -> list[int]:
    from articles.models import Author

    return _matching(Author, value)


def matching_topics(value: str) -> list[int]:
    from articles.models import Topic

    return _matching(Topic, value)


def matching_publishers(value: str) -> list[int]:
    from articles.models import Publisher

    return _matching(Publisher, value, ("domain",))


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
        for value in values:
            if _matching_names(field_name, value):
                continue
            closest = " ".join(_closest(w, vocabulary) for w in fold(value).split())
            if closest != fold(value):
                suggestion = suggestion.replace(value, closest)
    return suggestion if suggestion != query else ""


def _matching_names(field_name: str, value: str) -> bool:
    """Whether a public author or topic answers to `value` (a hidden-only name does not)."""
    from articles.models import Author, Topic
    from articles.selectors import public_entities

    if field_name == "author":
        model, ids = Author, matching_authors(value)
    else:
        model, ids = Topic, matching_topics(value)
    return bool(ids) and public_entities(model=model).filter(pk__in=ids).exists()
