"""The sitemap: published articles and every public author, topic and outlet page.

/sitemap.xml is an index of one sitemap per section, so the archive can grow past the 50,000
addresses a single sitemap may hold (Django paginates each section by itself).
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles import selectors
from articles.models import Article, Author, Publisher, Topic


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8
    # Pages of 5,000 addresses render in well under a second; the index lists every page.
    limit = 5000

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, article: Article):
        return article.updated_at


class EntitySitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5
    model = None

    def items(self):
        return selectors.public_entities(model=self.model).only("slug").order_by("pk")


class AuthorSitemap(EntitySitemap):
    model = Author


class TopicSitemap(EntitySitemap):
    model = Topic


class PublisherSitemap(EntitySitemap):
    model = Publisher


class PageSitemap(Sitemap):
    """The home page, the list page and the three indexes."""

    changefreq = "daily"
    priority = 1.0

    def items(self):
        return [
            "articles:home",
            "articles:list",
            "articles:author-list",
            "articles:topic-list",
            "articles:publisher-list",
        ]

    def location(self, name: str) -> str:
        return reverse(name)


SITEMAPS = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "authors": AuthorSitemap,
    "topics": TopicSitemap,
    "publishers": PublisherSitemap,
}
