"""The editorial admin: edits that survive imports, history, review, merges, bulk actions, roles."""

from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import editing
from articles.models import Article, ArticleAuthor, Author, ImportRun, Publisher, Status, Topic
from tests.factories import (
    HOSTILE,
    make_article,
    make_author,
    make_capture,
    make_hostile_article,
    make_publisher,
    make_topic,
)
from tests.test_importers import dump

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KRAMER_SEED = SEEDS / "000_a4e8c022236e264f.txt"
UNSIGNED_SEED = "001"


# --- Helpers --------------------------------------------------------------------------------------
def run_import(*args, **options) -> str:
    out = StringIO()
    call_command("import_articles", *map(str, args), stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


def form_data(response) -> dict:
    """The POST data a browser would send back for an admin change form, unchanged."""
    data = {}
    forms = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        forms.append(formset.management_form)
        forms.extend(formset.forms)
    for form in forms:
        for name, field in form.fields.items():
            value = form[name].value()
            if value is None or value is False:
                continue
            if value is True:
                value = "on"
            elif isinstance(value, list | tuple):
                value = [str(getattr(v, "pk", v)) for v in value]
            elif hasattr(field, "prepare_value") and name in ("aliases", "match_phrases"):
                value = field.prepare_value(value)
            data[form.add_prefix(name)] = value if isinstance(value, list) else str(value)
    return data


def change_url(obj) -> str:
    return reverse(f"admin:articles_{obj._meta.model_name}_change", args=[obj.pk])


def changelist_url(model) -> str:
    return reverse(f"admin:articles_{model._meta.model_name}_changelist")


def edit(client, obj, **changes):
    """Open `obj`'s admin change form, apply `changes` to its data and save; returns the response."""
    url = change_url(obj)
    data = form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


def found(query: str) -> set[str]:
    return set(Article.objects.search(query).values_list("slug", flat=True))


def run_action(client, model, action: str, objects, **extra):
    data = {"action": action, "_selected_action": [str(o.pk) for o in objects], **extra}
    return client.post(changelist_url(model), data)


@pytest.fixture
def editor(db):
    user = User.objects.create_user("eda", password="a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def seeded(db):
    assert run_import(SEEDS).strip().endswith("5 created, 0 updated, 0 unchanged, 0 failed")
    return {a.captures.get().file_name.rsplit("/", 1)[-1][:3]: a for a in Article.objects.all()}


# --- Locks: editor's fixes survive imports ----------------------------------------------------------
def test_editor_fixes_survive_reimport_and_reextract_until_unlocked(
    editor_client, seeded, tmp_path
):
    article = seeded["000"]
    assert [a.name for a in article.ordered_authors] == ["David J. Kramer"]
    extracted_title = article.title
    dana = make_author("Dana Okafor")
    url = change_url(article)
    data = form_data(editor_client.get(url))
    data["title"] = "What Ukrainians are fighting for"
    data["article_authors-0-author"] = str(dana.pk)
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]

    article.refresh_from_db()
    assert article.title == "What Ukrainians are fighting for"
    assert [a.name for a in article.ordered_authors] == ["Dana Okafor"]
    assert article.locked_fields == ["title", "authors"]
    assert article.provenance["title"] == {"source": "editor", "inferred": False}

    # A changed capture of the same article (same link) updates what is not locked.
    changed = tmp_path / "000-again.txt"
    changed.write_text(
        KRAMER_SEED.read_text(encoding="utf-8").replace("halting", "hesitant"), encoding="utf-8"
    )
    assert run_import(changed).strip() == "0 created, 1 updated, 0 unchanged, 0 failed"
    run_import(reextract=True)
    article.refresh_from_db()
    assert "hesitant" in article.body  # not locked: the new capture's text
    assert article.title == "What Ukrainians are fighting for"
    assert [a.name for a in article.ordered_authors] == ["Dana Okafor"]
    assert "Dana Okafor" in {a.name for a in Article.objects.search("okafor")[0].ordered_authors}

    # Unlocking lets re-extraction set the fields again.
    response = edit(editor_client, article, locked_fields=[])
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.locked_fields == []
    run_import(reextract=True)
    article.refresh_from_db()
    assert article.title == extracted_title
    assert [a.name for a in article.ordered_authors] == ["David J. Kramer"]


def test_changing_a_date_locks_it_and_sets_its_precision(editor_client, seeded):
    article = seeded["000"]
    assert article.published_on is None
    response = edit(editor_client, article, published_on="2022-03-04")
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.published_on, article.date_precision) == (date(2022, 3, 4), "day")
    assert article.locked_fields == ["published_on"]
    run_import(reextract=True)
    article.refresh_from_db()
    assert article.published_on == date(2022, 3, 4)


