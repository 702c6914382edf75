"""The endpoints of /api/v1/. Declarations only: each answer is built in listing.py or
records.py."""

from ninja import NinjaAPI, Query, Swagger
from ninja.errors import Throttled

from articles.api import listing, records
from articles.api.schemas import (
    ArticleDetail,
    ArticlePage,
    ArticleParams,
    AuthorDetail,
    EntityPage,
    EntityParams,
    Error,
    OutletDetail,
    TopicDetail,
    ValidationErrors,
)
from articles.api.throttling import AnonymousRateThrottle, throttled_message

api = NinjaAPI(
    title="Commentary Archive API",
    version="1",
    description=(
        "Read-only access to the archive's published articles, authors, topics and outlets. "
        "The article list takes the same query language and filters as the site's search."
    ),
    urls_namespace="api",
    # Swagger UI from the app's static files ("ninja" is installed); no validator badge, which
    # would send the document's address to an outside validator.
    docs=Swagger(settings={"validatorUrl": None}),
    throttle=[AnonymousRateThrottle()],
)

ERRORS = {400: Error, 404: Error, 422: ValidationErrors, 429: Error}


@api.exception_handler(Throttled)
def too_many_requests(request, exc):
    # Retry-After is added by django-ninja to whatever this returns.
    return api.create_response(request, {"detail": throttled_message(exc.wait)}, status=429)


@api.get(
    "/articles/",
    response={200: ArticlePage, **ERRORS},
    url_name="article-list",
    operation_id="list_articles",
    summary="Articles: search, filter, sort, facets",
    tags=["articles"],
)
def list_articles(request, params: Query[ArticleParams]):
    """Published articles: a search (`q`) and filters, sorted, paged, with facets."""
    # `params` validates and documents them; the FilterSet reads the query string itself.
    return listing.article_page(request, page=params.page, page_size=params.page_size)


@api.get(
    "/articles/{slug}/",
    response={200: ArticleDetail, **ERRORS},
    url_name="article-detail",
    operation_id="get_article",
    summary="One article, with its captures and versions",
    tags=["articles"],
)
def get_article(request, slug: str):
    """One published article with its byline, text, captures and versions."""
    return records.article_detail(request, slug)


def _entity_endpoints(kind: str, plural: str, detail_schema) -> None:
    """The list and detail endpoints of authors, topics or outlets, which differ only in kind."""

    @api.get(
        f"/{plural}/",
        response={200: EntityPage, **ERRORS},
        url_name=f"{kind}-list",
        operation_id=f"list_{plural}",
        summary=f"{plural.capitalize()} named by published articles, by name",
        tags=[plural],
    )
    def list_entities(request, params: Query[EntityParams]):
        return listing.entity_page(
            request, kind=kind, name=params.name, page=params.page, page_size=params.page_size
        )

    @api.get(
        f"/{plural}/{{slug}}/",
        response={200: detail_schema, **ERRORS},
        url_name=f"{kind}-detail",
        operation_id=f"get_{kind}",
        summary=f"One {kind}, with its published article count",
        tags=[plural],
    )
    def get_entity(request, slug: str):
        return records.entity_detail(request, kind, slug)


_entity_endpoints("author", "authors", AuthorDetail)
_entity_endpoints("topic", "topics", TopicDetail)
_entity_endpoints("outlet", "outlets", OutletDetail)
