"""The importer on the seeds, on synthetic dumps in other outlets' styles, and on bad input."""

import random
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from articles.importers.pipeline import import_paths
from articles.models import Article, Author, Capture, ImportRun, Publisher

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BOILERPLATE = [
    "Lost your password?",
    "* indicates required",
    "Support us",
    "Back to Top",
    "Login",
    "News Feed",
    "Editors' Picks",
    "Germany blocks sanctions on Russian gas.",
    "Ukraine retrieves bodies of 254 fallen soldiers.",
    "Successfuly subscribed",
    "Skip to content",
    "Become a member",
    "wikicommons",
    "The views expressed",
    "This audio is created",
    "He Came Back",
    "visa masterCard",
    "LINK:",
    "NOTE:",
]


def run_import(*paths, **options) -> tuple[int, str, str]:
    """Run the command; returns (exit status, stdout, stderr)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", *map(str, paths), stdout=out, stderr=err, **options)
    except CommandError as error:
        err.write(str(error))
        return error.returncode, out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def authors_of(article: Article) -> list[tuple[str, str]]:
    return [(a.name, a.bio) for a in article.ordered_authors]


@pytest.fixture
def seeded(db):
    status, out, _ = run_import(SEEDS)
    assert status == 0
    assert out.strip().endswith("5 created, 0 updated, 0 unchanged, 0 failed")
    return {a.captures.get().file_name.rsplit("/", 1)[-1][:3]: a for a in Article.objects.all()}


# --- The seeds, field by field -------------------------------------------------------------------
def test_seed_with_closing_note_and_link(seeded):
    article = seeded["000"]
    assert article.title == "What the Ukrainians are fighting for Putin Russia"
    assert article.provenance["title"] == {"source": "URL slug (inferred)", "inferred": True}
    [(name, bio)] = authors_of(article)
    assert name == "David J. Kramer"
    assert bio.startswith("David J. Kramer is Managing Director for Global Policy")
    assert article.provenance["authors"]["source"] == "closing bio note"
    assert article.source_url == (
        "https://www.thebulwark.com/what-the-ukrainians-are-fighting-for-putin-russia"
    )
    assert article.published_on is None and article.date_precision == ""
    assert article.publisher.domain == "thebulwark.com"
    assert article.provenance["publisher"]["inferred"] is True
    assert article.body.startswith("This same thinking explains Putin’s support")
    assert article.body.endswith("Their fight is our fight, too.")
    assert len(article.body.split("\n\n")) == 21


def test_seed_unsigned_with_disclaimer(seeded):
    article = seeded["001"]
    assert article.title == "Russian War Crimes in Ukraine Are Backfiring"
    assert authors_of(article) == []  # no byline: the page names no author
    assert article.publisher.name == "Geopoliticalmonitor.com"
    assert article.provenance["publisher"]["source"] == "disclaimer"
    assert article.source_url is None  # the only link on the page is an image credit
    assert article.published_on is None
    assert article.body.startswith("Vladimir Putin’s tactic of targeting civilian populations")
    assert article.body.endswith(
        "It is up to the international community to ensure that this is the case."
    )
    assert len(article.body.split("\n\n")) == 16


def test_seed_with_dateline_and_quoted_names(seeded):
    article = seeded["002"]
    assert article.published_on == date(2022, 4, 11)
    assert article.date_precision == "day"
    # Biegun and Kramer are quoted in the body; the piece is signed by its closing note.
    assert authors_of(article) == [
        ("Jason Sibert", "Jason Sibert is the Lead Writer for the Peace Economy Project.")
    ]
    assert article.provenance["title"]["inferred"] is True
    assert article.publisher is None
    assert article.body.startswith("The world has certainly changed")
    assert "date 2022-04-11" not in article.body
    assert len(article.body.split("\n\n")) == 9


def test_seed_with_bio_line_lacking_a_verb(seeded):
    article = seeded["003"]
    [(name, bio)] = authors_of(article)
    assert name == "Eugene Czolij"
    assert bio.startswith("Eugene Czolij president of Ukraine-2050")
    assert "Ukraine-2050 is a non-profit organization" in bio
    assert article.published_on is None  # dates in the body are events, not publication
    assert article.publisher is None
    assert "Eugene Czolij" not in article.body
    assert len(article.body.split("\n\n")) == 12


def test_seed_with_page_furniture_everywhere(seeded):
    article = seeded["004"]
    assert article.title == "How to ensure Putin’s withdrawal from Ukraine"
    [(name, bio)] = authors_of(article)
    assert name == "Oksana Bashuk Hepburn"
    assert bio.startswith("Oksana Bashuk Hepburn, formerly a long-term senior policy adviser")
    assert article.published_on == date(2022, 1, 16)
    assert article.publisher.name == "The Kyiv Independent"
    assert article.body.startswith("Russia’s president made strong self-serving demands recently.")
    assert article.body.endswith("Let him have it.")
    assert len(article.body.split("\n\n")) == 19


def test_no_seed_body_contains_boilerplate(seeded):
    for article in seeded.values():
        for line in BOILERPLATE:
            assert line not in article.body, (article.slug, line)


# Where each seed's article text begins and ends in the raw page (by the lines' first words).
SEED_BODY_SPANS = {
    "000": ("This same thinking explains", "If we will not help the people"),
    "001": ("Vladimir Putin’s tactic", "The hope now is"),
    "002": ("date 2022-04-11 The world", "Putin’s words are worthless"),
    "003": ("In recent days, Russian", "Western leaders must be far more"),
    "004": ("Russia’s president made strong", "President Putin’s long-lasting"),
}


@pytest.mark.parametrize("key", sorted(SEED_BODY_SPANS))
def test_every_seed_paragraph_is_kept(seeded, key):
    """The body is exactly the page's article lines, in order, none lost and none added."""
    first, last = SEED_BODY_SPANS[key]
    lines = [ln.strip() for ln in seeded[key].captures.get().raw_text.splitlines() if ln.strip()]
    begin = next(i for i, ln in enumerate(lines) if ln.startswith(first))
    end = next(i for i, ln in enumerate(lines) if ln.startswith(last))
    expected = [" ".join(ln.replace("\u00a0", " ").split()) for ln in lines[begin : end + 1]]
    expected[0] = expected[0].removeprefix("date 2022-04-11 ")
    assert seeded[key].body.split("\n\n") == expected


