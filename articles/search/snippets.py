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
from functools import lru_cache

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
    """The stems the terms look for in a body of this language (untagged): exact ones, and
    prefixes."""
    exact, prefixes = set(), []
    for term in terms:
        [tokens] = languages.phrase_forms(term.words, (tag,))
        stems = [token[len(tag) :] for token in tokens]
        if term.prefix:
            prefixes.extend(stems)
        else:
            exact.update(stems)
    return frozenset(exact), tuple(prefixes)


def snippet_of(body: str, tag: str, wanted, *, whole: str | None = None) -> str:
    """The marked snippet of `body` around its best match, or "" when no word matches.

    `whole`: the full body `body` is the opening of, to say whether text follows the snippet.
    """
    from articles.search import SNIPPET_END, SNIPPET_START, SNIPPET_WORDS

    starts = _match_starts(body, tag, wanted)
    if not starts:
        return ""
    best = _best_start(starts)
    # Only the words around the best match are read as words.
    region_start = body.rfind(" ", 0, best - REGION_BEFORE) + 1 if best > REGION_BEFORE else 0
    region_end = min(len(body), best + REGION_AFTER)
    spans = [m.span() for m in _PRINTED_WORD.finditer(body, region_start, region_end)]
    if not spans:
        return ""
    at = next((i for i, (start, _) in enumerate(spans) if start >= best), 0)
    first = max(0, at - CONTEXT_BEFORE)
    last = min(len(spans), first + SNIPPET_WORDS)
    hits = set(starts)
    pieces, cursor = [], spans[first][0]
    for start, end in spans[first:last]:
        pieces.append(body[cursor:start])
        word = body[start:end]
        pieces.append(f"{SNIPPET_START}{word}{SNIPPET_END}" if start in hits else word)
        cursor = end
    before = first > 0 or region_start > 0
    after = last < len(spans) or region_end < len(body) or (whole or body) != body
    return ("… " if before else "") + "".join(pieces) + (" …" if after else "")


# How far around the best match words are read: more than SNIPPET_WORDS words of any length.
REGION_BEFORE = 300
REGION_AFTER = 1500
# The span of text (in characters, about SNIPPET_WORDS words) in which matches are counted to
# choose the best place for the snippet.
WINDOW_CHARACTERS = 180


def _best_start(starts: list[int]) -> int:
    """The match followed by the most matches within WINDOW_CHARACTERS, earliest first."""
    best, best_count = starts[0], 0
    for number, start in enumerate(starts):
        count = bisect_left(starts, start + WINDOW_CHARACTERS) - number
        if count > best_count:
            best, best_count = start, count
    return best


def _match_starts(body: str, tag: str, wanted) -> list[int]:
    """Where the printed words that match begin, in order.

    Snowball stemmers and the Ukrainian stripper change only the ends of words: a word's stem
    begins with the word's first two letters (or is shorter, and the whole stem begins the
    word). So only the words beginning like a wanted stem are stemmed: a handful of a body's
    thousand, found by one regular expression over the folded body, where folding keeps every
    character in place. Where it does not (a decomposed accent, "ß" → "ss"), every word is.
    """
    exact, prefixes = wanted
    if not exact and not prefixes:
        return []
    folded = _folded_in_place(body)
    if folded is None:
        spans = [match.span() for match in _PRINTED_WORD.finditer(body)]
        stems, owners = _stems(body, spans, tag)
        found = (i for i, stem in enumerate(stems) if stem in exact or stem.startswith(prefixes))
        return sorted({spans[owners[i]][0] for i in found})
    candidates = list(_beginning_like(frozenset((*exact, *prefixes))).finditer(folded))
    stems = languages.stems([match.group() for match in candidates], tag)
    return [
        match.start()
        for match, stem in zip(candidates, stems, strict=True)
        if stem in exact or stem.startswith(prefixes)
    ]


@lru_cache(maxsize=256)
def _beginning_like(stems: frozenset[str]) -> re.Pattern:
    """Folded words beginning with the first two letters of one of the stems."""
    beginnings = sorted({re.escape(stem[:2]) for stem in stems}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(beginnings) + r")[^\W_]*")


def _folded_in_place(body: str) -> str | None:
    """The body folded character by character (each character to one), or None where folding
    would move characters (a decomposed accent, a letter folded to two)."""
    if body.isascii():
        return body.lower()
    table = {}
    for character in set(body):
        folded = languages.fold(character)
        if len(folded) != 1:
            return None
        if folded != character:
            table[ord(character)] = folded
    return body.translate(table)


def _stems(body: str, spans: list[tuple[int, int]], tag: str) -> tuple[list[str], list[int]]:
    """The stems of the printed words, as the index stemmed them (untagged), and for each stem
    the number of its printed word (folding may split one: "½" is 1 and 2)."""
    folded, owners = [], []
    for number, (start, end) in enumerate(spans):
        for word in languages.words(body[start:end]):
            folded.append(word)
            owners.append(number)
    return languages.stems(folded, tag), owners
