"""Public pages. Views are declarations: querying lives in articles/search and the FilterSet."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, View
from django_filters.views import FilterView

from articles.filters import ArticleFilter
from articles.models import Article, Author, Publisher, Topic
from articles.pagination import CappedPaginator
from articles.search import empty_result_hint, facet_counts, suggest


class HomeView(ListView):
    template_name = "articles/home.html"
    queryset = Article.objects.published().with_related()
    paginate_by = 20


class ArticleListView(FilterView):
    """The list and the search in one page: `q` plus filter parameters, facets, pagination."""

    template_name = "articles/article_list.html"
    filterset_class = ArticleFilter
    queryset = Article.objects.with_related()
    paginate_by = 20
    paginator_class = CappedPaginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "")
        context["query"] = query
        context["facets"] = facet_counts(self.object_list)
        if not context["page_obj"].object_list and query:
            context["suggestion"] = suggest(query)
            context["hint"] = empty_result_hint(query)
        return context


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    queryset = Article.objects.published().with_related()


class CaptureView(View):
    """The raw capture as plain text: the browser never interprets it as markup."""

    def get(self, request, slug):
        article = get_object_or_404(Article.objects.published(), slug=slug)
        capture = article.captures.order_by("-imported_at", "-pk").first()
        if capture is None:
            raise Http404("This article has no stored capture.")
        return HttpResponse(capture.raw_text, content_type="text/plain; charset=utf-8")


class AuthorDetailView(DetailView):
    template_name = "articles/entity_detail.html"
    model = Author


class TopicDetailView(DetailView):
    template_name = "articles/entity_detail.html"
    model = Topic


class PublisherDetailView(DetailView):
    template_name = "articles/entity_detail.html"
    model = Publisher
