"""The HTML reader: explicit metadata only, clean paragraphs, nothing guessed without saying so."""

from datetime import date

import pytest

from articles.importers.base import CaptureError
from articles.importers.html import read_html, split_byline

PARAGRAPHS = [
    "City councils keep promising to fix the buses, and every year the timetable gets thinner.",
    "Riders notice. Ridership has fallen for a decade, and each cut pushes more people into cars "
    "they cannot really afford, which clogs the roads the buses share.",
    "The fix is not mysterious: frequent service, dedicated lanes and fares simple enough to "
    "explain in one sentence. Cities that did all three saw riders come back within two years.",
    "What is missing is the will to take road space from drivers, and that is a political "
    "choice, not an engineering problem.",
]


def article_markup(*, extra_before: str = "", paragraphs: list[str] = PARAGRAPHS) -> str:
    """The article's own paragraphs, as most outlets mark them up."""
    return extra_before + "".join(f"<p>{text}</p>\n" for text in paragraphs)


def expected_body(paragraphs: list[str] = PARAGRAPHS) -> str:
    return "\n\n".join(paragraphs)


def json_ld_page() -> str:
    """A large outlet's page: JSON-LD @graph with Person authors and an Organization publisher."""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>The bus is a political choice | The Harbour Herald</title>
<link rel="canonical" href="https://www.harbourherald.example.com/opinion/bus-choice?utm_source=tw">
<meta property="og:site_name" content="Harbour Herald Online">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@graph": [
  {{"@type": "Organization", "@id": "#org", "name": "The Harbour Herald"}},
  {{"@type": ["OpinionNewsArticle"], "headline": "The bus is a political choice",
    "datePublished": "2023-06-14T07:30:00+01:00", "dateModified": "2023-06-20T10:00:00+01:00",
    "author": [
      {{"@type": "Person", "name": "Amara Okafor",
        "description": "Amara Okafor chairs a riders' union."}},
      {{"@type": "Person", "name": "Tomás Ruiz"}}
    ],
    "publisher": {{"@id": "#org"}}}}
]}}
</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/opinion">Opinion</a></nav></header>
<main><article>
<h1>The bus is a political choice</h1>
<div class="byline">By Amara Okafor and Tomás Ruiz</div>
{article_markup()}
</article></main>
<aside class="related"><h2>More opinion</h2><time datetime="2019-02-01">1 Feb 2019</time></aside>
<footer><p>© 2023 The Harbour Herald. All rights reserved.</p></footer>
</body></html>"""


def meta_tags_page() -> str:
    """A small outlet's page: Open Graph and meta tags, no JSON-LD."""
    return f"""<html lang="en-US"><head>
<title>Why the bus matters - The Prairie Ledger</title>
<meta property="og:title" content="Why the bus matters">
<meta property="og:url" content="https://prairieledger.example.org/2021/03/why-the-bus-matters/">
<meta property="og:site_name" content="The Prairie Ledger">
<meta property="og:description" content="Cutting routes saves little and costs a lot.">
<meta name="author" content="Jane Doe, John Smith">
<meta property="article:published_time" content="2021-03-05T23:30:00-05:00">
</head><body>
<div id="content"><h1 class="entry-title">Why the bus matters</h1>
<div class="entry-content">{article_markup()}</div></div>
<div id="sidebar"><h3>Archives</h3><ul><li>March 2021</li></ul></div>
</body></html>"""


def undated_page() -> str:
    """No date stated anywhere for the article; a copyright year and a sidebar do mention years."""
    return f"""<html><head><title>Trees are infrastructure</title>
<meta property="og:url" content="https://www.greenstreets.example.net/columns/trees">
</head><body>
<article><h1>Trees are infrastructure</h1>
<p class="byline">By Priya Natarajan</p>
{article_markup()}
</article>
<div class="recommended"><time datetime="2015-07-04">July 4, 2015</time> Older column</div>
<footer>Copyright 2014 Green Streets. Site updated 2016.</footer>
</body></html>"""