def test_seed_topics_come_from_the_vocabulary(seeded):
    topics = {key: {t.name for t in a.topics.all()} for key, a in seeded.items()}
    assert {"Russia", "Ukraine", "NATO", "War crimes"} <= topics["001"]
    assert "Belarus" in topics["003"]
    assert "Belarus" not in topics["000"]  # one passing mention is not a topic


def test_captures_keep_the_raw_input(seeded):
    capture = seeded["004"].captures.get()
    assert capture.raw_text == (SEEDS / "004_1f2b8f424bb26908.txt").read_text(encoding="utf-8")
    assert capture.encoding == "utf-8"
    assert len(capture.sha256) == 64
    assert capture.format == "text"


# --- Idempotency, updates and locks ---------------------------------------------------------------
def test_reimport_changes_nothing(seeded):
    status, out, _ = run_import(SEEDS)
    assert status == 0
    assert out.strip() == "0 created, 0 updated, 5 unchanged, 0 failed"
    assert Article.objects.count() == 5
    assert Capture.objects.count() == 5


def test_changed_capture_of_same_article_updates_it(db, tmp_path):
    page = tmp_path / "piece.txt"
    link = "LINK: https://odesa.example.org/2023/odesa-will-not-fall"
    page.write_text(dump(title="Odesa will not fall", body_extra="", link=link))
    assert run_import(page)[0] == 0
    changed = dump(title="Odesa will not fall, again", body_extra="A correction.", link=link)
    page.write_text(changed, encoding="utf-8")
    _status, out, _ = run_import(page)
    assert out.strip() == "0 created, 1 updated, 0 unchanged, 0 failed"
    article = Article.objects.get()
    assert article.title == "Odesa will not fall, again"
    assert article.slug == "odesa-will-not-fall"  # slugs are stable
    assert article.captures.count() == 2
    assert article.body.endswith("A correction.")


