"""Atom feeds: the latest articles, any search, and each author, topic and outlet.

Every feed goes through ArticleFilter, so `/articles/feed/?q=sanctions&topic=russia` lists what
`/articles/?q=sanctions&topic=russia` shows, newest first: a saved search becomes a subscription.

Atom titles are text constructs (readers never parse them as markup), while summaries are HTML:
a summary is always escaped text, with only the search highlights as <mark> elements.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time

from django.contrib.syndication.views import Feed
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from articles import selectors
from articles.filters import ArticleFilter
from articles.models import Article, Author, Publisher, Topic
from articles.search import opening_words
from articles.templatetags.archive import highlight

SITE_NAME = "Commentary Archive"
# What XML 1.0 cannot carry: C0 controls other than tab, line feed and carriage return, and the
# non-characters U+FFFE and U+FFFF. Imported text may hold them; Django refuses them in a feed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FEED_LENGTH = 30
DESCRIBED_PARAMS = (
    ("author", "author"),
    ("topic", "topic"),
    ("publisher", "outlet"),
    ("date_after", "from"),
    ("date_before", "until"),
)


@dataclass
class FeedSource:
    """What a feed lists: its filter, its title, and the page it mirrors."""

    filterset: ArticleFilter
    title: str
    page_url: str
    feed_url: str


class ArticleFeed(Feed):
    """The latest articles, narrowed by any ArticleFilter parameters in the query string."""

    feed_type = Atom1Feed
    author_name = SITE_NAME

    def get_object(self, request, *args, **kwargs) -> FeedSource:
        data = self._filter_data(request)
        query = data.urlencode()
        description = _describe(data)
        return FeedSource(
            filterset=_filterset(data),
            title=f"{SITE_NAME}: {description}" if description else f"{SITE_NAME}: latest",
            page_url=reverse("articles:list") + (f"?{query}" if query else ""),
            feed_url=request.path + (f"?{query}" if query else ""),
        )

    def _get_dynamic_attr(self, attname, obj, default=None):
        # Every title, summary, name and category of the feed passes here: the one place to
        # drop what XML 1.0 cannot carry, whatever the archive holds.
        return xml_safe(super()._get_dynamic_attr(attname, obj, default))

    def _filter_data(self, request) -> QueryDict:
        data = request.GET.copy()
        data.pop("page", None)
        for name in list(data):
            if not data.get(name):
                del data[name]  # empty form fields say nothing and would split feed ids
        return data

    def title(self, source: FeedSource) -> str:
        return source.title

    def link(self, source: FeedSource) -> str:
        return source.page_url

    def feed_url(self, source: FeedSource) -> str:
        return source.feed_url

    def subtitle(self, source: FeedSource) -> str:
        return "Op-ed commentary, archived and searchable."

    def items(self, source: FeedSource):
        filterset = source.filterset
        if not filterset.is_valid():
            return Article.objects.none()  # invalid input lists nothing, as the pages do
        return filterset.qs[:FEED_LENGTH]

    def item_title(self, article: Article) -> str:
        return " ".join(article.title.split())

    def item_description(self, article: Article) -> str:
        if article.standfirst:
            return escape(article.standfirst)
        snippet = getattr(article, "snippet", None)
        if snippet is not None:
            return highlight(snippet)
        return escape(opening_words(article.body))

    def item_author_name(self, article: Article) -> str | None:
        return ", ".join(author.name for author in article.ordered_authors) or None

    def item_pubdate(self, article: Article) -> datetime | None:
        if article.published_on is None:
            return None
        return datetime.combine(article.published_on, time.min, tzinfo=UTC)

    def item_updateddate(self, article: Article) -> datetime:
        return article.updated_at

    def item_categories(self, article: Article) -> list[str]:
        return [topic.name for topic in article.topics.all()]


class EntityFeed(ArticleFeed):
    """One author's, topic's or outlet's articles, newest first."""

    entity_model = None
    fixed_param = ""
    label = ""

    def get_object(self, request, slug: str) -> FeedSource:
        entity = get_object_or_404(selectors.public_entities(model=self.entity_model), slug=slug)
        data = self._filter_data(request)
        data[self.fixed_param] = entity.slug
        return FeedSource(
            filterset=_filterset(data),
            title=f"{SITE_NAME}: {self.label} {entity.name}",
            page_url=entity.get_absolute_url(),
            feed_url=request.path,
        )


class AuthorFeed(EntityFeed):
    entity_model, fixed_param, label = Author, "author", "articles by"


class TopicFeed(EntityFeed):
    entity_model, fixed_param, label = Topic, "topic", "articles on"


class PublisherFeed(EntityFeed):
    entity_model, fixed_param, label = Publisher, "publisher", "articles in"


def xml_safe(value):
    """`value` with characters XML 1.0 cannot carry removed, in strings and lists of strings."""
    if isinstance(value, str):
        return _NOT_XML.sub("", value)
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(item) for item in value)
    return value


def _filterset(data: QueryDict) -> ArticleFilter:
    data = data.copy()
    if not data.get("sort"):
        data["sort"] = "newest"  # a subscription wants what is new, not what ranks best
    return ArticleFilter(data, queryset=Article.objects.published().with_related())


def _describe(data: QueryDict) -> str:
    parts = []
    if data.get("q"):
        parts.append(f"search for “{' '.join(data['q'].split())[:200]}”")
    for name, label in DESCRIBED_PARAMS:
        if data.get(name):
            parts.append(f"{label} {' '.join(data[name].split())[:100]}")
    return ", ".join(parts)
