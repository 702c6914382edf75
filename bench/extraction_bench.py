"""Extraction benchmark: run the text reader on generated, labelled page dumps and score it.

    python bench/extraction_bench.py --count 300 --seed 9001          # held-out seed
    python bench/extraction_bench.py --count 1000 --seed 7 --json      # a training seed, JSON
    python bench/extraction_bench.py --count 300 --failures 10         # show 10 failed pages

Pages come from `bench/pagegen` (many outlet layouts, eight or more languages, furniture before
and after the article). The reader is `articles.importers.text.read_text_dump`; no database is
needed. Output: overall and per-field accuracy (see `pagegen.score`), mean body F1, invented
values, furniture lines kept in a body, rates per language, layout and genre, and articles/s
(the reader alone).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT, ROOT / "bench"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

# The reader needs no database; settings are loaded only so that it may use Django utilities.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import pagegen  # noqa: E402  (needs the path set above)
from pagegen.score import FIELDS, score_pages  # noqa: E402


def _reader():
    import django

    django.setup()
    from articles.importers.text import read_text_dump

    return read_text_dump


def _percent(value: float) -> str:
    return f"{100 * value:5.1f}%"


def _print_table(title: str, groups: dict) -> None:
    print(
        f"\n{title:14} pages  fields  "
        + "  ".join(f"{name[:7]:>7}" for name in FIELDS)
        + "  invented  leaks"
    )
    for key, summary in groups.items():
        cells = "  ".join(f"{_percent(summary['per_field'][name]):>7}" for name in FIELDS)
        print(
            f"{key:14} {summary['pages']:5}  {_percent(summary['fields_right'])}  {cells}"
            f"  {summary['invented']:8}  {summary['pages_with_leaks']:5}"
        )


def main(argv: list[str] | None = None) -> int:
    """Generate pages, score the reader on them, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=9001)
    parser.add_argument("--languages", help="comma-separated codes (default: all)")
    parser.add_argument("--json", action="store_true", help="print the whole report as JSON")
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="show N failed pages")
    args = parser.parse_args(argv)
    languages = args.languages.split(",") if args.languages else None

    started = time.perf_counter()
    pages = list(pagegen.generate_pages(args.count, seed=args.seed, languages=languages))
    generated = time.perf_counter() - started
    report = score_pages(pages, _reader())
    report["generation_seconds"] = generated
    report["seed"], report["count"] = args.seed, args.count
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1, default=str))
        return 0
    print(f"{args.count} pages, seed {args.seed}, generated in {generated:.2f} s")
    print(
        f"fields right   {_percent(report['fields_right'])}   "
        "(title, authors, date, publisher, source_url, body)"
    )
    for name in FIELDS:
        print(f"  {name:12} {_percent(report['per_field'][name])}")
    print(f"mean body F1   {report['mean_body_f1']:.3f}")
    print(f"invented       {report['invented']}  {report['invented_by_field']}")
    print(
        f"leaked lines   {report['leaked_lines']} non-body lines in "
        f"{report['pages_with_leaks']} bodies, "
        f"{report['furniture_leaks']} of them furniture  {report['leaked_by_kind']}"
    )
    print(f"reader errors  {report['errors']}")
    print(
        f"genre right    {_percent(report['genre_right'])}   "
        f"section right {_percent(report['section_right'])}"
    )
    print(f"speed          {report['articles_per_second']:.0f} articles/s (reader only)")
    _print_table("language", report["by_language"])
    _print_table("layout", report["by_layout"])
    _print_table("genre", report["by_genre"])
    for failure in report["failures"][: args.failures]:
        print("\n" + json.dumps(failure, ensure_ascii=False, default=str)[:1500])
    return 0


if __name__ == "__main__":
    sys.exit(main())
