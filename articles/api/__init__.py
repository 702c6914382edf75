"""The read-only JSON API under /api/v1/ (django-ninja).

`routes.py` declares the endpoints, `schemas.py` the shapes they answer with, `listing.py` and
`records.py` build those answers from the same FilterSet, search and selectors the HTML pages
use, and `throttling.py` holds the anonymous rate limit. Only published articles, and entities
that a published article names, ever appear.
"""
