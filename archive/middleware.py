"""Request hygiene for every URL: input no page could use is refused once, here, with a 400.

A NUL or another C0 control character in the path, a parameter name or a parameter value is
refused: PostgreSQL cannot store or compare NUL in text (the driver raises, a 500), and XML 1.0
(every feed and the sitemap) cannot carry C0 controls at all. Tab, line feed and carriage
return are whitespace to forms and to XML, and pass. A value longer than MAX_PARAMETER_LENGTH
is refused too: no search or filter needs it, and every later step (parsing, name matching,
feed titles) would otherwise pay for it. Invalid UTF-8 (`%FF`, a lone surrogate `%ED%A0%80`)
needs nothing here: Django decodes it to U+FFFD, which every backend stores.
"""

import re

from django.http import JsonResponse
from django.shortcuts import render

# C0 controls other than tab, line feed and carriage return.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Searches are cut at 500 characters (articles.search.query.MAX_QUERY_LENGTH) and names at 100;
# this is the limit past which a value is not a search at all.
MAX_PARAMETER_LENGTH = 2000


def refusal_reason(request) -> str:
    """Why this request's path or query string is unusable, or "" when it is fine."""
    if match := CONTROL_CHARACTER.search(request.path_info):
        return f"The address contains a control character ({_code_point(match.group())})."
    for name, values in request.GET.lists():
        if match := CONTROL_CHARACTER.search(name):
            return f"A parameter name contains a control character ({_code_point(match.group())})."
        for value in values:
            if match := CONTROL_CHARACTER.search(value):
                return (
                    f"The parameter “{name[:40]}” contains a control character "
                    f"({_code_point(match.group())}), which no search or filter can use."
                )
            if len(value) > MAX_PARAMETER_LENGTH:
                return (
                    f"The parameter “{name[:40]}” is {len(value):,} characters long; "
                    f"searches and filters take at most {MAX_PARAMETER_LENGTH:,}."
                )
    return ""


def _code_point(character: str) -> str:
    return f"U+{ord(character):04X}"


class RejectHostileInputMiddleware:
    """Answers 400 with a page saying why, before any view or query sees unusable input."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reason = refusal_reason(request)
        if reason:
            if request.path_info.startswith("/api/"):
                # API clients read JSON errors, in the shape the API's own 400s have.
                return JsonResponse({"detail": reason}, status=400)
            return render(request, "400.html", {"reason": reason}, status=400)
        return self.get_response(request)
