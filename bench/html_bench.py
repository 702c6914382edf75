"""Body-text quality of the HTML reader against plain trafilatura, on bench/html_corpus/.

    python bench/html_bench.py            # a Markdown table per page type and overall
    python bench/html_bench.py --json     # the same numbers as JSON

The measure is the one the public article-extraction benchmark uses: the whitespace-tokenised
text is cut into 4-token shingles (a multiset), and precision = shared / predicted shingles,
recall = shared / gold shingles, F1 their harmonic mean; each is computed per page and then
averaged over pages (per page type, per set and overall). "trafilatura" is
`trafilatura.extract(page)` with default settings; "ours" is the body of
`articles.importers.html.read_html`. List markers ("- ") are removed from both before
comparing. The corpus is regenerated with bench/html_corpus/generate.py, heldout.py and
stress.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "html_corpus"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHINGLE = 4
# main: the templates the rules were developed with; held-out: written afterwards, scored
# without tuning; stress: layouts written to find the limits (no rule was added for them).
SETS = (("main", "corpus.json"), ("held-out", "heldout.json"), ("stress", "stress.json"))


def shingles(text: str) -> Counter:
    """The multiset of 4-token shingles of the whitespace-tokenised text."""
    tokens = " ".join(line.removeprefix("- ") for line in text.splitlines()).split()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def score(predicted: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of a predicted body against the gold body."""
    predicted_shingles, gold_shingles = shingles(predicted), shingles(gold)
    shared = sum((predicted_shingles & gold_shingles).values())
    precision = shared / sum(predicted_shingles.values()) if predicted_shingles else 0.0
    recall = shared / sum(gold_shingles.values()) if gold_shingles else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def plain_trafilatura(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page) or ""


def ours(page: str) -> str:
    from articles.importers.base import CaptureError
    from articles.importers.html import read_html

    try:
        return read_html(page, file_name="bench.html").body
    except CaptureError:
        return ""


def run() -> dict:
    """Score both extractors on every page; per type and overall means, and pages/s."""
    manifest = [
        {**entry, "set": page_set}
        for page_set, file_name in SETS
        for entry in json.loads((CORPUS / file_name).read_text(encoding="utf-8"))
    ]
    pages = [
        (
            entry,
            (CORPUS / "pages" / f"{entry['name']}.html").read_text(encoding="utf-8"),
            (CORPUS / "gold" / f"{entry['name']}.txt").read_text(encoding="utf-8"),
        )
        for entry in manifest
    ]
    set_sizes = {name: sum(e["set"] == name for e in manifest) for name, _file in SETS}
    results: dict = {"pages": len(pages), "set_sizes": set_sizes, "extractors": {}}
    for label, extractor in (("trafilatura", plain_trafilatura), ("ours", ours)):
        extractor(pages[0][1])  # warm up imports outside the timing
        by_type: dict[str, list] = defaultdict(list)
        by_set: dict[str, list] = defaultdict(list)
        started = time.perf_counter()
        per_page = {}
        for entry, page, gold in pages:
            scored = score(extractor(page), gold)
            by_type[entry["type"]].append(scored)
            by_set[entry["set"]].append(scored)
            per_page[entry["name"]] = scored
        elapsed = time.perf_counter() - started
        every = [s for scores in by_type.values() for s in scores]
        results["extractors"][label] = {
            "overall": _means(every),
            "by_type": {page_type: _means(scores) for page_type, scores in by_type.items()},
            "by_set": {page_set: _means(scores) for page_set, scores in by_set.items()},
            "per_page": {name: _round(s) for name, s in per_page.items()},
            "pages_per_second": round(len(pages) / elapsed, 1),
        }
    return results


def _means(scores: list[tuple[float, float, float]]) -> dict:
    count = len(scores) or 1
    precision, recall, f1 = (sum(s[i] for s in scores) / count for i in range(3))
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def _round(scored) -> dict:
    return dict(zip(("precision", "recall", "f1"), (round(x, 3) for x in scored), strict=True))


def markdown(results: dict) -> str:
    """The README table: F1 (precision / recall) per page type, trafilatura vs ours."""
    plain, own = results["extractors"]["trafilatura"], results["extractors"]["ours"]
    lines = [
        "| Page type | trafilatura F1 (P / R) | ours F1 (P / R) |",
        "|---|---|---|",
    ]

    def cell(m: dict) -> str:
        return f"{m['f1']:.3f} ({m['precision']:.3f} / {m['recall']:.3f})"

    for page_type in plain["by_type"]:
        plain_cell, own_cell = cell(plain["by_type"][page_type]), cell(own["by_type"][page_type])
        lines.append(f"| {page_type} | {plain_cell} | {own_cell} |")
    counts = results["set_sizes"]
    for page_set in plain["by_set"]:
        plain_cell, own_cell = cell(plain["by_set"][page_set]), cell(own["by_set"][page_set])
        lines.append(f"| *{page_set} set ({counts[page_set]} pages)* | {plain_cell} | {own_cell} |")
    lines.append(
        f"| **all {results['pages']} pages** | {cell(plain['overall'])} | {cell(own['overall'])} |"
    )
    lines.append("")
    lines.append(
        f"Speed: trafilatura {plain['pages_per_second']} pages/s, "
        f"ours {own['pages_per_second']} pages/s (whole reader: metadata, body and audit)."
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    parser.add_argument("--per-page", action="store_true", help="with --json: include each page")
    args = parser.parse_args()
    results = run()
    if args.json:
        if not args.per_page:
            for extractor in results["extractors"].values():
                extractor.pop("per_page")
        print(json.dumps(results, indent=2))
    else:
        print(markdown(results))


if __name__ == "__main__":
    main()
