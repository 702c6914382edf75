"""The JSON API under /api/v1/: the HTML list's results, full records, nothing hidden, stable
pages, clear errors and the anonymous rate limit, on SQLite and PostgreSQL alike."""

import csv
import io
import json
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.db import transaction

from articles.models import Article
from tests.api_data import SECRET, make_api_archive
from tests.test_foundation import run_manage

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture(scope="module")
def archive(django_db_setup, django_db_blocker):
    """Made once for the module (the tests only read it), rolled back after its last test; each
    test's own transaction nests inside."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield make_api_archive()
        transaction.set_rollback(True)


def api_get(client, path: str, params: dict | None = None, **extra):
    url = f"{API}{path}" + (f"?{urlencode(params)}" if params else "")
    response = client.get(url, **extra)
    assert response["Content-Type"].startswith("application/json"), (url, response.status_code)
    return response


def html_slugs(client, params: dict) -> list[str]:
    response = client.get("/articles/", params)
    assert response.status_code == 200
    return [article.slug for article in response.context["page_obj"].object_list]


def walk(client, path: str, params: dict) -> list[dict]:
    """Every result of a list, following `next` from the first page."""
    results, url = [], f"{API}{path}?{urlencode(params)}"
    while url:
        page = client.get(url).json()
        results += page["results"]
        url = page["next"]
    return results


# --- The same results as the HTML list --------------------------------------------------------
SAME_AS_HTML = [
    {"q": "pipeline"},
    {"q": '"grain corridor"'},
    {"q": "corridor grain"},
    {"q": "author:kramer"},
    {"q": "pipeline -author:kramer"},
    {"q": "grain OR pipeline", "sort": "oldest"},
    {"topic": "power-grids", "date_after": "2022-02", "date_before": "2022-09"},
    {"publisher": "harbour-herald", "genre": "opinion"},
    {"sort": "newest"},
    {"sort": "newest", "page": "2"},
    {},
]


@pytest.mark.parametrize("params", SAME_AS_HTML, ids=lambda params: urlencode(params) or "all")
def test_the_api_lists_the_html_lists_articles_in_its_order(client, archive, params):
    expected = html_slugs(client, params)
    page = api_get(client, "/articles/", params).json()
    assert expected, "the query must find something for the comparison to mean anything"
    assert [result["slug"] for result in page["results"]] == expected
    html = client.get("/articles/", params).context
    assert page["count"] == html["paginator"].count
    assert page["facets"]["authors"] == html["facets"]["authors"]
    assert page["facets"]["publishers"] == html["facets"]["publishers"]


def test_a_phrase_finds_fewer_articles_than_its_words(client, archive):
    phrase = api_get(client, "/articles/", {"q": '"grain corridor"'}).json()["count"]
    words = api_get(client, "/articles/", {"q": "grain corridor"}).json()["count"]
    assert 0 < phrase < words


def test_a_search_result_carries_its_card_fields(client, archive):
    page = api_get(client, "/articles/", {"q": "pipeline", "sort": "oldest"}).json()
    first = page["results"][0]
    assert first["slug"] == "column-00"
    assert first["url"] == "http://testserver/articles/column-00/"
    assert first["api_url"] == "http://testserver/api/v1/articles/column-00/"
    assert first["published_on"] == "2022-01-01"
    assert first["date_precision"] == "day"
    assert [a["slug"] for a in first["authors"]] == ["amara-okafor", "david-j-kramer"]
    assert first["publisher"] == {"name": "Baltic Ledger", "slug": "baltic-ledger"}
    assert first["topics"] == [{"name": "Power grids", "slug": "power-grids"}]
    assert first["genre"] == "editorial"
    assert first["language"] == "en"
    assert "pipeline" in first["snippet"].lower()
    assert "\x02" not in first["snippet"]


def test_facets_count_the_result_set(client, archive):
    facets = api_get(client, "/articles/", {"q": "pipeline"}).json()["facets"]
    matching = [a for a in archive["articles"] if "pipeline" in a.body]
    assert sum(genre["count"] for genre in facets["genres"]) == len(matching)
    assert sum(year["count"] for year in facets["years"]) == len(matching)
    assert sum(month["count"] for month in facets["months"]) == len(matching)
    assert facets["topics"] == [
        {"name": "Power grids", "slug": "power-grids", "count": len(matching)}
    ]
    assert facets["sampled"] is False


# --- Detail -----------------------------------------------------------------------------------
def test_article_detail_has_byline_outlet_text_captures_and_versions(client, archive):
    detail = api_get(client, "/articles/column-00/").json()
    article = archive["articles"][0]
    assert detail["title"] == "Column 00"
    assert detail["body"] == article.body
    assert detail["source_url"] == "https://herald.example/columns/0"
    assert detail["byline"][0] == {
        "position": 0,
        "name": "Amara Okafor",
        "slug": "amara-okafor",
        "affiliation": "Amara Okafor is a port economist.",
        "url": "http://testserver/authors/amara-okafor/",
        "api_url": "http://testserver/api/v1/authors/amara-okafor/",
    }
    assert [entry["slug"] for entry in detail["byline"]] == ["amara-okafor", "david-j-kramer"]
    assert detail["outlet"]["slug"] == "baltic-ledger"
    assert detail["topics"] == [{"name": "Power grids", "slug": "power-grids"}]
    assert detail["genre"] == "editorial"
    captures = detail["captures"]
    assert [capture["version"] for capture in captures] == [1, 2]
    assert captures[1]["served_from"] == "https://herald.example/c/0"
    assert detail["versions"]["count"] == 2
    # Every link given is a page that exists.
    for url in [capture["url"] for capture in captures] + [detail["versions"]["url"]]:
        assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_entity_details_and_lists_link_to_their_articles_in_the_api(client, archive):
    author = api_get(client, "/authors/amara-okafor/").json()
    assert author["bio"] == "Writes on ports."
    okafor_articles = Article.objects.published().filter(authors=archive["okafor"]).count()
    assert author["article_count"] == okafor_articles
    linked = client.get(author["articles_url"].removeprefix("http://testserver")).json()
    assert linked["count"] == okafor_articles
    assert api_get(client, "/topics/power-grids/").json()["description"].startswith("Grids")
    assert api_get(client, "/outlets/harbour-herald/").json()["domain"] == "herald.example"
    outlets = walk(client, "/outlets/", {})
    assert [o["slug"] for o in outlets] == ["baltic-ledger", "harbour-herald"]
    herald = outlets[1]
    assert herald["articles_url"] == "http://testserver/api/v1/articles/?publisher=harbour-herald"
    assert herald["article_count"] == 12


def test_entity_lists_narrow_by_name(client, archive):
    names = [a["name"] for a in walk(client, "/authors/", {"name": "okaf"})]
    assert names == ["Amara Okafor"]


# --- Hidden articles --------------------------------------------------------------------------
def test_hidden_articles_and_their_own_names_appear_nowhere(client, archive):
    paths = [
        ("/articles/", {"q": SECRET}),
        ("/articles/", {"q": "pipeline", "page_size": "100"}),
        ("/articles/", {"page_size": "100"}),
        ("/authors/", {"page_size": "100"}),
        ("/topics/", {"page_size": "100"}),
        ("/outlets/", {"page_size": "100"}),
        ("/authors/amara-okafor/", None),
        ("/topics/power-grids/", None),
    ]
    for path, params in paths:
        response = api_get(client, path, params)
        assert response.status_code == 200
        # Links that repeat the query itself (export addresses) may name it; nothing else may.
        record = response.json()
        record.pop("exports", None)
        assert SECRET not in json.dumps(record).lower(), path
    published = Article.objects.published().count()
    assert api_get(client, "/articles/", {}).json()["count"] == published
    okafor_public = Article.objects.published().filter(authors=archive["okafor"]).count()
    assert api_get(client, "/authors/amara-okafor/").json()["article_count"] == okafor_public
    energy = api_get(client, "/articles/", {"q": "pipeline"}).json()["facets"]["topics"]
    assert energy == [{"name": "Power grids", "slug": "power-grids", "count": 9}]


@pytest.mark.parametrize(
    "path",
    [
        "/articles/quillfeather-on-pipelines/",
        "/authors/zbigniew-quillfeather/",
        "/topics/quillfeather-doctrine/",
        "/outlets/quillfeather-gazette/",
    ],
)
def test_a_hidden_article_and_names_only_it_carries_are_not_found(client, archive, path):
    response = api_get(client, path)
    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "path", ["/articles/no-such-piece/", "/authors/nobody/", "/topics/nothing/", "/outlets/none/"]
)
def test_unknown_slugs_answer_404_in_json(client, archive, path):
    response = api_get(client, path)
    assert response.status_code == 404
    assert "called that" in response.json()["detail"]


# --- Pagination -------------------------------------------------------------------------------
@pytest.mark.parametrize("params", [{"sort": "newest"}, {"q": "grain OR corridor"}, {}])
def test_walking_every_page_gives_each_article_once(client, archive, params):
    results = walk(client, "/articles/", {**params, "page_size": "4"})
    slugs = [result["slug"] for result in results]
    assert len(slugs) == len(set(slugs))
    whole = api_get(client, "/articles/", {**params, "page_size": "100"}).json()
    assert slugs == [result["slug"] for result in whole["results"]]
    assert len(slugs) == whole["count"]


@pytest.mark.parametrize("params", [{"q": "grain OR corridor"}, {"sort": "oldest"}])
def test_a_lists_export_links_give_every_page_as_one_file(client, archive, params):
    """The list links each export format; the JSON Lines file holds every page's articles."""
    page = api_get(client, "/articles/", {**params, "page_size": "2", "page": "2"}).json()
    assert sorted(page["exports"]) == ["bibtex", "csl-json", "csv", "jsonl", "ris"]
    response = client.get(page["exports"]["jsonl"])
    assert response.status_code == 200
    exported = [
        json.loads(line)["slug"] for line in b"".join(response.streaming_content).splitlines()
    ]
    walked = [result["slug"] for result in walk(client, "/articles/", {**params, "page_size": "2"})]
    assert exported == walked


