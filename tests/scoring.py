"""Scoring extracted articles against what a careful cataloguer records for the same page.

Used by tests/test_unseen_pages.py (on articles stored through the importer) and by
bench/unseen_score.py (on the readers' output directly), so both report the same figures.

A page's expected record (tests/fixtures/unseen/expected.json) has `title`, `authors` (byline
order), `date` (ISO or null), `publisher` (null when the page never names it; the bare domain when
only the URL gives it, with `publisher_inferred`), `source_url`, `body` (paragraphs joined by one
blank line), `genre`, `language` and `furniture` (snippets of page furniture that must not reach
the body). What was extracted is given in the same shape (`as_record`).
"""

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from articles.importers.normalize import normalize_url

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "unseen"
# The fields the acceptance criterion counts; genre and language are scored on their own.
SCORED_FIELDS = ("title", "authors", "date", "publisher", "source_url", "body")
BODY_F1_THRESHOLD = 0.95
_TOKEN = re.compile(r"\w+", re.UNICODE)


def load_expected() -> dict[str, dict]:
    """The expected records, keyed by the fixture's path under tests/fixtures/unseen."""
    return json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def normalise_space(text: str | None) -> str:
    """NFC text with runs of whitespace collapsed to one space and the ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def tokens(text: str) -> list[str]:
    """Word tokens, case-folded, as the article-extraction benchmarks count them."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text).casefold())


def token_f1(expected: str, got: str) -> float:
    """F1 of the bags of word tokens: 1.0 for the same words, 0.0 when nothing overlaps."""
    want, have = Counter(tokens(expected)), Counter(tokens(got))
    if not want and not have:
        return 1.0
    overlap = sum((want & have).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(have.values())
    recall = overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def as_record(
    *,
    title: str,
    authors: list[str],
    date: str | None,
    publisher: str | None,
    publisher_inferred: bool,
    source_url: str | None,
    body: str,
    genre: str,
    language: str,
) -> dict:
    """What was extracted, in the shape of an expected record (empty values as None / [])."""
    return {
        "title": title or "",
        "authors": [name for name in authors if name],
        "date": date or None,
        "publisher": publisher or None,
        "publisher_inferred": bool(publisher_inferred),
        "source_url": source_url or None,
        "body": body or "",
        "genre": genre or "",
        "language": language or "",
    }


@dataclass
class PageScore:
    """How one page fared: per-field verdicts, invented values and furniture left in the body."""

    key: str
    right: dict[str, bool] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)  # what was got, for the table
    invented: list[str] = field(default_factory=list)
    furniture_kept: list[str] = field(default_factory=list)
    error: str = ""


def _field_right(name: str, expected: dict, got: dict) -> bool:
    if name == "title":
        return normalise_space(expected["title"]) == normalise_space(got["title"])
    if name == "authors":
        return [normalise_space(a) for a in expected["authors"]] == [
            normalise_space(a) for a in got["authors"]
        ]
    if name == "publisher":
        if normalise_space(expected["publisher"]) != normalise_space(got["publisher"]):
            return False
        # A name read off the URL must say so; a stated one may be found either way.
        return got["publisher_inferred"] or not expected.get("publisher_inferred")
    if name == "body":
        return token_f1(expected["body"], got["body"]) >= BODY_F1_THRESHOLD
    if name == "source_url":
        # The archive keeps URLs in one canonical form (no trailing slash, no tracking
        # parameters); the page's URL counts as found when it is the same URL in that form.
        return normalize_url(expected["source_url"] or "") == normalize_url(got["source_url"] or "")
    return expected[name] == got[name]


def _shown(name: str, got: dict, expected: dict) -> str:
    if name == "body":
        return f"F1 {token_f1(expected['body'], got['body']):.2f}"
    value = got[name]
    if isinstance(value, list):
        return "; ".join(value) or "-"
    return str(value) if value else "-"


def score_page(key: str, expected: dict, got: dict | None, *, error: str = "") -> PageScore:
    """Score one page; `got` is None when the page could not be imported at all."""
    score = PageScore(key=key, error=error)
    if got is None:
        got = as_record(
            title="",
            authors=[],
            date=None,
            publisher=None,
            publisher_inferred=False,
            source_url=None,
            body="",
            genre="",
            language="",
        )
    for name in SCORED_FIELDS:
        score.right[name] = _field_right(name, expected, got)
        score.shown[name] = _shown(name, got, expected)
        if not expected[name] and got[name]:
            score.invented.append(name)
    for name in ("genre", "language"):
        score.right[name] = expected[name] == got[name]
        score.shown[name] = got[name] or "-"
    body = normalise_space(got["body"]).casefold()
    score.furniture_kept = [
        snippet for snippet in expected["furniture"] if normalise_space(snippet).casefold() in body
    ]
    return score


def field_totals(scores: list[PageScore], fields=SCORED_FIELDS) -> dict[str, tuple[int, int]]:
    """Per field: (pages right, pages scored)."""
    return {name: (sum(s.right[name] for s in scores), len(scores)) for name in fields}


def share_right(scores: list[PageScore]) -> float:
    """The share of all scored fields (title, authors, date, outlet, URL, body) that are right."""
    totals = field_totals(scores)
    right = sum(r for r, _ in totals.values())
    counted = sum(n for _, n in totals.values())
    return right / counted if counted else 0.0


def format_table(scores: list[PageScore], expected: dict[str, dict], *, fields=None) -> str:
    """A per-page table: a wrong field shows what was got and what was expected."""
    fields = fields or (*SCORED_FIELDS, "genre", "language")
    lines = []
    for score in scores:
        wrong = [name for name in fields if not score.right[name]]
        problems = []
        if score.error:
            problems.append(f"import failed: {score.error}")
        for name in wrong:
            want = expected[score.key][name]
            if name == "body":
                want = "F1 >= 0.95"
            elif isinstance(want, list):
                want = "; ".join(want) or "-"
            problems.append(f"{name}: got {score.shown[name]!r}, expected {want or '-'!r}")
        invented = [name for name in score.invented if name in fields]
        if invented:
            problems.append(f"INVENTED {', '.join(invented)}")
        if score.furniture_kept and "body" in fields:
            problems.append(f"furniture in body: {score.furniture_kept}")
        status = "ok" if not problems else f"{len(wrong)} wrong"
        lines.append(f"{score.key:<40} {status}")
        lines.extend(f"    {problem}" for problem in problems)
    totals = field_totals(scores, fields)
    lines.append("")
    lines.append("field        right")
    for name, (right, counted) in totals.items():
        lines.append(f"{name:<12} {right:>2}/{counted} ({right / counted:.0%})")
    if set(SCORED_FIELDS) <= set(fields):
        lines.append(f"all six scored fields: {share_right(scores):.1%} right")
    return "\n".join(lines)
