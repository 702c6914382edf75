"""A batch read ahead in worker processes imports exactly what a one-process import does."""

import json
from pathlib import Path

import pytest

from articles.importers import readahead
from articles.importers.pipeline import extract, import_paths
from articles.models import Article, Author, Capture, Publisher

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"


@pytest.fixture
def pool_for_small_batches(monkeypatch):
    # The pool normally starts only for large batches; these tests use a few dozen files.
    monkeypatch.setattr(readahead, "MIN_FILES_FOR_POOL", 2)


def archive_as_read() -> list[tuple]:
    return sorted(
        (
            article.title,
            tuple(author.name for author in article.authors.order_by("article_links__position")),
            article.published_on,
            article.publisher.name if article.publisher else "",
            article.source_url or "",
            article.standfirst,
            article.body,
            article.language,
            article.genre,
            tuple(sorted(article.topics.values_list("name", flat=True))),
            json.dumps(article.provenance, sort_keys=True),
        )
        for article in Article.objects.select_related("publisher")
    )


def empty_the_archive() -> None:
    Capture.objects.all().delete()
    Article.objects.all().delete()
    Author.objects.all().delete()
    Publisher.objects.all().delete()


@pytest.mark.django_db
def test_a_batch_read_ahead_in_a_worker_gives_the_same_articles(pool_for_small_batches):
    batch = [SEEDS, UNSEEN / "text", UNSEEN / "html"]
    ahead, _run = import_paths(batch, workers=1)
    read_ahead_archive = archive_as_read()
    empty_the_archive()
    alone, _run = import_paths(batch, workers=0)

    assert ahead.line() == alone.line()
    assert ahead.count("created") >= 30
    assert read_ahead_archive == archive_as_read()


@pytest.mark.django_db
def test_the_workers_extract_every_page_and_keep_the_file_order(pool_for_small_batches):
    files = sorted((UNSEEN / "text").glob("*.txt"))[:6]

    read = list(readahead.read_ahead(files, requested_format="auto", workers=1))

    assert [path for path, _captures in read] == files
    for path, captures in read:
        [(raw, prepared)] = captures
        assert raw.file_name == str(path)
        assert prepared is not None
        expected = extract(prepared.text, fmt="text", file_name=str(path))
        assert (prepared.extracted.title, prepared.extracted.body) == (
            expected.title,
            expected.body,
        )
        sample, language = prepared.extracted.detected_language
        assert language and sample


@pytest.mark.django_db
def test_a_bad_file_in_a_read_ahead_batch_fails_alone_with_the_same_message(
    tmp_path, pool_for_small_batches
):
    for seed in sorted(SEEDS.glob("*.txt")):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty.txt").write_bytes(b"")

    ahead, _run = import_paths([tmp_path], workers=1)
    errors_ahead = sorted((r.file_name, r.error) for r in ahead.failures)
    empty_the_archive()
    alone, _run = import_paths([tmp_path], workers=0)

    assert ahead.count("created") == len(list(SEEDS.glob("*.txt")))
    assert len(errors_ahead) == 2
    assert errors_ahead == sorted((r.file_name, r.error) for r in alone.failures)


def test_the_worker_count_follows_the_environment(monkeypatch):
    monkeypatch.setenv("ARCHIVE_IMPORT_WORKERS", "0")
    assert readahead.default_workers() == 0
    monkeypatch.setenv("ARCHIVE_IMPORT_WORKERS", "3")
    assert readahead.default_workers() == 3
