"""One article, author, topic or outlet as the API shows it: plain dicts in the shapes of
articles/api/schemas.py, every link absolute."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Model
from django.http import HttpRequest, QueryDict
from django.urls import reverse
from ninja.errors import HttpError

from articles import exports, reprints, selectors
from articles.models import Article, Author, Capture, Publisher, Topic
from articles.search import SNIPPET_END, SNIPPET_START
from articles.versions.history import TIMELINE_FIELDS, captured_from, in_version_order


@dataclass(frozen=True)
class EntityKind:
    model: type[Model]
    param: str  # the article list's parameter that narrows to it
    api_name: str  # URL name of its detail endpoint
    missing: str  # the 404's sentence


ENTITY_KINDS = {
    "author": EntityKind(Author, "author", "api:author-detail", "No author"),
    "topic": EntityKind(Topic, "topic", "api:topic-detail", "No topic"),
    "outlet": EntityKind(Publisher, "publisher", "api:outlet-detail", "No outlet"),
}


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def export_links(request: HttpRequest, path: str, params=None) -> dict[str, str]:
    """The whole result set at `path` (an export address) as a file in each format, by format
    name: the same articles, in the same order, as the list they accompany, beyond one page."""
    links = {}
    for name in exports.FORMATS:
        query = params.copy() if params is not None else QueryDict(mutable=True)
        query["format"] = name
        links[name] = absolute(request, f"{path}?{query.urlencode()}")
    return links


def article_api_url(request: HttpRequest, slug: str) -> str:
    return absolute(request, reverse("api:article-detail", kwargs={"slug": slug}))


def named(entity) -> dict | None:
    return None if entity is None else {"name": entity.name, "slug": entity.slug}


def article_summary(request: HttpRequest, article: Article) -> dict:
    """A result of the article list (needs the prefetches of ArticleQuerySet.with_related)."""
    snippet = getattr(article, "snippet", "") or ""
    return {
        "id": article.pk,
        "slug": article.slug,
        "title": article.title,
        "url": absolute(request, article.get_absolute_url()),
        "api_url": article_api_url(request, article.slug),
        "published_on": article.published_on,
        "date_precision": article.date_precision if article.published_on else "",
        "authors": [named(author) for author in article.ordered_authors],
        "publisher": named(article.publisher),
        "topics": [named(topic) for topic in article.topics.all()],
        "genre": article.genre,
        "language": article.language,
        "standfirst": article.standfirst,
        # Plain text: a JSON client marks matches itself; the markers are the site's own.
        "snippet": snippet.replace(SNIPPET_START, "").replace(SNIPPET_END, ""),
    }


def article_detail(request: HttpRequest, slug: str) -> dict:
    """A published article in full: byline, outlet, text, captures and versions; else 404."""
    article = Article.objects.published().with_related().filter(slug=slug).first()
    if article is None:
        raise HttpError(404, "No published article is called that.")
    captures = list(
        in_version_order(Capture.objects.filter(article=article).only(*TIMELINE_FIELDS))
    )
    summary = article_summary(request, article)
    del summary["authors"], summary["publisher"], summary["snippet"]
    return {
        **summary,
        "byline": [
            {
                "position": link.position,
                "name": link.author.name,
                "slug": link.author.slug,
                "affiliation": link.affiliation,
                "url": absolute(request, link.author.get_absolute_url()),
                "api_url": entity_api_url(request, "author", link.author.slug),
            }
            for link in article.byline
        ],
        "outlet": None
        if article.publisher is None
        else {
            **named(article.publisher),
            "domain": article.publisher.domain,
            "url": absolute(request, article.publisher.get_absolute_url()),
            "api_url": entity_api_url(request, "outlet", article.publisher.slug),
        },
        "body": article.body,
        "word_count": article.word_count,
        "source_url": article.source_url,
        "also_published_in": [
            {
                "slug": other.slug,
                "title": other.title,
                "publisher": named(other.publisher),
                "url": absolute(request, other.get_absolute_url()),
                "api_url": article_api_url(request, other.slug),
            }
            for other in reprints.group_members(article)
        ],
        "captures": [
            {
                "id": capture.pk,
                "version": number,
                "captured_at": capture.captured_at,
                "imported_at": capture.imported_at,
                "seen_at": capture.when,
                "served_from": captured_from(capture),
                "url": absolute(
                    request,
                    reverse(
                        "articles:version",
                        kwargs={"slug": article.slug, "capture_id": capture.pk},
                    ),
                ),
            }
            for number, capture in enumerate(captures, start=1)
        ],
        "versions": {
            "count": len(captures),
            "url": absolute(request, reverse("articles:versions", kwargs={"slug": article.slug})),
            "timemap_url": absolute(
                request, reverse("articles:timemap", kwargs={"slug": article.slug})
            ),
        },
    }


def entity_api_url(request: HttpRequest, kind: str, slug: str) -> str:
    return absolute(request, reverse(ENTITY_KINDS[kind].api_name, kwargs={"slug": slug}))


def entity(request: HttpRequest, kind: str, record) -> dict:
    """An author, topic or outlet with `article_count` attached (see selectors)."""
    param = ENTITY_KINDS[kind].param
    articles = reverse("api:article-list") + "?" + urlencode({param: record.slug})
    return {
        **named(record),
        "url": absolute(request, record.get_absolute_url()),
        "api_url": entity_api_url(request, kind, record.slug),
        "article_count": record.article_count,
        "articles_url": absolute(request, articles),
        "exports": export_links(
            request, reverse(f"articles:{param}-export", kwargs={"slug": record.slug})
        ),
    }


def entity_detail(request: HttpRequest, kind: str, slug: str) -> dict:
    """A public author, topic or outlet with its own fields; 404 unless a published article
    names it."""
    model = ENTITY_KINDS[kind].model
    record = selectors.public_entity(model=model, slug=slug)
    if record is None:
        raise HttpError(
            404, f"{ENTITY_KINDS[kind].missing} with published articles is called that."
        )
    extra = {
        "author": lambda: {"bio": record.bio},
        "topic": lambda: {"description": record.description},
        "outlet": lambda: {"domain": record.domain},
    }[kind]()
    return {**entity(request, kind, record), **extra}
