"""backup_archive / restore_archive: everything an editor made survives, byte for byte."""

import codecs
import hashlib
import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.backup import archive_models
from articles.importers.matching import join_reprint_group
from articles.importers.pipeline import import_paths
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleBand,
    Capture,
    PossibleReprint,
    SlugHistory,
    Status,
    Topic,
)
from articles.search import backend
from tests.factories import (
    distinct_prose,
    make_article,
    make_author,
    make_capture,
    make_publisher,
    make_topic,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BOM_BYTES = codecs.BOM_UTF8 + "Préface\r\nA capture that starts with a byte-order mark.\n".encode()


def backup(directory: Path) -> str:
    out = StringIO()
    call_command("backup_archive", output=str(directory), stdout=out)
    return out.getvalue()


def restore(directory: Path) -> str:
    out = StringIO()
    call_command("restore_archive", str(directory), stdout=out)
    return out.getvalue()


def empty_the_archive() -> None:
    """Leave the database as a fresh `migrate` does: every backed-up table empty, no index."""
    for model in [ArticleBand, User.groups.through, *reversed(archive_models())]:
        model._base_manager.all()._raw_delete(model._base_manager.db)
    backend().clear_index()


def files_of(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


@pytest.fixture
def full_archive(db):
    """An archive with one record of every kind an editor makes."""
    summary, _run = import_paths([str(SEEDS)])
    assert summary.count("created") >= 3
    editor = User.objects.create_user("editor", password="a-long-test-password")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])

    outlet = make_publisher("The Harbour Gazette", aliases=["Harbour Gazette"])
    other_outlet = make_publisher("Northern Ledger")
    author = make_author("Ines Marlow", bio="Editor-curated current post.")
    topic = make_topic(
        "Night transport", match_phrases=["night bus", "late tram"], aliases=["Buses"]
    )
    original = make_article(
        "Fund the night buses",
        body=distinct_prose("night buses"),
        publisher=outlet,
        authors=[author],
        topics=[topic],
        provenance={"title": "extracted", "body": "editor"},
        locked_fields=["body"],
    )
    ArticleAuthor.objects.filter(article=original).update(affiliation="Then a transit planner.")
    reprint = make_article(
        "Fund the night buses now", body=original.body, publisher=other_outlet, authors=[author]
    )
    join_reprint_group(reprint, original)
    candidate = make_article("A similar case for trams", body=distinct_prose("trams"))
    PossibleReprint.objects.create(article=candidate, similar_to=original, similarity=0.6180339887)
    make_article("Withdrawn piece", body=distinct_prose("withdrawn"), status=Status.HIDDEN)

    # An editor's change, recorded in history with who made it; then a slug rename.
    original.title = "Fund the night buses properly"
    original._history_user = editor
    original.save()
    original.slug = "fund-the-night-buses-properly"
    original.save()
    make_capture(original, raw_text=BOM_BYTES.decode("utf-8-sig"), raw_bytes=BOM_BYTES)
    return original


@pytest.mark.django_db
def test_backup_restore_backup_is_byte_identical(full_archive, tmp_path):
    backup(tmp_path / "first")
    empty_the_archive()
    assert not Article.objects.exists()

    message = restore(tmp_path / "first")
    backup(tmp_path / "second")

    assert "Restored" in message
    first, second = files_of(tmp_path / "first"), files_of(tmp_path / "second")
    assert list(first) == list(second)
    for name in first:
        assert first[name] == second[name], f"{name} differs after restore"
    manifest = json.loads(first["manifest.json"])
    for kind in ("articles_article", "articles_historicalarticle", "articles_capture", "auth_user"):
        assert manifest["files"][f"{kind}.jsonl"]["rows"] > 0


