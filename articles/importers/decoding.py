"""Turn the bytes of a capture into text, or say clearly why they are not text."""

import codecs
import html
import re

from charset_normalizer import from_bytes

from articles.importers.base import CaptureError


def decode_capture(data: bytes, *, expect_prose: bool = True) -> tuple[str, str]:
    """Decode capture bytes, returning (text, encoding name).

    UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are. Anything else is
    detected with charset-normalizer, and the result must still read like prose: random bytes
    decode "successfully" as Latin-1 or cp1252, so a decoding that merely succeeds proves nothing.
    `expect_prose=False` (a JSON Lines record, which its parser validates) skips that check: a
    record is markup around its text, and a long URL or an escaped body is not noise.
    """
    if not data.strip():
        raise CaptureError("file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16", errors="strict")
        except UnicodeDecodeError as error:
            raise CaptureError(
                f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({error.reason} "
                f"at byte {error.start:,})"
            ) from error
        if "\x00" in text:
            # PostgreSQL text cannot hold NUL and prose never does: rejected on both databases.
            raise CaptureError(
                "binary data (NUL characters in the UTF-16 text), not a text capture"
            )
        return _checked(expect_prose, text, "utf-16")
    if b"\x00" in data:
        raise CaptureError("binary data (NUL bytes), not a text capture")
    try:
        return _checked(expect_prose, data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise CaptureError("undecodable bytes: no text encoding fits")
    if _prefer_windows_1252(data, best.encoding, best.language):
        return _checked(expect_prose, data.decode("cp1252"), "cp1252")
    return _checked(expect_prose, str(best), best.encoding)


# Code pages charset-normalizer may pick for short Western European texts, which decode
# practically the same letters; Windows-1252 (a superset of Latin-1's printable range) is far
# more common. Central European languages keep their own code page.
_LATIN_SINGLE_BYTE = {"cp1250", "cp1252", "cp1257", "cp775", "latin_1", "iso8859_15"}
_LATIN_SINGLE_BYTE |= {"iso8859_2", "iso8859_4", "iso8859_10", "iso8859_13", "mac_latin2"}
_CENTRAL_EUROPEAN = {"Czech", "Polish", "Slovak", "Slovene", "Croatian", "Romanian", "Hungarian"}


def _prefer_windows_1252(data: bytes, encoding: str, language: str) -> bool:
    if encoding not in _LATIN_SINGLE_BYTE or language in _CENTRAL_EUROPEAN:
        return False
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _checked(expect_prose: bool, text: str, encoding: str) -> tuple[str, str]:
    if expect_prose and not looks_like_text(visible_text(text) if _looks_like_html(text) else text):
        raise CaptureError(f"does not look like text (decoded as {encoding}: mostly symbols)")
    return text, encoding


# Control, private-use and unassigned-looking characters that never occur in prose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")


def looks_like_text(text: str) -> bool:
    """True when `text` reads like human language rather than decoded noise."""
    sample = text[:20000]
    if not sample.strip():
        return False
    controls = len(_CONTROL.findall(sample))
    letters = sum(map(str.isalpha, sample))
    spaces = sum(map(str.isspace, sample))
    visible = len(sample) - spaces
    if controls > len(sample) * 0.01:
        return False
    # Prose is mostly letters, and words are separated by spaces; noise is neither. Scripts
    # written without spaces (Chinese, Japanese, Thai...) separate words by nothing visible:
    # their letters count as separators too, and their punctuation as part of the text.
    unspaced = _UNSPACED_SCRIPT.findall(sample)
    marks = sum(not ch.isalpha() for ch in unspaced)
    return letters + marks >= visible * 0.6 and spaces + len(unspaced) >= len(sample) * 0.05


# Scripts written without spaces between words, and their full-width punctuation: CJK
# punctuation and ideographs, kana, Thai, Lao, Myanmar, Khmer and half/full-width forms.
_UNSPACED_SCRIPT = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\uff00-\uffef]"
)


_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
# Elements whose content is never shown: a minified page is mostly inline script and style.
_HIDDEN_ELEMENTS = re.compile(
    r"<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S
)
_TAG = re.compile(r"<[^>]*>")


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.search(text[:4096]))


def visible_text(markup: str) -> str:
    """The text a browser would show for an HTML page (roughly: tags, scripts and styles gone).

    The "looks like text" check runs on this, so a minified page whose markup is mostly inline
    script is judged by the words it shows; a page that shows none is left to the HTML reader
    to reject ("no article text found").
    """
    shown = html.unescape(_TAG.sub(" ", _HIDDEN_ELEMENTS.sub(" ", markup)))
    return shown if shown.strip() else "no visible text"
