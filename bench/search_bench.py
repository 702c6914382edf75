"""Search latency on a synthetic corpus, on SQLite and PostgreSQL.

    python bench/search_bench.py --count 100000 --database-url sqlite
    python bench/search_bench.py --count 100000 --database-url postgres://postgres@127.0.0.1:5432/postgres

The corpus (bench/corpus.py) is loaded once into a database kept for reuse (`var/bench/` for
SQLite, database `bench_search_<count>` on the PostgreSQL server), then each query of a fixed mix
runs warm: `page` is the whole search as the list page does it (ranked page of 20 with snippets,
result count and facets); `ranked` is the ranked top-20 query the app runs for that page, alone;
`full rank` is the engine ranking every match on its whole document. Times are in ms.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def configure(database_url: str, count: int, *, name: str = "", kind: str = "search") -> str:
    """Point Django at the benchmark database, creating it if needed; returns its URL.

    `kind` names a benchmark's own databases (`var/bench/<kind>-<count>.sqlite3`,
    `bench_<kind>_<count>`); `name` picks another PostgreSQL database."""
    if database_url == "sqlite":
        (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{ROOT / 'var' / 'bench' / f'{kind}-{count}.sqlite3'}"
    else:
        import psycopg

        name = name or f"bench_{kind}_{count}"
        with psycopg.connect(database_url, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
        url = database_url.rsplit("/", 1)[0] + "/" + name
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return url


def load(count: int) -> None:
    """Load the first `count` corpus articles unless the database already holds them."""
    from django.db import transaction
    from django.utils.text import slugify

    from articles.models import Article, ArticleAuthor, Author, Publisher, Topic
    from articles.search import rebuild_search_index

    # Reuse a loaded database only if it holds exactly this corpus (first and last article).
    ends = [corpus._metadata(index, 42)["source_url"] for index in (0, count - 1)]
    held = Article.objects.filter(source_url__in=ends).count()
    if Article.objects.count() == count and held == 2:
        return
    Article.objects.all().delete()
    authors, publishers, topics = {}, {}, {t.name: t.pk for t in Topic.objects.all()}
    started = time.perf_counter()
    batch: list[tuple[Article, dict]] = []

    def flush():
        created = Article.objects.bulk_create([a for a, _ in batch])
        links, topic_links = [], []
        for article, (_, data) in zip(created, batch, strict=True):
            for position, author in enumerate(data["authors"]):
                if author["name"] not in authors:
                    authors[author["name"]] = Author.objects.create(
                        name=author["name"], bio=author["bio"]
                    ).pk
                links.append(
                    ArticleAuthor(
                        article_id=article.pk, author_id=authors[author["name"]], position=position
                    )
                )
            for name in data["topics"]:
                if name not in topics:
                    topics[name] = Topic.objects.create(name=name).pk
                topic_links.append(
                    Article.topics.through(article_id=article.pk, topic_id=topics[name])
                )
        ArticleAuthor.objects.bulk_create(links, ignore_conflicts=True)
        Article.topics.through.objects.bulk_create(topic_links, ignore_conflicts=True)
        batch.clear()

    with transaction.atomic():
        for index, data in enumerate(corpus.generate_articles(count)):
            if data["publisher"] not in publishers:
                publishers[data["publisher"]] = Publisher.objects.create(name=data["publisher"]).pk
            article = Article(
                title=data["title"],
                slug=f"{slugify(data['title'])[:180]}-{index}",
                body=data["body"],
                standfirst=data.get("standfirst") or "",
                published_on=data["date"],
                date_precision="day",
                publisher_id=publishers[data["publisher"]],
                source_url=data["source_url"],
                text_hash=f"bench-{index}",
                word_count=len(data["body"].split()),
            )
            batch.append((article, data))
            if len(batch) == 1000:
                flush()
        if batch:
            flush()
        loaded = time.perf_counter()
        rebuild_search_index()
    indexed = time.perf_counter()
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(
        f"loaded {count} articles in {loaded - started:.0f} s, indexed in {indexed - loaded:.0f} s",
        file=sys.stderr,
    )


FILTER_ONLY = ("author filter", "topic + date")


def query_mix(count: int) -> list[tuple[str, str]]:
    author = corpus.sample_author_name(0, count=min(count, 10_000))
    topic = corpus.sample_topic_name(0, count=min(count, 10_000))
    return [
        ("word in ~33%", corpus.COMMON_WORD),
        ("word in ~1%", corpus.ONE_PERCENT_WORD),
        ("rare word", corpus.RARE_WORD),
        ("two words", " ".join(corpus.TWO_WORDS)),
        ("phrase", f'"{corpus.PHRASE}"'),
        ("author filter", f'author:"{author}"'),
        ("topic + date", f'topic:"{topic}" after:2015'),
    ]


def results_for(query: str):
    from articles.filters import ArticleFilter
    from articles.models import Article

    return ArticleFilter({"q": query}, queryset=Article.objects.with_related()).qs


def whole_search(query: str) -> None:
    """What the list page does: ranked page with snippets, capped count, facets."""
    from articles.search import capped_count, facet_counts

    results = results_for(query)
    page = list(results[:20])
    assert all(hasattr(article, "snippet") for article in page)
    capped_count(results)
    facet_counts(results)


def ranked_query(query: str):
    """The ranked query the app runs for a first page, selecting ids only (the match count that
    picks the full or the compact ranking is taken beforehand, outside the timing)."""
    from articles.models import Article
    from articles.search import FULL_RANK_LIMIT, apply_field_filters, backend, order_results
    from articles.search.query import parse_query

    parsed = parse_query(query)
    filtered = apply_field_filters(Article.objects.published(), parsed)
    if not parsed.has_text:
        ranked = filtered
    else:
        matched = backend().match(filtered, parsed)
        if len(matched.match_sample()) > FULL_RANK_LIMIT:
            ranked = backend().first_pages(filtered, parsed)
        else:
            ranked = backend().rank(matched, parsed, compact=False)
    ids = order_results(ranked, "relevance").values_list("pk", flat=True)
    return lambda _query: list(ids[:20])


def full_rank_search(query: str) -> None:
    """The engine alone ranking every match on its whole document: plain `ts_rank_cd` over the
    full vectors (PostgreSQL) or `bm25` over the FTS5 table, for comparison."""
    from django.db import connection

    from articles.search.query import parse_query

    parsed = parse_query(query)
    if not parsed.has_text:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            from articles.search.postgres import RANK_WEIGHTS, compile_tsquery

            tsquery, params = compile_tsquery(parsed)
            cursor.execute(
                f"SELECT id FROM articles_article WHERE search_vector @@ {tsquery} "
                f"ORDER BY ts_rank_cd('{RANK_WEIGHTS}', search_vector, {tsquery}) DESC LIMIT 20",
                params + params,
            )
        else:
            from articles.search.sqlite import COLUMN_WEIGHTS, compile_match

            cursor.execute(
                "SELECT rowid FROM article_fts WHERE article_fts MATCH %s "
                f"ORDER BY bm25(article_fts, {COLUMN_WEIGHTS}) LIMIT 20",
                [compile_match(parsed)],
            )
        cursor.fetchall()


def timed(function, query: str, runs: int) -> tuple[float, float]:
    for _ in range(2):
        function(query)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function(query)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return statistics.median(samples), p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--database-url", default="sqlite", help="'sqlite' or a postgres:// URL")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--load-only", action="store_true", help="load the corpus and stop")
    args = parser.parse_args()

    configure(args.database_url, args.count)
    load(args.count)
    if args.load_only:
        return
    from django.db import connection

    rows = []
    for label, query in query_mix(args.count):
        total = results_for(query).count()
        page_median, page_p95 = timed(whole_search, query, args.runs)
        ranked_median, ranked_p95 = timed(ranked_query(query), query, args.runs)
        full_median, _ = timed(full_rank_search, query, args.runs)
        rows.append(
            {
                "database": connection.vendor,
                "articles": args.count,
                "query": label,
                "q": query,
                "matches": total,
                "page_median_ms": round(page_median, 1),
                "page_p95_ms": round(page_p95, 1),
                "ranked_median_ms": round(ranked_median, 1),
                "ranked_p95_ms": round(ranked_p95, 1),
                "full_rank_median_ms": round(full_median, 1),
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    for row in rows:
        full = row["full_rank_median_ms"] if row["query"] not in FILTER_ONLY else "–"
        print(
            f"| {row['database']} | {row['articles']:,} | {row['query']} | {row['matches']:,} | "
            f"{row['page_median_ms']} | {row['page_p95_ms']} | "
            f"{row['ranked_median_ms']} | {row['ranked_p95_ms']} | {full} |"
        )


if __name__ == "__main__":
    main()