def test_editing_the_body_keeps_hash_and_count_and_refuses_a_duplicate(editor_client, db):
    first = make_article(body="Original words here.")
    second = make_article(body="Other words entirely, and more of them.")
    assert edit(editor_client, first, body="New words, four more.").status_code == 302
    first.refresh_from_db()
    assert first.word_count == 4
    assert editing.find_text_duplicate(body="new WORDS four more", exclude_pk=None) == first
    response = edit(editor_client, second, body="New words; four more!")
    assert response.status_code == 200
    assert "Another article of this outlet has the same text" in response.content.decode()


# --- The search index follows every edit ---------------------------------------------------------
def test_renaming_an_author_is_searchable_at_once(editor_client, db):
    author = make_author("Olena Hrytsenko")
    article = make_article("Grain corridors", authors=[author])
    editing.update_search_index([article.pk])
    assert found("hrytsenko") == {article.slug}
    response = edit(editor_client, author, name="Olena Marchuk")
    assert response.status_code == 302
    assert found("marchuk") == {article.slug}
    assert found("hrytsenko") == set()


def test_title_and_topic_edits_are_searchable_at_once(editor_client, db):
    topic = Topic.objects.get(name="Energy")  # from the vocabulary
    article = make_article("Plain headline")
    editing.update_search_index([article.pk])
    edit(editor_client, article, title="Pipelines and power", topics=[str(topic.pk)])
    assert found("pipelines") == {article.slug}
    assert found("topic:energy") == {article.slug}


