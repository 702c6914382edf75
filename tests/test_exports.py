"""Exports of a result set: every format read back with a real parser, matched against the pages.

Each export is compared with what the list page (or entity page) shows for the same parameters,
every page of it, so a file can never hold more, fewer or differently ordered articles.
"""

import csv
import io
import json
import re
from datetime import date, timedelta

import bibtexparser
import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Status
from articles.search import update_search_index
from tests.factories import distinct_prose, make_article, make_author, make_publisher, make_topic
from tests.test_hostile_input import ACCEPTED_QUERY_STRINGS

FORMATS = ("csv", "jsonl", "bibtex", "ris", "csl-json")
EXTENSIONS = {"csv": "csv", "jsonl": "jsonl", "bibtex": "bib", "ris": "ris", "csl-json": "json"}
ARCHIVED_SLUG = re.compile(r"/articles/([-\w]+)/")


def build_archive(count: int, *, prefix: str = "") -> dict:
    """`count` published articles over two authors, two outlets and two topics; some share a
    date, so ties are ordered too; every third mentions the harbour."""
    ines, tomas = make_author(f"{prefix}Inês Duarte"), make_author(f"{prefix}Tomas Berg")
    herald, ledger = make_publisher(f"{prefix}Harbour Herald"), make_publisher(f"{prefix}Ledger")
    transport, housing = make_topic(f"{prefix}Transport"), make_topic(f"{prefix}Housing")
    articles = []
    for number in range(count):
        harbour = "The harbour needs dredging before winter. " if number % 3 == 0 else ""
        articles.append(
            make_article(
                f"{prefix}Column {number} on the city",
                body=harbour + distinct_prose(f"{prefix}{number}"),
                authors=[ines, tomas] if number % 4 == 0 else [(ines, tomas)[number % 2]],
                topics=[(transport, housing)[number % 3 == 1]],
                publisher=(herald, ledger)[number % 2],
                published_on=date(2021, 1, 1) + timedelta(days=7 * (number // 2)),
                source_url=f"https://news.example.org/{prefix.lower()}column-{number}",
                genre="opinion" if number % 5 else "editorial",
            )
        )
    update_search_index(article.pk for article in articles)
    return {
        "articles": articles,
        "ines": ines,
        "tomas": tomas,
        "herald": herald,
        "transport": transport,
    }


@pytest.fixture
def archive(db):
    built = build_archive(30)
    hidden = make_article(
        "Withdrawn harbour column",
        body="The harbour column an editor withdrew. " + distinct_prose("hidden"),
        authors=[built["ines"]],
        topics=[built["transport"]],
        publisher=built["herald"],
        status=Status.HIDDEN,
        published_on=date(2030, 1, 1),  # newest of all: first in every listing if it leaked
    )
    update_search_index([hidden.pk])
    built["hidden"] = hidden
    return built


def listed_slugs(client, url: str, params: dict) -> list[str]:
    """The slugs the HTML page shows for these parameters, page after page."""
    slugs, number = [], 1
    while True:
        response = client.get(url, {**params, "page": number})
        assert response.status_code == 200
        page = response.context["page_obj"]
        slugs += [article.slug for article in page.object_list]
        if not page.has_next():
            return slugs
        number += 1


def export(client, url: str, params: dict):
    """The export response and its whole body as text."""
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:200]
    assert response.streaming
    return response, b"".join(response.streaming_content).decode("utf-8")


def slug_of_archive_url(text: str) -> str:
    return ARCHIVED_SLUG.search(text).group(1)


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def bibtex_entries(text: str):
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, library.failed_blocks
    return library.entries


def render_csl(items: list[dict]) -> list[str]:
    """The items as a bibliography in a bundled citeproc style: fails on malformed CSL."""
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, citeproc_formatter.plain)
    bibliography.register(Citation([CitationItem(item["id"]) for item in items]))
    return [str(entry) for entry in bibliography.bibliography()]


