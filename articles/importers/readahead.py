"""Read and extract a batch's captures in worker processes while this process writes them.

Reading a file, decoding it, running its reader and detecting its language touch no database,
and they are half of an import's time; matching and writing need the database and must happen
one capture at a time, in file order, so that a batch gives the same articles however it runs.
So a large batch on a machine with more than one core reads ahead in a small process pool, and
this process does everything else exactly as a one-process import does. Whatever a worker could
not do (a file it could not read, a capture it could not decode or extract) is left to this
process, which repeats it and reports the error in the usual way.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from articles.importers.base import ExtractedArticle

# Below this many files a pool costs more to start than it saves.
MIN_FILES_FOR_POOL = 40
# Files read ahead per worker: enough to keep each busy, few enough to bound memory.
AHEAD_PER_WORKER = 8


@dataclass
class Prepared:
    """One capture read, decoded and extracted without its article's corrections."""

    sha256: str
    text: str
    encoding: str
    extracted: ExtractedArticle


# (the file, its captures each with what a worker prepared, or None for "do it here")
ReadFile = tuple[Path, list | None]


def default_workers() -> int:
    """Worker processes for a batch: one core is left to this process (and the database)."""
    configured = os.environ.get("ARCHIVE_IMPORT_WORKERS", "")
    if configured.strip().isdigit():
        return int(configured)
    return max((os.cpu_count() or 1) - 1, 0)


def read_ahead(files: list[Path], *, requested_format: str, workers: int) -> Iterator[ReadFile]:
    """Yield (file, captures) in file order; captures is None when this process must read it."""
    if workers < 1 or len(files) < MIN_FILES_FOR_POOL:
        yield from ((path, None) for path in files)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        pending: deque[tuple[Path, Future]] = deque()
        remaining = iter(files)
        _submit(pool, pending, remaining, workers * AHEAD_PER_WORKER, requested_format)
        while pending:
            path, future = pending.popleft()
            _submit(pool, pending, remaining, 1, requested_format)
            try:
                yield path, future.result()
            except Exception:  # a worker that died or failed: this process reads the file
                yield path, None


def _submit(pool, pending: deque, remaining: Iterable[Path], count: int, requested_format: str):
    for _ in range(count):
        path = next(remaining, None)
        if path is None:
            return
        pending.append((path, pool.submit(_read_file, path, requested_format)))


def _context():
    # Forking starts a worker with everything this process has loaded (Django, the readers, the
    # language models) at no cost; the workers never use the database connection they inherit.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _read_file(path: Path, requested_format: str) -> list | None:
    """In a worker: the file's captures, each with its Prepared extraction (or None)."""
    from articles.importers.pipeline import read_captures

    try:
        captures = read_captures(path, requested_format=requested_format)
    except Exception:
        return None  # this process reads it again and reports why it cannot
    if any(raw.format == "jsonl" for raw in captures):
        return None  # bulk records are cheap to read and may be many: not worth the copying
    return [(raw, _prepare(raw)) for raw in captures]


def _prepare(raw) -> Prepared | None:
    from articles.importers.decoding import decode_capture
    from articles.importers.language import detect_language, language_sample
    from articles.importers.pipeline import extract

    if raw.read_error:
        return None
    try:
        text, encoding = decode_capture(raw.data, expect_prose=True)
        extracted = extract(text, fmt=raw.format, file_name=raw.file_name, page_url=raw.final_url)
        text_of_article = f"{extracted.title}\n\n{extracted.body}"
        extracted.detected_language = (
            language_sample(text_of_article),
            detect_language(text_of_article),
        )
    except Exception:
        return None
    return Prepared(sha256=raw.sha256, text=text, encoding=encoding, extracted=extracted)
