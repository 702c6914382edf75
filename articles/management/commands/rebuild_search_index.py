"""Rebuild the full-text search index from scratch."""

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.search import rebuild_search_index


class Command(BaseCommand):
    help = "Rebuild the full-text search index for every article."

    def handle(self, *args, verbosity, **options):
        with transaction.atomic():
            count = rebuild_search_index()
        if verbosity >= 1:
            self.stdout.write(f"Indexed {count} articles")
