"""Capture web pages now: fetch each URL, keep it as WARC, import it like any capture."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.capture.service import capture_url
from articles.importers.pipeline import ImportSummary, ItemResult


class Command(BaseCommand):
    help = (
        "Fetch and import web pages by URL (robots.txt respected, politely paced). Each URL is "
        "a new capture of its page; a URL that fails is reported and the rest carry on."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="*", metavar="URL", help="pages to capture")
        parser.add_argument(
            "--from-file",
            metavar="FILE",
            help="read URLs from FILE, one a line (blank lines and lines starting # skipped)",
        )
        parser.add_argument(
            "--ignore-robots",
            action="store_true",
            help="fetch even where robots.txt disallows it (for pages you may capture anyway)",
        )

    def handle(self, *args, urls, from_file, ignore_robots, verbosity, **options):
        urls = [*urls, *(urls_in_file(Path(from_file)) if from_file else [])]
        if not urls:
            raise CommandError("Give one or more URLs, or --from-file FILE.")
        summary = ImportSummary()
        show_progress = verbosity >= 1 and sys.stderr.isatty() and len(urls) > 1
        for url in tqdm(urls, unit="page", file=sys.stderr, leave=False, disable=not show_progress):
            result = capture_url(url, ignore_robots=ignore_robots)
            summary.results.append(result)
            self.report(result, verbosity)
        if verbosity >= 1:
            self.stdout.write(summary.line())
        if summary.failures:
            raise CommandError(f"{len(summary.failures)} capture(s) failed", returncode=1)

    def report(self, result: ItemResult, verbosity: int) -> None:
        if result.outcome == "failed":
            self.stderr.write(f"failed {result.error}")  # the error starts with the URL
        elif verbosity >= 1:
            line = f"{result.outcome} {result.article_slug}"
            details = [result.note] if result.note else []
            if verbosity >= 2 and result.changed_fields:
                details.append(", ".join(result.changed_fields))
            self.stdout.write(f"{line} ({'; '.join(details)})" if details else line)


def urls_in_file(path: Path) -> list[str]:
    """The URLs listed in `path`, one a line; CommandError when it cannot be read."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"Cannot read {path}: {error}") from error
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
