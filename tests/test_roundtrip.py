"""Export, then import into an empty archive: the archive comes back the same."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import Article, ArticleAuthor, Author, Capture, Publisher
from tests.test_importers import NORTHERN_LEDGER

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CAPTURE_FIELDS = {"source_file", "capture_sha256"}


def export() -> list[dict]:
    out = StringIO()
    call_command("export_articles", "--include-hidden", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def empty_the_archive() -> None:
    Capture.objects.all().delete()
    ArticleAuthor.objects.all().delete()
    Article.objects.all().delete()
    Author.objects.all().delete()
    Publisher.objects.all().delete()


@pytest.mark.django_db
def test_export_then_import_reproduces_the_archive(tmp_path):
    (tmp_path / "ledger.txt").write_text(NORTHERN_LEDGER, encoding="utf-8")
    call_command("import_articles", str(SEEDS), str(tmp_path), verbosity=0)
    hidden = Article.objects.get(slug="how-to-ensure-putins-withdrawal-from-ukraine")
    hidden.status = "hidden"
    hidden.save()
    before = export()
    assert len(before) == 6

    dump = tmp_path / "archive.jsonl"
    # An editor's full copy: hidden pieces travel only when asked for.
    call_command("export_articles", "--include-hidden", output=str(dump), verbosity=0)
    empty_the_archive()
    assert Article.objects.count() == 0
    call_command("import_articles", str(dump), verbosity=0)

    after = export()
    strip = [{k: v for k, v in r.items() if k not in CAPTURE_FIELDS} for r in before]
    assert [{k: v for k, v in r.items() if k not in CAPTURE_FIELDS} for r in after] == strip
    assert all(r["capture_sha256"] for r in after)
    # Searchable again straight away, hidden pieces included in the export but not in search.
    assert Article.objects.search("Kramer").count() == 2
    assert not Article.objects.search('"Minsk agreements"').exists()


@pytest.mark.django_db
def test_html_and_jsonl_files_import_through_the_command(tmp_path):
    (tmp_path / "page.html").write_text(
        """<!doctype html><html><head><title>Grain and guns | The Harbour Review</title>
        <meta property="og:title" content="Grain and guns">
        <meta property="og:site_name" content="The Harbour Review">
        <meta name="author" content="Ilse Brandt">
        <meta property="article:published_time" content="2023-02-14T08:00:00Z">
        <link rel="canonical" href="https://harbour.example.org/2023/grain-and-guns">
        </head><body><nav>Home | World | Subscribe</nav><article><h1>Grain and guns</h1>
        <p>The grain corridor has survived a year of threats, and shipping insurers have noticed.</p>
        <p>Every convoy that sails lowers the premium for the next one, and the ports grow busier.</p>
        <p>That is deterrence of a quiet kind, and it deserves more attention than it gets.</p>
        </article><footer>© 2023 The Harbour Review</footer></body></html>""",
        encoding="utf-8",
    )
    (tmp_path / "bulk.jsonl").write_text(
        json.dumps({"title": "From the bulk file", "body": "A paragraph.\n\nAnother one."})
        + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    out, err = StringIO(), StringIO()
    with pytest.raises(Exception):  # noqa: B017 - CommandError: one record failed
        call_command("import_articles", str(tmp_path), stdout=out, stderr=err)
    assert out.getvalue().strip() == "2 created, 0 updated, 0 unchanged, 1 failed"
    assert f"{tmp_path / 'bulk.jsonl'}:2: invalid JSON" in err.getvalue()
    page = Article.objects.get(title="Grain and guns")
    assert [a.name for a in page.ordered_authors] == ["Ilse Brandt"]
    assert page.publisher.name == "The Harbour Review"
    assert page.source_url == "https://harbour.example.org/2023/grain-and-guns"
    assert str(page.published_on) == "2023-02-14"
    assert "Subscribe" not in page.body
    assert Article.objects.get(title="From the bulk file").body == "A paragraph.\n\nAnother one."