def exported_slugs(export_format: str, text: str) -> list[str]:
    """The slugs in an export, in file order, read back with each format's own parser."""
    if export_format == "csv":
        return [row["slug"] for row in csv_rows(text)]
    if export_format == "jsonl":
        return [json.loads(line)["slug"] for line in text.splitlines()]
    if export_format == "bibtex":
        entries = bibtex_entries(text)
        keys = [entry.key for entry in entries]
        assert len(set(keys)) == len(keys), "BibTeX keys must be unique across the file"
        return [slug_of_archive_url(entry.fields_dict["note"].value) for entry in entries]
    if export_format == "ris":
        records = rispy.loads(text)
        assert all(record["type_of_reference"] == "NEWS" for record in records)
        return [slug_of_archive_url(record["notes"][0]) for record in records]
    items = json.loads(text)
    assert isinstance(items, list)
    rendered = render_csl(items)
    assert len(rendered) == len(items)
    assert all(item["type"] == "article-newspaper" for item in items)
    return [item["id"] for item in items]


SEARCHES = {
    "search": {"q": "harbour"},
    "search, oldest first": {"q": "harbour", "sort": "oldest"},
    "browse, two pages": {},
    "filters": {"author": "Inês Duarte", "genre": "opinion", "sort": "oldest"},
    "outlet and dates": {
        "publisher": "Harbour Herald",
        "date_after": "2021-03",
        "date_before": "2021-06",
    },
    "search and topic": {"q": "column", "topic": "Transport"},
}


@pytest.mark.parametrize("search", SEARCHES)
def test_an_export_holds_what_the_list_shows_in_its_order(client, archive, search):
    params = SEARCHES[search]
    shown = listed_slugs(client, reverse("articles:list"), params)
    assert shown, "the search must find something for the comparison to mean anything"
    for export_format in FORMATS:
        _, text = export(client, reverse("articles:export"), {**params, "format": export_format})
        assert exported_slugs(export_format, text) == shown, export_format


def test_browsing_spans_more_than_one_page(client, archive):
    assert len(listed_slugs(client, reverse("articles:list"), {})) == 30  # 20 a page


@pytest.mark.parametrize("export_format", FORMATS)
def test_headers_name_the_file_and_its_type(client, archive, export_format):
    response, _ = export(client, reverse("articles:export"), {"format": export_format})
    expected_type = {
        "csv": "text/csv",
        "jsonl": "application/x-ndjson",
        "bibtex": "application/x-bibtex",
        "ris": "application/x-research-info-systems",
        "csl-json": "application/vnd.citationstyles.csl+json",
    }[export_format]
    assert response["Content-Type"] == f"{expected_type}; charset=utf-8"
    assert re.fullmatch(
        rf'attachment; filename="articles-\d{{4}}-\d{{2}}-\d{{2}}\.{EXTENSIONS[export_format]}"',
        response["Content-Disposition"],
    )
    assert response["X-Export-Total"] == "30"
    assert response["X-Export-Rows"] == "30"
    assert response["X-Export-Truncated"] == "false"


def test_csv_and_json_lines_carry_the_fields(client, archive):
    article = archive["articles"][0]  # two authors, the harbour, an editorial
    params = {"q": "harbour", "sort": "oldest"}
    _, text = export(client, reverse("articles:export"), {**params, "format": "csv"})
    header = text.splitlines()[0].split(",")
    assert header == [
        "id",
        "slug",
        "title",
        "authors",
        "publisher",
        "published_on",
        "date_precision",
        "genre",
        "topics",
        "language",
        "source_url",
        "archive_url",
    ]
    row = csv_rows(text)[0]
    assert row["id"] == str(article.pk)
    assert row["title"] == article.title
    assert row["authors"] == "Inês Duarte; Tomas Berg"
    assert row["publisher"] == "Harbour Herald"
    assert row["published_on"] == "2021-01-01"
    assert row["genre"] == "editorial"
    assert row["topics"] == "Transport"
    assert row["source_url"] == "https://news.example.org/column-0"
    assert row["archive_url"] == f"http://testserver/articles/{article.slug}/"
    assert "body" not in row

    _, text = export(client, reverse("articles:export"), {**params, "format": "jsonl"})
    record = json.loads(text.splitlines()[0])
    assert record["authors"] == ["Inês Duarte", "Tomas Berg"]
    assert record["topics"] == ["Transport"]
    assert record["body"] == article.body
    assert record["archive_url"] == row["archive_url"]


