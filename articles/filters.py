"""One FilterSet behind the list page, the search box, entity pages and feeds.

Every parameter folds into one parsed query, so `?author=david-j-kramer` and `?q=author:kramer`
take the same path through articles.search.
"""

import django_filters
from django import forms

from articles.models import Genre
from articles.search import SORTS, order_results, search_articles
from articles.search.query import MAX_NAME_LENGTH, MAX_QUERY_LENGTH, date_bound, parse_query

DATE_INPUT = forms.TextInput(attrs={"placeholder": "YYYY, YYYY-MM or YYYY-MM-DD"})
SORT_CHOICES = [("relevance", "Relevance"), ("newest", "Newest first"), ("oldest", "Oldest first")]


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_q",
        widget=forms.TextInput(attrs={"type": "search", "maxlength": MAX_QUERY_LENGTH}),
    )
    author = django_filters.CharFilter(label="Author", method="filter_q")
    topic = django_filters.CharFilter(label="Topic", method="filter_q")
    publisher = django_filters.CharFilter(label="Outlet", method="filter_q")
    # A text field shown as a menu: a value outside the menu (an old link, "letters", a typo)
    # must not make the whole form invalid, which would drop every other filter; it names no
    # genre and so finds nothing, as an unknown author does.
    genre = django_filters.CharFilter(
        label="Genre",
        method="filter_q",
        widget=forms.Select(choices=[("", "Any"), *Genre.choices]),
    )
    date_after = django_filters.CharFilter(label="From", method="filter_q", widget=DATE_INPUT)
    date_before = django_filters.CharFilter(label="Until", method="filter_q", widget=DATE_INPUT)
    sort = django_filters.ChoiceFilter(
        label="Sort", choices=SORT_CHOICES, method="filter_q", empty_label="Default"
    )

    def filter_q(self, queryset, name, value):
        # Never called: filter_queryset below reads all parameters at once.
        return queryset

    def parsed_query(self):
        """The query language tree for `q` plus every filter parameter."""
        data = self.form.cleaned_data if self.form.is_valid() else {}
        parsed = parse_query(data.get("q") or "")
        for name, target in (
            ("author", parsed.authors),
            ("topic", parsed.topics),
            ("publisher", parsed.publishers),
            ("genre", parsed.genres),
        ):
            if data.get(name):
                target.append(data[name][:MAX_NAME_LENGTH])
        if data.get("date_after"):
            parsed.after = date_bound(data["date_after"], end=False) or parsed.after
        if data.get("date_before"):
            parsed.before = date_bound(data["date_before"], end=True) or parsed.before
        return parsed

    @property
    def has_query_text(self) -> bool:
        data = self.form.cleaned_data if self.form.is_valid() else {}
        return bool((data.get("q") or "").strip())

    @property
    def sort_order(self) -> str:
        data = self.form.cleaned_data if self.form.is_valid() else {}
        return data.get("sort") or ""

    def filter_queryset(self, queryset):
        parsed = self.parsed_query()
        if parsed.is_empty and self.has_query_text:
            return queryset.none()  # only stop words or syntax characters: nothing to find
        if parsed.is_empty:
            # Browsing, not searching: everything published, newest first unless asked.
            return order_results(queryset.published(), self.sort_order or "newest")
        sort = self.sort_order if self.sort_order in SORTS else "relevance"
        return search_articles(queryset, parsed, sort=sort)