def test_deleting_an_author_reindexes_their_articles(editor_client, db):
    author = make_author("Ruslan Ivchenko")
    article = make_article(authors=[author])
    editing.update_search_index([article.pk])
    response = editor_client.post(
        reverse("admin:articles_author_delete", args=[author.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Author.objects.exists()
    assert found("ivchenko") == set()


# --- History --------------------------------------------------------------------------------------
def test_history_shows_who_changed_what_and_revert_restores_it(editor_client, editor, db):
    first, second = make_author("Ana Lopes"), make_author("Ben Ortiz")
    article = make_article("Salt roads of the north", authors=[first])
    editing.record_change(instance=article)  # the entry an import writes once the byline is set
    editing.update_search_index([article.pk])
    data = form_data(editor_client.get(change_url(article)))
    data.update({"title": "Frozen ports", "article_authors-0-author": str(second.pk)})
    assert editor_client.post(change_url(article), data).status_code == 302
    assert found("frozen") == {article.slug}

    history_url = reverse("admin:articles_article_history", args=[article.pk])
    page = editor_client.get(history_url).content.decode()
    assert "Salt roads of the north" in page and "Frozen ports" in page
    assert "eda" in page  # who
    assert "Ana Lopes" in page and "Ben Ortiz" in page  # the byline's diff

    latest, original = article.history.order_by("-history_date", "-history_id")[:2]
    assert latest.history_user == editor
    delta = latest.diff_against(original)
    assert {"title", "authors", "locked_fields"} <= set(delta.changed_fields)

    revert_url = reverse("admin:articles_article_simple_history", args=[article.pk, original.pk])
    response = editor_client.get(revert_url)
    assert "Ana Lopes" in response.content.decode()  # the version's byline, restored on revert
    response = editor_client.post(revert_url, form_data(response))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Salt roads of the north"
    assert [a.name for a in article.ordered_authors] == ["Ana Lopes"]
    assert article.locked_fields == []
    assert found("salt") == {article.slug}
    assert found("frozen") == set()
    assert article.history.latest().history_user == editor


def test_reverting_an_author_rename_reindexes(editor_client, db):
    author = make_author("Iryna Kovalenko")
    article = make_article(authors=[author])
    editing.update_search_index([article.pk])
    edit(editor_client, author, name="Iryna Shevchuk")
    original = author.history.earliest()
    revert_url = reverse("admin:articles_author_simple_history", args=[author.pk, original.pk])
    response = editor_client.post(revert_url, form_data(editor_client.get(revert_url)))
    assert response.status_code == 302
    author.refresh_from_db()
    assert author.name == "Iryna Kovalenko"
    assert found("kovalenko") == {article.slug}
    assert found("shevchuk") == set()


def test_outlets_and_topics_keep_history(editor_client, db):
    outlet, topic = make_publisher("The Ledger"), make_topic("Trade")
    edit(editor_client, outlet, name="The Northern Ledger")
    edit(editor_client, topic, description="Tariffs and such")
    assert [h.name for h in outlet.history.order_by("history_date")] == [
        "The Ledger",
        "The Northern Ledger",
    ]
    assert topic.history.latest().description == "Tariffs and such"
    for obj in (outlet, topic):
        url = reverse(f"admin:articles_{obj._meta.model_name}_history", args=[obj.pk])
        assert editor_client.get(url).status_code == 200


# --- Merges ---------------------------------------------------------------------------------------
def test_merging_authors_moves_articles_and_maps_future_imports(editor_client, db, tmp_path):
    short = make_author("Taras Melnik")
    full = make_author("Taras Melnyk", bio="A correspondent.")
    other = make_author("Marta Bilyk")
    both = make_article("Two of them", authors=[other, short, full])
    only_short = make_article("Short only", authors=[short])
    only_full = make_article("Full only", authors=[full, other])
    editing.update_search_index([a.pk for a in Article.objects.all()])

    # The action opens a page to choose the record to keep, then merges.
    response = run_action(editor_client, Author, "merge_selected", [short, full])
    assert response.status_code == 200
    assert "Choose the record to keep" in response.content.decode()
    response = run_action(
        editor_client, Author, "merge_selected", [short, full], apply="yes", keep=str(full.pk)
    )
    assert response.status_code == 302

    assert not Author.objects.filter(pk=short.pk).exists()
    full.refresh_from_db()
    assert full.aliases == ["Taras Melnik"]
    assert set(full.articles.all()) == {both, only_short, only_full}
    assert [a.name for a in Article.objects.get(pk=both.pk).ordered_authors] == [
        "Marta Bilyk",
        "Taras Melnyk",
    ]
    assert ArticleAuthor.objects.filter(article=both).count() == 2
    assert [a.name for a in Article.objects.get(pk=only_full.pk).ordered_authors] == [
        "Taras Melnyk",
        "Marta Bilyk",
    ]
    assert found("melnik") == {both.slug, only_short.slug, only_full.slug}  # aliases are indexed
    assert Article.objects.get(pk=only_short.pk).history.latest().history_user is not None

    # A fresh capture signed with the merged spelling maps to the kept author.
    page = tmp_path / "fresh.txt"
    page.write_text(
        "Odesa keeps its port open\nBy Taras Melnik\nMay 9, 2023\n\n"
        "The port city has survived a year of missile strikes and keeps working.\n\n"
        "Engineers repair the grain terminals overnight, every night, and ships still sail.\n\n"
        "Taras Melnik is a correspondent based in Odesa.\n",
        encoding="utf-8",
    )
    assert run_import(page).strip().startswith("1 created")
    fresh = Article.objects.get(title="Odesa keeps its port open")
    assert [a.pk for a in fresh.ordered_authors] == [full.pk]
    assert Author.objects.count() == 2
    assert full.articles.count() == 4


def test_merging_outlets_and_topics(db):
    kept_outlet, dup_outlet = (
        make_publisher("Kyiv Independent"),
        make_publisher("The Kyiv Independent", domain="kyivindependent.com"),
    )
    kept_topic, dup_topic = (
        make_topic("Fisheries", match_phrases=["trawler"]),
        make_topic("Fishing policy", match_phrases=["quota"]),
    )
    a = make_article(publisher=dup_outlet, topics=[dup_topic])
    b = make_article(publisher=kept_outlet, topics=[kept_topic, dup_topic])
    editing.update_search_index([a.pk, b.pk])

    result = editing.merge_publishers(keep=kept_outlet, duplicates=[dup_outlet])
    assert result.articles_moved == 1 and result.merged_names == ["The Kyiv Independent"]
    kept_outlet.refresh_from_db()
    assert kept_outlet.aliases == ["The Kyiv Independent"]
    assert kept_outlet.domain == "kyivindependent.com"  # a blank detail is filled in
    assert set(kept_outlet.articles.all()) == {a, b}

    editing.merge_topics(keep=kept_topic, duplicates=[dup_topic])
    kept_topic.refresh_from_db()
    assert kept_topic.match_phrases == ["trawler", "quota"]
    assert set(kept_topic.articles.all()) == {a, b}
    assert Article.topics.through.objects.filter(article=b).count() == 1
    assert not Topic.objects.filter(pk=dup_topic.pk).exists()
    assert found("topic:fisheries") == {a.slug, b.slug}


def test_merge_needs_two_records(editor_client, db):
    author = make_author()
    response = run_action(editor_client, Author, "merge_selected", [author], apply="yes")
    assert response.status_code == 302
    assert Author.objects.filter(pk=author.pk).exists()


# --- Publishing and hiding ------------------------------------------------------------------------
def public_pages(client, article) -> dict[str, bool]:
    """Where on the public site `article` appears (the detail page by its status code)."""
    feed = client.get(reverse("articles:feed")).content.decode()
    sitemap = client.get("/sitemap-articles.xml")
    return {
        "list": article.slug in client.get(reverse("articles:list")).content.decode(),
        "detail": client.get(article.get_absolute_url()).status_code == 200,
        "feed": article.get_absolute_url() in feed,
        "sitemap": sitemap.status_code == 200 and article.slug in sitemap.content.decode(),
        "search": article.slug in found("glaciers"),
    }


def test_hidden_articles_vanish_from_every_public_page_until_published(editor_client, client, db):
    article = make_article("Glaciers are retreating")
    editing.update_search_index([article.pk])
    assert all(public_pages(client, article).values())

    response = run_action(editor_client, Article, "hide_selected", [article])
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.HIDDEN and "status" in article.locked_fields
    assert not any(public_pages(client, article).values())
    assert client.get(article.get_absolute_url()).status_code == 404
    # Editors still find it in the admin, by its words too.
    assert article.title in editor_client.get(changelist_url(Article)).content.decode()
    response = editor_client.get(changelist_url(Article), {"q": "glaciers"})
    assert list(response.context["cl"].result_list) == [article]

    run_action(editor_client, Article, "publish_selected", [article])
    assert all(public_pages(client, article).values())


def test_a_locked_status_survives_a_reimport(db, tmp_path):
    record = tmp_path / "one.jsonl"
    record.write_text(
        '{"title": "Rivers", "body": "Rivers run to the sea, always.", "status": "published"}\n'
    )
    run_import(record)
    article = Article.objects.get()
    editing.set_status(articles=Article.objects.all(), status=Status.HIDDEN, user=None)
    record.write_text(
        '{"title": "Rivers", "body": "Rivers run to the sea, always!", "status": "published"}\n'
    )
    run_import(record)
    article.refresh_from_db()
    assert article.status == Status.HIDDEN


# --- Other bulk actions ---------------------------------------------------------------------------
def test_adding_and_removing_a_topic_in_bulk(editor_client, db):
    topic = Topic.objects.get(name="Sanctions")  # from the vocabulary
    a, b = make_article(), make_article(topics=[topic])
    response = run_action(editor_client, Article, "add_topic", [a, b])
    assert response.status_code == 200 and "Add a topic" in response.content.decode()
    response = run_action(editor_client, Article, "add_topic", [a, b], apply="yes", topic=topic.pk)
    assert response.status_code == 302
    assert set(topic.articles.all()) == {a, b}
    a.refresh_from_db()
    assert (
        "topics" in a.locked_fields and "topics" not in Article.objects.get(pk=b.pk).locked_fields
    )
    assert found("topic:sanctions") == {a.slug, b.slug}

    run_action(editor_client, Article, "remove_topic", [a, b], apply="yes", topic=topic.pk)
    assert not topic.articles.exists()
    assert found("topic:sanctions") == set()


def test_reextracting_selected_articles_reports_counts(editor_client, seeded):
    article = seeded["004"]
    Article.objects.filter(pk=article.pk).update(title="Garbled")
    response = run_action(editor_client, Article, "reextract_selected", [article, seeded["001"]])
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Re-extracted: 0 created, 1 updated, 1 unchanged, 0 failed."]
    article.refresh_from_db()
    assert article.title == "How to ensure Putin’s withdrawal from Ukraine"


# --- Review queue ---------------------------------------------------------------------------------
def test_review_queue_lists_what_needs_a_look_until_confirmed(editor_client, seeded):
    unsigned = seeded[UNSIGNED_SEED]
    flags = editing.review_reasons(editing.with_review_flags(Article.objects).get(pk=unsigned.pk))
    assert flags == ["No date", "No author", "No link"]
    inferred = editing.needing_review(Article.objects, "inferred_title")
    assert set(inferred) == {a for a in seeded.values() if a.is_inferred("title")}
    assert {seeded["000"], seeded["002"]} <= set(inferred)

    page = editor_client.get(reverse("admin:articles_article_review"))
    assert page.status_code == 200
    assert unsigned.title in page.content.decode()
    listed = editor_client.get(changelist_url(Article), {"review": "no_author"})
    assert unsigned in list(listed.context["cl"].result_list)

    run_action(editor_client, Article, "confirm_reviewed", [unsigned])
    unsigned.refresh_from_db()
    assert unsigned.locked_fields == ["authors", "published_on", "source_url"]
    assert unsigned not in editing.needing_review(Article.objects)


def test_review_queue_shows_failed_files_until_imported(editor_client, db, tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"<html><body></body></html>")
    with pytest.raises(CommandError):
        run_import(broken)
    assert ImportRun.objects.get().failed == 1
    page = editor_client.get(reverse("admin:articles_article_review")).content.decode()
    assert "broken.html" in page
    broken.write_text(
        "<html><head><title>Fixed page</title></head><body><article><h1>Fixed page</h1>"
        + "".join(
            f"<p>Paragraph {n} of a repaired capture, long enough to keep.</p>" for n in range(8)
        )
        + "</article></body></html>"
    )
    run_import(broken)
    assert [f.file for f in editing.unresolved_import_failures()] == []


# --- Pages ----------------------------------------------------------------------------------------
def test_change_form_shows_capture_hash_and_provenance_escaped(editor_client, db):
    article = make_hostile_article(provenance={"title": {"source": HOSTILE, "inferred": True}})
    capture = article.captures.get()
    page = editor_client.get(change_url(article)).content.decode()
    assert capture.sha256 in page
    assert "<script>alert(" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in page  # the raw capture, as text
    assert "Inferred title" in page
    assert "search_vector" not in page
    listing = editor_client.get(changelist_url(Article)).content.decode()
    assert "<script>alert(" not in listing and "<img src=x" not in listing


def test_changelist_queries_do_not_grow_with_rows(editor_client, db):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(changelist_url(Article)).status_code == 200
        return len(queries)

    def add_articles(n: int) -> None:
        topic, outlet = make_topic(), make_publisher()
        for _ in range(n):
            make_article(authors=[make_author(), make_author()], topics=[topic], publisher=outlet)

    add_articles(3)
    few = count_queries()
    add_articles(12)
    assert count_queries() == few


@pytest.mark.parametrize("model", [Author, Publisher, Topic])
def test_entity_changelists_count_articles(editor_client, model, db):
    assert editor_client.get(changelist_url(model)).status_code == 200


def test_admin_search_uses_the_archive_query_language(editor_client, db):
    kramer = make_author("David Kramer")
    wanted = make_article("Sanctions that bite", authors=[kramer], status=Status.HIDDEN)
    make_article("Sanctions that fail")
    editing.update_search_index([a.pk for a in Article.objects.all()])
    response = editor_client.get(changelist_url(Article), {"q": "sanctions author:kramer"})
    assert list(response.context["cl"].result_list) == [wanted]
    response = editor_client.get(changelist_url(Article), {"q": "sanctions", "o": "1"})
    assert len(response.context["cl"].result_list) == 2


def test_import_runs_are_read_only(editor_client, db):
    run = ImportRun.objects.create(failed=1, errors=[{"file": "bad.txt", "error": "no text"}])
    assert editor_client.get(changelist_url(ImportRun)).status_code == 200
    page = editor_client.get(change_url(run)).content.decode()
    assert "bad.txt" in page and "no text" in page
    assert editor_client.get(reverse("admin:articles_importrun_add")).status_code == 403
    delete = reverse("admin:articles_importrun_delete", args=[run.pk])
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    assert ImportRun.objects.exists()


def test_captures_are_read_only(editor_client, db):
    capture = make_capture(make_article())
    assert editor_client.get(change_url(capture)).status_code == 200
    assert editor_client.post(change_url(capture), {"file_name": "x"}).status_code == 403


# --- Roles ----------------------------------------------------------------------------------------
ADMIN_PAGES = ["article", "author", "publisher", "topic", "importrun"]


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    for model in ADMIN_PAGES:
        response = client.get(reverse(f"admin:articles_{model}_changelist"))
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    response = client.get(reverse("admin:articles_article_review"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_non_staff_users_never_reach_the_admin(client, db):
    user = User.objects.create_user("reader", password="a-long-reader-password")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    response = client.get(changelist_url(Article))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_outside_the_editors_group_are_refused(client, db):
    client.force_login(User.objects.create_user("visitor", password="x-long-pass", is_staff=True))
    for model in ADMIN_PAGES:
        assert client.get(reverse(f"admin:articles_{model}_changelist")).status_code == 403
    assert client.get(reverse("admin:articles_article_review")).status_code == 403


def test_editors_edit_the_archive_but_not_accounts(editor_client, db):
    for model in ADMIN_PAGES:
        assert editor_client.get(reverse(f"admin:articles_{model}_changelist")).status_code == 200
    assert editor_client.get(reverse("admin:articles_article_add")).status_code == 200
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_create_editor_command(db, monkeypatch):
    monkeypatch.setenv("EDITOR_PASSWORD", "a-long-editor-password")
    out = StringIO()
    call_command(
        "create_editor",
        "nina",
        email="nina@example.org",
        password_from_env="EDITOR_PASSWORD",
        stdout=out,
    )
    assert out.getvalue().strip() == "Created editor nina"
    user = User.objects.get(username="nina")
    assert user.is_staff and not user.is_superuser
    assert user.check_password("a-long-editor-password")
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert user.has_perm("articles.change_article") and not user.has_perm("auth.change_user")

    # Running it again for an existing account keeps the password and the single group.
    call_command("create_editor", "nina", stdout=StringIO())
    assert User.objects.get(username="nina").check_password("a-long-editor-password")

    monkeypatch.delenv("EDITOR_PASSWORD")
    with pytest.raises(CommandError, match="EDITOR_PASSWORD"):
        call_command("create_editor", "omar", password_from_env="EDITOR_PASSWORD")
    monkeypatch.setenv("WEAK", "123")
    with pytest.raises(CommandError, match="Password refused"):
        call_command("create_editor", "omar", password_from_env="WEAK")
    assert not User.objects.filter(username="omar").exists()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(CommandError, match="password-from-env"):
        call_command("create_editor", "omar")


def test_adding_an_article_by_hand(editor_client, db):
    author = make_author("Hand Entered")
    data = {
        "title": "Typed in by an editor",
        "slug": "typed-in",
        "status": "published",
        "published_on": "2021",
        "date_precision": "",
        "language": "en",
        "body": "A piece that arrived on paper, typed in by hand.",
        "article_authors-TOTAL_FORMS": "1",
        "article_authors-INITIAL_FORMS": "0",
        "article_authors-0-author": str(author.pk),
        "article_authors-0-position": "0",
    }
    response = editor_client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 200  # "2021" is not a date: the form says so
    assert "Enter a valid date" in response.content.decode()
    data.update(published_on="2021-06-01", date_precision="month")
    response = editor_client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302
    article = Article.objects.get(slug="typed-in")
    assert article.word_count == 10 and article.date_precision == "month"
    assert [a.name for a in article.ordered_authors] == ["Hand Entered"]
    assert found("paper") == {"typed-in"}
    assert [h.history_type for h in article.history.order_by("history_date")] == ["+", "~"]


def test_byline_positions_are_renumbered_in_order(editor_client, db):
    first, second, third = (
        make_author("A. First"),
        make_author("B. Second"),
        make_author("C. Third"),
    )
    article = make_article(authors=[first, second])
    data = form_data(editor_client.get(change_url(article)))
    data.update(
        {
            "article_authors-0-position": "5",
            "article_authors-1-position": "5",
            "article_authors-TOTAL_FORMS": "3",
            "article_authors-2-author": str(third.pk),
            "article_authors-2-position": "1",
        }
    )
    assert editor_client.post(change_url(article), data).status_code == 302
    links = ArticleAuthor.objects.filter(article=article).order_by("position")
    assert [(link.author.name, link.position) for link in links] == [
        ("C. Third", 0),
        ("A. First", 1),
        ("B. Second", 2),
    ]


def test_links_are_stored_as_none_when_cleared_and_get_a_scheme(editor_client, db):
    first = make_article(source_url="https://example.org/first")
    second = make_article(source_url="https://example.org/second")
    for article in (first, second):
        assert edit(editor_client, article, source_url="").status_code == 302
    assert list(Article.objects.values_list("source_url", flat=True)) == [None, None]
    assert edit(editor_client, first, source_url="example.org/typed").status_code == 302
    first.refresh_from_db()
    assert first.source_url == "https://example.org/typed"
    assert first.locked_fields == ["source_url"]


def test_an_import_writes_one_history_entry_with_its_byline(db, tmp_path):
    page = tmp_path / "piece.txt"
    link = "LINK: https://odesa.example.org/2023/odesa-will-not-fall"
    page.write_text(dump(title="Odesa will not fall", body_extra="", link=link), encoding="utf-8")
    call_command("import_articles", str(page), verbosity=0)
    article = Article.objects.get()
    [entry] = article.history.all()  # one entry, written once the byline was set
    assert [row.author.name for row in entry.authors.all()] == ["Taras Melnyk"]
    page.write_text(
        dump(title="Odesa will not fall", body_extra="", link=link).replace(
            "By Taras Melnyk", "By Olena Shevchuk"
        ),
        encoding="utf-8",
    )
    call_command("import_articles", str(page), verbosity=0)
    assert article.history.count() == 2  # a byline-only change is recorded too