def editorial_page() -> str:
    """An unsigned editorial: the byline names a role, not a person."""
    return f"""<html><head>
<meta property="og:title" content="Our view: fund the buses">
<meta property="og:url" content="https://valleytimes.example.com/opinion/editorials/fund-buses">
<meta name="author" content="Editorial Board">
<meta property="article:published_time" content="2022-11-02">
</head><body><article><h1>Our view: fund the buses</h1>
<p class="byline">By the Editorial Board</p>
{article_markup()}
</article></body></html>"""


def hostile_page() -> str:
    """Markup smuggled into the title and text, plus live script and event handlers."""
    return f"""<html><head>
<title>&lt;script&gt;alert("title")&lt;/script&gt; Buses &amp; bikes</title>
<script>document.title = "hijacked";</script>
</head><body><article>
<h1>&lt;img src=x onerror=alert(1)&gt; Buses &amp; bikes</h1>
{article_markup(paragraphs=PARAGRAPHS[:2])}
<p>People write &lt;script&gt;alert("body")&lt;/script&gt; in comments to test forms, and a
well-built site shows it as plain text, which is all this sentence is.</p>
<script>alert("live script")</script>
<p onclick="alert('click')">Nothing on this page should run, <img src="x"
onerror="alert('image')"> however it is marked up, because it is only ever stored as text.</p>
</article></body></html>"""


def test_json_ld_page_gives_stated_metadata_and_clean_paragraphs():
    article = read_html(json_ld_page(), file_name="herald.html")

    assert article.title == "The bus is a political choice"
    assert [(a.name, a.bio) for a in article.authors] == [
        ("Amara Okafor", "Amara Okafor chairs a riders' union."),
        ("Tomás Ruiz", ""),
    ]
    # The date as the page states it, in the page's own time zone; dateModified is ignored.
    assert (article.published_on, article.date_precision) == (date(2023, 6, 14), "day")
    assert article.publisher_name == "The Harbour Herald"
    assert article.publisher_domain == "harbourherald.example.com"
    assert article.source_url == "https://www.harbourherald.example.com/opinion/bus-choice"
    assert article.language == "en"
    assert article.body == expected_body()
    assert article.provenance["authors"] == {"source": "JSON-LD author", "inferred": False}
    assert article.provenance["published_on"]["source"] == "JSON-LD datePublished"
    assert article.provenance["publisher"] == {"source": "JSON-LD publisher", "inferred": False}
    assert article.provenance["source_url"]["source"] == "link rel=canonical"


def test_meta_tags_page_reads_open_graph_and_article_tags():
    article = read_html(meta_tags_page(), file_name="ledger.html")

    assert article.title == "Why the bus matters"
    assert article.provenance["title"]["source"] == "og:title"
    assert [a.name for a in article.authors] == ["Jane Doe", "John Smith"]
    assert article.provenance["authors"]["source"] == "meta author"
    # 23:30 in New York is already the 6th in UTC: the stated local date is what counts.
    assert (article.published_on, article.date_precision) == (date(2021, 3, 5), "day")
    assert article.provenance["published_on"]["source"] == "meta article:published_time"
    assert article.publisher_name == "The Prairie Ledger"
    assert article.source_url == "https://prairieledger.example.org/2021/03/why-the-bus-matters"
    assert article.standfirst == "Cutting routes saves little and costs a lot."
    assert article.body == expected_body()
    assert "Archives" not in article.body


def test_page_without_a_date_keeps_the_date_empty():
    article = read_html(undated_page(), file_name="trees.html")

    assert article.published_on is None
    assert article.date_precision == ""
    assert "published_on" not in article.provenance
    assert [a.name for a in article.authors] == ["Priya Natarajan"]
    assert article.provenance["authors"]["source"] == "byline"
    assert article.body == expected_body()


def test_todays_date_in_the_masthead_is_not_the_articles_date():
    page = f"""<html><body>
    <header class="masthead"><time datetime="2024-03-05">Tuesday, March 5, 2024</time></header>
    <div class="post"><h1>Trees are infrastructure</h1>{article_markup()}</div>
    </body></html>"""
    article = read_html(page, file_name="masthead.html")

    assert article.published_on is None


