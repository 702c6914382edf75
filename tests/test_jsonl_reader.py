"""The JSON Lines reader: one record in, one ExtractedArticle out, or a one-line reason why not."""

import json
from datetime import date

import pytest

from articles.importers.base import CaptureError
from articles.importers.jsonl import read_jsonl_record


def record_line(**overrides) -> str:
    """A valid record with only the required fields, plus whatever a test sets."""
    record = {"title": "Fund the buses", "body": "First paragraph.\n\nSecond paragraph."}
    record.update(overrides)
    return json.dumps(record, ensure_ascii=False)


def read(**overrides):
    return read_jsonl_record(record_line(**overrides), file_name="bulk.jsonl")


def test_full_record_fills_every_field_and_notes_its_source():
    article = read(
        title="Fund  the buses\u00a0now",
        authors=["Amara Okafor", "Tomás Ruiz"],
        author_bios=["Chairs a riders' union.", None],
        date="2023-06-14",
        publisher="The Harbour Herald",
        source_url="https://www.harbourherald.example.com/opinion/buses?utm_source=feed",
        standfirst="Cutting routes saves little.",
        topics=["Transport", "Cities", "Transport"],
        language="en",
        status="hidden",
        slug="ignored-slug",
        source_file="ignored.html",
        capture_sha256="0" * 64,
    )

    assert article.title == "Fund the buses now"
    assert article.body == "First paragraph.\n\nSecond paragraph."
    assert [(a.name, a.bio) for a in article.authors] == [
        ("Amara Okafor", "Chairs a riders' union."),
        ("Tomás Ruiz", ""),
    ]
    assert (article.published_on, article.date_precision) == (date(2023, 6, 14), "day")
    assert article.publisher_name == "The Harbour Herald"
    assert article.source_url == "https://www.harbourherald.example.com/opinion/buses"
    assert article.standfirst == "Cutting routes saves little."
    assert article.topics == ["Transport", "Cities"]
    assert article.language == "en"
    assert article.status == "hidden"
    noted = {"title", "body", "authors", "published_on", "publisher", "source_url"}
    noted |= {"standfirst", "topics", "language", "status"}
    assert set(article.provenance) == noted
    assert all(
        entry == {"source": "JSON Lines field", "inferred": False}
        for entry in article.provenance.values()
    )


def test_minimal_record_leaves_unstated_fields_empty():
    article = read()

    assert article.authors == []
    assert article.published_on is None
    assert article.date_precision == ""
    assert article.publisher_name == ""
    assert article.source_url is None
    assert article.standfirst == ""
    assert article.topics is None  # not stated: the importer assigns from the vocabulary
    assert article.language == "en"
    assert article.status == ""
    assert set(article.provenance) == {"title", "body"}


def test_nulls_count_as_not_stated():
    article = read(
        authors=None,
        date=None,
        date_precision=None,
        publisher=None,
        source_url=None,
        standfirst=None,
        topics=None,
        language=None,
        status=None,
    )

    assert set(article.provenance) == {"title", "body"}
    assert article.language == "en"


def test_authors_as_objects_with_bios():
    article = read(
        authors=[{"name": "Amara Okafor", "bio": "Chairs a riders' union."}, {"name": "Li Wei"}],
        author_bios=["Overridden by the object's own bio.", "Writes about cities."],
    )

    assert [(a.name, a.bio) for a in article.authors] == [
        ("Amara Okafor", "Chairs a riders' union."),
        ("Li Wei", "Writes about cities."),
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"date": "2021"}, (date(2021, 1, 1), "year")),
        ({"date": "2021-03"}, (date(2021, 3, 1), "month")),
        ({"date": "2021-03-05"}, (date(2021, 3, 5), "day")),
        ({"date": "2021-01-01", "date_precision": "year"}, (date(2021, 1, 1), "year")),
        ({"date": "2021-03-05", "date_precision": "month"}, (date(2021, 3, 5), "month")),
        ({"date": None, "date_precision": "day"}, (None, "")),
    ],
)
def test_dates_keep_their_precision(fields, expected):
    article = read(**fields)

    assert (article.published_on, article.date_precision) == expected


@pytest.mark.parametrize(
    "url", ["ftp://files.example.com/op-ed.txt", "javascript:alert(1)", "not a url", ""]
)
def test_non_http_source_url_is_dropped_without_error(url):
    article = read(source_url=url)

    assert article.source_url is None
    assert "source_url" not in article.provenance


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One.\r\n\r\nTwo.", "One.\n\nTwo."),
        ("One.\n\n\n\n  Two.  \n \nThree.", "One.\n\nTwo.\n\nThree."),
        ("One\nwrapped.\n\nTwo.", "One wrapped.\n\nTwo."),
        ("One.\nTwo.\nThree.", "One.\n\nTwo.\n\nThree."),
        ("Caf\u0065\u0301\u00a0au lait\u00ad.", "Caf\u00e9 au lait."),
    ],
)
def test_body_is_cleaned_into_blank_line_separated_paragraphs(body, expected):
    assert read(body=body).body == expected


def test_markup_in_text_is_kept_literally():
    article = read(title="<script>alert(1)</script>", body='<img src=x onerror="alert(2)">')

    assert article.title == "<script>alert(1)</script>"
    assert article.body == '<img src=x onerror="alert(2)">'


def test_byte_order_mark_before_the_record_is_ignored():
    article = read_jsonl_record("\ufeff" + record_line(), file_name="bulk.jsonl")

    assert article.title == "Fund the buses"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON: "),
        ("", "invalid JSON: "),
        ("[1, 2]", "line is not a JSON object"),
        ('"a string"', "line is not a JSON object"),
        ("null", "line is not a JSON object"),
    ],
)
def test_lines_that_are_not_json_objects_are_rejected(line, message):
    with pytest.raises(CaptureError) as raised:
        read_jsonl_record(line, file_name="bulk.jsonl")

    assert str(raised.value).startswith(message)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": None}, "missing title"),
        ({"title": "   "}, "title is empty"),
        ({"body": ""}, "body is empty"),
        ({"body": "\u200b\n\n\u00ad"}, "body is empty"),
        ({"title": 42}, "title must be a string"),
        ({"body": ["para"]}, "body must be a string"),
        ({"authors": "Jane Doe"}, "authors must be a list"),
        ({"authors": [42]}, "authors[0] must be a name"),
        ({"authors": ["Jane Doe", " "]}, "authors[1] has no name"),
        ({"authors": [{"bio": "No name"}]}, "authors[0] needs a string name"),
        ({"authors": ["Jane Doe"], "author_bios": ["a", "b"]}, "author_bios has 2 entries"),
        ({"authors": ["Jane Doe"], "author_bios": [1]}, "author_bios must be a list"),
        ({"topics": ["Cities", 3]}, "topics must be a list of strings"),
        ({"date": "March 2021"}, "date is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ({"date": "2021-02-30"}, "date is not YYYY"),
        ({"date": 2021}, "date must be a string or null"),
        ({"date": "2021", "date_precision": "day"}, "date_precision 'day' is finer"),
        ({"date": "2021-03-05", "date_precision": "week"}, "date_precision must be"),
        ({"source_url": 7}, "source_url must be a string or null"),
        ({"status": "draft"}, "status must be 'published' or 'hidden'"),
        ({"language": "english please"}, "language is not a language code"),
    ],
)
def test_invalid_records_are_rejected_with_a_reason(fields, message):
    with pytest.raises(CaptureError) as raised:
        read(**fields)

    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_an_empty_topic_list_states_no_topics():
    assert read(topics=[]).topics == []
