"""Paged lists for the API: articles through ArticleFilter and the search entry point, authors,
topics and outlets through the selectors, so each list holds what its HTML page holds."""

from django.core.paginator import EmptyPage, Paginator
from django.http import HttpRequest
from django.urls import reverse
from ninja.errors import HttpError

from articles import selectors
from articles.api import records
from articles.filters import ArticleFilter
from articles.models import Article
from articles.pagination import CappedPaginator
from articles.search import FACET_SAMPLE, facet_counts
from articles.search.query import date_bound
from articles.views import shortened_notices

DATE_PARAMS = ("date_after", "date_before")


def article_page(request: HttpRequest, *, page: int, page_size: int) -> dict:
    """One page of the articles `/articles/` lists for the same parameters, with its facets."""
    _check_dates(request)
    # The request's own parameters, as the HTML list binds them: the same FilterSet then reads
    # them the same way (a repeated parameter, an empty one), so both lists always agree.
    filterset = ArticleFilter(
        data=request.GET.copy(),
        queryset=Article.objects.published().with_related(),
        request=request,
    )
    # As FilterView in strict mode: a form the FilterSet rejects lists nothing.
    results = filterset.qs if filterset.is_valid() else filterset.queryset.none()
    paginator, page_obj = paginate(results, page=page, page_size=page_size, cls=CappedPaginator)
    facets = facet_counts(results)
    return {
        **page_links(request, paginator, page_obj),
        "count_capped": paginator.is_capped,
        "exports": records.export_links(request, reverse("articles:export"), _list_params(request)),
        "results": [records.article_summary(request, article) for article in page_obj],
        "facets": {
            "sampled": paginator.count > FACET_SAMPLE,
            **{key: facets[key] for key in ("authors", "topics", "publishers", "genres")},
            "years": facets["years"],
            "months": [
                {"month": row.month.strftime("%Y-%m"), "count": row.count}
                for row in facets["months"]
            ],
        },
        "notices": [
            *shortened_notices(request, ("q", "author", "topic", "publisher")),
            *filterset.parsed_query().notices,
        ],
    }


def _list_params(request: HttpRequest):
    """The request's query without the API's own paging: what names the result set."""
    params = request.GET.copy()
    for name in ("page", "page_size", "format"):
        params.pop(name, None)
    return params


def entity_page(request: HttpRequest, *, kind: str, name: str, page: int, page_size: int) -> dict:
    """One page of the authors, topics or outlets the HTML index lists, with article counts."""
    model = records.ENTITY_KINDS[kind].model
    entities = selectors.entity_index(model=model, name=name)
    paginator, page_obj = paginate(entities, page=page, page_size=page_size, cls=Paginator)
    counted = selectors.attach_article_counts(model=model, entities=page_obj.object_list)
    return {
        **page_links(request, paginator, page_obj),
        "count_capped": False,
        "results": [records.entity(request, kind, entity) for entity in counted],
    }


def paginate(object_list, *, page: int, page_size: int, cls: type[Paginator]):
    """The paginator and the page asked for; a page past the last answers 404."""
    paginator = cls(object_list, page_size)
    try:
        return paginator, paginator.page(page)
    except EmptyPage:
        raise HttpError(
            404, f"There is no page {page}: these results have {paginator.num_pages}."
        ) from None


def page_links(request: HttpRequest, paginator: Paginator, page_obj) -> dict:
    """count, page numbers and the absolute next/previous URLs, other parameters kept."""

    def link(number: int) -> str:
        params = request.GET.copy()
        params["page"] = str(number)
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return {
        "count": paginator.count,
        "page": page_obj.number,
        "pages": paginator.num_pages,
        "page_size": paginator.per_page,
        "next": link(page_obj.next_page_number()) if page_obj.has_next() else None,
        "previous": link(page_obj.previous_page_number()) if page_obj.has_previous() else None,
    }


def _check_dates(request: HttpRequest) -> None:
    """A date filter that names no date is an error here: the HTML form ignores it, but an API
    client would otherwise take every article for its answer."""
    for name in DATE_PARAMS:
        value = request.GET.get(name, "").strip()
        if value and date_bound(value, end=False) is None:
            shown = value if len(value) <= 40 else f"{value[:40]}…"
            raise HttpError(
                400, f"{name} “{shown}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
            )
