"""Memory and speed of a 100,000-row CSV export, streamed through the WSGI application.

    python bench/export_memory.py --count 100000 --database-url sqlite
    python bench/export_memory.py --count 100000 --database-url postgres://postgres@127.0.0.1:5432/postgres

The database (`var/bench/export-<count>.sqlite3`, or `bench_export_<count>` on the PostgreSQL
server) is built once and reused: the search benchmark's loader (bench/search_bench.py) writes
the first BASE_ARTICLES articles of the synthetic corpus (bench/corpus.py), which are then copied
with bulk inserts, bylines and topics included, up to `count`; generating every article's text
would take most of an hour for an export that only reads them. The load runs in a process of its
own, so its memory is not this one's peak.

This process then only serves: after a warm-up export of a few rows it requests
/articles/export/?format=csv (every article, newest first) as a WSGI server would, counting the
bytes and rows it receives and keeping none of them. It reports the growth of peak RSS over the
export (getrusage ru_maxrss), the peak of Python allocations during a second, traced export
(tracemalloc, which slows it down, so rows/s is from the first), and rows/s. It exits non-zero
when peak RSS grew by more than --max-growth-mb (150 MB by default) or a row is missing.
"""

import argparse
import io
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))


def peak_rss_mb() -> float:
    # Linux reports ru_maxrss in kilobytes (macOS in bytes).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def serve_export(query: str) -> tuple[int, int, dict]:
    """GET /articles/export/?<query> through the WSGI app; (bytes, CSV lines, headers)."""
    from wsgiref.util import setup_testing_defaults

    from archive.wsgi import application

    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/articles/export/",
        "QUERY_STRING": query,
        "HTTP_HOST": "127.0.0.1",
        "wsgi.input": io.BytesIO(),
    }
    setup_testing_defaults(environ)
    headers: dict = {}

    def start_response(status, response_headers, exc_info=None):
        assert status.startswith("200"), status
        headers.update(response_headers)

    size = lines = 0
    body = application(environ, start_response)
    try:
        for piece in body:
            size += len(piece)
            lines += piece.count(b"\r\n")
    finally:
        body.close()  # ends the request as a server does: the connection is released
    return size, lines, headers


BASE_ARTICLES = 2_000


def configure(database_url: str, count: int) -> None:
    """Point Django at the export benchmark's database, creating it if needed."""
    import search_bench

    search_bench.configure(database_url, count, kind="export")


def load(count: int) -> None:
    """BASE_ARTICLES corpus articles, then copies of them up to `count` (skipped when held)."""
    import search_bench
    from django.db import transaction

    from articles.models import Article, ArticleAuthor

    if Article.objects.count() == count:
        return
    Article.objects.all().delete()
    search_bench.load(min(BASE_ARTICLES, count))
    base = list(Article.objects.order_by("pk"))
    authors, topics = {}, {}
    for link in ArticleAuthor.objects.values("article_id", "author_id", "position"):
        authors.setdefault(link["article_id"], []).append(link)
    for link in Article.topics.through.objects.values("article_id", "topic_id"):
        topics.setdefault(link["article_id"], []).append(link["topic_id"])
    started, made = time.perf_counter(), len(base)
    with transaction.atomic():
        while made < count:
            originals = base[: min(1000, count - made)]
            copies = []
            for number, original in enumerate(originals, start=made):
                copy = Article(
                    **{
                        field.attname: getattr(original, field.attname)
                        for field in Article._meta.concrete_fields
                        if not field.primary_key
                    }
                )
                copy.slug = f"{original.slug[:180]}-copy-{number}"
                copy.source_url = f"{original.source_url}?copy={number}"
                copy.url_key = None
                copy.text_hash = f"bench-copy-{number}"
                copies.append(copy)
            created = Article.objects.bulk_create(copies)
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(
                    article_id=copy.pk, author_id=link["author_id"], position=link["position"]
                )
                for original, copy in zip(originals, created, strict=True)
                for link in authors.get(original.pk, [])
            )
            Article.topics.through.objects.bulk_create(
                Article.topics.through(article_id=copy.pk, topic_id=topic)
                for original, copy in zip(originals, created, strict=True)
                for topic in topics.get(original.pk, [])
            )
            made += len(created)
    print(
        f"copied up to {count} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--database-url", default="sqlite", help="'sqlite' or a postgres:// URL")
    parser.add_argument("--max-growth-mb", type=float, default=150.0)
    parser.add_argument("--load-only", action="store_true", help="build the database and stop")
    parser.add_argument(
        "--sqlite-mmap",
        action="store_true",
        help="keep the settings' memory-mapped reads on SQLite (their pages count as RSS)",
    )
    args = parser.parse_args()
    if args.load_only:
        configure(args.database_url, args.count)
        load(args.count)
        return 0

    # Build (or find) the database in another process, so its memory is not this one's peak.
    loader = [sys.executable, __file__, "--load-only"]
    loader += ["--count", str(args.count), "--database-url", args.database_url]
    subprocess.run(loader, check=True)

    # Served as in production: debug off (no query log kept), every row allowed.
    os.environ.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="bench-only-secret-key-not-for-production-0123456789",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        ARCHIVE_EXPORT_MAX_ROWS=str(args.count),
    )
    configure(args.database_url, args.count)
    from django.db import connection
    from django.test.utils import override_settings

    if connection.vendor == "sqlite" and not args.sqlite_mmap:
        # A memory-mapped database's pages are the operating system's file cache, shared with
        # every process and dropped under pressure, yet counted in this process's RSS as they
        # are read: a whole-table read would "grow" by the size of the file. Off here, so RSS
        # measures the export; SQLite's own page cache (64 MiB in the settings) still counts.
        options = connection.settings_dict["OPTIONS"]
        options["init_command"] = options["init_command"].replace(
            "PRAGMA mmap_size=1073741824;", "PRAGMA mmap_size=0;"
        )

    from articles.models import Article

    expected = Article.objects.published().count()
    with override_settings(ARCHIVE_EXPORT_MAX_ROWS=100):
        serve_export("format=csv")  # warm-up: imports, URL resolver, connection, first rows

    before = peak_rss_mb()
    started = time.perf_counter()
    size, lines, headers = serve_export("format=csv")
    elapsed = time.perf_counter() - started
    growth = peak_rss_mb() - before
    rows = lines - 1  # the header line

    tracemalloc.start()
    serve_export("format=csv")
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(
        f"| {connection.vendor} | {rows:,} | {size / 1e6:.1f} MB | {elapsed:.1f} s "
        f"| {rows / elapsed:,.0f} | {before:.0f} MB | {growth:.1f} MB "
        f"| {traced_peak / 1e6:.1f} MB |"
    )
    failed = False
    if rows != min(expected, args.count) or headers.get("X-Export-Truncated") != "false":
        print(f"expected {expected:,} rows, got {rows:,} ({headers})", file=sys.stderr)
        failed = True
    if growth > args.max_growth_mb:
        print(f"peak RSS grew by {growth:.1f} MB (> {args.max_growth_mb} MB)", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