def test_csl_items_carry_names_dates_and_outlet(client, db):
    board = make_author("Editorials")
    person = make_author("Anna van der Berg")
    make_article(
        "Month-only piece",
        authors=[person, board],
        publisher=make_publisher("Ledger"),
        published_on=date(2019, 5, 1),
        date_precision="month",
        source_url="https://ledger.example.org/piece",
    )
    _, text = export(client, reverse("articles:export"), {"format": "csl-json"})
    (item,) = json.loads(text)
    assert item["author"] == [
        {"family": "van der Berg", "given": "Anna"},
        {"literal": "Editorials"},
    ]
    assert item["issued"] == {"date-parts": [[2019, 5]]}
    assert item["container-title"] == "Ledger"
    assert item["URL"] == "https://ledger.example.org/piece"
    assert "van der Berg" in render_csl([item])[0]


def test_an_empty_result_is_still_a_valid_file(client, archive):
    params = {"q": "zeppelin"}
    assert listed_slugs(client, reverse("articles:list"), params) == []
    for export_format in FORMATS:
        _, text = export(client, reverse("articles:export"), {**params, "format": export_format})
        assert exported_slugs(export_format, text) == []
    _, text = export(client, reverse("articles:export"), {**params, "format": "csv"})
    assert text.startswith("id,slug,title")  # the header row, with no rows under it


@pytest.mark.parametrize(
    "name, entity, params",
    [
        ("articles:author-export", "tomas", {}),
        ("articles:author-export", "ines", {"q": "harbour"}),
        ("articles:topic-export", "transport", {"sort": "oldest"}),
        ("articles:publisher-export", "herald", {"genre": "editorial"}),
    ],
)
@pytest.mark.parametrize("export_format", ("csv", "ris"))
def test_entity_exports_are_pinned_to_the_entity(
    client, archive, name, entity, params, export_format
):
    slug = archive[entity].slug
    page = reverse(name.replace("-export", "-detail"), kwargs={"slug": slug})
    shown = listed_slugs(client, page, params)
    assert shown
    _, text = export(
        client, reverse(name, kwargs={"slug": slug}), {**params, "format": export_format}
    )
    assert exported_slugs(export_format, text) == shown
    assert len(shown) < 30  # pinned: fewer than the whole archive


def test_an_entity_export_ignores_a_second_entity_of_its_kind(client, archive):
    # As the entity page does: its own slug wins over an `author` in the query string.
    url = reverse("articles:author-export", kwargs={"slug": archive["tomas"].slug})
    _, text = export(client, url, {"author": archive["ines"].slug, "format": "csv"})
    assert all("Tomas Berg" in row["authors"] for row in csv_rows(text))


def test_unknown_or_hidden_entities_have_no_export(client, archive):
    ghost = make_author("Ghost Writer")
    make_article("Only hidden", authors=[ghost], status=Status.HIDDEN)
    for url in (
        reverse("articles:author-export", kwargs={"slug": "nobody-at-all"}),
        reverse("articles:author-export", kwargs={"slug": ghost.slug}),
        reverse("articles:topic-export", kwargs={"slug": "no-such-topic"}),
        reverse("articles:publisher-export", kwargs={"slug": "no-such-outlet"}),
    ):
        assert client.get(url, {"format": "csv"}).status_code == 404, url


@pytest.mark.parametrize("export_format", FORMATS)
def test_hidden_articles_are_never_exported(client, archive, export_format):
    hidden = archive["hidden"]
    for url, params in (
        (reverse("articles:export"), {"q": "withdrew harbour"}),
        (reverse("articles:export"), {}),
        (reverse("articles:author-export", kwargs={"slug": archive["ines"].slug}), {}),
        (reverse("articles:topic-export", kwargs={"slug": archive["transport"].slug}), {}),
    ):
        _, text = export(client, url, {**params, "format": export_format})
        assert hidden.slug not in text
        assert hidden.title not in text