def test_json_ld_article_nested_in_a_web_page_is_found():
    page = f"""<html><head><script type="application/ld+json">
    {{"@type": "WebPage", "mainEntity": {{"@type": "NewsArticle", "headline": "Trees, again",
      "datePublished": "2020-05", "author": {{"@type": "Person", "name": "Priya Natarajan"}}}}}}
    </script></head><body><div class="post">{article_markup()}</div></body></html>"""
    article = read_html(page, file_name="nested.html")

    assert article.title == "Trees, again"
    assert (article.published_on, article.date_precision) == (date(2020, 5, 1), "month")
    assert [a.name for a in article.authors] == ["Priya Natarajan"]


def test_publisher_known_only_from_the_url_is_marked_inferred():
    article = read_html(undated_page(), file_name="trees.html")

    assert article.publisher_name == "greenstreets.example.net"
    assert article.publisher_domain == "greenstreets.example.net"
    assert article.provenance["publisher"] == {"source": "URL domain (inferred)", "inferred": True}


def test_editorial_byline_gives_no_authors():
    article = read_html(editorial_page(), file_name="editorial.html")

    assert article.authors == []
    assert "authors" not in article.provenance
    assert (article.published_on, article.date_precision) == (date(2022, 11, 2), "day")
    assert article.body == expected_body()


def test_markup_in_title_and_text_is_kept_as_literal_text_and_never_as_elements():
    article = read_html(hostile_page(), file_name="hostile.html")

    # Escaped markup is text the page shows, so it is stored as those characters.
    assert article.title == "<img src=x onerror=alert(1)> Buses & bikes"
    assert '<script>alert("body")</script>' in article.body
    # Real elements are markup, not text: scripts and handlers leave nothing behind.
    assert "live script" not in article.body
    assert "hijacked" not in article.body
    assert "alert('image')" not in article.body
    assert "alert('click')" not in article.body
    assert "Nothing on this page should run, however it is marked up" in article.body


def test_title_falls_back_to_the_title_element_and_is_stored_literally():
    page = hostile_page().replace("<h1>", "<div>").replace("</h1>", "</div>")
    article = read_html(page, file_name="hostile.html")

    assert article.title.startswith('<script>alert("title")</script>')
    assert "hijacked" not in article.title


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ('<p class="dateline">March 2021</p>', (date(2021, 3, 1), "month")),
        ("<p>Published 5 March 2021, updated 9 March 2021</p>", (date(2021, 3, 5), "day")),
        ('<span class="post-date">Updated Jan. 3, 2020</span>', (None, "")),
        ('<p><time datetime="2020-02-29T08:00">Feb 29</time></p>', (date(2020, 2, 29), "day")),
        ("<p>In 2021 about 5 March people rode the bus.</p>", (None, "")),
    ],
)
def test_visible_datelines_give_the_stated_precision(dateline, expected):
    page = f"""<html><body><article><h1>Buses again</h1>{dateline}
    {article_markup()}</article></body></html>"""
    article = read_html(page, file_name="dateline.html")

    assert (article.published_on, article.date_precision) == expected


def test_opening_prose_is_not_mistaken_for_a_byline_or_dateline():
    # "commentary" and "has-sidebar" classes must not hide the article from the metadata search.
    page = f"""<html><body class="has-sidebar"><div class="commentary">
    <article class="commentary-piece"><h1>Buses again</h1>
    <p>By Jane Doe</p>
    <p>Published Tuesday 5 March 2021, 09:00 GMT</p>
    <p>By the time the council voted, most riders had given up.</p>
    <p>On 9 March 2021 the council voted anyway.</p>
    {article_markup()}</article></div></body></html>"""
    article = read_html(page, file_name="commentary.html")

    assert article.body == expected_body(
        [
            "By the time the council voted, most riders had given up.",
            "On 9 March 2021 the council voted anyway.",
            *PARAGRAPHS,
        ]
    )
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert (article.published_on, article.date_precision) == (date(2021, 3, 5), "day")
    assert article.provenance["published_on"]["source"] == "dateline"


