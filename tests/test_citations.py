"""Citation formats: names, dates at their precision, and escaping for each syntax."""

from datetime import date

import pytest

from articles import citations
from articles.citations import Name, split_name
from tests.factories import make_article, make_author, make_publisher, make_topic

ARCHIVE = "https://archive.example/articles/piece/"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("David J. Kramer", Name("David J.", "Kramer")),
        ("Oksana Bashuk Hepburn", Name("Oksana Bashuk", "Hepburn")),
        ("Ursula von der Leyen", Name("Ursula", "von der Leyen")),
        ("Martin Luther King Jr.", Name("Martin Luther", "King", "Jr.")),
        ("Madonna", Name("", "Madonna")),
        ("  Jean-Paul   Sartre ", Name("Jean-Paul", "Sartre")),
    ],
)
def test_split_name(name, expected):
    assert split_name(name) == expected


def test_name_forms():
    name = split_name("Jean-Paul Charles Sartre")
    assert name.initials == "Sartre, J.-P. C."
    assert name.inverted == "Sartre, Jean-Paul Charles"
    assert name.natural == "Jean-Paul Charles Sartre"
    assert split_name("Martin Luther King Jr.").inverted == "King, Martin Luther, Jr."


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", True),
        ("HTTP://example.org/a", True),
        ("javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("//example.org/a", False),
        ("data:text/html,hi", False),
        ("https://", False),
        ("http://[::1", False),
        ("", False),
        (None, False),
    ],
)
def test_is_web_url(url, expected):
    assert citations.is_web_url(url) is expected


@pytest.fixture
def piece(db):
    return make_article(
        "Why sanctions work",
        authors=[make_author("David J. Kramer"), make_author("Jane Doe"), make_author("Ann Lee")],
        publisher=make_publisher("The Example Review"),
        topics=[make_topic("Sanctions & trade")],
        published_on=date(2022, 3, 1),
        source_url="https://example.org/why",
    )


@pytest.mark.django_db
def test_three_styles_for_three_authors(piece):
    assert str(citations.apa(piece, archive_url=ARCHIVE)) == (
        "Kramer, D. J., Doe, J., &amp; Lee, A. (2022, March 1). Why sanctions work. "
        "<i>The Example Review</i>. https://example.org/why"
    )
    assert str(citations.mla(piece, archive_url=ARCHIVE)) == (
        "Kramer, David J., et al. “Why sanctions work.” <i>The Example Review</i>, "
        "1 Mar. 2022, example.org/why."
    )
    assert str(citations.chicago(piece, archive_url=ARCHIVE)) == (
        "Kramer, David J., Jane Doe, and Ann Lee. “Why sanctions work.” "
        "<i>The Example Review</i>, March 1, 2022. https://example.org/why."
    )


@pytest.mark.django_db
def test_styles_without_author_date_or_outlet_fall_back_to_the_archive():
    piece = make_article("Is peace possible?", published_on=None, date_precision="")
    assert str(citations.apa(piece, archive_url=ARCHIVE)) == (
        f"Is peace possible? (n.d.). {ARCHIVE}"
    )
    assert str(citations.mla(piece, archive_url=ARCHIVE)) == (
        "“Is peace possible?” archive.example/articles/piece/."
    )
    assert str(citations.chicago(piece, archive_url=ARCHIVE)) == (
        f"“Is peace possible?” n.d. {ARCHIVE}."
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("precision", "apa", "mla", "ris"),
    [
        ("day", "(2022, March 1)", "1 Mar. 2022", "DA  - 2022/03/01/"),
        ("month", "(2022, March)", "Mar. 2022", "DA  - 2022/03//"),
        ("year", "(2022)", "2022,", "DA  - 2022///"),
    ],
)
def test_dates_keep_their_precision(precision, apa, mla, ris):
    piece = make_article("Dated", published_on=date(2022, 3, 1), date_precision=precision)
    assert apa in citations.apa(piece, archive_url=ARCHIVE)
    assert mla in citations.mla(piece, archive_url=ARCHIVE)
    assert ris in citations.ris(piece, archive_url=ARCHIVE).split("\r\n")


@pytest.mark.django_db
def test_html_styles_escape_every_piece():
    piece = make_article(
        'Bold <b>claims</b> & "quotes"',
        authors=[make_author("<script>x</script> Smith")],
        publisher=make_publisher("<i>Outlet</i>"),
        source_url="javascript:alert(1)",
    )
    for style in (citations.apa, citations.mla, citations.chicago):
        html = str(style(piece, archive_url=ARCHIVE))
        assert "<b>" not in html and "<script>" not in html and "<i><i>" not in html
        assert "&lt;b&gt;claims&lt;/b&gt; &amp;" in html
        assert "javascript" not in html


@pytest.mark.django_db
def test_bibtex_entry_and_escaping(piece):
    entry = citations.bibtex(piece, archive_url=ARCHIVE)
    assert entry.startswith("@article{kramer2022sanctions,\n")
    assert "  author = {Kramer, David J. and Doe, Jane and Lee, Ann},\n" in entry
    assert "  title = {{Why sanctions work}},\n" in entry
    assert "  journal = {The Example Review},\n" in entry
    assert "  month = mar,\n" in entry
    assert "  date = {2022-03-01},\n" in entry
    assert "  url = {https://example.org/why},\n" in entry
    assert "  keywords = {Sanctions \\& trade},\n" in entry
    assert entry.endswith("}\n")


@pytest.mark.django_db
def test_bibtex_cannot_be_broken_out_of():
    piece = make_article(
        "Odd} title, @misc{evil, {braces} 100% $ # _ ~ ^ \\",
        authors=[make_author("Editorial Board"), make_author("Solo")],
        source_url="https://example.org/{odd}",
    )
    entry = citations.bibtex(piece, archive_url=ARCHIVE)
    title = entry.split("  title = ", 1)[1].split(",\n", 1)[0]
    assert title.count("{") - title.count("\\{") == title.count("}") - title.count("\\}")
    assert "100\\% \\$ \\# \\_" in title and "\\textbackslash{}" in title
    assert "author = {Board, Editorial and {Solo}}" in entry
    assert "url = {https://example.org/%7Bodd%7D}" in entry


@pytest.mark.django_db
def test_ris_record_has_one_line_per_tag(piece):
    piece.title = "A title\nTY  - JOUR\r\nwith breaks"
    record = citations.ris(piece, archive_url=ARCHIVE)
    lines = record.split("\r\n")
    assert lines[0] == "TY  - NEWS"
    assert "TI  - A title TY - JOUR with breaks" in lines
    assert [line for line in lines if line.startswith("TY")] == ["TY  - NEWS"]
    assert [line for line in lines if line.startswith("AU")] == [
        "AU  - Kramer, David J.",
        "AU  - Doe, Jane",
        "AU  - Lee, Ann",
    ]
    assert "T2  - The Example Review" in lines
    assert "UR  - https://example.org/why" in lines
    assert "KW  - Sanctions & trade" in lines
    assert f"N1  - Archived by Commentary Archive: {ARCHIVE}" in lines
    assert lines[-2:] == ["ER  - ", ""]
