"""`manage.py export_articles`: the whole archive as JSON Lines."""

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importers.export import export_articles


class Command(BaseCommand):
    help = (
        "Write every published article as JSON Lines, one article a line; "
        "--include-hidden adds the hidden ones (with their status)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="FILE",
            help="Write to FILE instead of standard output (which then carries only JSON Lines).",
        )
        parser.add_argument(
            "--include-hidden",
            action="store_true",
            help="Also write hidden articles: for an editor's full copy, never a public one.",
        )

    def handle(
        self,
        *args,
        output: str | None = None,
        include_hidden: bool = False,
        verbosity: int = 1,
        **options,
    ):
        if not output or output == "-":
            export_articles(self.stdout, include_hidden=include_hidden)
            return
        target = Path(output)
        # Write beside the target and rename, so an interrupted export never leaves half a file
        # where a complete one is expected.
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            with partial.open("w", encoding="utf-8", newline="\n") as stream:
                count = export_articles(stream, include_hidden=include_hidden)
            partial.replace(target)
        except OSError as error:
            raise CommandError(f"cannot write {output}: {error.strerror or error}") from error
        finally:
            partial.unlink(missing_ok=True)
        if verbosity >= 1:
            self.stderr.write(f"Exported {count} articles to {output}")
