"""Template filters for rendering imported text safely."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from articles.search import SNIPPET_END, SNIPPET_START

register = template.Library()


@register.filter
def highlight(snippet: str) -> str:
    """Escape a search snippet, then turn the search backends' sentinels into <mark> tags.

    Snippets come from imported text (ts_headline passes markup through untouched), so the whole
    string is escaped first; only the marks this function adds are HTML.
    """
    escaped = escape(" ".join((snippet or "").split()))
    escaped = escaped.replace(SNIPPET_START, "<mark>").replace(SNIPPET_END, "</mark>")
    # Control characters cannot appear in imported text, so stray sentinels mean a cut snippet.
    if escaped.count("<mark>") != escaped.count("</mark>"):
        escaped = escaped.replace("<mark>", "").replace("</mark>", "")
    return mark_safe(escaped)