def test_same_text_from_another_capture_is_the_same_article(db, tmp_path):
    text = dump(title="Odesa will not fall", body_extra="")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Newsletter\nSubscribe\n" + text, encoding="utf-8")
    _status, out, _ = run_import(tmp_path)
    assert out.strip() == "1 created, 0 updated, 1 unchanged, 0 failed"
    assert Article.objects.get().captures.count() == 2


def test_reextract_keeps_locked_fields(seeded):
    article = seeded["001"]
    article.title = "Edited by an editor"
    article.locked_fields = ["title"]
    article.save()
    status, _out, _ = run_import(reextract=True)
    assert status == 0
    article.refresh_from_db()
    assert article.title == "Edited by an editor"
    run_import(SEEDS)
    article.refresh_from_db()
    assert article.title == "Edited by an editor"
    article.locked_fields = []
    article.save()
    run_import(reextract=True)
    article.refresh_from_db()
    assert article.title == "Russian War Crimes in Ukraine Are Backfiring"


def test_reextract_without_changes_reports_unchanged(seeded):
    _status, out, _ = run_import(reextract=True)
    assert out.strip() == "0 created, 0 updated, 5 unchanged, 0 failed"


def test_dry_run_writes_nothing(db):
    status, out, _ = run_import(SEEDS, dry_run=True)
    assert status == 0
    assert "5 created" in out and out.startswith("Dry run")
    assert Article.objects.count() == 0
    assert Author.objects.count() == 0
    assert ImportRun.objects.count() == 0


def test_database_rejects_two_articles_for_one_page(seeded):
    article = seeded["000"]
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            title="Copy", slug="copy", body="x", text_hash="other", source_url=article.source_url
        )
    # Another spelling of the same page's address has the same canonical key.
    address = article.source_url.split("://", 1)[1]
    address = address.removeprefix("www.") if address.startswith("www.") else f"www.{address}"
    other_spelling = f"http://{address}/?utm_source=newsletter"
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            title="Copy", slug="copy-2", body="x", text_hash="other", source_url=other_spelling
        )


def test_known_author_alias_maps_to_the_same_author(db, tmp_path):
    Author.objects.create(name="Oksana B. Hepburn", aliases=["Oksana Bashuk Hepburn"])
    assert run_import(SEEDS / "004_1f2b8f424bb26908.txt")[0] == 0
    assert Author.objects.count() == 1
    assert Article.objects.get().ordered_authors[0].name == "Oksana B. Hepburn"


# --- Other outlets' styles ------------------------------------------------------------------------
def dump(*, title: str, body_extra: str, link: str = "") -> str:
    return f"""Menu
Sign in
{title}
By Taras Melnyk
May 9, 2023

The port city has survived a year of missile strikes, and its people have learned to live with the sirens.

Its grain terminals keep working because engineers repair them overnight, every night.

{body_extra}

Taras Melnyk is a correspondent based in Odesa.
{link}
"""


NORTHERN_LEDGER = """Home
World
Opinion
Subscribe
Sign in

OPINION

The Baltic states cannot wait for Brussels

Estonia, Latvia and Lithuania need air defence now, not after the next summit.

By Mari Tamm and Jānis Bērziņš
Published March 3, 2023 | Updated March 4, 2023

Photo: A NATO jet over Tallinn. (Getty Images)

For three decades the Baltic states have warned their allies about Moscow. Few listened until the tanks rolled toward Kyiv.

Today the alliance speaks the language of deterrence, but deeds lag behind words. Air defence systems promised last spring have yet to arrive.

“We are grateful, but gratitude does not shoot down missiles,” said Kaja Kallas, then Estonia’s prime minister.

Share this article

The alliance must act before the next winter.

Mari Tamm is a research fellow at the International Centre for Defence and Security. Jānis Bērziņš is director of the Center for Security and Strategic Research.

Related articles
Why Finland joined NATO
March 1, 2023
The long road to Vilnius

© 2023 The Northern Ledger. All rights reserved.
Privacy Policy
"""

