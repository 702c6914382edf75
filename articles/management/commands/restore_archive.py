"""`manage.py restore_archive DIR`: load a `backup_archive` directory into an empty archive."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.backup import BackupError, restore_archive


class Command(BaseCommand):
    help = (
        "Verify a backup's checksums, load it into a freshly migrated (empty) database in one "
        "transaction, reset sequences, and rebuild the search index and reprint bands."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", help="A directory made by backup_archive.")

    def handle(self, *args, directory: str, verbosity: int = 1, **options):
        started = time.perf_counter()
        try:
            summary = restore_archive(Path(directory))
        except BackupError as error:
            raise CommandError(str(error), returncode=1) from None
        if verbosity >= 1:
            self.stdout.write(
                f"Restored {summary.rows} rows into {summary.tables} tables "
                f"({summary.articles} articles) from {directory} "
                f"in {time.perf_counter() - started:.1f} s"
            )
