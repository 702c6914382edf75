"""Snippets: about SNIPPET_WORDS words of the original body around the best match, marked.

Cut in Python, alike for both databases: the index holds stems (articles.search.languages),
which neither engine's snippet function could map back to the words as printed. Each word of
the body is stemmed as the index stemmed it; the words whose tokens a positive query term
looks for are marked between SNIPPET_START and SNIPPET_END, in the body's own spelling, case
and accents. The text is not escaped here: the `highlight` template filter escapes the whole
snippet, then turns the sentinels into <mark>.
"""

import re
from bisect import bisect_left

from articles.search import languages
from articles.search.query import ParsedQuery
from articles.search.tree import positive_terms

# A word as printed: a letter or digit, then letters, digits and combining marks (a decomposed
# "é" is one word, not "e" and a stray accent).
_PRINTED_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff])*")
# Words of context kept before the first match of the snippet.
CONTEXT_BEFORE = 6


def matched_snippets(ids: list[int], parsed: ParsedQuery, *, opening_first: bool) -> dict:
    """Snippets for these article ids, in one query. `opening_first`: look for the match in the
    opening OPENING_CHARACTERS first, and in the whole body only where the opening has none."""
    from articles.models import Article

    terms = [term for group in parsed.groups for node in group for term in positive_terms(node)]
    snippets = {}
    for pk, language, body in Article.objects.filter(pk__in=ids).values_list(
        "pk", "language", "body"
    ):
        tag = languages.tag_of(language)
        wanted = _wanted_tokens(terms, tag)
        snippet = ""
        if opening_first and len(body) > OPENING_CHARACTERS:
            snippet = snippet_of(_opening(body), tag, wanted, whole=body)
        snippets[pk] = snippet or snippet_of(body, tag, wanted) or _opening_words(body)
    return snippets


# Where a huge result set was ranked on the articles' openings, the match is mostly there: the
# opening alone is read first, and the whole body only when it holds no match.
OPENING_CHARACTERS = 1500


def _opening(body: str) -> str:
    cut = body[:OPENING_CHARACTERS]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def _opening_words(body: str) -> str:
    from articles.search import opening_words

    return opening_words(body)


def _wanted_tokens(terms, tag: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The tokens the terms look for in a body of this language: exact ones, and prefixes."""
    position = languages.TAGS.index(tag)
    exact, prefixes = set(), []
    for term in terms:
        tokens = languages.phrase_forms(term.words)[position]
        if term.prefix:
            prefixes.extend(tokens)
        else:
            exact.update(tokens)
    return frozenset(exact), tuple(prefixes)


def snippet_of(body: str, tag: str, wanted, *, whole: str | None = None) -> str:
    """The marked snippet of `body` around its best match, or "" when no word matches.

    `whole`: the full body `body` is the opening of, to say whether text follows the snippet.
    """
    from articles.search import SNIPPET_END, SNIPPET_START, SNIPPET_WORDS

    exact, prefixes = wanted
    spans = [(m.start(), m.end()) for m in _PRINTED_WORD.finditer(body)]
    tokens = _tokens(body, spans, tag)
    matched = [
        i
        for i, word_tokens in enumerate(tokens)
        if any(t in exact or t.startswith(prefixes) for t in word_tokens)
    ]
    if not matched:
        return ""
    first, last = _best_window(matched, len(spans), SNIPPET_WORDS)
    hits = set(matched[bisect_left(matched, first) :])
    pieces, cursor = [], spans[first][0]
    for i in range(first, last):
        start, end = spans[i]
        pieces.append(body[cursor:start])
        word = body[start:end]
        pieces.append(f"{SNIPPET_START}{word}{SNIPPET_END}" if i in hits else word)
        cursor = end
    more_follows = last < len(spans) or (whole is not None and len(whole) > len(body))
    return ("… " if first else "") + "".join(pieces) + (" …" if more_follows else "")


def _tokens(body: str, spans: list[tuple[int, int]], tag: str) -> list[tuple[str, ...]]:
    """Each printed word's index tokens (one, or several where folding splits it: "½")."""
    lowered = body.lower() if body.isascii() else None
    folded = [
        lowered[start:end] if lowered is not None else languages.fold(body[start:end])
        for start, end in spans
    ]
    pieces = [[word] if lowered is not None else languages.words(word) for word in folded]
    flat = [piece for word_pieces in pieces for piece in word_pieces]
    stems = iter(languages.stems(flat, tag))
    return [tuple(tag + next(stems) for _ in word_pieces) for word_pieces in pieces]


def _best_window(matched: list[int], count: int, size: int) -> tuple[int, int]:
    """The [first, last) word range of `size` words holding the most matches, earliest first."""
    best_first, best_hits = 0, 0
    for number, position in enumerate(matched):
        first = max(0, position - CONTEXT_BEFORE)
        hits = bisect_left(matched, first + size) - bisect_left(matched, first, hi=number)
        if hits > best_hits:
            best_first, best_hits = first, hits
    return best_first, min(count, best_first + size)
