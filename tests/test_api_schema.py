"""The API against its own OpenAPI document: the document is valid, and generated requests to
every endpoint get no server error and answers the document describes."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api_data import make_api_archive

OPENAPI = "/api/v1/openapi.json"


# Loaded when the module is collected (serving the document reads no table), so each endpoint
# becomes a test of its own; schemathesis's fixture-based loading does not run under pytest 9.
schema = schemathesis.openapi.from_wsgi(OPENAPI, get_wsgi_application())


@pytest.fixture
def archive(db):
    """Data for the endpoints to return, made once per endpoint's test and only read.

    The app is called as a server would call it, and its request signals close a connection
    found inside a transaction, the test's own; Django's test client detaches them the same way.
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield make_api_archive()
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)


def test_the_openapi_document_is_valid_and_names_every_endpoint():
    schema.validate()  # against the OpenAPI 3.1 meta-schema
    paths = set(schema.raw_schema["paths"])
    for kind in ("articles", "authors", "topics", "outlets"):
        assert f"/api/v1/{kind}/" in paths
        assert f"/api/v1/{kind}/{{slug}}/" in paths
    listed = schema.raw_schema["paths"]["/api/v1/articles/"]["get"]["parameters"]
    assert {p["name"] for p in listed} >= {
        *("q", "author", "topic", "publisher", "genre", "date_after", "date_before", "sort"),
        *("page", "page_size"),
    }


def test_the_docs_page_loads_its_assets_from_the_site(client):
    page = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert "https://" not in page and "http://" not in page


# Generated slugs name nothing: half the examples of a detail endpoint ask for a real record.
KNOWN_SLUGS = {
    "/api/v1/articles/{slug}/": "column-00",
    "/api/v1/authors/{slug}/": "amara-okafor",
    "/api/v1/topics/{slug}/": "power-grids",
    "/api/v1/outlets/{slug}/": "harbour-herald",
}


@schema.parametrize()
@schema.given(known=st.booleans())
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_generated_requests_get_answers_the_schema_describes(case, known, archive):
    if known and case.operation.path in KNOWN_SLUGS:
        case.path_parameters = {"slug": KNOWN_SLUGS[case.operation.path]}
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )
