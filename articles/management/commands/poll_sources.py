"""`manage.py poll_sources`: read the sources' feeds and sitemaps now; queue captures of new items.

The captures themselves are queued for the workers (`manage.py capture_worker`), never fetched
here. Run it from cron instead of (or beside) the workers' own polling of due sources.
"""

from django.core.management.base import BaseCommand, CommandError

from articles.capture.sources import due_sources, poll_source
from articles.models import Source


class Command(BaseCommand):
    help = (
        "Poll sources (RSS/Atom feeds and sitemaps) and queue captures of the items not seen "
        "before. Without options, polls every active source that is due."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument(
            "--source",
            action="append",
            type=int,
            metavar="ID",
            help="Poll this source (its id in the admin), due or not; repeat for more.",
        )
        which.add_argument(
            "--all-due",
            action="store_true",
            help="Poll every active source that is due (the default).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Poll even sources not due, and read each listing in full "
            "(no If-None-Match / If-Modified-Since).",
        )

    def handle(self, *args, source=None, all_due=False, force=False, verbosity=1, **options):
        if source:
            sources = list(Source.objects.filter(pk__in=source))
            missing = sorted(set(source) - {s.pk for s in sources})
            if missing:
                raise CommandError(f"No such source: {', '.join(map(str, missing))}")
        elif force:
            sources = list(Source.objects.filter(active=True))
        else:
            sources = list(due_sources())
        failed = new = 0
        for each in sources:
            result = poll_source(each, force=force)
            new += result.new
            if result.failed:
                failed += 1
                self.stderr.write(f"{each.name} ({each.url}): {result.outcome}")
            elif verbosity >= 2:
                self.stdout.write(f"{each.name}: {result.outcome}")
        if verbosity >= 1:
            self.stdout.write(
                f"Polled {len(sources)} source(s): {new} new item(s) queued for capture, "
                f"{failed} failed."
            )
        if failed:
            raise CommandError(f"{failed} source(s) failed", returncode=1)