DAILY_MERIDIAN_EDITORIAL = """Menu
Search
The Daily Meridian
EDITORIAL
Sanctions need teeth, not speeches
June 2021
Western governments announced another round of sanctions this week. They will not matter unless they are enforced.
Enforcement has been the weak point of every package since 2014. Shell companies, third-country traders and lax banks have carried on as before.
A serious enforcement office, with investigators and a budget, would change that. It would cost less than one day of the war.
Sign up for our morning newsletter
Enter your email address
Follow us on https://twitter.com/dailymeridian
Source: https://DailyMeridian.example.com/editorials/sanctions-need-teeth/?utm_source=twitter#top
"""


def import_text(tmp_path, text: str, name: str = "page.txt") -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    status, _out, err = run_import(path)
    assert status == 0, err
    return Article.objects.get(captures__file_name=str(path))


def test_bylined_page_with_standfirst_two_authors_and_footer(db, tmp_path):
    article = import_text(tmp_path, NORTHERN_LEDGER)
    assert article.title == "The Baltic states cannot wait for Brussels"
    assert article.standfirst.startswith("Estonia, Latvia and Lithuania need air defence")
    assert [a.name for a in article.ordered_authors] == ["Mari Tamm", "Jānis Bērziņš"]
    assert article.ordered_authors[1].bio.startswith("Jānis Bērziņš is director of the Center")
    assert article.published_on == date(2023, 3, 3)  # published, not updated
    assert article.publisher.name == "The Northern Ledger"
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("For three decades")
    assert paragraphs[-1] == "The alliance must act before the next winter."
    assert len(paragraphs) == 4
    for junk in ("Share this article", "Getty", "Why Finland joined NATO", "Privacy", "Subscribe"):
        assert junk not in article.body
    # A name quoted in the body is not an author.
    assert not Author.objects.filter(name__contains="Kallas").exists()


def test_unsigned_editorial_with_month_date_masthead_and_source_line(db, tmp_path):
    article = import_text(tmp_path, DAILY_MERIDIAN_EDITORIAL)
    assert article.title == "Sanctions need teeth, not speeches"
    assert article.ordered_authors == []
    assert article.published_on == date(2021, 6, 1)
    assert article.date_precision == "month"
    # Normalised: lower-case host, no tracking parameter, fragment or trailing slash.
    assert article.source_url == (
        "https://dailymeridian.example.com/editorials/sanctions-need-teeth"
    )
    assert article.publisher.name == "The Daily Meridian"
    assert article.publisher.domain == "dailymeridian.example.com"
    assert len(article.body.split("\n\n")) == 3
    assert "newsletter" not in article.body and "twitter" not in article.body


def test_non_breaking_spaces_and_soft_hyphens_are_normalised(db, tmp_path):
    text = dump(title="Kharkiv\u00a0rebuilds", body_extra="Re\u00adconstruction began in Saltivka.")
    article = import_text(tmp_path, text)
    assert article.title == "Kharkiv rebuilds"
    assert "Reconstruction began in Saltivka." in article.body
    assert "\u00a0" not in article.body and "\u00ad" not in article.body


def test_only_http_links_are_stored(db, tmp_path):
    text = dump(title="Links", body_extra="A paragraph.") + "LINK: javascript:alert(1)\n"
    article = import_text(tmp_path, text)
    assert article.source_url is None


