"""The editorial admin: fix metadata after import, with locks, history, review and merges.

The classes here only collect input and show results; every write goes through
articles/editing.py (and articles/corrections.py for the extraction audit), which record
history and keep the search index in step.

- `articles`: the article admin (form, columns, bulk actions);
- `review`: the review queue and its list filters;
- `audit`: the extraction audit page and its line corrections;
- `entities`: authors, outlets and topics, with merges;
- `records`: captures and import runs, read-only;
- `capture`: Add by URL, capture requests, sources and workers (capture from the web);
- `forms`, `common`: forms and helpers they share.
"""

from django.contrib import admin

# Importing the modules registers their admin classes.
from articles.admin import articles, capture, entities, records  # noqa: F401

admin.site.site_header = "Commentary Archive"
admin.site.site_title = "Commentary Archive admin"
admin.site.index_title = "Editorial"
