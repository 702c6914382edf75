"""People a page names: bylines, closing bio notes, letters' signatures and outlet lines.

The public entry point for both readers (text dumps and HTML); each part lives in its own
module, whose docstring says what it accepts and why:

- `bylines.parse_byline`: "By Jane Doe and John Roe", "Par X et Y", "JANE DOE", roles cut off;
- `bios.parse_bio_line`, `bios.split_bios`: "Jane Doe is a senior fellow at …";
- `signatures.parse_signature`: "Jane Doe, Leeds";
- `outlets.outlet_from_line`: "From: The Outlet", copyright lines;
- `names.looks_like_person`, `names.title_case_name`: what a person's name is, and how an
  all-caps one is written.
"""

from articles.importers.bios import parse_bio_line, split_bios
from articles.importers.bylines import parse_byline
from articles.importers.names import looks_like_person, title_case_name
from articles.importers.outlets import outlet_from_line
from articles.importers.signatures import parse_signature

__all__ = [
    "looks_like_person",
    "outlet_from_line",
    "parse_bio_line",
    "parse_byline",
    "parse_signature",
    "split_bios",
    "title_case_name",
]