# --- Bad input ------------------------------------------------------------------------------------
def test_bad_files_are_named_and_lose_nothing_else(db, tmp_path):
    (tmp_path / "good.txt").write_text(NORTHERN_LEDGER, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.txt").write_bytes(
        bytes(random.Random(7).randrange(256) for _ in range(5000))
    )
    latin = dump(title="Café society in Kyiv", body_extra="The café owner, Renée Dupré, stayed.")
    (tmp_path / "latin1.txt").write_bytes(latin.encode("latin-1"))
    payload = dump(
        title="<script>alert('t')</script> Headline {{ 7|add:35 }}",
        body_extra='An <img src=x onerror="alert(1)"> paragraph with {% now "Y" %} in it.',
    )
    (tmp_path / "payload.txt").write_text(payload, encoding="utf-8")

    status, out, err = run_import(tmp_path)

    assert status == 1
    assert out.strip() == "3 created, 0 updated, 0 unchanged, 2 failed"
    assert f"{tmp_path / 'empty.txt'}: file is empty" in err
    assert f"{tmp_path / 'noise.txt'}: " in err
    assert Article.objects.count() == 3
    latin_article = Article.objects.get(title="Café society in Kyiv")
    assert "The café owner, Renée Dupré, stayed." in latin_article.body
    assert latin_article.captures.get().encoding == "cp1252"
    payload_article = Article.objects.get(title__startswith="<script>")
    assert payload_article.title == "<script>alert('t')</script> Headline {{ 7|add:35 }}"
    assert 'An <img src=x onerror="alert(1)"> paragraph with {% now "Y" %} in it.' in (
        payload_article.body
    )
    run = ImportRun.objects.get()
    assert (run.created, run.failed) == (3, 2)
    assert {e["file"] for e in run.errors} == {
        str(tmp_path / "empty.txt"),
        str(tmp_path / "noise.txt"),
    }


def test_too_large_file_is_rejected_by_name(db, tmp_path, settings):
    settings.ARCHIVE_MAX_CAPTURE_BYTES = 1000
    big = tmp_path / "big.txt"
    big.write_text(NORTHERN_LEDGER * 3, encoding="utf-8")
    status, _, err = run_import(big)
    assert status == 1
    assert f"{big}: too large" in err
    assert Article.objects.count() == 0


def test_text_without_any_article_is_rejected(db, tmp_path):
    page = tmp_path / "nav.txt"
    page.write_text("Home\nLogin\nLost your password?\nBack to Top\n", encoding="utf-8")
    status, _, err = run_import(page)
    assert status == 1
    assert f"{page}: no article text found" in err


def test_missing_path_is_a_command_error(db):
    status, _, err = run_import("does/not/exist")
    assert status == 1
    assert "does/not/exist" in err


def test_verbose_output_names_each_file(db):
    _status, out, _ = run_import(SEEDS, verbosity=2)
    lines = [ln for ln in out.splitlines() if ln.startswith("created: ")]
    assert len(lines) == 5
    assert all("seeds/" in ln and " -> " in ln for ln in lines)


def test_quiet_output_at_verbosity_zero(db):
    status, out, err = run_import(SEEDS, verbosity=0)
    assert (status, out, err) == (0, "", "")


def test_import_paths_records_an_import_run(db):
    summary, run = import_paths([SEEDS])
    assert summary.count("created") == 5
    assert run.created == 5 and run.failed == 0 and run.finished_at is not None
    assert Publisher.objects.filter(name="The Kyiv Independent").exists()


def test_body_sentences_that_look_like_furniture_are_kept(db, tmp_path):
    """ "By the end …" is a sentence, not a byline; "Tags" needs its colon to be a tag line."""
    text = dump(
        title="Winter grain",
        body_extra="By the end of March, exports had doubled despite the blockade.\n\n"
        "Tagging every ship, inspectors kept the corridor honest for months.",
    )
    article = import_text(tmp_path, text)
    assert [a.name for a in article.ordered_authors] == ["Taras Melnyk"]
    assert article.published_on == date(2023, 5, 9)
    assert "By the end of March, exports had doubled" in article.body
    assert "Tagging every ship" in article.body
    assert article.body.startswith("The port city has survived")
