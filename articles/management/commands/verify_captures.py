"""Fixity check: re-hash every stored capture and report any whose bytes no longer match."""

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.importers.storage import verify_captures


class Command(BaseCommand):
    help = (
        "Re-hash the stored bytes of every capture and compare with its SHA-256. Each mismatch is "
        "one line on stderr (FILE: sha256 mismatch (stored ..., actual ...)); exit 1 if any."
    )

    def handle(self, *args, verbosity, **options):
        show_progress = verbosity >= 1 and sys.stderr.isatty()

        def progress(rows, total):
            if not show_progress or total < 2:
                return rows
            return tqdm(rows, total=total, unit="capture", file=sys.stderr, leave=False)

        checked = mismatches = 0
        for problem in verify_captures(progress=progress):
            checked += 1
            if problem is not None:
                mismatches += 1
                self.stderr.write(problem.line())
        if verbosity >= 1:
            self.stdout.write(f"{checked} captures checked, {mismatches} mismatched")
        if mismatches:
            raise CommandError(f"{mismatches} capture(s) failed the fixity check", returncode=1)