def test_csv_cells_cannot_become_formulas(client, db):
    make_article(
        '=HYPERLINK("https://evil.example","Click")',
        authors=[make_author("+44 Caller"), make_author("Plain Name")],
        topics=[make_topic("@SUM(A1)")],
        publisher=make_publisher("-2+3 Media"),
        source_url="https://news.example.org/formula",
        slug="formula-title",
    )
    _, text = export(client, reverse("articles:export"), {"format": "csv"})
    (row,) = csv_rows(text)
    assert row["title"] == '\'=HYPERLINK("https://evil.example","Click")'
    assert row["authors"] == "'+44 Caller; Plain Name"
    assert row["topics"] == "'@SUM(A1)"
    assert row["publisher"] == "'-2+3 Media"
    assert row["source_url"] == "https://news.example.org/formula"  # untouched where safe
    # Other formats keep the text as it is: no spreadsheet reads them.
    _, text = export(client, reverse("articles:export"), {"format": "jsonl"})
    assert json.loads(text)["title"] == '=HYPERLINK("https://evil.example","Click")'


@pytest.mark.parametrize("value", ["", "pdf", "CSV;drop", "x" * 500])
def test_an_unknown_format_is_a_400_naming_the_formats(client, archive, value):
    response = client.get(reverse("articles:export"), {"format": value, "q": "harbour"})
    assert response.status_code == 400
    message = response.content.decode()
    for name in FORMATS:
        assert name in message
    assert "x" * 100 not in message  # what was asked is quoted, not echoed at length


def test_a_missing_format_is_a_400(client, archive):
    response = client.get(reverse("articles:export"))
    assert response.status_code == 400
    assert "csl-json" in response.content.decode()


def test_the_format_name_is_read_case_insensitively(client, archive):
    response, _ = export(client, reverse("articles:export"), {"format": "CSV"})
    assert response["Content-Type"].startswith("text/csv")


def test_the_export_stops_at_the_maximum_and_says_so(client, archive, settings):
    settings.ARCHIVE_EXPORT_MAX_ROWS = 10
    shown = listed_slugs(client, reverse("articles:list"), {"sort": "oldest"})
    for export_format in FORMATS:
        response, text = export(
            client, reverse("articles:export"), {"sort": "oldest", "format": export_format}
        )
        assert exported_slugs(export_format, text) == shown[:10]
        assert response["X-Export-Truncated"] == "true"
        assert response["X-Export-Total"] == "30"
        assert response["X-Export-Rows"] == "10"
        assert response["X-Export-Limit"] == "10"
    response, text = export(client, reverse("articles:export"), {"sort": "oldest", "format": "csv"})
    assert len(text.splitlines()) == 11  # the header and ten rows, no note in the body

    response, _ = export(client, reverse("articles:export"), {"q": "dredging", "format": "csv"})
    assert response["X-Export-Truncated"] == "false"  # ten matches: under the maximum


@pytest.mark.parametrize("export_format", FORMATS)
def test_queries_do_not_grow_with_rows(client, db, django_assert_max_num_queries, export_format):
    build_archive(5, prefix="Few ")

    def queries(params) -> int:
        with CaptureQueriesContext(connection) as captured:
            export(client, reverse("articles:export"), {**params, "format": export_format})
        return len(captured)

    searches = ({}, {"q": "harbour"}, {"author": "Few Inês Duarte", "sort": "oldest"})
    few = [queries(params) for params in searches]
    build_archive(30, prefix="Many ")
    many = [queries(params) for params in searches]
    assert many == few
    with django_assert_max_num_queries(12):
        export(client, reverse("articles:export"), {"q": "harbour", "format": export_format})


def test_a_huge_ranked_search_exports_in_the_pages_order(client, archive, monkeypatch):
    # Beyond FULL_RANK_LIMIT matches the pages are read from two tiers: the articles whose
    # title, names or opening match, ranked, then those matched deeper in the body, newest
    # first. The export must read them in that order too.
    monkeypatch.setattr("articles.search.FULL_RANK_LIMIT", 4)
    deep = []
    for number in range(12):
        long_body = " ".join(distinct_prose(f"silt {number} {part}") for part in range(3))
        in_title = number % 2 == 0
        deep.append(
            make_article(
                f"Silt in the river part {number}" if in_title else f"River report {number}",
                body=long_body if in_title else f"{long_body} The silt is back.",
                published_on=date(2020, 1 + number, 1),
            )
        )
    update_search_index(article.pk for article in deep)
    params = {"q": "silt"}
    shown = listed_slugs(client, reverse("articles:list"), params)
    assert len(shown) == 12
    # Titles first: the tiers are in play, not one ranking of the whole result set.
    assert all(slug.startswith("silt-in-the-river") for slug in shown[:6])
    for export_format in ("csv", "csl-json"):
        _, text = export(client, reverse("articles:export"), {**params, "format": export_format})
        assert exported_slugs(export_format, text) == shown


