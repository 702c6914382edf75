"""Words as the search index holds them: folded, stemmed in the article's language, tagged.

Both databases index the same token stream, built here in Python, so they match the same
articles by construction (neither engine stems or folds anything itself):

1. Fold: lower-case (`casefold`), accents and other combining marks removed (`é` → `e`,
   `ё` → `е`), a few letters without a decomposition mapped by hand (`ł` → `l`, `ø` → `o`);
   `й` keeps its breve, which is a letter of its own in Russian and Ukrainian, not an accent.
   Words are runs of letters and digits, as the query language reads them.
2. Stem each word with the Snowball stemmer of the article's language (PyStemmer): English,
   Spanish, French, German, Italian, Portuguese, Russian, Polish. Snowball has no Ukrainian
   stemmer, so Ukrainian uses `strip_ukrainian`, a small suffix stripper (below). The stemmers
   see folded words: a rule keyed on an accent may not fire, but it then fails alike for the
   text and for a query typed with or without the accent, which is what matters for matching.
3. Tag each stem with its language, two letters in front: `ensanction`, `desanktion`. A query
   word becomes the OR of its stems under every language (`forms`), each tagged, so
   "Sanktion" finds German "Sanktionen" (`desanktion` both), "sanctions" still finds English
   text, and the German stem of an English query word never matches an English article that
   happens to hold that string as its English stem ("former" is `form` in German, as
   "forms" is in English; "counter" is `count`). Articles in a language without a stemmer are
   tagged `xx`, unstemmed.

Names have their own tag, `nm`: articles.search.transliterate keys each word of a byline, topic
or outlet name across scripts and spellings, and a query word is also looked for as such a key.

The stream is one word per position, so phrases, NEAR and prefixes work on it as on words: a
phrase is the OR, per tag, of its words' stems in that language; a prefix is the stem of what
was typed followed by anything (as stemming engines do it: `nationa*` is not a prefix of the
stem `nation`).
"""

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer

from articles.search import transliterate

# ISO 639-1 code (Article.language) → Snowball algorithm; "uk" is strip_ukrainian.
SNOWBALL = {
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "pt": "portuguese",
    "ru": "russian",
    "pl": "polish",
}
UKRAINIAN = "uk"
LANGUAGES = (*SNOWBALL, UKRAINIAN)
OTHER = "xx"  # articles in any other language: folded words, not stemmed
NAMES = "nm"  # name keys (articles.search.transliterate), in the names column only
TAGS = (*LANGUAGES, OTHER)
# Longer "words" (base64, run-together URLs) are left out of the index on both databases
# (PostgreSQL refuses lexemes above 2 kB), so a query for one finds nothing.
MAX_TOKEN_LENGTH = 80

# Letters a Unicode decomposition leaves alone, folded as a reader would type them.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})
# Combining marks, except the breve of й (and the marks keep nothing else: ї → і, ё → е).
_MARKS = re.compile(r"(?<![иИ])\u0306|[\u0300-\u0305\u0307-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]")
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case, accent-free text (word boundaries as they were)."""
    if text.isascii():  # nothing to decompose: most text, and many times faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed))


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return _WORD.findall(fold(text))


def _indexed_words(text: str) -> list[str]:
    return [word for word in words(text) if len(word) <= MAX_TOKEN_LENGTH]


def tag_of(language: str) -> str:
    """The tag an article's language code stems and tags with ("en-GB" → en, "nl" → xx)."""
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else OTHER


_local = threading.local()  # a Stemmer object is not safe to share between threads


def _stemmer(language: str):
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = Stemmer.Stemmer(SNOWBALL[language])
    return stemmers[language]


def stems(folded: list[str], tag: str) -> list[str]:
    """The stems of folded words in one language (`tag`), untagged."""
    if tag in SNOWBALL:
        return _stemmer(tag).stemWords(folded)
    if tag == UKRAINIAN:
        return [strip_ukrainian(word) for word in folded]
    return list(folded)