def test_site_name_is_cut_from_the_title_element():
    page = f"""<html><head><title>Buses again – The Prairie Ledger</title>
    <meta property="og:site_name" content="The Prairie Ledger"></head>
    <body><div class="post">{article_markup()}</div></body></html>"""
    article = read_html(page, file_name="ledger.html")

    assert article.title == "Buses again"
    assert article.provenance["title"]["source"] == "<title>"


def test_date_in_the_url_path_is_marked_inferred():
    page = f"""<html><head>
    <link rel="canonical" href="https://citypaper.example.com/2019/08/21/buses-again/">
    </head><body><article><h1>Buses again</h1>{article_markup()}</article></body></html>"""
    article = read_html(page, file_name="citypaper.html")

    assert (article.published_on, article.date_precision) == (date(2019, 8, 21), "day")
    assert article.provenance["published_on"] == {"source": "URL path (inferred)", "inferred": True}


def test_only_http_urls_are_kept():
    page = f"""<html><head>
    <link rel="canonical" href="javascript:alert(1)">
    <meta property="og:url" content="ftp://files.example.com/opinion.html">
    </head><body><article><h1>Buses again</h1>{article_markup()}</article></body></html>"""
    article = read_html(page, file_name="odd-urls.html")

    assert article.source_url is None
    assert article.publisher_name == ""
    assert "source_url" not in article.provenance


def test_standfirst_that_only_repeats_the_opening_is_dropped():
    page = f"""<html><head>
    <meta property="og:description" content="{PARAGRAPHS[0][:40]}...">
    </head><body><article><h1>Buses again</h1>{article_markup()}</article></body></html>"""
    article = read_html(page, file_name="excerpt.html")

    assert article.standfirst == ""


def test_paragraphs_split_by_double_line_breaks_are_separate_paragraphs():
    page = f"""<html><body><article><h1>Buses again</h1>
    <div class="story">{"<br><br>".join(PARAGRAPHS)}</div></article></body></html>"""
    article = read_html(page, file_name="breaks.html")

    assert article.body == expected_body()


def test_xml_declaration_and_charset_do_not_garble_decoded_text():
    page = '<?xml version="1.0" encoding="iso-8859-1"?>\n' + meta_tags_page().replace(
        "Why the bus matters", "Pourquoi le bus compte — Zoë"
    )
    article = read_html(page, file_name="declared.html")

    assert article.title == "Pourquoi le bus compte — Zoë"


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   \n ",
        "<html><head><title>Nothing here</title></head><body></body></html>",
        "<html><body><nav>Home</nav><footer>© 2020</footer></body></html>",
    ],
)
def test_page_without_article_text_is_rejected(page):
    with pytest.raises(CaptureError, match="no article text found"):
        read_html(page, file_name="empty.html")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Doe and John Smith", [("Jane Doe", ""), ("John Smith", "")]),
        (
            "Jane Doe, John Smith and Ana de la Cruz",
            [("Jane Doe", ""), ("John Smith", ""), ("Ana de la Cruz", "")],
        ),
        ("Jane Doe & Li Wei", [("Jane Doe", ""), ("Li Wei", "")]),
        ("Doe, Jane", [("Jane Doe", "")]),
        (
            "Jane Doe, a professor of law at Yale and Columbia",
            [("Jane Doe", "a professor of law at Yale and Columbia")],
        ),
        ("Martin Luther King, Jr.", [("Martin Luther King, Jr.", "")]),
        ("By Jane Doe | March 5, 2021", [("Jane Doe", "")]),
        ("Jane Doe, Opinion contributor", [("Jane Doe", "")]),
        ("王小明", [("王小明", "")]),
        ("Editorial", []),
        ("Opinion", []),
        ("Staff", []),
        ("By The Editors", []),
        ("The Editorial Board", []),
        ("Valley Times Editorial Board", []),
        ("The Valley Times", []),
    ],
)
def test_bylines_split_into_people(byline, expected):
    authors = split_byline(byline, publisher="The Valley Times")

    assert [(author.name, author.bio) for author in authors] == expected