def test_bibtex_keys_stay_unique_for_look_alike_articles(client, db):
    kramer = make_author("David Kramer")
    for _ in range(30):
        make_article("Sanctions again", authors=[kramer], published_on=date(2022, 3, 1))
    _, text = export(client, reverse("articles:export"), {"format": "bibtex"})
    keys = [entry.key for entry in bibtex_entries(text)]
    assert len(keys) == 30
    assert len(set(keys)) == 30
    assert keys[0] == "kramer2022sanctions"
    assert all(key.startswith("kramer2022sanctions") for key in keys)


def test_input_the_filters_cannot_read_exports_nothing(client, archive):
    params = {"sort": "sideways"}
    assert listed_slugs(client, reverse("articles:list"), params) == []
    _, text = export(client, reverse("articles:export"), {**params, "format": "jsonl"})
    assert text == ""


def test_hostile_parameters_never_give_a_server_error(client, archive):
    for query in ACCEPTED_QUERY_STRINGS[::3]:
        response = client.get(f"{reverse('articles:export')}?format=csv&{query}")
        assert response.status_code == 200, query[:80]
        csv_rows(b"".join(response.streaming_content).decode())


def download_links(html: str) -> dict[str, str]:
    group = re.search(
        r'<div class="export-links" role="group" aria-labelledby="(?P<label>[^"]+)">(?P<body>.*?)</div>',
        html,
        re.S,
    )
    assert group, "no download group"
    assert f'id="{group["label"]}"' in group["body"]
    assert "Download results" in group["body"]
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)<', group["body"])
    return {label: href.replace("&amp;", "&") for href, label in links}


def test_the_list_page_offers_every_format_with_its_parameters(client, archive):
    html = client.get(reverse("articles:list"), {"q": "harbour", "sort": "oldest", "page": 1})
    links = download_links(html.content.decode())
    assert set(links) == {"CSV", "JSON Lines", "BibTeX", "RIS", "CSL-JSON"}
    for href in links.values():
        assert href.startswith(reverse("articles:export") + "?")
        assert "q=harbour" in href and "sort=oldest" in href
        assert "page=" not in href
    _, text = export(client, links["CSV"], {})
    assert exported_slugs("csv", text) == listed_slugs(
        client, reverse("articles:list"), {"q": "harbour", "sort": "oldest"}
    )


def test_entity_pages_offer_their_own_export(client, archive):
    author = archive["tomas"]
    html = client.get(author.get_absolute_url(), {"genre": "opinion"}).content.decode()
    links = download_links(html)
    export_url = reverse("articles:author-export", kwargs={"slug": author.slug})
    assert links["RIS"] == f"{export_url}?genre=opinion&format=ris"
    _, text = export(client, links["RIS"], {})
    assert exported_slugs("ris", text) == listed_slugs(
        client, author.get_absolute_url(), {"genre": "opinion"}
    )


def test_no_download_links_without_results(client, archive):
    html = client.get(reverse("articles:list"), {"q": "zeppelin"}).content.decode()
    assert "export-links" not in html


def test_rows_read_in_several_chunks_keep_their_order_and_bylines(client, archive, monkeypatch):
    monkeypatch.setattr("articles.exports.CHUNK_SIZE", 7)  # 30 rows: five chunks, the last short
    params = {"sort": "oldest"}
    shown = listed_slugs(client, reverse("articles:list"), params)
    _, text = export(client, reverse("articles:export"), {**params, "format": "jsonl"})
    records = [json.loads(line) for line in text.splitlines()]
    assert [record["slug"] for record in records] == shown
    by_slug = {article.slug: article for article in archive["articles"]}
    for record in records:
        article = by_slug[record["slug"]]
        assert record["authors"] == [author.name for author in article.ordered_authors]
        assert record["topics"] == [topic.name for topic in article.topics.all()]
