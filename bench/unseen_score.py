"""Score the readers on the held-out pages of outlets the importer has never seen.

    python bench/unseen_score.py            # per-page problems, then the per-field table
    python bench/unseen_score.py --summary  # only the per-field table
    python bench/unseen_score.py --json     # the per-field figures as JSON

The pages are tests/fixtures/unseen/{text,html}; what a careful cataloguer records for each is in
tests/fixtures/unseen/expected.json. Each page is decoded and run through the reader for its
format (`articles.importers.pipeline.extract`, what the importer calls) without a database, and
scored with tests/scoring.py, the same scoring tests/test_unseen_pages.py applies to the stored
articles. Genre and language are shown as the readers state them; the importer may add an
inferred genre or language when it stores the article, which only the test sees.

The acceptance bar: >= 95% of the six scored fields (title, authors, date, outlet, URL, body
with token F1 >= 0.95) right, and no invented value (a value where the page states none).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
# Only the readers run: no request is served and no database is opened.
os.environ.setdefault("DJANGO_DEBUG", "1")
import django  # noqa: E402  (settings must be named first)

django.setup()

from articles.importers.base import CaptureError, ExtractedArticle  # noqa: E402
from articles.importers.decoding import decode_capture  # noqa: E402
from articles.importers.pipeline import detect_format, extract  # noqa: E402
from tests.scoring import (  # noqa: E402
    FIXTURES,
    SCORED_FIELDS,
    as_record,
    field_totals,
    format_table,
    load_expected,
    score_page,
    share_right,
)


def extracted_record(article: ExtractedArticle) -> dict:
    """The reader's output in the shape of an expected record, as the importer would store it."""
    return as_record(
        title=article.title,
        authors=[author.name for author in article.authors],
        date=article.published_on.isoformat() if article.published_on else None,
        # The importer names an outlet known only by its domain after the domain.
        publisher=article.publisher_name or article.publisher_domain,
        publisher_inferred=bool(article.provenance.get("publisher", {}).get("inferred")),
        source_url=article.source_url,
        body=article.body,
        genre=article.genre,
        language=article.language,
    )


def score_all() -> tuple[list, dict[str, dict]]:
    """Read and score every unseen page; returns the scores and the expected records."""
    expected = load_expected()
    scores = []
    for key in sorted(expected):
        path = FIXTURES / key
        data = path.read_bytes()
        try:
            text, _encoding = decode_capture(data)
            article = extract(text, fmt=detect_format(path, data), file_name=str(path))
        except CaptureError as error:
            scores.append(score_page(key, expected[key], None, error=str(error)))
            continue
        scores.append(score_page(key, expected[key], extracted_record(article)))
    return scores, expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--summary", action="store_true", help="print only the per-field table")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args(argv)

    scores, expected = score_all()
    fields = (*SCORED_FIELDS, "genre", "language")
    if options.json:
        totals = field_totals(scores, fields)
        print(
            json.dumps(
                {
                    "pages": len(scores),
                    "fields": {name: {"right": r, "of": n} for name, (r, n) in totals.items()},
                    "share_right": round(share_right(scores), 4),
                    "invented": sum(len(s.invented) for s in scores),
                    "pages_with_furniture_in_body": sum(bool(s.furniture_kept) for s in scores),
                    "failed": [s.key for s in scores if s.error],
                },
                indent=2,
            )
        )
        return 0
    table = format_table(scores, expected, fields=fields)
    if options.summary:
        table = table[table.index("\nfield ") + 1 :]
    print(table)
    for folder in ("text", "html"):
        part = [s for s in scores if s.key.startswith(f"{folder}/")]
        print(f"{folder} pages ({len(part)}): {share_right(part):.1%} of scored fields right")
    print(f"invented values: {sum(len(s.invented) for s in scores)}")
    print(f"pages with furniture in the body: {sum(bool(s.furniture_kept) for s in scores)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
