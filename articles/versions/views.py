"""The versions page, each version's permanent address and the article's TimeMap.

Only published articles have versions in public: a hidden article's versions answer 404 like
the article itself.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView, View

from articles import citations
from articles.models import Article
from articles.versions import history, memento


def published_article(slug: str) -> Article:
    return get_object_or_404(Article.objects.published().with_related(), slug=slug)


def original_url(request, article: Article) -> str:
    """The page the versions are mementos of: the outlet's address, else the article's page."""
    if citations.is_web_url(article.source_url):
        return article.source_url.strip()
    return request.build_absolute_uri(article.get_absolute_url())


class VersionsView(TemplateView):
    """Every capture of an article with what changed, and a word-level diff of two of them."""

    template_name = "articles/versions.html"

    def get_context_data(self, **kwargs):
        article = published_article(kwargs["slug"])
        versions = history.article_versions(article=article)
        pair = None
        if versions:
            pair = history.choose_pair(
                versions, from_id=self.request.GET.get("from"), to_id=self.request.GET.get("to")
            )
        comparison = history.compare(pair.old, pair.new) if pair and pair.old else None
        return super().get_context_data(
            article=article,
            versions=list(reversed(history.with_changes(versions))),
            pair=pair,
            comparison=comparison,
            **kwargs,
        )


class VersionView(TemplateView):
    """One version at its permanent address, as its capture gave the article."""

    template_name = "articles/version_detail.html"

    def get(self, request, *args, **kwargs):
        self.article = published_article(kwargs["slug"])
        found = history.one_version(article=self.article, capture_id=kwargs["capture_id"])
        if found is None:
            raise Http404("This article has no capture with that number.")
        self.version, self.latest = found
        response = super().get(request, *args, **kwargs)
        timemap_url = reverse("articles:timemap", kwargs={"slug": self.article.slug})
        headers = memento.memento_headers(
            when=self.version.when,
            original=original_url(request, self.article),
            timemap_url=request.build_absolute_uri(timemap_url),
        )
        for name, value in headers.items():
            response[name] = value
        return response

    def get_context_data(self, **kwargs):
        path = reverse(
            "articles:version", kwargs={"slug": self.article.slug, "capture_id": self.version.pk}
        )
        url = self.request.build_absolute_uri(path)
        return super().get_context_data(
            article=self.article,
            version=self.version,
            latest=self.latest,
            version_url=url,
            citation=history.version_citation(self.version, url=url),
            citations=history.version_citations(self.version, url=url),
            **kwargs,
        )


class TimeMapView(View):
    """The article's TimeMap (RFC 7089): its original, and each version as a memento."""

    def get(self, request, slug):
        article = published_article(slug)
        captures = list(history.in_version_order(article.captures.only(*history.TIMELINE_FIELDS)))
        if not captures:
            raise Http404("This article has no captures.")
        mementos = [
            memento.Memento(
                url=request.build_absolute_uri(
                    reverse("articles:version", kwargs={"slug": slug, "capture_id": capture.pk})
                ),
                when=capture.when,
            )
            for capture in captures
        ]
        body = memento.timemap(
            original=original_url(request, article),
            self_url=request.build_absolute_uri(reverse("articles:timemap", kwargs={"slug": slug})),
            mementos=mementos,
        )
        return HttpResponse(body, content_type=f"{memento.LINK_FORMAT}; charset=utf-8")


class CiteVersionView(View):
    """The article page's "Cite a version" form: on to the chosen version's citations."""

    def get(self, request, slug):
        article = published_article(slug)
        chosen = request.GET.get("capture", "")
        capture = article.captures.filter(pk=int(chosen)).first() if chosen.isdigit() else None
        if capture is None:
            raise Http404("Choose one of this article's versions to cite.")
        path = reverse("articles:version", kwargs={"slug": slug, "capture_id": capture.pk})
        return redirect(f"{path}#cite-heading")
