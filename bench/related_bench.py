"""The article detail page and its related reading on a synthetic corpus, SQLite and PostgreSQL.

    python bench/related_bench.py --count 20000 --database-url sqlite
    python bench/related_bench.py --count 20000 --database-url postgres://postgres@127.0.0.1:5432/postgres

Loads the search benchmark's corpus (bench/search_bench.py, same databases, reused), then times,
warm, for a fixed sample of articles: `related` is selectors.related_articles alone (`sql`: the
part of it spent in the database), `page` the whole detail page through the test client. The
sample favours articles on the commonest topic, the case that used to walk the archive. Times
are in ms (median and 95th percentile).
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_bench


def sample_articles(size: int) -> list:
    """`size` published articles carrying the most common topic, spread over the archive."""
    from django.db.models import Count

    from articles.models import Article, Topic

    common = Topic.objects.annotate(n=Count("articles")).order_by("-n").first()
    ids = list(Article.objects.filter(topics=common).order_by("pk").values_list("pk", flat=True))
    step = max(1, len(ids) // size)
    return list(Article.objects.filter(pk__in=ids[::step][:size]).with_related())


def timed(function, items, runs: int) -> tuple[float, float]:
    for item in items[:2]:
        function(item)
    samples = []
    for _ in range(runs):
        for item in items:
            started = time.perf_counter()
            function(item)
            samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[round(0.95 * (len(samples) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--database-url", default="sqlite", help="'sqlite' or a postgres:// URL")
    parser.add_argument("--database-name", default="", help="PostgreSQL database to load into")
    parser.add_argument("--articles", type=int, default=20, help="how many articles to time")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    search_bench.configure(args.database_url, args.count, name=args.database_name)
    search_bench.load(args.count)
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from articles import selectors

    settings.ALLOWED_HOSTS = ["*"]
    articles = sample_articles(args.articles)
    client = Client()

    def page(article):
        assert client.get(article.get_absolute_url()).status_code == 200

    related = timed(lambda a: selectors.related_articles(article=a), articles, args.runs)
    with CaptureQueriesContext(connection) as queries:
        for article in articles:
            selectors.related_articles(article=article)
    sql = sum(float(query["time"]) for query in queries.captured_queries) * 1000 / len(articles)
    whole = timed(page, articles, args.runs)
    print(
        f"| {connection.vendor} | {args.count:,} | {related[0]:.1f} | {related[1]:.1f} | "
        f"{sql:.1f} | {whole[0]:.1f} | {whole[1]:.1f} |"
    )


if __name__ == "__main__":
    main()
