"""Score a text reader against generated pages: per-field accuracy, invented values, furniture
kept in the body, per-language and per-layout breakdowns.

A field is right when the reader's value equals the truth: the title after whitespace
normalisation, the authors as an exact list, the date as an ISO day, the publisher's name and
the source URL exactly; the body when its token F1 against the true body is at least 0.95. A
value is *invented* when the reader states a field the page does not (the truth is empty). On a
page that shows a URL but never names its outlet, a publisher equal to the URL's host counts as
right (inferred from the domain), not invented.
A reader that raises counts every field wrong, except those whose truth is empty.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

FIELDS = ("title", "authors", "date", "publisher", "source_url", "body")
BODY_F1_RIGHT = 0.95
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _spaces(text: str | None) -> str:
    return " ".join((text or "").split())


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, as the body F1 counts them."""
    return _TOKEN.findall(text.lower())


def token_f1(predicted: str, truth: str) -> float:
    """Token-level F1 of `predicted` against `truth` (bags of words); 1.0 when both are empty."""
    got, want = Counter(tokens(predicted)), Counter(tokens(truth))
    if not got and not want:
        return 1.0
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def extracted_fields(article) -> dict:
    """The scored fields of an `ExtractedArticle`, in the truth's shapes."""
    return {
        "title": _spaces(article.title) or None,
        "authors": [_spaces(author.name) for author in article.authors],
        "date": article.published_on.isoformat() if article.published_on else None,
        "publisher": _spaces(article.publisher_name) or None,
        "source_url": article.source_url or None,
        "body": article.body or "",
        "standfirst": _spaces(article.standfirst),
        "genre": article.genre or "",
        "section": _spaces(article.section),
    }


def _empty(value) -> bool:
    return value in (None, "", [])


def _leaked_lines(page, body: str) -> list[tuple[str, str, str]]:
    """Non-body lines of the page that the reader's body contains, as (kind, text, label); a
    text the page prints twice (a masthead repeated as a running header) counts once, as
    furniture when either copy is."""
    paragraphs = {_spaces(p) for p in body.split("\n\n")}
    body_text = _spaces(body)
    labelled = zip(page.lines, page.labels, strict=True)
    body_lines = {_spaces(line) for line, label in labelled if label == "body"}
    leaked: dict[str, tuple[str, str, str]] = {}
    for line, label, kind in zip(page.lines, page.labels, page.kinds, strict=True):
        text = _spaces(line)
        if label == "body" or text in body_lines:
            continue
        # Whole paragraphs, or a line glued to a paragraph (a reader that joins lines).
        kept = text in paragraphs or (len(text) >= 25 and text in body_text)
        if kept and (text not in leaked or label == "furniture"):
            leaked[text] = (kind, text, label)
    return list(leaked.values())


def score_page(page, reader: Callable) -> dict:
    """One page's result: which fields are right, which invented, the body F1 and leaks."""
    truth = page.truth
    try:
        got = extracted_fields(reader(page.text))
        error = ""
    except Exception as exc:
        got = {
            "title": None,
            "authors": [],
            "date": None,
            "publisher": None,
            "source_url": None,
            "body": "",
        }
        got.update(standfirst="", genre="", section="")
        error = f"{type(exc).__name__}: {exc}"
    want = {
        "title": _spaces(truth["title"]) or None,
        "authors": list(truth["authors"]),
        "date": truth["date"],
        "publisher": truth["publisher"],
        "source_url": truth["source_url"],
        "body": truth["body"],
    }
    f1 = token_f1(got["body"], want["body"])
    right = {name: got[name] == want[name] for name in FIELDS if name != "body"}
    domain = truth.get("publisher_domain")
    if want["publisher"] is None and domain and (got["publisher"] or "").lower() == domain:
        # A page that shows only its URL: an outlet named after the domain is inferred, not
        # invented.
        right["publisher"] = True
    right["body"] = f1 >= BODY_F1_RIGHT
    invented = [
        name for name in FIELDS if _empty(want[name]) and not _empty(got[name]) and not right[name]
    ]
    if not truth["standfirst"] and got["standfirst"]:
        invented.append("standfirst")
    leaked = _leaked_lines(page, got["body"])
    return {
        "right": right,
        "invented": invented,
        "body_f1": f1,
        "leaked": leaked,
        "leaked_furniture": [item for item in leaked if item[2] == "furniture"],
        "error": error,
        "got": got,
        "want": want,
        "genre_right": got["genre"] == truth["genre"],
        "section_right": got["section"] == truth["section"],
    }


def _summary(results: list[dict]) -> dict:
    count = len(results)
    if not count:
        return {"pages": 0}
    per_field = {name: sum(r["right"][name] for r in results) / count for name in FIELDS}
    return {
        "pages": count,
        "fields_right": sum(sum(r["right"].values()) for r in results) / (count * len(FIELDS)),
        "per_field": per_field,
        "mean_body_f1": sum(r["body_f1"] for r in results) / count,
        "invented": sum(len(r["invented"]) for r in results),
        "pages_with_leaks": sum(bool(r["leaked"]) for r in results),
        "furniture_leaks": sum(len(r["leaked_furniture"]) for r in results),
        "errors": sum(bool(r["error"]) for r in results),
    }


def score_pages(pages: Iterable, reader: Callable) -> dict:
    """Score `reader` (text -> ExtractedArticle) on `pages`; see the module docstring."""
    pages = list(pages)
    started = time.perf_counter()
    results = [score_page(page, reader) for page in pages]
    elapsed = time.perf_counter() - started
    by_language: dict[str, list[dict]] = defaultdict(list)
    by_layout: dict[str, list[dict]] = defaultdict(list)
    by_genre: dict[str, list[dict]] = defaultdict(list)
    for page, result in zip(pages, results, strict=False):
        by_language[page.truth["language"]].append(result)
        by_layout[page.layout].append(result)
        by_genre[page.truth["genre"]].append(result)
    report = _summary(results)
    report["articles_per_second"] = len(pages) / elapsed if elapsed else 0.0
    report["invented_by_field"] = dict(Counter(name for r in results for name in r["invented"]))
    report["leaked_lines"] = sum(len(r["leaked"]) for r in results)
    report["leaked_by_kind"] = dict(Counter(kind for r in results for kind, _, _ in r["leaked"]))
    report["genre_right"] = sum(r["genre_right"] for r in results) / max(1, len(results))
    report["section_right"] = sum(r["section_right"] for r in results) / max(1, len(results))
    report["by_language"] = {key: _summary(value) for key, value in sorted(by_language.items())}
    report["by_layout"] = {key: _summary(value) for key, value in sorted(by_layout.items())}
    report["by_genre"] = {key: _summary(value) for key, value in sorted(by_genre.items())}
    report["failures"] = [
        {
            "index": page.index,
            "layout": page.layout,
            "language": page.truth["language"],
            "wrong": {
                name: {"got": r["got"][name], "want": r["want"][name]}
                for name, ok in r["right"].items()
                if not ok and name != "body"
            },
            "body_f1": round(r["body_f1"], 3),
            "invented": r["invented"],
            "leaked": r["leaked"][:5],
            "error": r["error"],
        }
        for page, r in zip(pages, results, strict=False)
        if not all(r["right"].values()) or r["invented"] or r["leaked"]
    ]
    return report
