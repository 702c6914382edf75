"""Which article a capture is: the canonical key of its URL and the fingerprint of its text.

Two keys decide whether a capture updates an article or is a reprint of it (see
articles/importers/matching.py for the rules):

- `url_key`: the source URL with everything folded that does not change which page it names:
  the scheme (http and https), `www.`/`m.`/`amp.` hosts, AMP paths and parameters, tracking
  parameters, default index pages, trailing slashes and the host's letter case.
- `band_hashes`: MinHash over word shingles of the body, cut into LSH bands. Two texts whose
  shingle sets overlap by a Jaccard similarity s share at least one band with probability
  1 - (1 - s^ROWS)^BANDS: 87 % at s = 0.5, 99.99 % at s = 0.8, 4 % at s = 0.2. Each band's hash
  is stored in an indexed table (`ArticleBand`), so finding candidates is one indexed query
  whose cost does not grow with the archive; candidates are then verified on their text.
"""

import hashlib
import re
import unicodedata
import zlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from articles.importers.normalize import normalize_url

# 32 bands of 4 rows: the candidate threshold sits near (1/32)^(1/4) = 0.42, below the 0.5 at
# which a similarity becomes worth an editor's look, so ambiguous pairs are found too.
BANDS = 32
ROWS = 4
NUM_PERM = BANDS * ROWS
# Three-word shingles: an edit of one word in 25 still leaves a Jaccard similarity near 0.8,
# where four-word shingles (each word in four of them) would drop it to about 0.7.
SHINGLE_WORDS = 3
# Fixed, so signatures computed in different processes and years stay comparable.
MINHASH_SEED = 1

# Host prefixes that serve the same pages as the bare host (mobile and AMP editions).
_MIRROR_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
# Query parameters that mark an AMP rendering or a tracked link, never a different page.
_NON_IDENTIFYING_PARAMS = re.compile(
    r"^(amp|outputtype|utm_\w+|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|"
    r"_ga|_gl|ref|ref_src|cmpid|cmp|ito|smid|share|at_medium|at_campaign|s_cid|ns_\w+|wt\.\w+)$",
    re.I,
)
_INDEX_PAGE = re.compile(r"/(index|default)\.(html?|php|aspx?|jsp)$", re.I)


def url_key(url: str | None) -> str | None:
    """The canonical key of an http(s) URL (None for anything else): one key per page.

    The key has no scheme ("example.com/2024/05/piece"); it is for comparing, not for linking.
    """
    normal = normalize_url(url or "")
    if normal is None:
        return None
    parts = urlsplit(normal)
    host = parts.netloc
    for prefix in _MIRROR_HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    path = _INDEX_PAGE.sub("/", parts.path)
    path = _without_amp(path)
    query = urlencode(
        sorted(
            (name, value)
            for name, value in parse_qsl(parts.query, keep_blank_values=True)
            if not _NON_IDENTIFYING_PARAMS.match(name)
        )
    )
    path = path.rstrip("/")
    return urlunsplit(("", host, path, query, "")).removeprefix("//")


def _without_amp(path: str) -> str:
    """The path of the page an AMP rendering shows: /amp/ segments, .amp and /amp dropped."""
    segments = [segment for segment in path.split("/") if segment.lower() != "amp"]
    path = "/".join(segments)
    return re.sub(r"\.amp(?=$|\.html?$)", "", path, flags=re.I)


# --- Text fingerprints ----------------------------------------------------------------------------
def text_words(body: str) -> list[str]:
    """The body's words with case, accents' encoding and punctuation folded (as text_hash does)."""
    return re.findall(r"\w+", unicodedata.normalize("NFKC", body).casefold())


def shingles(body: str) -> set[str]:
    """Overlapping runs of SHINGLE_WORDS words; a shorter text is one shingle of all its words."""
    words = text_words(body)
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {
        " ".join(words[start : start + SHINGLE_WORDS])
        for start in range(len(words) - SHINGLE_WORDS + 1)
    }


def band_hashes(body: str) -> list[int]:
    """The LSH band hashes of `body` (one signed 64-bit integer per band), [] for no words."""
    return bands_of_shingles(shingles(body))


def bands_of_shingles(grams: set[str]) -> list[int]:
    """The LSH band hashes of a shingle set (see `shingles`), [] for an empty one."""
    from datasketch import MinHash  # loaded on first use: numpy is slow to import

    if not grams:
        return []
    # CRC-32 spreads shingles over 32 bits as MinHash needs, at a quarter of SHA-1's cost (the
    # default); it is fixed and stable, unlike Python's per-process `hash`.
    minhash = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=zlib.crc32)
    minhash.update_batch([gram.encode() for gram in grams])
    values = minhash.hashvalues.astype("<u8")
    return [
        int.from_bytes(
            hashlib.blake2b(
                values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8
            ).digest(),
            "big",
            signed=True,
        )
        for band in range(BANDS)
    ]


def jaccard(first: set[str], second: set[str]) -> float:
    """Jaccard similarity of two shingle sets (1.0 for two empty ones)."""
    if not first and not second:
        return 1.0
    return len(first & second) / len(first | second)
