"""Template filters and tags for rendering imported text safely, dates, metadata and charts."""

import json
from datetime import date
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from articles import citations
from articles.models import DatePrecision, Genre
from articles.search import SNIPPET_END, SNIPPET_START

register = template.Library()


@register.filter
def highlight(snippet: str) -> str:
    """Escape a search snippet, then turn the search backends' sentinels into <mark> tags.

    Snippets are imported text as printed (articles/search/snippets.py cuts it as is), so the whole
    string is escaped first; only the marks this function adds are HTML.
    """
    escaped = escape(" ".join((snippet or "").split()))
    escaped = escaped.replace(SNIPPET_START, "<mark>").replace(SNIPPET_END, "</mark>")
    # Control characters cannot appear in imported text, so stray sentinels mean a cut snippet.
    if escaped.count("<mark>") != escaped.count("</mark>"):
        escaped = escaped.replace("<mark>", "").replace("</mark>", "")
    return mark_safe(escaped)


# --- Dates, links and metadata --------------------------------------------------------------------
MONTH_NAMES = citations.MONTHS


@register.filter
def date_label(article) -> str:
    """The publication date at its stated precision ("1 March 2022", "March 2022", "2022")."""
    day = article.published_on
    if day is None:
        return "date unknown"
    precision = article.date_precision or DatePrecision.DAY
    if precision == DatePrecision.YEAR:
        return str(day.year)
    if precision == DatePrecision.MONTH:
        return f"{MONTH_NAMES[day.month - 1]} {day.year}"
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


@register.filter
def date_attr(article) -> str:
    """The machine-readable date for <time datetime>, no more precise than the capture states."""
    return citations.iso_date(article)


@register.filter
def web_url(url: str | None) -> str:
    """The address when it is http or https, else "": other schemes never become links."""
    return url.strip() if citations.is_web_url(url) else ""


@register.filter
def host(url: str | None) -> str:
    """The host name of a web address without a leading www."""
    if not citations.is_web_url(url):
        return ""
    hostname = urlsplit(url.strip()).hostname or ""
    return hostname.removeprefix("www.")


