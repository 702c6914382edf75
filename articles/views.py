"""Public pages. Views are declarations: querying lives in articles/selectors.py, articles/search
and the FilterSet; citation formats in articles/citations.py; export files in articles/exports.

Every list of articles (the list and search page, and each author, topic and outlet page) goes
through ArticleFilter, so the same parameters, facets, timeline, feeds and exports work
everywhere.
"""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, ListView, TemplateView, View
from django.views.generic.list import MultipleObjectMixin
from django_filters.views import FilterMixin, FilterView

from articles import citations, embedded_metadata, exports, reprints, selectors
from articles.filters import ArticleFilter
from articles.models import Article, Author, Publisher, Topic
from articles.pagination import CappedPaginator
from articles.search import (
    FACET_SAMPLE,
    empty_result_hint,
    facet_counts,
    opening_words,
    suggest,
)
from articles.search.query import MAX_NAME_LENGTH, MAX_QUERY_LENGTH
from articles.versions.history import capture_timeline

FILTER_PARAMS = ("author", "topic", "publisher", "genre", "date_after", "date_before")
# How much of each parameter a page uses, and how the page names it when it had to cut one:
# the visitor is told, rather than shown results for less than they typed.
PARAMETER_LIMITS = {
    "q": ("The search", MAX_QUERY_LENGTH),
    "author": ("The author filter", MAX_NAME_LENGTH),
    "topic": ("The topic filter", MAX_NAME_LENGTH),
    "publisher": ("The outlet filter", MAX_NAME_LENGTH),
    "name": ("The name", MAX_NAME_LENGTH),
}


def shortened_notices(request, names) -> list[str]:
    """A sentence for each parameter among `names` that was longer than the page uses."""
    notices = []
    for name in names:
        label, limit = PARAMETER_LIMITS[name]
        if len(request.GET.get(name, "").strip()) > limit:
            notices.append(f"{label} was cut to its first {limit} characters.")
    return notices


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest=selectors.latest_articles(limit=8),
            topics=selectors.popular_topics(limit=16),
            authors=selectors.prolific_authors(limit=10),
            totals=selectors.archive_totals(),
            months=selectors.monthly_counts(queryset=Article.objects.published()),
            **kwargs,
        )


class ArticleResultsMixin:
    """Shared by every filtered list of articles: one bound ArticleFilter, facets, timeline."""

    filterset_class = ArticleFilter
    queryset = Article.objects.published().with_related()
    paginate_by = 20
    paginator_class = CappedPaginator
    fixed_param = ""  # the filter an entity page pins to its own slug

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        # Always bound: an unbound FilterSet would skip filter_queryset and its ordering.
        kwargs["data"] = self.request.GET.copy()
        if self.fixed_param:
            kwargs["data"][self.fixed_param] = self.entity.slug
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "").strip()
        searching = self.filterset.has_query_text
        facets = facet_counts(self.object_list)
        context.update(
            query=query,
            facets=facets,
            # A search charts the same sample its facets count; a listing charts every article.
            months=facets["months"]
            if searching
            else selectors.monthly_counts(queryset=self.object_list),
            fixed_param=self.fixed_param,
            facets_sampled=context["paginator"].count > FACET_SAMPLE,
            facet_sample=FACET_SAMPLE,
            facet_sample_text=f"{FACET_SAMPLE:,}",
            has_filters=any(self.request.GET.get(name) for name in FILTER_PARAMS),
            export_url=self.export_url(),
            export_formats=exports.FORMATS.values(),
            export_max_rows=settings.ARCHIVE_EXPORT_MAX_ROWS,
            shortened=[
                *shortened_notices(self.request, ("q", "author", "topic", "publisher")),
                *self.filterset.parsed_query().notices,  # terms or filters beyond the limits
            ],
        )
        if not context["page_obj"].object_list and query:
            context["suggestion"] = suggest(query)
            context["hint"] = empty_result_hint(query)
        return context

    def export_url(self) -> str:
        return reverse("articles:export")


class ArticleListView(ArticleResultsMixin, FilterView):
    """The list and the search in one page: `q` plus filter parameters, facets, pagination."""

    template_name = "articles/article_list.html"


class ArticleExportView(ArticleResultsMixin, FilterMixin, MultipleObjectMixin, View):
    """The list page's result set as a file (`format`): the same parameters and order, no pages."""

    def get(self, request, *args, **kwargs):
        chosen = exports.export_format(request.GET.get("format"))
        if chosen is None:
            return exports.unknown_format(request.GET.get("format"))
        filterset = self.get_filterset(self.get_filterset_class())
        # As FilterView does: input the form cannot read lists nothing.
        articles = filterset.qs if filterset.is_valid() else filterset.queryset.none()
        return exports.export_response(articles, chosen, absolute=request.build_absolute_uri)


