"""Public pages. Views are declarations: querying lives on the models and in articles/search.py."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, View

from articles.models import Article, Author, Publisher, Topic


class HomeView(ListView):
    template_name = "articles/home.html"
    queryset = Article.objects.published().with_related()
    paginate_by = 20


class ArticleListView(ListView):
    template_name = "articles/article_list.html"
    queryset = Article.objects.published().with_related()
    paginate_by = 20


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