@pytest.mark.django_db
def test_restored_archive_keeps_every_editors_record(full_archive, tmp_path, client):
    before = Article.objects.get(pk=full_archive.pk)
    backup(tmp_path / "copy")
    empty_the_archive()
    restore(tmp_path / "copy")

    article = Article.objects.get(pk=full_archive.pk)
    assert article.title == "Fund the night buses properly"
    assert (article.created_at, article.updated_at) == (before.created_at, before.updated_at)
    assert article.locked_fields == ["body"] and article.provenance["body"] == "editor"
    assert article.reprint_group.articles.count() == 2
    assert ArticleAuthor.objects.get(article=article).affiliation == "Then a transit planner."
    assert Article.objects.get(title="Withdrawn piece").status == Status.HIDDEN
    assert Topic.objects.get(name="Night transport").match_phrases == ["night bus", "late tram"]
    assert PossibleReprint.objects.get().similarity == pytest.approx(0.6180339887)
    assert User.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert article.history.filter(history_user__username="editor").exists()
    assert SlugHistory.objects.filter(target_id=article.pk).exists()
    capture = Capture.objects.get(article=article)
    assert bytes(capture.raw_bytes) == BOM_BYTES
    assert capture.sha256 == hashlib.sha256(BOM_BYTES).hexdigest()
    call_command("verify_captures", stdout=StringIO())
    # The derived data was rebuilt: the reprint bands, and search.
    assert ArticleBand.objects.filter(article=article).exists()


@pytest.mark.django_db
def test_restored_site_serves_pages_search_and_old_addresses(full_archive, tmp_path, client):
    old_slug = SlugHistory.objects.get(target_id=full_archive.pk, kind="article").old_slug
    backup(tmp_path / "copy")
    empty_the_archive()
    restore(tmp_path / "copy")

    page = client.get(reverse("articles:detail", kwargs={"slug": full_archive.slug}))
    assert page.status_code == 200
    assert "Fund the night buses properly" in page.content.decode()
    assert "Northern Ledger" in page.content.decode()  # "Also published in"
    found = client.get(reverse("articles:list"), {"q": "properly"})
    assert "Fund the night buses properly" in found.content.decode()
    old = client.get(reverse("articles:detail", kwargs={"slug": old_slug}))
    assert old.status_code == 301
    hidden = Article.objects.get(title="Withdrawn piece")
    assert client.get(reverse("articles:detail", kwargs={"slug": hidden.slug})).status_code == 404


@pytest.mark.django_db
def test_new_records_after_a_restore_get_fresh_keys(full_archive, tmp_path):
    highest = Article.objects.order_by("-pk").first().pk
    backup(tmp_path / "copy")
    empty_the_archive()
    restore(tmp_path / "copy")

    assert make_article("Written after the restore").pk > highest
    assert make_capture(None).pk > Capture.objects.exclude(article=None).order_by("-pk")[0].pk


@pytest.mark.django_db
def test_restore_refuses_an_archive_that_holds_articles(full_archive, tmp_path):
    backup(tmp_path / "copy")
    count = Article.objects.count()

    with pytest.raises(CommandError, match=r"not empty.*articles_article") as error:
        restore(tmp_path / "copy")

    assert error.value.returncode == 1
    assert Article.objects.count() == count


@pytest.mark.django_db
def test_restore_refuses_a_damaged_backup_before_loading_anything(full_archive, tmp_path):
    backup(tmp_path / "copy")
    empty_the_archive()
    damaged = tmp_path / "copy" / "articles_article.jsonl"
    damaged.write_bytes(damaged.read_bytes().replace(b"night", b"nigth", 1))

    with pytest.raises(CommandError, match=r"articles_article\.jsonl: checksum mismatch"):
        restore(tmp_path / "copy")

    assert not Article.objects.exists()


@pytest.mark.django_db
def test_backup_refuses_a_directory_that_holds_files(tmp_path):
    (tmp_path / "notes.txt").write_text("keep me")

    with pytest.raises(CommandError, match="not an empty directory"):
        backup(tmp_path)

    assert (tmp_path / "notes.txt").read_text() == "keep me"
