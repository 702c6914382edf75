"""Names across scripts and spellings: one key for Zelensky, Zelenskyy, Зеленський, Зеленский.

A name word's key is its folded form (articles.search.languages.fold) with

1. Cyrillic letters written in Latin, by the table below: the Ukrainian and Russian national
   romanisations where they agree (ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya), soft and
   hard signs dropped; г is g (Russian; Ukrainian passports write h, so Гончаренко keys as
   goncharenko, not as the Latin spelling Honcharenko: give such names an alias);
2. the letters spellings disagree on most made the same: y, j and i are all i (Zelenskyy,
   Zelenskiy, Zelenskij; и is i in Russian and y in Ukrainian romanisation, й is y or i), and
   doubled letters collapsed (Zelenskyy → zelenski, Navalnyy → navalni).

The table is written out rather than taken from a transliteration library: it is short, the
choices above are the ones that make bylines meet, and a general-purpose romanisation (ISO 9,
BGN) would keep the distinctions this key is there to drop. Used on both sides: for the names
indexed with each article (tag `nm`, articles.search.languages) and for `author:` filters
(articles.search.names).
"""

import re

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "ё": "yo",
}
_ROMAN = str.maketrans(_CYRILLIC)
# Romanised, then y and j as i, in one pass.
_KEY = str.maketrans(
    {**{letter: latin.replace("y", "i") for letter, latin in _CYRILLIC.items()}, "y": "i", "j": "i"}
)
_DOUBLED = re.compile(r"(.)\1+")


def romanise(word: str) -> str:
    """A folded word with Cyrillic letters written in Latin, as the table above reads them."""
    return word.translate(_ROMAN)


def key(word: str) -> str:
    """The spelling-blind key of a folded name word ("зеленський", "zelenskyy" → zelenski)."""
    return _DOUBLED.sub(r"\1", word.translate(_KEY))