def index_text(text: str, language: str) -> str:
    """The token stream indexed for a text in an article's language."""
    tag = tag_of(language)
    return " ".join(tag + stem for stem in stems(_indexed_words(text), tag))


def name_keys(text: str) -> str:
    """The name keys of a text's words, tagged (Зеленський → nmzelenski)."""
    return " ".join(NAMES + transliterate.key(word) for word in _indexed_words(text))


def index_streams(components: dict[str, str]) -> dict[str, str]:
    """The token streams indexed for an article's components (articles.search.index_components):
    each stemmed in the article's language, the names also as name keys after their stems."""
    language = components["language"]
    streams = {
        part: index_text(components[part], language)
        for part in ("title", "people", "standfirst", "body", "lead")
    }
    keys = name_keys(components["people"])
    streams["people"] = f"{streams['people']} {keys}".strip()
    return streams


SEARCHED = (*TAGS, NAMES)  # what a query word is looked up as, unless narrowed


@lru_cache(maxsize=4096)
def forms(word: str, tags: tuple[str, ...] = SEARCHED) -> tuple[str, ...]:
    """The index tokens a folded query word matches: its stem under each tag (its name key
    under NAMES)."""
    return tuple(
        tag + (transliterate.key(word) if tag == NAMES else stems([word], tag)[0]) for tag in tags
    )


def phrase_forms(phrase: tuple[str, ...], tags: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """One token sequence per tag for a phrase of folded words (a single word: its forms).
    `tags`: the tags looked in, () for all (SEARCHED)."""
    each = [forms(word, tags or SEARCHED) for word in phrase]
    return [tuple(alternatives[i] for alternatives in each) for i in range(len(each[0]))]


def searched_tags(languages_present) -> tuple[str, ...]:
    """The tags worth looking a query word up in: those of the languages articles are in, and
    names. Other languages' stems can match nothing, and each costs a lookup and a share of
    the ranking (three times the work with all nine, measured on PostgreSQL)."""
    present = {tag_of(language) for language in languages_present}
    return (*(tag for tag in TAGS if tag in present), NAMES)


# --- Ukrainian ------------------------------------------------------------------------------------
# Snowball has no Ukrainian stemmer and PyStemmer none either; the Russian one does not know the
# letters і, ї, є, ґ nor Ukrainian endings (-ів, -ові, -ією). So: the inflectional endings of
# nouns, adjectives and verbs, longest first, removed once, after an optional reflexive -ся/-сь,
# keeping at least two letters after the stem's first vowel (Snowball's RV region for Russian).
_UKRAINIAN_ENDINGS = sorted(
    # Folded, as the words they are cut from: ї is і here (Росії → росіі).
    """
    іями ями ами іях ях ах ією ею єю ою ію іі ія ій ів ові еві єві ом ем єм ам ям ім им
    ими их іх ого ому ої ий ая яя ує ює ать ять іть ити ати яти ють уть ить ите ете
    емо ємо имо ала ало али ила ило или ла ло ли ти ть в а я у ю о е є и і й ь
    ювати увати ював ував юють ують юємо уємо юєте уєте юєш уєш юю ую
    """.split(),
    key=len,
    reverse=True,
)
_UKRAINIAN_VOWELS = set("аеєиіїоуюя")
_REFLEXIVE = ("ся", "сь")


def strip_ukrainian(word: str) -> str:
    """The stem of a folded Ukrainian word: one ending (and -ся) off, a stem of two or more
    letters after its first vowel kept. "санкції", "санкціями", "санкцій" → "санкц"."""
    first_vowel = next((i for i, ch in enumerate(word) if ch in _UKRAINIAN_VOWELS), None)
    if first_vowel is None:
        return word
    keep = first_vowel + 2  # the shortest stem: up to the first vowel and one more letter
    for reflexive in _REFLEXIVE:
        if word.endswith(reflexive) and len(word) - len(reflexive) >= keep:
            word = word[: -len(reflexive)]
            break
    for ending in _UKRAINIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= keep:
            return word[: -len(ending)]
    return word
