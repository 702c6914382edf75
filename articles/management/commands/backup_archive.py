"""`manage.py backup_archive`: a deterministic, database-independent copy of the whole archive."""

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.backup import BackupError, backup_archive


class Command(BaseCommand):
    help = (
        "Write every table an editor's work lives in as JSON Lines files plus a manifest of "
        "checksums into a new directory (see articles/backup.py for what is kept and rebuilt)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="DIR",
            help="A new or empty directory (default: var/backups/archive-<UTC time>).",
        )

    def handle(self, *args, output: str | None = None, verbosity: int = 1, **options):
        # The time goes into the default directory's name, never into the files, so two backups
        # of the same data compare equal file by file.
        started = dt.datetime.now(dt.UTC)
        if output:
            directory = Path(output)
        else:
            stamp = started.strftime("%Y%m%dT%H%M%SZ")
            directory = Path(settings.BASE_DIR) / "var" / "backups" / f"archive-{stamp}"
        try:
            manifest = backup_archive(directory)
        except BackupError as error:
            raise CommandError(str(error)) from None
        if verbosity >= 2:
            for name, entry in sorted(manifest["files"].items()):
                self.stdout.write(f"{name}: {entry['rows']} rows, sha256 {entry['sha256']}")
        if verbosity >= 1:
            rows = sum(entry["rows"] for entry in manifest["files"].values())
            seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
            self.stdout.write(
                f"Backed up {rows} rows in {len(manifest['files'])} files to {directory} "
                f"({seconds:.1f} s, taken {started:%Y-%m-%d %H:%M:%S} UTC)"
            )