def test_an_entitys_export_links_hold_its_articles(client, archive):
    author = api_get(client, "/authors/").json()["results"][0]
    response = client.get(author["exports"]["csv"])
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == author["article_count"]
    assert all(author["name"] in row["authors"] for row in rows)


def test_page_links_keep_the_other_parameters(client, archive):
    first = api_get(client, "/articles/", {"q": "grain", "page_size": "2"}).json()
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/articles/?q=grain&page_size=2&page=2"
    second = client.get(first["next"]).json()
    assert second["previous"].endswith("page=1")
    assert second["page"] == 2


def test_the_page_size_has_a_documented_maximum(client, archive):
    assert api_get(client, "/articles/", {"page_size": "101"}).status_code == 422
    assert len(api_get(client, "/articles/", {"page_size": "100"}).json()["results"]) == 25


def test_a_page_past_the_last_answers_404(client, archive):
    for page in ("3", "99", str(10**40)):
        response = api_get(client, "/articles/", {"page": page})
        assert response.status_code == 404
        assert "no page" in response.json()["detail"]


# --- Bad parameters ---------------------------------------------------------------------------
BAD_PARAMETERS = [
    {"date_after": "2022-13-45"},
    {"date_before": "yesterday"},
    {"page": "0"},
    {"page": "-3"},
    {"page": "abc"},
    {"page_size": "0"},
    {"sort": "sideways"},
    {"q": "((((("},
    {"q": '"unclosed phrase'},
    {"q": "author: OR NOT -"},
    {"q": "NEAR/999999999999 a b"},
    {"q": "x" * 1999},
    {"q": "a\x00b"},
    {"author": "\x07"},
    {"genre": "letters"},
    {"q": "after:2022-99 before:nonsense"},
]


