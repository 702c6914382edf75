"""OAI-PMH 2.0 at /oai/: every reply validates against the protocol's schema, lists page
through the whole archive with resumption tokens, and errors are the protocol's own."""

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from articles.models import Article, Status
from tests.factories import HOSTILE, make_article, make_author, make_publisher, make_topic

SCHEMA = etree.XMLSchema(
    etree.parse(str(Path(__file__).parent / "fixtures" / "oai" / "harvest.xsd"))
)
NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
}


def harvest(client, method="get", **params) -> etree._Element:
    response = getattr(client, method)("/oai/", params)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    document = etree.fromstring(response.content)
    SCHEMA.assertValid(document)
    return document


def error_code(document) -> str:
    [error] = document.findall("oai:error", NS)
    return error.get("code")


def texts(element, path: str) -> list[str]:
    return [found.text for found in element.findall(path, NS)]


def identifier_of(article: Article) -> str:
    return f"oai:commentary-archive:{article.pk}"


@pytest.fixture
def small_pages(settings):
    settings.ARCHIVE_OAI_PAGE_SIZE = 3


@pytest.mark.django_db
def test_identify_names_the_repository_and_its_policies(client):
    make_article()
    document = harvest(client, verb="Identify")

    identify = document.find("oai:Identify", NS)
    assert identify.findtext("oai:baseURL", namespaces=NS) == "http://testserver/oai/"
    assert identify.findtext("oai:protocolVersion", namespaces=NS) == "2.0"
    assert identify.findtext("oai:deletedRecord", namespaces=NS) == "transient"
    assert identify.findtext("oai:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert document.find("oai:request", NS).get("verb") == "Identify"


@pytest.mark.django_db
def test_sets_are_the_archive_s_outlets_and_topics(client):
    make_article(publisher=make_publisher("The Ledger"), topics=[make_topic("Energy policy")])
    document = harvest(client, verb="ListSets")

    specs = texts(document, "oai:ListSets/oai:set/oai:setSpec")
    assert {"outlet", "topic", "outlet:the-ledger", "topic:energy-policy"} <= set(specs)
    assert "Energy policy" in texts(document, "oai:ListSets/oai:set/oai:setName")


@pytest.mark.django_db
def test_list_records_pages_through_the_whole_archive(client, small_pages):
    articles = [make_article() for _ in range(8)]
    seen, tokens, cursors = [], [], []
    document = harvest(client, verb="ListRecords", metadataPrefix="oai_dc")
    while True:
        listing = document.find("oai:ListRecords", NS)
        seen += texts(listing, "oai:record/oai:header/oai:identifier")
        token = listing.find("oai:resumptionToken", NS)
        if token is None or not token.text:
            break
        tokens.append(token)
        cursors.append(int(token.get("cursor")))
        assert token.get("completeListSize") == "8"
        document = harvest(client, verb="ListRecords", resumptionToken=token.text)

    assert sorted(seen) == sorted(identifier_of(a) for a in articles)
    assert len(seen) == len(set(seen)) == 8
    assert cursors == [0, 3]
    assert token is not None and token.get("cursor") == "6"  # the last page's empty token


@pytest.mark.django_db
def test_a_record_carries_the_article_as_dublin_core(client):
    first, second = make_author("Ana Ruiz"), make_author("Tom Berg")
    article = make_article(
        "On tariffs",
        authors=[first, second],
        publisher=make_publisher("The Ledger"),
        topics=[make_topic("Trade")],
        standfirst="Why the duty fails.",
        source_url="https://ledger.example/opinion/tariffs",
        published_on=dt.date(2021, 6, 1),
        date_precision="month",
        language="en",
    )
    document = harvest(
        client, verb="GetRecord", identifier=identifier_of(article), metadataPrefix="oai_dc"
    )

    record = document.find("oai:GetRecord/oai:record", NS)
    dc = record.find("oai:metadata/oai_dc:dc", NS)
    assert texts(dc, "dc:title") == ["On tariffs"]
    assert texts(dc, "dc:creator") == ["Ana Ruiz", "Tom Berg"]
    assert texts(dc, "dc:date") == ["2021-06"]
    assert texts(dc, "dc:publisher") == ["The Ledger"]
    assert texts(dc, "dc:subject") == ["Trade"]
    assert texts(dc, "dc:description") == ["Why the duty fails."]
    assert texts(dc, "dc:language") == ["en"]
    assert f"http://testserver/articles/{article.slug}/" in texts(dc, "dc:identifier")
    assert "https://ledger.example/opinion/tariffs" in texts(dc, "dc:identifier")
    assert texts(record, "oai:header/oai:setSpec") == ["outlet:the-ledger", "topic:trade"]


@pytest.mark.django_db
def test_markup_in_an_article_is_text_in_the_record(client):
    article = make_article(HOSTILE + "\x0b", slug="hostile-title")
    response = client.get(
        "/oai/",
        {"verb": "GetRecord", "identifier": identifier_of(article), "metadataPrefix": "oai_dc"},
    )

    assert b"<script>" not in response.content
    document = etree.fromstring(response.content)
    SCHEMA.assertValid(document)
    assert document.findtext(".//dc:title", namespaces=NS) == HOSTILE


@pytest.mark.django_db
def test_a_hidden_article_is_listed_as_deleted_without_its_text(client):
    hidden = make_article("Withdrawn piece", status=Status.HIDDEN)
    make_article("Standing piece")
    document = harvest(client, verb="ListRecords", metadataPrefix="oai_dc")

    records = document.findall("oai:ListRecords/oai:record", NS)
    by_id = {r.findtext("oai:header/oai:identifier", namespaces=NS): r for r in records}
    withdrawn = by_id[identifier_of(hidden)]
    assert withdrawn.find("oai:header", NS).get("status") == "deleted"
    assert withdrawn.find("oai:metadata", NS) is None
    assert b"Withdrawn piece" not in etree.tostring(document)

    single = harvest(
        client, verb="GetRecord", identifier=identifier_of(hidden), metadataPrefix="oai_dc"
    )
    assert single.find(".//oai:metadata", NS) is None


@pytest.mark.django_db
def test_sets_and_dates_select_records(client):
    ledger, courier = make_publisher("The Ledger"), make_publisher("The Courier")
    old = make_article(publisher=ledger)
    new = make_article(publisher=ledger)
    other = make_article(publisher=courier)
    Article.objects.filter(pk=old.pk).update(updated_at=dt.datetime(2020, 1, 5, 12, tzinfo=dt.UTC))
    Article.objects.filter(pk=new.pk).update(updated_at=dt.datetime(2024, 2, 1, 9, tzinfo=dt.UTC))

    def listed(**params):
        document = harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **params)
        return set(texts(document, "oai:ListIdentifiers/oai:header/oai:identifier"))

    assert listed(set="outlet:the-ledger") == {identifier_of(old), identifier_of(new)}
    assert listed(set="outlet:the-courier") == {identifier_of(other)}
    assert listed(until="2020-01-05") == {identifier_of(old)}
    assert listed(until="2020-01-05T12:00:00Z") == {identifier_of(old)}
    assert listed(until="2020-01-05T11:59:59Z") == set()
    assert listed(**{"from": "2024-01-01", "until": "2024-12-31"}) == {identifier_of(new)}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "ListEverything"}, "badVerb"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "Identify", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-13-40"}, "badArgument"),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2024-02-01",
                "until": "2024-01-01",
            },
            "badArgument",
        ),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2024-01-01",
                "until": "2024-02-01T00:00:00Z",
            },
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "resumptionToken": "x", "metadataPrefix": "oai_dc"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "resumptionToken": "forged"}, "badResumptionToken"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        (
            {"verb": "GetRecord", "identifier": "oai:elsewhere:1", "metadataPrefix": "oai_dc"},
            "idDoesNotExist",
        ),
        (
            {"verb": "ListMetadataFormats", "identifier": "oai:commentary-archive:999999"},
            "idDoesNotExist",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "outlet:nowhere"},
            "noRecordsMatch",
        ),
    ],
)
def test_bad_requests_get_the_protocol_s_errors(client, params, code):
    make_article()
    document = harvest(client, **params)

    assert error_code(document) == code
    if code in ("badVerb", "badArgument"):
        assert not document.find("oai:request", NS).attrib  # only the base URL is echoed


