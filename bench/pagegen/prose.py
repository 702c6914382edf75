"""Prose, headlines, names and outlets in one language, from seeded `random.Random` streams.

Prose draws its tokens from the language's real function words (Zipf-like skew, at the share
news text shows) and a few hundred real content words, with commas, a proper noun or a number
now and then, and sentence lengths of 8-35 words (mode ~17). It does not parse, but a line of it
has the statistics a line classifier sees in real prose: stop-word density, punctuation, length.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from functools import cache

from .languages import Language

# Function words follow Zipf's law closely (s ~ 1); a column's content words are much flatter
# over a few hundred words (the top one is ~1% of tokens, not 15%).
_ZIPF_S = {"function": 1.0, "content": 0.5, "places": 0.8}
_PROPER_SHARE = 0.015
_NUMBER_SHARE = 0.006


def _zipf(count: int, exponent: float) -> list[float]:
    return [1.0 / (rank**exponent) for rank in range(1, count + 1)]


@cache
def _vocabulary(code: str) -> tuple[tuple[list[str], list[float]], tuple[list[str], list[float]]]:
    """(function words, content words + proper nouns + a number marker), each with cumulative
    Zipf-like weights."""
    from .languages import get

    language = get(code)

    def weighted(groups) -> tuple[list[str], list[float]]:
        parts = []
        for words, share, exponent in groups:
            weights = _zipf(len(words), exponent)
            total = sum(weights)
            parts += [(w, share * weight / total) for w, weight in zip(words, weights, strict=True)]
        return [t for t, _ in parts], list(itertools.accumulate(w for _, w in parts))

    content_share = 1.0 - _PROPER_SHARE - _NUMBER_SHARE
    return (
        weighted([(list(language.words("function_words")), 1.0, _ZIPF_S["function"])]),
        weighted(
            [
                (list(language.words("content_words")), content_share, _ZIPF_S["content"]),
                (list(language.phrases("places")), _PROPER_SHARE, _ZIPF_S["places"]),
                (["\x00number"], _NUMBER_SHARE, 1.0),
            ]
        ),
    )


# Prose alternates function and content words: after a function word a content word follows
# 80% of the time; the chance of the reverse is set so that function words make up the
# language's share of the tokens (stationary share b / (a + b)).
_FUNCTION_TO_CONTENT = 0.8


def _tokens(rng: random.Random, code: str, count: int, function_share: float) -> list[str]:
    (function, function_cum), (content, content_cum) = _vocabulary(code)
    a = _FUNCTION_TO_CONTENT
    b = min(0.95, function_share * a / (1.0 - function_share))
    classes, state = [], rng.random() < function_share
    for _ in range(count):
        classes.append(state)
        state = rng.random() >= a if state else rng.random() < b
    wanted = sum(classes)
    functions = iter(rng.choices(function, cum_weights=function_cum, k=wanted))
    contents = iter(rng.choices(content, cum_weights=content_cum, k=count - wanted))
    return [next(functions) if is_function else next(contents) for is_function in classes]


def _capitalise_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def sentence(
    rng: random.Random, language: Language, *, words: int | None = None, end: str = ""
) -> str:
    """One sentence of prose: 8-35 words, commas, a final stop."""
    count = words or int(rng.triangular(8, 35, 16))
    picked = _tokens(rng, language.code, count, language.function_share)
    out = []
    for index, token in enumerate(picked):
        if token == "\x00number":
            token = str(
                rng.choice([rng.randint(2, 99), rng.randint(1950, 2025), rng.randint(100, 9000)])
            )
        out.append(token)
        if 2 < index < count - 3 and rng.random() < 0.06:
            out[-1] += ","
    if not end:
        end = rng.choices([".", "?", "!", "…"], weights=[92, 5, 2, 1])[0]
    return _capitalise(" ".join(out)) + end


def paragraph(rng: random.Random, language: Language, *, sentences: int | None = None) -> str:
    """A paragraph of 2-6 sentences (or `sentences`)."""
    count = sentences or rng.choice([2, 3, 3, 4, 4, 5, 6])
    return " ".join(sentence(rng, language) for _ in range(count))


def short_text(rng: random.Random, language: Language, *, low: int = 5, high: int = 25) -> str:
    """A short remark (a reader's comment, a caption): one or two short sentences."""
    first = sentence(rng, language, words=rng.randint(low, max(low, high // 2 + 2)))
    if rng.random() < 0.4:
        return first + " " + sentence(rng, language, words=rng.randint(low, max(low, high // 2)))
    return first


def headline(rng: random.Random, language: Language, *, title_case: bool = False) -> str:
    """A headline: 4-12 mostly content words, now and then "X: Y" or a question; no stop."""
    count = rng.randint(4, 12)
    words = [t for t in _tokens(rng, language.code, count, 0.22) if t != "\x00number"]
    words = words or ["crisis"]
    if title_case:
        small = set(language.words("function_words")[:25])
        words = [w if (w in small and i) else _capitalise(w) for i, w in enumerate(words)]
    text = _capitalise(" ".join(words))
    roll = rng.random()
    if roll < 0.12 and len(words) > 5:
        cut = rng.randint(2, len(words) - 3)
        text = _capitalise(" ".join(words[:cut])) + ": " + _capitalise(" ".join(words[cut:]))
    elif roll < 0.22:
        text += "?"
    return text


# --- People and outlets -------------------------------------------------------------------------
def _feminine(surname: str, language: Language) -> str:
    """The feminine form of a surname in languages that inflect them (Иванов -> Иванова)."""
    for pair in language.words("feminine_endings"):
        masculine, feminine = pair.split(":")
        if surname.endswith(masculine):
            return surname[: len(surname) - len(masculine)] + feminine
    return surname


def person(rng: random.Random, language: Language) -> str:
    """A person's name as the page prints it: "First Last", now and then a particle, a double
    first name or a hyphenated surname; feminine surnames where the language inflects them."""
    gendered = "female_first_names" in language.data
    female = gendered and rng.random() < 0.5
    first = rng.choice(language.words("female_first_names" if female else "first_names"))

    def surname() -> str:
        last = rng.choice(language.words("last_names"))
        return _feminine(last, language) if female else last

    last = surname()
    roll = rng.random()
    particles = language.phrases("surname_particles")
    if roll < 0.08 and particles:
        particle = rng.choice(particles)
        last = particle + last if particle.endswith(("'", "Mc")) else f"{particle.strip()} {last}"
    elif roll < 0.14:
        last = f"{last}-{surname()}"
    elif roll < 0.19 and not gendered:
        other = rng.choice(language.words("first_names"))
        if other != first:
            first = f"{first}-{other}" if language.code == "fr" else f"{first} {other}"
    return f"{first} {last}"


def outlet(rng: random.Random, language: Language) -> str:
    """A fictional outlet name in the language's usual patterns."""
    form = rng.choice(language.phrases("outlet_forms"))
    return _capitalise_first(
        form.format(
            Adj=rng.choice(language.phrases("outlet_adjs")),
            Noun=rng.choice(language.phrases("outlet_nouns")),
            City=rng.choice(language.phrases("outlet_cities")),
        )
    )


# Ukrainian and Russian letters in the common news-site transliteration (signs are dropped).
_LATIN = "a b v g g d e ie io zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia"
_CYRILLIC = {
    letter: latin.strip("_")
    for letter, latin in zip("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя", _LATIN.split(), strict=True)
}


def slug(text: str) -> str:
    """ASCII URL slug: accents dropped, Cyrillic transliterated, words joined by hyphens."""
    lowered = "".join(_CYRILLIC.get(c, c) for c in text.lower()).replace("-", " ")
    ascii_text = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def domain(name: str, rng: random.Random, language: Language) -> str:
    """The outlet's web domain: its name squashed, with a TLD of its country."""
    words = [
        w
        for w in slug(name).split("-")
        if w not in {"the", "el", "la", "le", "il", "o", "a", "der", "die", "das", "les", "los"}
    ]
    return "".join(words or ["news"]) + rng.choice(language.phrases("tlds"))
