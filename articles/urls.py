from django.urls import path

from articles import feeds, views
from articles.versions import views as versions

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="list"),
    # Before <slug>: "feed" and "export" are paths here, not articles.
    path("articles/feed/", feeds.ArticleFeed(), name="feed"),
    path("articles/export/", views.ArticleExportView.as_view(), name="export"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("articles/<slug:slug>/capture/", views.CaptureView.as_view(), name="capture"),
    path("articles/<slug:slug>/versions/", versions.VersionsView.as_view(), name="versions"),
    path(
        "articles/<slug:slug>/versions/cite/",
        versions.CiteVersionView.as_view(),
        name="cite-version",
    ),
    path(
        "articles/<slug:slug>/versions/<int:capture_id>/",
        versions.VersionView.as_view(),
        name="version",
    ),
    path("articles/<slug:slug>/timemap/", versions.TimeMapView.as_view(), name="timemap"),
    path(
        "articles/<slug:slug>/cite.bib",
        views.CitationView.as_view(format="bibtex"),
        name="cite-bibtex",
    ),
    path(
        "articles/<slug:slug>/cite.ris",
        views.CitationView.as_view(format="ris"),
        name="cite-ris",
    ),
    path("authors/", views.AuthorIndexView.as_view(), name="author-list"),
    path("authors/<slug:slug>/", views.AuthorDetailView.as_view(), name="author-detail"),
    path("authors/<slug:slug>/feed/", feeds.AuthorFeed(), name="author-feed"),
    path("authors/<slug:slug>/export/", views.AuthorExportView.as_view(), name="author-export"),
    path("topics/", views.TopicIndexView.as_view(), name="topic-list"),
    path("topics/<slug:slug>/", views.TopicDetailView.as_view(), name="topic-detail"),
    path("topics/<slug:slug>/feed/", feeds.TopicFeed(), name="topic-feed"),
    path("topics/<slug:slug>/export/", views.TopicExportView.as_view(), name="topic-export"),
    path("publishers/", views.PublisherIndexView.as_view(), name="publisher-list"),
    path("publishers/<slug:slug>/", views.PublisherDetailView.as_view(), name="publisher-detail"),
    path("publishers/<slug:slug>/feed/", feeds.PublisherFeed(), name="publisher-feed"),
    path(
        "publishers/<slug:slug>/export/",
        views.PublisherExportView.as_view(),
        name="publisher-export",
    ),
]
