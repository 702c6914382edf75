"""Import benchmark: generate page dumps, import them into a fresh database, time it, check fields.

    python bench/import_bench.py --count 10000                      # SQLite (a temporary file)
    python bench/import_bench.py --count 10000 \\
        --database-url postgres://postgres@127.0.0.1:5432/postgres   # PostgreSQL server

Steps: write `--count` synthetic dumps (bench/corpus.py, each outlet in its own page layout) to a
temporary directory; create a fresh database (SQLite: a temporary file; PostgreSQL: the database
`--db-name`, default `bench_import`, on the given server, dropped first if it exists and dropped
again at the end); run the migrations; import the dumps in-process with
`articles.importers.pipeline.import_paths`, which is what `manage.py import_articles` runs; then
compare a sample of the stored articles with the generated data, field by field.

Only the import itself is timed for the rate. Output: progress and details on stderr, one
Markdown table row on stdout (`--table-header` prints the header first), or a JSON object with
`--json`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT, ROOT / "bench"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import corpus  # noqa: E402  (needs the path set above)

FIELDS = ("title", "authors", "date", "publisher", "source_url", "body")
TABLE_HEADER = (
    "| database | articles | import time | articles/s | created | failed | title | authors "
    "| date | publisher | source URL | body |\n"
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- Databases ---------------------------------------------------------------------------------
class Database:
    """A fresh database for one run: `url` for Django; `drop()` removes it."""

    def __init__(self, requested: str, workdir: Path, name: str) -> None:
        self.requested = requested
        self.name = name
        self.admin_url = ""
        scheme = urlsplit(requested).scheme if "://" in requested else requested
        if scheme in ("sqlite", "sqlite3", ""):
            self.kind = "sqlite"
            self.url = f"sqlite:///{workdir / 'bench.sqlite3'}"
        elif scheme in ("postgres", "postgresql", "pgsql"):
            self.kind = "postgresql"
            self.admin_url = requested
            parts = urlsplit(requested)
            self.url = urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))
        else:
            raise SystemExit(f"unsupported --database-url {requested!r} (sqlite or postgres://…)")

    def create(self) -> None:
        if self.kind == "postgresql":
            self._admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", "CREATE DATABASE {}")

    def drop(self) -> None:
        if self.kind == "postgresql":
            self._admin("DROP DATABASE IF EXISTS {} WITH (FORCE)")

    def _admin(self, *statements: str) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=10) as conn:
            for statement in statements:
                conn.execute(sql.SQL(statement).format(sql.Identifier(self.name)))


def _backend_label() -> str:
    from django.db import connection

    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    if connection.vendor == "postgresql":
        version = connection.pg_version
        return f"PostgreSQL {version // 10000}.{version % 10000}"
    return connection.vendor


# --- Checking ----------------------------------------------------------------------------------
def _stored(paths: list[Path]) -> dict[str, dict]:
    """What the archive holds for each dump file: {file name: {field: value}}."""
    from articles.models import ArticleAuthor, Capture

    stored: dict[str, dict] = {}
    names = [str(path) for path in paths]
    for start in range(0, len(names), 500):
        captures = Capture.objects.filter(file_name__in=names[start : start + 500])
        for capture in captures.select_related("article__publisher"):
            article = capture.article
            if article is None:
                continue
            stored[capture.file_name] = {
                "article_id": article.pk,
                "title": article.title,
                "authors": [],
                "date": article.published_on,
                "publisher": article.publisher.name if article.publisher else None,
                "source_url": article.source_url,
                "body": article.body,
            }
    by_id = {values["article_id"]: values for values in stored.values()}
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        rows = (
            ArticleAuthor.objects.filter(article_id__in=ids[start : start + 500])
            .order_by("article_id", "position")
            .values_list("article_id", "author__name")
        )
        for article_id, name in rows:
            by_id[article_id]["authors"].append(name)
    return stored


def _expected(article: dict) -> dict:
    return {
        "title": article["title"],
        "authors": [author["name"] for author in article["authors"]],
        "date": article["date"],
        "publisher": article["publisher"],
        "source_url": article["source_url"],
        "body": article["body"],
    }


def check_fields(articles: list[dict], paths: list[Path], sample: list[int], show: int) -> dict:
    """Per-field and per-style accuracy over `sample` (indexes); a missing article fails all."""
    stored = _stored([paths[i] for i in sample])
    right: Counter = Counter()
    by_style: dict[str, Counter] = defaultdict(Counter)
    examples: list[str] = []
    for index in sample:
        article, path = articles[index], paths[index]
        style = corpus.STYLE_NAMES[article["style"]]
        expected, got = _expected(article), stored.get(str(path), {})
        by_style[style]["_checked"] += 1
        for field in FIELDS:
            ok = got.get(field) == expected[field]
            right[field] += ok
            by_style[style][field] += ok
            if not ok and len(examples) < show:
                shown_expected, shown_got = expected[field], got.get(field)
                if field == "body":
                    shown_expected = str(shown_expected)[:120] + "…"
                    shown_got = str(shown_got)[:120] + "…"
                examples.append(
                    f"{path.name} (style {style}) {field}: expected {shown_expected!r}, "
                    f"got {shown_got!r}"
                )
    checked = len(sample)
    return {
        "checked": checked,
        "accuracy": {f: round(100 * right[f] / checked, 2) for f in FIELDS} if checked else {},
        "accuracy_by_style": {
            style: {
                "checked": counts["_checked"],
                **{f: round(100 * counts[f] / counts["_checked"], 2) for f in FIELDS},
            }
            for style, counts in sorted(by_style.items())
        },
        "mismatch_examples": examples,
    }


def extraction_rate(paths: list[Path]) -> float:
    """Dumps per second through decoding and extraction alone (no database)."""
    from articles.importers.decoding import decode_capture
    from articles.importers.text import read_text_dump

    data = [path.read_bytes() for path in paths]
    start = time.perf_counter()
    for raw in data:
        text, _ = decode_capture(raw)
        read_text_dump(text)
    elapsed = time.perf_counter() - start
    return len(data) / elapsed if elapsed else 0.0


# --- The run -----------------------------------------------------------------------------------
def run(args: argparse.Namespace) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix="import-bench-"))
    dump_dir = args.keep_dumps or workdir / "dumps"
    database = Database(args.database_url, workdir, args.db_name)
    created_db = False
    try:
        log(f"generating {args.count:,} articles (seed {args.seed}) into {dump_dir}")
        start = time.perf_counter()
        articles = list(corpus.generate_articles(args.count, seed=args.seed))
        paths = corpus.dump_articles(dump_dir, articles)
        generate_seconds = time.perf_counter() - start

        database.create()
        created_db = True
        os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
        os.environ["DJANGO_DEBUG"] = "1"
        os.environ["DATABASE_URL"] = database.url
        import django

        django.setup()
        from django.core.management import call_command

        from articles.importers.pipeline import import_paths

        backend = _backend_label()
        log(f"migrating a fresh {backend} database")
        start = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        migrate_seconds = time.perf_counter() - start

        load_before = os.getloadavg()[0]
        done = 0
        step = max(1, args.count // 10)
        import_start = time.perf_counter()

        def on_item(result) -> None:
            nonlocal done
            done += 1
            if not args.quiet and (done % step == 0 or done == args.count):
                elapsed = time.perf_counter() - import_start
                log(f"  imported {done:,}/{args.count:,} ({done / elapsed:.1f}/s)")

        log(f"importing {len(paths):,} dumps")
        summary, _ = import_paths([dump_dir], on_item=on_item)
        import_seconds = time.perf_counter() - import_start
        load_after = os.getloadavg()[0]

        sample_size = args.count if args.sample <= 0 else min(args.sample, args.count)
        sample = sorted(random.Random(args.seed).sample(range(args.count), sample_size))
        checks = check_fields(articles, paths, sample, args.show_mismatches)
        extract_sample = [paths[i] for i in sample[: min(len(sample), 1000)]]
        extract_per_second = extraction_rate(extract_sample)

        return {
            "database": backend,
            "count": args.count,
            "seed": args.seed,
            "generate_seconds": round(generate_seconds, 2),
            "migrate_seconds": round(migrate_seconds, 2),
            "import_seconds": round(import_seconds, 2),
            "articles_per_second": round(args.count / import_seconds, 1),
            "extract_only_per_second": round(extract_per_second, 1),
            "created": summary.count("created"),
            "updated": summary.count("updated"),
            "unchanged": summary.count("unchanged"),
            "failed": summary.count("failed"),
            "errors": [f"{r.file_name}: {r.error}" for r in summary.failures[:10]],
            **checks,
            # Other processes competing for the CPU slow the import down: the 1-minute load
            # average before and after the import, next to os.cpu_count(), shows it.
            "load_average": [round(load_before, 2), round(load_after, 2)],
            "cpu_count": os.cpu_count(),
            "python": platform.python_version(),
            "django": django.get_version(),
        }
    finally:
        if created_db:
            try:
                from django.db import connections

                connections.close_all()
            except Exception:  # Django may not have been set up
                pass
            database.drop()
        shutil.rmtree(workdir, ignore_errors=True)


def table_row(result: dict) -> str:
    accuracy = result["accuracy"]
    cells = [
        result["database"],
        f"{result['count']:,}",
        f"{result['import_seconds']:.1f} s",
        f"{result['articles_per_second']:.1f}",
        f"{result['created']:,}",
        f"{result['failed']:,}",
        *(f"{accuracy[field]:.1f}%" for field in FIELDS),
    ]
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time importing synthetic page dumps and check the extracted fields."
    )
    parser.add_argument("--count", type=int, default=1000, help="articles to generate and import")
    parser.add_argument(
        "--database-url",
        default="sqlite",
        help="'sqlite' (a temporary file) or a PostgreSQL server URL, e.g. "
        "postgres://postgres@127.0.0.1:5432/postgres (default: sqlite)",
    )
    parser.add_argument("--db-name", default="bench_import", help="PostgreSQL database to use")
    parser.add_argument("--seed", type=int, default=42, help="corpus seed")
    parser.add_argument(
        "--sample", type=int, default=1000, help="articles to check field by field (0: all)"
    )
    parser.add_argument("--show-mismatches", type=int, default=5, help="mismatches to print")
    parser.add_argument("--keep-dumps", type=Path, help="write the dumps here and keep them")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--table-header", action="store_true", help="print the table header")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    if args.keep_dumps and args.keep_dumps.exists() and any(args.keep_dumps.iterdir()):
        parser.error(f"--keep-dumps {args.keep_dumps} is not empty (all of it would be imported)")

    result = run(args)

    log(
        f"{result['database']}: {result['count']:,} dumps imported in "
        f"{result['import_seconds']:.1f} s = {result['articles_per_second']:.1f} articles/s "
        f"(extraction alone: {result['extract_only_per_second']:.1f}/s; generating "
        f"{result['generate_seconds']:.1f} s, migrating {result['migrate_seconds']:.1f} s; "
        f"load average {result['load_average'][0]} → {result['load_average'][1]} "
        f"on {result['cpu_count']} CPUs)"
    )
    log(
        f"created {result['created']:,}, updated {result['updated']:,}, "
        f"unchanged {result['unchanged']:,}, failed {result['failed']:,}"
    )
    for error in result["errors"]:
        log(f"  failed: {error}")
    log(f"field accuracy over {result['checked']:,} articles:")
    log("  all: " + ", ".join(f"{f} {v:.1f}%" for f, v in result["accuracy"].items()))
    for style, values in result["accuracy_by_style"].items():
        fields = ", ".join(f"{f} {values[f]:.1f}%" for f in FIELDS)
        log(f"  {style} ({values['checked']}): {fields}")
    for example in result["mismatch_examples"]:
        log(f"  mismatch: {example}")

    if args.json:
        print(json.dumps(result, indent=2, default=str))
    else:
        if args.table_header:
            print(TABLE_HEADER)
        print(table_row(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
