"""`make bench`: the search benchmark at 10,000 and 100,000 articles, the import benchmark and
the export memory benchmark (100,000 rows), on SQLite and, when it answers, on PostgreSQL.
Prints the Markdown tables the README shows.

    python bench/run.py [--sizes 10000 100000] [--import-count 10000] [--skip-import]
                        [--export-count 100000] [--skip-export]

Loading 100,000 articles takes several minutes per database the first time; the loaded
databases are kept (var/bench/ and bench_search_<count>) and reused by later runs.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


EXPORT_COLUMNS = (
    "database | rows | CSV size | time | rows/s | peak RSS before | peak RSS growth "
    "| tracemalloc peak"
)


def postgres_answers() -> bool:
    try:
        import psycopg

        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except Exception:
        return False
    return True


def run(script: str, *args: str) -> None:
    subprocess.run([sys.executable, str(BENCH / script), *args], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--import-count", type=int, default=10_000)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--export-count", type=int, default=100_000)
    parser.add_argument("--skip-export", action="store_true")
    args = parser.parse_args()
    databases = ["sqlite"] + ([POSTGRES_URL] if postgres_answers() else [])
    if len(databases) == 1:
        print(f"PostgreSQL does not answer at {POSTGRES_URL}: SQLite only", file=sys.stderr)

    columns = (
        "database | articles | query | matches | page p50 | page p95 | ranked p50 | ranked p95 "
        "| full rank p50"
    )
    print(f"| {columns} |  (milliseconds)")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|")
    sys.stdout.flush()
    for size in args.sizes:
        for database in databases:
            run("search_bench.py", "--count", str(size), "--database-url", database)
    if not args.skip_import:
        for database in databases:
            run("import_bench.py", "--count", str(args.import_count), "--database-url", database)
    if not args.skip_export:
        print(f"\n| {EXPORT_COLUMNS} |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        sys.stdout.flush()
        for database in databases:
            run("export_memory.py", "--count", str(args.export_count), "--database-url", database)


if __name__ == "__main__":
    main()
