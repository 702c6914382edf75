"""Stable addresses: old slugs of renamed and merged records answer 301 to the current page."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from articles import editing
from articles.models import Article, Author, Publisher, SlugHistory, Status, Topic
from tests.factories import make_article, make_author, make_capture, make_publisher, make_topic
from tests.test_admin import edit, run_action

pytestmark = pytest.mark.django_db

ENTITY_MAKERS = {
    "author": (make_author, Author),
    "topic": (make_topic, Topic),
    "publisher": (make_publisher, Publisher),
}


@pytest.fixture
def editor_client(client):
    user = User.objects.create_user("eda", password="a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def published_with(kind: str, entity) -> Article:
    """A published article naming `entity`, so its pages are public."""
    if kind == "author":
        return make_article(authors=[entity])
    if kind == "topic":
        return make_article(topics=[entity])
    return make_article(publisher=entity)


def entity_pages(kind: str, slug: str) -> list[str]:
    return [
        reverse(f"articles:{kind}-detail", kwargs={"slug": slug}),
        reverse(f"articles:{kind}-feed", kwargs={"slug": slug}),
    ]


def article_pages(slug: str) -> list[str]:
    return [
        reverse(f"articles:{name}", kwargs={"slug": slug})
        for name in ("detail", "capture", "cite-bibtex", "cite-ris")
    ]


def assert_moved(old_pages: list[str], new_pages: list[str]) -> None:
    """Every old page answers 301 to its new twin for a visitor, and the new twin is there."""
    client = Client()  # anonymous, whoever made the change
    for old, new in zip(old_pages, new_pages, strict=True):
        response = client.get(old)
        assert (response.status_code, response.headers.get("Location")) == (301, new), old
        assert client.get(new).status_code == 200, new


# --- Renames ----------------------------------------------------------------------------------------
def test_a_renamed_article_answers_at_its_old_address_and_sub_pages(editor_client):
    article = make_article("Grain corridors", slug="grain-corridors")
    make_capture(article)

    response = edit(editor_client, article, slug="grain-corridors-hold")
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).slug == "grain-corridors-hold"

    assert_moved(article_pages("grain-corridors"), article_pages("grain-corridors-hold"))


@pytest.mark.parametrize("kind", ENTITY_MAKERS)
def test_a_renamed_entity_answers_at_its_old_page_and_feed(kind, editor_client):
    make, _model = ENTITY_MAKERS[kind]
    entity = make("Olena Hrytsenko", slug="olena-hrytsenko")
    published_with(kind, entity)

    response = edit(editor_client, entity, name="Olena Marchuk", slug="olena-marchuk")
    assert response.status_code == 302

    assert_moved(entity_pages(kind, "olena-hrytsenko"), entity_pages(kind, "olena-marchuk"))


def test_the_query_string_follows_the_redirect(client):
    author = make_author("Amara Okafor", slug="amara-okafor")
    published_with("author", author)
    author.slug = "amara-okafor-mensah"
    author.save()

    response = client.get("/authors/amara-okafor/feed/?q=buses&sort=oldest")

    assert response.status_code == 301
    assert response.headers["Location"] == "/authors/amara-okafor-mensah/feed/?q=buses&sort=oldest"


def test_every_earlier_slug_leads_to_the_current_one(client):
    topic = make_topic("Grain", slug="grain")
    published_with("topic", topic)
    for slug in ("grain-exports", "grain-corridor"):
        topic.slug = slug
        topic.save()

    for old in ("grain", "grain-exports"):
        assert client.get(f"/topics/{old}/").headers["Location"] == "/topics/grain-corridor/"
    assert client.get("/topics/grain-corridor/").status_code == 200


def test_renaming_back_serves_the_slug_again_and_forwards_the_other(client):
    outlet = make_publisher("The Herald", slug="the-herald")
    published_with("publisher", outlet)
    outlet.slug = "herald"
    outlet.save()
    outlet.slug = "the-herald"
    outlet.save()

    assert client.get("/publishers/the-herald/").status_code == 200
    assert client.get("/publishers/herald/").headers["Location"] == "/publishers/the-herald/"


def test_a_slug_freed_by_a_rename_serves_the_record_that_takes_it(client):
    old = make_article("Fund the buses", slug="fund-the-buses")
    old.slug = "fund-the-buses-2019"
    old.save()
    assert client.get("/articles/fund-the-buses/").status_code == 301

    newer = make_article("Fund the buses, again", slug="fund-the-buses")

    response = client.get("/articles/fund-the-buses/")
    assert response.status_code == 200
    assert response.context["object"] == newer
    assert not SlugHistory.objects.filter(old_slug="fund-the-buses").exists()
    assert client.get("/articles/fund-the-buses-2019/").context["object"] == old


def test_a_saved_record_whose_slug_did_not_change_leaves_no_history():
    article = make_article(slug="steady")
    article.title = "A new title"
    article.save()
    Article.objects.get(pk=article.pk).save()

    assert not SlugHistory.objects.exists()


# --- Merges -----------------------------------------------------------------------------------------
def test_merged_authors_old_pages_lead_to_the_kept_one(editor_client):
    short = make_author("Taras Melnik", slug="taras-melnik")
    full = make_author("Taras Melnyk", slug="taras-melnyk")
    published_with("author", short)
    published_with("author", full)
    # The merged author had been renamed once already: that older slug must follow too.
    short.slug = "taras-melnik-2"
    short.save()

    response = run_action(
        editor_client, Author, "merge_selected", [short, full], apply="yes", keep=str(full.pk)
    )
    assert response.status_code == 302

    for old in ("taras-melnik", "taras-melnik-2"):
        assert_moved(entity_pages("author", old), entity_pages("author", "taras-melnyk"))


@pytest.mark.parametrize("kind", ["topic", "publisher"])
def test_merged_topics_and_outlets_old_pages_lead_to_the_kept_one(kind):
    make, model = ENTITY_MAKERS[kind]
    kept, duplicate = make("Kyiv Independent", slug="kept"), make("Kyiv Indep.", slug="dup")
    published_with(kind, kept)
    published_with(kind, duplicate)
    duplicate.slug = "dup-renamed"
    duplicate.save()

    merge = editing.merge_topics if kind == "topic" else editing.merge_publishers
    merge(keep=kept, duplicates=[duplicate])

    assert not model.objects.filter(pk=duplicate.pk).exists()
    for old in ("dup", "dup-renamed"):
        assert_moved(entity_pages(kind, old), entity_pages(kind, "kept"))


def test_a_merged_record_that_was_kept_by_a_later_merge_still_leads_there(client):
    first, second, third = (make_topic(name, slug=name.lower()) for name in ("A1", "B2", "C3"))
    for topic in (first, second, third):
        published_with("topic", topic)
    editing.merge_topics(keep=second, duplicates=[first])
    editing.merge_topics(keep=third, duplicates=[second])

    for old in ("a1", "b2"):
        assert client.get(f"/topics/{old}/feed/").headers["Location"] == "/topics/c3/feed/"


# --- What an old address never does -----------------------------------------------------------------
def test_the_old_address_of_a_hidden_article_stays_not_found(client):
    article = make_article(slug="withdrawn")
    article.slug = "withdrawn-for-good"
    article.status = Status.HIDDEN
    article.save()

    assert client.get("/articles/withdrawn/").status_code == 404


def test_an_old_entity_slug_does_not_lead_to_an_author_named_only_on_hidden_articles(client):
    author = make_author("Quiet Writer", slug="quiet-writer")
    make_article(authors=[author], status=Status.HIDDEN)
    author.slug = "quiet-writer-2"
    author.save()

    assert client.get("/authors/quiet-writer/").status_code == 404


def test_deleting_a_record_forgets_its_old_slugs(client):
    author = make_author("Gone", slug="gone")
    published_with("author", author)
    author.slug = "gone-2"
    author.save()
    editing.delete_entities(entities=[author], user=None)

    assert not SlugHistory.objects.exists()
    assert client.get("/authors/gone/").status_code == 404


def test_bulk_deletes_forget_old_slugs_too():
    article = make_article(slug="bulk")
    article.slug = "bulk-2"
    article.save()

    Article.objects.filter(pk=article.pk).delete()

    assert not SlugHistory.objects.exists()


def test_an_unknown_slug_is_still_not_found(client):
    assert client.get("/articles/never-existed/").status_code == 404
    assert client.get("/authors/never-existed/feed/").status_code == 404