@pytest.mark.parametrize("params", BAD_PARAMETERS, ids=range(len(BAD_PARAMETERS)))
def test_bad_parameters_answer_4xx_or_an_ordinary_list(client, archive, params):
    response = api_get(client, "/articles/", params)
    assert response.status_code in (200, 400, 404, 422)
    assert response.json()["detail" if response.status_code != 200 else "results"] is not None


def test_a_malformed_date_is_named_in_the_400(client, archive):
    response = api_get(client, "/articles/", {"date_after": "2022-13-45"})
    assert response.status_code == 400
    assert "date_after" in response.json()["detail"]


# --- Queries ----------------------------------------------------------------------------------
@pytest.mark.parametrize("params", [{"q": "pipeline OR grain"}, {}, {"author": "david-j-kramer"}])
def test_a_page_of_articles_costs_a_fixed_number_of_queries(
    client, archive, params, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        page = api_get(client, "/articles/", {**params, "page_size": "100"}).json()
    assert len(page["results"]) >= 10


def test_an_article_costs_a_fixed_number_of_queries(client, archive, django_assert_num_queries):
    # The article, its byline, its topics and its captures, however many captures it has.
    with django_assert_num_queries(4):
        assert len(api_get(client, "/articles/column-00/").json()["captures"]) == 2


def test_a_page_of_entities_costs_a_fixed_number_of_queries(
    client, archive, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        assert api_get(client, "/authors/", {}).json()["count"] == 2


# --- Rate limit -------------------------------------------------------------------------------
def test_anonymous_clients_past_the_rate_get_a_429_with_retry_after(client, archive, settings):
    settings.ARCHIVE_API_ANON_RATE = "3/min"
    cache.clear()
    try:
        for _ in range(3):
            assert api_get(client, "/topics/").status_code == 200
        refused = api_get(client, "/articles/column-01/")
        assert refused.status_code == 429
        assert "3/min" in refused.json()["detail"]
        assert 1 <= int(refused["Retry-After"]) <= 60
        # Counted per client address: another client is still served.
        other = api_get(client, "/topics/", REMOTE_ADDR="192.0.2.7")
        assert other.status_code == 200
    finally:
        cache.clear()


def test_the_rate_limit_is_off_when_set_off(client, archive, settings):
    settings.ARCHIVE_API_ANON_RATE = "2/min"
    cache.clear()
    try:
        for _ in range(2):
            api_get(client, "/topics/")
        assert api_get(client, "/topics/").status_code == 429
        settings.ARCHIVE_API_ANON_RATE = "off"
        assert {api_get(client, "/topics/").status_code for _ in range(5)} == {200}
    finally:
        cache.clear()


def test_unusable_input_is_refused_in_json_before_the_api_reads_it(client, archive):
    response = api_get(client, "/articles/", {"q": "grain\x00corridor"})
    assert response.status_code == 400
    assert "control character" in response.json()["detail"]


def test_a_rate_that_is_not_a_rate_stops_the_process_with_one_line():
    refused = run_manage("check", DJANGO_DEBUG="1", ARCHIVE_API_ANON_RATE="lots")
    assert refused.returncode != 0
    assert "ARCHIVE_API_ANON_RATE" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert run_manage("check", DJANGO_DEBUG="1", ARCHIVE_API_ANON_RATE="100/5min").returncode == 0