@pytest.mark.django_db
def test_a_repeated_argument_is_a_bad_argument(client):
    response = client.get("/oai/?verb=Identify&verb=Identify")
    document = etree.fromstring(response.content)
    SCHEMA.assertValid(document)
    assert error_code(document) == "badArgument"


@pytest.mark.django_db
def test_an_empty_archive_has_no_records_to_match(client):
    document = harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert error_code(document) == "noRecordsMatch"


@pytest.mark.django_db
def test_harvesters_may_post_their_arguments(client):
    article = make_article()
    document = harvest(client, method="post", verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert texts(document, ".//oai:header/oai:identifier") == [identifier_of(article)]


@pytest.mark.django_db
def test_a_page_of_records_costs_the_same_queries_however_many_it_holds(
    client, settings, django_assert_max_num_queries
):
    topics = [make_topic(), make_topic()]
    for _ in range(12):
        make_article(authors=[make_author(), make_author()], topics=topics)
    settings.ARCHIVE_OAI_PAGE_SIZE = 2
    with django_assert_max_num_queries(8) as small:
        harvest(client, verb="ListRecords", metadataPrefix="oai_dc")
    settings.ARCHIVE_OAI_PAGE_SIZE = 10
    with django_assert_max_num_queries(len(small.captured_queries)):
        harvest(client, verb="ListRecords", metadataPrefix="oai_dc")