@register.filter
def json_ld(data) -> str:
    """A <script type="application/ld+json"> block that no value can break out of.

    <, > and & become JSON escapes (as Django's json_script does), so neither "</script>" nor
    "<!--" can appear inside the element, and the JSON still decodes to the same text.
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=False)
    text = text.translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


JSON_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


NAV_SECTIONS = {"author": "authors", "topic": "topics", "publisher": "publishers"}


@register.filter
def nav_section(resolver_match) -> str:
    """Which part of the main navigation a page belongs to ("articles", "authors", …)."""
    name = getattr(resolver_match, "url_name", None) or ""
    if not name or name == "home":
        return ""
    return NAV_SECTIONS.get(name.split("-")[0], "articles")


# The language of the site's own words (navigation, labels): an article's text in another
# language says so with its own `lang` attribute.
PAGE_LANGUAGE = settings.LANGUAGE_CODE.split("-")[0]


@register.filter
def lang_attr(code: str) -> str:
    """` lang="xx"` for text in language `code` when it is not the page's; `lang=""` (unknown)
    for text whose language is not known."""
    code = code or ""
    if code == PAGE_LANGUAGE:
        return ""
    return format_html(' lang="{}"', code)


@register.filter
def genre_label(value: str) -> str:
    """The reader-facing name of a stored genre ("letter" → "Letter to the editor")."""
    return dict(Genre.choices).get(value, value)


@register.filter
def is_inferred(article, field: str) -> bool:
    """True when the importer guessed `field` rather than finding it stated."""
    return article.is_inferred(field)


@register.simple_tag(takes_context=True)
def absolute_uri(context, path: str) -> str:
    """The absolute address of `path` on the host the request came to."""
    return context["request"].build_absolute_uri(path)


@register.simple_tag
def page_window(page_obj, on_each_side: int = 2) -> list:
    """Page numbers to link around the current page, with … for gaps.

    A capped paginator does not know its last page, so it gets no link to one.
    """
    paginator = page_obj.paginator
    pages = list(
        paginator.get_elided_page_range(page_obj.number, on_each_side=on_each_side, on_ends=1)
    )
    if getattr(paginator, "is_capped", False):
        last_shown = page_obj.number + on_each_side
        pages = [p for p in pages if p == paginator.ELLIPSIS or p <= last_shown]
        while pages and pages[-1] == paginator.ELLIPSIS:
            pages.pop()
        if last_shown < paginator.num_pages:
            pages.append(paginator.ELLIPSIS)
    return pages


# --- Timeline -------------------------------------------------------------------------------------
# Sized for a sidebar about 20em wide, where its text renders at about its nominal size.
CHART_WIDTH, CHART_HEIGHT = 320, 130
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM = 30, 6, 10, 22
YEAR_LABEL_WIDTH = 34


@register.inclusion_tag("articles/_timeline.html", takes_context=True)
def timeline(context, months, *, link_base: str = "", note: str = ""):
    """Articles per month as an inline SVG bar chart with a table as its text alternative.

    `months` are MonthCount rows (articles.selectors.monthly_counts); months without articles
    in between are drawn as gaps. Month links add the month to the current filters, on
    `link_base` (the current page when empty).
    """
    filled = _fill_months(months)
    chart = {"request": context.get("request"), "link_base": link_base, "note": note}
    if not filled:
        return {**chart, "bars": [], "rows": []}
    peak = max(count for _, count in filled)
    plot_width = CHART_WIDTH - PLOT_LEFT - PLOT_RIGHT
    plot_height = CHART_HEIGHT - PLOT_TOP - PLOT_BOTTOM
    step = plot_width / len(filled)
    gap = min(2.0, step * 0.2)
    bars, labels = [], []
    years = {month.year for month, _ in filled}
    label_every = max(1, -(-len(years) // 5))  # at most about five year labels
    first_year, last_label_x = filled[0][0].year, 0.0
    for index, (month, count) in enumerate(filled):
        height = plot_height * count / peak if count else 0
        x = PLOT_LEFT + index * step
        bars.append(
            {
                "x": f"{x + gap / 2:.2f}",
                "y": f"{PLOT_TOP + plot_height - height:.2f}",
                "width": f"{max(step - gap, 0.5):.2f}",
                "height": f"{height:.2f}",
                "count": count,
                "label": _month_label(month),
            }
        )
        starts_year = month.month == 1 or index == 0
        far_enough = not labels or x - last_label_x >= YEAR_LABEL_WIDTH
        if starts_year and far_enough and (month.year - first_year) % label_every == 0:
            labels.append({"x": f"{x:.2f}", "text": str(month.year)})
            last_label_x = x
    busiest = max(filled, key=lambda row: row[1])
    total = sum(count for _, count in filled)
    first, last = filled[0][0], filled[-1][0]
    summary = (
        f"{total} dated article{'s' if total != 1 else ''} from {_month_label(first)} to "
        f"{_month_label(last)}; the busiest month was {_month_label(busiest[0])} "
        f"with {busiest[1]}."
    )
    rows = [
        {
            "key": f"{month.year:04d}-{month.month:02d}",
            "label": _month_label(month),
            "count": count,
        }
        for month, count in reversed(filled)
        if count
    ]
    return {
        **chart,
        "bars": bars,
        "labels": labels,
        "rows": rows,
        "summary": summary,
        "peak": peak,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "plot_left": PLOT_LEFT,
        "plot_right": CHART_WIDTH - PLOT_RIGHT,
        "plot_top": PLOT_TOP,
        "baseline": CHART_HEIGHT - PLOT_BOTTOM,
        "label_y": CHART_HEIGHT - 6,
        "peak_y": PLOT_TOP + 4,
        "axis_x": PLOT_LEFT - 6,
    }


def _fill_months(months) -> list[tuple[date, int]]:
    counts = {(row.month.year, row.month.month): row.count for row in months}
    if not counts:
        return []
    (year, month), end = min(counts), max(counts)
    filled = []
    while (year, month) <= end:
        filled.append((date(year, month, 1), counts.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return filled


def _month_label(month: date) -> str:
    return f"{MONTH_NAMES[month.month - 1]} {month.year}"
