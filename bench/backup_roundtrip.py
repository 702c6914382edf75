"""Backup round trip across databases: SQLite -> PostgreSQL -> SQLite, byte for byte.

    python bench/backup_roundtrip.py --count 10000
    python bench/backup_roundtrip.py --count 1000 \\
        --postgres-url postgres://postgres@127.0.0.1:5432/postgres

Steps: write `--count` synthetic page dumps (bench/corpus.py) and import them with
`manage.py import_articles` into a fresh SQLite file (A); `backup_archive` A -> backup 1;
`restore_archive` backup 1 into a fresh PostgreSQL database (`--db-name`, dropped before and
after); `backup_archive` it -> backup 2; restore backup 2 into a second fresh SQLite file (B);
backup B -> backup 3. Every step is its own `manage.py` process with its own DATABASE_URL, as an
operator would run it. Prints each step's time and whether backups 1, 2 and 3 are byte-identical
file by file; exits 1 if they are not.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402  (needs the path set above)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def manage(database_url: str, *arguments: str) -> float:
    """Run one manage.py command against `database_url`; returns its wall time in seconds."""
    env = dict(os.environ, DATABASE_URL=database_url, DJANGO_DEBUG="1")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *arguments, "-v0"], env=env, check=True, cwd=ROOT
    )
    return time.perf_counter() - started


def postgres_admin(admin_url: str, *statements: str, name: str) -> None:
    """Run CREATE/DROP DATABASE statements for the database `name` on the server of `admin_url`."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(admin_url, autocommit=True, connect_timeout=10) as conn:
        for statement in statements:
            conn.execute(sql.SQL(statement).format(sql.Identifier(name)))


def differing_files(left: Path, right: Path) -> list[str]:
    """Names of the files that are not byte-identical in the two backup directories."""
    names = sorted({path.name for path in left.iterdir()} | {path.name for path in right.iterdir()})
    return [
        name
        for name in names
        if not ((left / name).exists() and (right / name).exists())
        or not filecmp.cmp(left / name, right / name, shallow=False)
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the round trip and print the timings; exit status 1 if the backups differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--postgres-url",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="a server to create the temporary PostgreSQL database on",
    )
    parser.add_argument("--db-name", default="bench_backup_roundtrip")
    options = parser.parse_args(argv)

    parts = urlsplit(options.postgres_url)
    postgres_url = urlunsplit((parts.scheme, parts.netloc, f"/{options.db_name}", parts.query, ""))
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="backup-roundtrip-") as work:
        work = Path(work)
        sqlite_a = f"sqlite:///{work / 'a.sqlite3'}"
        sqlite_b = f"sqlite:///{work / 'b.sqlite3'}"
        log(f"writing {options.count} dumps")
        corpus.write_dumps(work / "dumps", options.count, seed=options.seed)
        postgres_admin(
            options.postgres_url,
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            "CREATE DATABASE {}",
            name=options.db_name,
        )
        try:
            for url in (sqlite_a, postgres_url, sqlite_b):
                manage(url, "migrate")
            log("importing into SQLite")
            timings["import (SQLite)"] = manage(sqlite_a, "import_articles", str(work / "dumps"))
            steps = [
                ("SQLite", sqlite_a, None, "backup-1"),
                ("PostgreSQL", postgres_url, "backup-1", "backup-2"),
                ("SQLite", sqlite_b, "backup-2", "backup-3"),
            ]
            for label, url, source, target in steps:
                if source:
                    log(f"restoring {source} into {label}")
                    timings[f"restore {source} -> {label}"] = manage(
                        url, "restore_archive", str(work / source)
                    )
                log(f"backing up {label} to {target}")
                timings[f"backup {label} -> {target}"] = manage(
                    url, "backup_archive", "--output", str(work / target)
                )
            size = sum(path.stat().st_size for path in (work / "backup-1").iterdir())
            differ_2 = differing_files(work / "backup-1", work / "backup-2")
            differ_3 = differing_files(work / "backup-1", work / "backup-3")
        finally:
            postgres_admin(
                options.postgres_url,
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                name=options.db_name,
            )

    print(f"articles: {options.count}; backup size: {size / 1_000_000:.1f} MB")
    for step, seconds in timings.items():
        print(f"{step}: {seconds:.1f} s")
    print(
        f"SQLite -> PostgreSQL identical: {not differ_2}" + (f" ({differ_2})" if differ_2 else "")
    )
    print(
        f"PostgreSQL -> SQLite identical: {not differ_3}" + (f" ({differ_3})" if differ_3 else "")
    )
    return 1 if differ_2 or differ_3 else 0


if __name__ == "__main__":
    raise SystemExit(main())
