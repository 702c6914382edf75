"""The language an article is written in, detected from its text with Lingua.

Lingua (`lingua-language-detector`) scores a text against n-gram models of each language it is
asked to consider. It is restricted here to the languages of the archive's outlets and their
neighbours (ARCHIVE_LANGUAGES): every extra language costs a little time on each article and adds
one more language a short text could be mistaken for. It answers "" when it is unsure.
"""

from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from articles.importers.base import ExtractedArticle

# ISO 639-1 codes: the archive's languages (the first ten), Catalan, which Spanish outlets also
# publish in, and the other large European languages a piece could come in. Each language
# costs a little time on every article and is one more a short text could be mistaken for.
ARCHIVE_LANGUAGES = (
    "en", "es", "fr", "de", "it", "pt", "ru", "uk", "pl", "nl",
    "ca", "sv", "da", "nb", "cs", "ro", "hu", "el", "tr",
)  # fmt: skip
# Low accuracy mode: Lingua's high accuracy mode loads five n-gram models per language instead
# of one, which took 4 s per process here (every import command run, every test run) against
# 0.2 s, and detection costs about twice as much. What it buys is accuracy on a few words; an
# article gives at least a title and a paragraph, where low accuracy mode already agrees
# (tests/test_language.py: a two-sentence paragraph in each language; a headline alone gives
# its language or, where neighbours tie, nothing).
# The opening of an article is enough to tell its language, and detection time grows with the
# text: a bounded sample keeps a 10,000-word piece as cheap as a short one. Measured on this
# project's machine, 1,000 characters, 19 languages: about 1.5 ms per article.
SAMPLE_CHARACTERS = 1000
# Fewer letters than this are not enough to decide between related languages.
MIN_LETTERS = 12
# How far apart the best and second-best languages must be (Lingua's relative distance) for the
# answer to count; closer than that, the language is "unsure" and left empty.
MIN_RELATIVE_DISTANCE = 0.1


@cache
def _detector() -> LanguageDetector:
    """The detector, built once per process on first use (its models load lazily too)."""
    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
        for code in ARCHIVE_LANGUAGES
    ]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_minimum_relative_distance(MIN_RELATIVE_DISTANCE)
        .with_low_accuracy_mode()
        .build()
    )


def language_sample(text: str, limit: int = SAMPLE_CHARACTERS) -> str:
    """The first `limit` characters of `text`, cut at a space so no word is split."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit]


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language `text` is written in, or "" when unsure."""
    sample = language_sample(text)
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return ""
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else ""


DETECTED_SOURCE = "detected from the text (lingua)"


def settle_language(extracted: ExtractedArticle) -> None:
    """Keep a language the capture states; otherwise detect it from the title and body.

    A reader's own guess (provenance marked inferred) gives way to detection, and stays only
    when detection is unsure. With nothing stated or detected the language is "" (unknown):
    defaulting to English would mislabel every piece the detector cannot place.
    """
    stated = extracted.provenance.get("language")
    if stated and not stated.get("inferred") and extracted.language:
        return
    text = f"{extracted.title}\n\n{extracted.body}"
    known = extracted.detected_language
    if known is not None and known[0] == language_sample(text):
        detected = known[1]
    else:
        detected = detect_language(text)
    if detected:
        extracted.language = detected
        extracted.note("language", DETECTED_SOURCE, inferred=True)
    elif not (stated and extracted.language):
        extracted.language = ""
        extracted.provenance.pop("language", None)