class PinnedEntityMixin:
    """Pins a list of articles to the public author, topic or outlet in the URL; else 404."""

    entity_model = None
    entity_kind = ""

    def get(self, request, *args, **kwargs):
        self.entity = selectors.public_entity(model=self.entity_model, slug=kwargs["slug"])
        if self.entity is None:
            raise Http404(f"No {self.entity_kind.lower()} with published articles is called that.")
        return super().get(request, *args, **kwargs)


class EntityArticlesView(PinnedEntityMixin, ArticleResultsMixin, FilterView):
    """An author's, topic's or outlet's page: its articles through ArticleFilter, itself fixed."""

    template_name = "articles/entity_detail.html"

    def export_url(self) -> str:
        return reverse(f"articles:{self.fixed_param}-export", kwargs={"slug": self.entity.slug})

    def get_context_data(self, **kwargs):
        feed = reverse(f"articles:{self.fixed_param}-feed", kwargs={"slug": self.entity.slug})
        return super().get_context_data(
            entity=self.entity, entity_kind=self.entity_kind, feed_url=feed, **kwargs
        )


class AuthorDetailView(EntityArticlesView):
    entity_model, fixed_param, entity_kind = Author, "author", "Author"


class TopicDetailView(EntityArticlesView):
    entity_model, fixed_param, entity_kind = Topic, "topic", "Topic"


class PublisherDetailView(EntityArticlesView):
    entity_model, fixed_param, entity_kind = Publisher, "publisher", "Outlet"


class EntityExportView(PinnedEntityMixin, ArticleExportView):
    """An entity page's result set as a file."""


class AuthorExportView(EntityExportView):
    entity_model, fixed_param, entity_kind = Author, "author", "Author"


class TopicExportView(EntityExportView):
    entity_model, fixed_param, entity_kind = Topic, "topic", "Topic"


class PublisherExportView(EntityExportView):
    entity_model, fixed_param, entity_kind = Publisher, "publisher", "Outlet"


class EntityIndexView(ListView):
    """Every author, topic or outlet with published articles, by name, optionally narrowed."""

    template_name = "articles/entity_index.html"
    paginate_by = 100
    entity_model = None
    kind, kind_plural = "", ""

    def get_queryset(self):
        name = self.request.GET.get("name", "")
        return selectors.entity_index(model=self.entity_model, name=name)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object_list=selectors.attach_article_counts(
                model=self.entity_model, entities=context["object_list"]
            ),
            kind=self.kind,
            kind_plural=self.kind_plural,
            name=self.request.GET.get("name", "").strip()[:MAX_NAME_LENGTH],
            shortened=shortened_notices(self.request, ("name",)),
        )
        return context


class AuthorIndexView(EntityIndexView):
    entity_model, kind, kind_plural = Author, "author", "Authors"


class TopicIndexView(EntityIndexView):
    entity_model, kind, kind_plural = Topic, "topic", "Topics"


class PublisherIndexView(EntityIndexView):
    entity_model, kind, kind_plural = Publisher, "outlet", "Outlets"


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"

    def get_queryset(self):
        return selectors.readable_articles()

    def get_context_data(self, **kwargs):
        article = self.object
        url = self.request.build_absolute_uri(article.get_absolute_url())
        return super().get_context_data(
            canonical_url=url,
            summary=" ".join(article.standfirst.split()) or opening_words(article.body, 40),
            citations=citations.formatted(article, archive_url=url),
            highwire_tags=embedded_metadata.highwire_tags(article, archive_url=url),
            coins=embedded_metadata.coins_title(article, archive_url=url),
            structured_data=citations.structured_data(
                article, url=url, absolute=self.request.build_absolute_uri
            ),
            related=selectors.related_articles(article=article),
            reprints=reprints.group_members(article),
            timeline=capture_timeline(article=article),
            **kwargs,
        )


class CitationView(View):
    """A citation file for reference managers, downloaded as an attachment."""

    formats = {
        "bibtex": (citations.bibtex, "application/x-bibtex", "bib"),
        "ris": (citations.ris, "application/x-research-info-systems", "ris"),
    }
    format = ""

    def get(self, request, slug):
        article = get_object_or_404(Article.objects.published().with_related(), slug=slug)
        render, content_type, extension = self.formats[self.format]
        url = request.build_absolute_uri(article.get_absolute_url())
        response = HttpResponse(
            render(article, archive_url=url), content_type=f"{content_type}; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{article.slug}.{extension}"'
        return response


class CaptureView(View):
    """The raw capture as plain text: the browser never interprets it as markup."""

    def get(self, request, slug):
        article = get_object_or_404(Article.objects.published(), slug=slug)
        capture = article.captures.order_by("-imported_at", "-pk").first()
        if capture is None:
            raise Http404("This article has no stored capture.")
        response = HttpResponse(capture.raw_text, content_type="text/plain; charset=utf-8")
        # Belt and braces for a file that is someone else's page: no sniffing, no active content.
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response


def robots_txt(request):
    """Crawlers may read articles and entity pages, not admin, raw captures or endless filters."""
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /articles/*/capture/",
        # Filter and search combinations are endless; the sitemap lists every page once.
        "Disallow: /*?",
        f"Sitemap: {sitemap}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
