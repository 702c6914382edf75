"""Two import_articles processes on the same files at once: one article per capture, no failure.

The commands run as real processes against a database both can reach: on PostgreSQL the test
database (committed data, as this test is transactional), on SQLite a database file of its own.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CAPTURES = 60
# A few authors and outlets shared between many pieces: both processes race to create them too.
AUTHORS = ["Ana Ortega", "Brian Okafor", "Chen Wei", "Dana Kowalski", "Emre Yilmaz"]
WORDS = "harbour tram budget school clinic river housing market tariff library orchard ferry"


def write_dumps(directory: Path) -> None:
    words = WORDS.split()
    for number in range(CAPTURES):
        subject = f"{words[number % len(words)]} {words[(number * 7 + 3) % len(words)]}"
        title = f"Why the {subject} plan number {number} deserves a second look"
        paragraphs = [
            f"The {subject} plan number {number} arrived with little notice, and the city has "
            "not yet explained who pays for it or when the work would start.",
            f"Residents near the {subject} sites deserve a hearing before a single contract is "
            f"signed; plan {number} changes their streets for a decade at least.",
        ]
        author = AUTHORS[number % len(AUTHORS)]
        text = f"{title}\n\nBy {author}\n\nMarch {number % 28 + 1}, 2024\n\n" + "\n\n".join(
            paragraphs
        )
        (directory / f"dump-{number:03}.txt").write_text(text + "\n", encoding="utf-8")


def database_url(tmp_path: Path) -> str:
    """A URL for the database the subprocesses share (migrated on SQLite)."""
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        return (
            f"postgres://{settings['USER']}:{settings['PASSWORD'] or ''}@{settings['HOST']}:"
            f"{settings['PORT'] or 5432}/{settings['NAME']}"
        )
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    migrate = manage(url, "migrate", "--verbosity", "0")
    assert migrate.wait(timeout=300) == 0
    return url


def manage(url: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


COUNT_ROWS = (
    "import json; from articles.models import Article, Capture, ImportRun; "
    "print(json.dumps({'articles': Article.objects.count(), "
    "'captures': Capture.objects.count(), "
    "'captures_per_article': sorted(set(a.captures.count() for a in Article.objects.all())), "
    "'runs': list(ImportRun.objects.values_list('created', 'unchanged', 'failed'))}))"
)


@pytest.mark.django_db(transaction=True)
def test_two_imports_of_the_same_files_at_once_make_one_article_per_capture(tmp_path):
    captures = tmp_path / "captures"
    captures.mkdir()
    write_dumps(captures)
    url = database_url(tmp_path)

    processes = [manage(url, "import_articles", str(captures)) for _ in range(2)]
    outputs = [process.communicate(timeout=600) for process in processes]

    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
        assert "failed" in out and out.strip().endswith("0 failed"), out
    counter = manage(url, "shell", "-c", COUNT_ROWS)
    out, err = counter.communicate(timeout=120)
    assert counter.returncode == 0, err
    rows = json.loads(out.strip().splitlines()[-1])  # after the shell's own banner
    assert rows["articles"] == CAPTURES
    assert rows["captures"] == CAPTURES
    assert rows["captures_per_article"] == [1]
    runs = sorted(rows["runs"])
    assert len(runs) == 2
    assert all(
        failed == 0 and created + unchanged == CAPTURES for created, unchanged, failed in runs
    )
    assert sum(created for created, _, _ in runs) == CAPTURES
