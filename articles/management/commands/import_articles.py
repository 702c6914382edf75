"""Import captures (page-text dumps, saved HTML, JSON Lines) into the archive."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.importers.pipeline import ItemResult, import_paths, reextract_all


class Command(BaseCommand):
    help = (
        "Import captures from files or directories (recursive; default: seeds/). Each capture is "
        "imported in its own transaction; a bad file is reported and the rest carry on."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", default=["seeds/"], help="files or directories")
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would change, write nothing"
        )
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="re-run extraction on stored captures instead of reading files",
        )
        parser.add_argument(
            "--format",
            choices=["auto", "text", "html", "jsonl"],
            default="auto",
            help="reader to use (auto: by file suffix, then by content)",
        )

    def handle(self, *args, paths, dry_run, reextract, format, verbosity, **options):
        show_progress = verbosity >= 1 and sys.stderr.isatty()

        def progress(items):
            items = list(items)
            if not show_progress or len(items) < 2:
                return items
            return tqdm(items, unit="file", file=sys.stderr, leave=False)

        def on_item(result: ItemResult) -> None:
            if result.outcome == "failed":
                self.stderr.write(f"{result.file_name}: {result.error}")
            elif verbosity >= 2:
                detail = ", ".join(filter(None, [result.note, *result.changed_fields]))
                line = f"{result.outcome}: {result.file_name} -> {result.article_slug}"
                self.stdout.write(f"{line} ({detail})" if detail else line)

        if reextract:
            summary, _ = reextract_all(dry_run=dry_run, on_item=on_item, progress=progress)
        else:
            missing = [p for p in paths if not Path(p).exists()]
            if missing:
                raise CommandError(f"No such file or directory: {', '.join(missing)}")
            summary, _ = import_paths(
                paths, requested_format=format, dry_run=dry_run, on_item=on_item, progress=progress
            )

        if verbosity >= 1:
            prefix = "Dry run (nothing written): " if dry_run else ""
            self.stdout.write(f"{prefix}{summary.line()}")
        if summary.failures:
            raise CommandError(f"{len(summary.failures)} capture(s) failed", returncode=1)
