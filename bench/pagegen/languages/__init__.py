"""Per-language material for the page generator: vocabulary, names, dates and page furniture.

Each language lives in its own module (`en.py`, `fr.py`, ...) as one `DATA` dict of plain
strings; this module turns it into a `Language`. Word lists are whitespace-separated, phrase
lists are separated by "|". Function words are listed most frequent first: prose draws them with
a Zipf-like skew, as real text does.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache

CODES = ("en", "es", "fr", "de", "it", "pt", "uk", "ru", "pl")

# Share of function words among the tokens of prose, by language (measured shares in news text
# are 40-50%; inflected languages with no articles sit at the low end).
_FUNCTION_SHARE = {"uk": 0.36, "ru": 0.36, "pl": 0.38}


def _words(value: str) -> tuple[str, ...]:
    return tuple(value.split())


def _phrases(value: str) -> tuple[str, ...]:
    return tuple(" ".join(part.split()) for part in value.split("|") if part.strip())


@dataclass(frozen=True)
class Language:
    """Everything a page in one language needs; see `en.py` for what each key holds."""

    code: str
    data: dict

    def words(self, key: str) -> tuple[str, ...]:
        """A whitespace-separated word list of this language."""
        return _cached_words(self.code, key)

    def phrases(self, key: str) -> tuple[str, ...]:
        """A "|"-separated phrase list of this language."""
        return _cached_phrases(self.code, key)

    def text(self, key: str) -> str:
        """A single string of this language."""
        return self.data[key]

    @property
    def function_share(self) -> float:
        """Share of function words among the tokens of this language's prose."""
        return _FUNCTION_SHARE.get(self.code, 0.45)


@cache
def _cached_words(code: str, key: str) -> tuple[str, ...]:
    return _words(get(code).data[key])


@cache
def _cached_phrases(code: str, key: str) -> tuple[str, ...]:
    return _phrases(get(code).data[key])


@cache
def get(code: str) -> Language:
    """The language with ISO 639-1 `code` (one of `CODES`)."""
    if code not in CODES:
        raise ValueError(f"unknown language {code!r}; known: {', '.join(CODES)}")
    module = importlib.import_module(f"{__name__}.{code}")
    return Language(code=code, data=module.DATA)


def available() -> tuple[str, ...]:
    """The codes of the languages whose module exists."""
    found = []
    for code in CODES:
        try:
            get(code)
        except ModuleNotFoundError:
            continue
        found.append(code)
    return tuple(found)


def check(language: Language) -> list[str]:
    """Problems in a language's data (missing keys, too few words): empty when complete."""
    reference = get("en").data
    problems = [f"{language.code}: missing {key}" for key in reference if key not in language.data]
    if "female_first_names" in language.data and "feminine_endings" not in language.data:
        problems.append(f"{language.code}: female_first_names without feminine_endings")
    for key, minimum in (("function_words", 60), ("content_words", 200)):
        if key in language.data and len(language.words(key)) < minimum:
            problems.append(f"{language.code}: only {len(language.words(key))} {key}")
    return problems


__all__ = ["CODES", "Language", "available", "check", "get"]
