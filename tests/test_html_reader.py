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


# --- Dates: every stated key, in a sensible order ----------------------------------------------


def dated_page(head: str = "", *, before_article: str = "", url: str = "") -> str:
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return f"""<html><head>{canonical}{head}</head><body>{before_article}
    <article><h1>Buses again</h1>{article_markup()}</article></body></html>"""


@pytest.mark.parametrize(
    ("head", "expected", "source"),
    [
        ('<meta property="article:published_time" content="2019-05-03T10:00:00+02:00">',
         (date(2019, 5, 3), "day"), "meta article:published_time"),
        ('<meta name="DC.date" content="2019-05-03">', (date(2019, 5, 3), "day"), "meta dc.date"),
        ('<meta name="DC.date.issued" content="2019-05">', (date(2019, 5, 1), "month"),
         "meta dc.date.issued"),
        ('<meta name="dcterms.created" content="2019">', (date(2019, 1, 1), "year"),
         "meta dcterms.created"),
        ('<meta name="dcterms.issued" content="2019-05-03">', (date(2019, 5, 3), "day"),
         "meta dcterms.issued"),
        ('<meta name="dcterms.date" content="2019-05-03">', (date(2019, 5, 3), "day"),
         "meta dcterms.date"),
        ('<meta name="citation_publication_date" content="2019/05/03">',
         (date(2019, 5, 3), "day"), "meta citation_publication_date"),
        ('<meta name="citation_date" content="2019/05">', (date(2019, 5, 1), "month"),
         "meta citation_date"),
        ('<meta name="citation_online_date" content="2019/05/03">', (date(2019, 5, 3), "day"),
         "meta citation_online_date"),
        ('<meta name="bepress_citation_date" content="2019">', (date(2019, 1, 1), "year"),
         "meta bepress_citation_date"),
        ('<meta name="bepress_citation_online_date" content="2019/05/03">',
         (date(2019, 5, 3), "day"), "meta bepress_citation_online_date"),
        ('<meta name="parsely-pub-date" content="2019-05-03T08:00:00Z">', (date(2019, 5, 3), "day"),
         "meta parsely-pub-date"),
        ('<meta name="sailthru.date" content="2019-05-03 08:00:00">', (date(2019, 5, 3), "day"),
         "meta sailthru.date"),
    ],
)  # fmt: skip
def test_every_stated_meta_date_key_is_read_with_its_precision(head, expected, source):
    article = read_html(dated_page(head), file_name="dated.html")

    assert (article.published_on, article.date_precision) == expected
    assert article.provenance["published_on"] == {"source": source, "inferred": False}


def json_ld_script(body: str) -> str:
    return f'<script type="application/ld+json">{body}</script>'


@pytest.mark.parametrize(
    "script",
    [
        # Wrapped in CDATA or an HTML comment, as many CMS templates still print it.
        '//<![CDATA[\n{"@type": "NewsArticle", "datePublished": "2018-11-24T18:42:00+01:00"}\n//]]>',
        '<!--\n{"@type": "NewsArticle", "datePublished": "2018-11-24"}\n-->',
        # A list of documents, and an @graph holding the article among other nodes.
        '[{"@type": "WebSite", "name": "X"}, {"@type": "Article", "datePublished": "2018-11-24"}]',
        '{"@graph": [{"@type": "Organization", "name": "X"},'
        ' {"@type": ["BlogPosting"], "datePublished": "2018-11-24"}]}',
        # A raw line break inside a string and a trailing comma: broken, but still readable.
        '{"@type": "NewsArticle", "headline": "Buses\nagain", "datePublished": "2018-11-24",}',
    ],
)
def test_json_ld_date_is_read_however_the_script_is_wrapped(script):
    article = read_html(dated_page(json_ld_script(script)), file_name="ld.html")

    assert (article.published_on, article.date_precision) == (date(2018, 11, 24), "day")
    assert article.provenance["published_on"]["source"] == "JSON-LD datePublished"


@pytest.mark.parametrize(
    ("markup", "source"),
    [
        ('<meta itemprop="datePublished" content="2018-11-24">', "meta datepublished"),
        ('<span itemprop="datePublished" content="2018-11-24">24 Nov</span>',
         "microdata datePublished"),
        ('<time itemprop="datePublished" datetime="2018-11-24T09:00">Saturday</time>',
         "microdata datePublished"),
        ('<time datetime="2018-11-24">24/11</time>', "<time datetime>"),
        ('<time pubdate datetime="2018-11-24">24/11</time><time datetime="2019-01-01">x</time>',
         "<time datetime> pubdate"),
        ("<time>24 novembre 2018 à 18:42</time>", "<time> text"),
    ],
)  # fmt: skip
def test_microdata_and_time_elements_give_the_date(markup, source):
    page = f"""<html lang="fr"><body><article><h1>Buses again</h1>{markup}
    {article_markup()}</article></body></html>"""
    article = read_html(page, file_name="microdata.html")

    assert (article.published_on, article.date_precision) == (date(2018, 11, 24), "day")
    assert article.provenance["published_on"]["source"] == source


def test_published_date_beats_modified_date_and_modified_alone_is_not_a_publication_date():
    both = dated_page(
        '<meta property="article:modified_time" content="2020-01-09">'
        '<meta property="article:published_time" content="2019-12-30">'
    )
    modified_only = dated_page(
        '<meta property="article:modified_time" content="2020-01-09">'
        + json_ld_script('{"@type": "NewsArticle", "dateModified": "2020-01-09"}')
    )

    assert read_html(both, file_name="both.html").published_on == date(2019, 12, 30)
    assert read_html(modified_only, file_name="modified.html").published_on is None


def test_stated_date_beats_the_print_date_in_the_url():
    page = dated_page(
        '<meta name="citation_publication_date" content="2019/08/20">',
        url="https://citypaper.example.com/print/2019/08/21/buses-again/",
    )
    article = read_html(page, file_name="print.html")

    assert article.published_on == date(2019, 8, 20)
    assert article.provenance["published_on"]["inferred"] is False


def test_date_printed_in_the_byline_is_read():
    page = f"""<html><body><article><h1>Buses again</h1>
    <p class="byline">By Jane Doe - 24 November 2018</p>{article_markup()}</article></body></html>"""
    article = read_html(page, file_name="byline-date.html")

    assert article.published_on == date(2018, 11, 24)
    assert [a.name for a in article.authors] == ["Jane Doe"]


# --- Authors: every stated name, in byline order -------------------------------------------------


def test_every_article_author_is_kept_and_profile_urls_are_not_names():
    page = dated_page(
        '<meta property="article:author" content="https://news.example.com/people/jane-doe">'
        '<meta property="article:author" content="Jane Doe">'
        '<meta property="article:author" content="Ana de la Cruz">'
    )
    article = read_html(page, file_name="authors.html")

    assert [a.name for a in article.authors] == ["Jane Doe", "Ana de la Cruz"]
    assert article.provenance["authors"] == {"source": "meta article:author", "inferred": False}


def test_author_known_only_from_a_profile_url_is_marked_inferred():
    page = dated_page(
        '<meta property="article:author" content="https://news.example.com/authors/ana-de-la-cruz/">'
    )
    article = read_html(page, file_name="profile.html")

    assert [a.name for a in article.authors] == ["Ana de la Cruz"]
    assert article.provenance["authors"]["inferred"] is True


def test_json_ld_authors_as_objects_lists_and_strings_skip_organisations():
    script = json_ld_script(
        '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"},'
        ' "John Smith and Li Wei", {"@type": "Organization", "name": "Harbour Herald Staff"},'
        ' {"@type": "Organization", "name": "Springfield Institute"}]}'
    )
    article = read_html(dated_page(script), file_name="ld-authors.html")

    assert [a.name for a in article.authors] == ["Jane Doe", "John Smith", "Li Wei"]


def test_citation_and_dublin_core_authors_are_merged_without_duplicates():
    page = dated_page(
        '<meta name="citation_author" content="Doe, Jane">'
        '<meta name="citation_author" content="Smith, John">'
        '<meta name="DC.creator" content="Jane Doe">'
    )
    article = read_html(page, file_name="citation.html")

    assert [a.name for a in article.authors] == ["Jane Doe", "John Smith"]
    assert article.provenance["authors"]["source"] == "meta citation_author, meta dc.creator"


def test_visible_byline_orders_the_metadata_authors_and_adds_the_missing_one():
    page = f"""<html><head>{json_ld_script('{"@type": "NewsArticle", "author": [{"name": "John Smith"}, {"name": "Jane Doe"}]}')}
    </head><body><article><h1>Buses again</h1>
    <p class="byline">By Jane Doe, John Smith and Ana de la Cruz</p>{article_markup()}
    </article></body></html>"""
    article = read_html(page, file_name="order.html")

    assert [a.name for a in article.authors] == ["Jane Doe", "John Smith", "Ana de la Cruz"]


def test_posted_by_line_and_author_page_links_name_the_author():
    posted = f"""<html><body><div class="post"><h1>Buses again</h1>
    <div class="entry-meta">Posted on 24 November 2018 by Jane Doe</div>
    {article_markup()}</div></body></html>"""
    linked = f"""<html><body><article><h1>Buses again</h1>
    <div class="meta"><a href="/authors/jane-doe/">Jane Doe</a> ·
    <a href="/authors/li-wei/">Li Wei</a></div>{article_markup()}</article></body></html>"""

    assert [a.name for a in read_html(posted, file_name="p.html").authors] == ["Jane Doe"]
    assert read_html(posted, file_name="p.html").published_on == date(2018, 11, 24)
    assert [a.name for a in read_html(linked, file_name="l.html").authors] == ["Jane Doe", "Li Wei"]


# --- Body: minified, table layout, bios, related and promotion blocks --------------------------


def minified_page() -> str:
    """One line of markup, most of it inline script and style; the article is a small share."""
    script = "".join(f"var m{i}=function(e,t){{return e&&t?e[t]:null}};" for i in range(400))
    style = "".join(f".c{i}{{margin:{i}px;padding:0 {i}px}}" for i in range(400))
    paragraphs = "".join(f'<p class="c7">{text}</p>' for text in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Buses again</title>"
        f"<style>{style}</style><script>{script}</script></head><body><div class='c1'>"
        "<a href='/'>Home</a><a href='/o'>Opinion</a></div><div class='c3'><h1>Buses again</h1>"
        f"<div class='c5'>By Jane Doe</div><div class='c6'>{paragraphs}</div></div>"
        f"<script>{script}</script></body></html>"
    )


def table_page(paragraphs: list[str] = PARAGRAPHS) -> str:
    """An old table layout: navigation cell, article cell with <br><br> paragraphs, no <p>."""
    text = "<br><br>\n".join(paragraphs)
    return f"""<html><head><title>Buses again</title></head><body>
    <table width="100%"><tr><td colspan="2"><a href="/">Home</a> | <a href="/op">Opinion</a></td></tr>
    <tr><td width="160" valign="top"><a href="/a">Archive</a><br><a href="/b">Letters</a><br></td>
    <td valign="top"><font size="5"><b>Buses again</b></font><br>
    <font size="2">By Jane Doe - March 5, 2021</font><br><br>
    <font face="Georgia">{text}</font></td></tr>
    <tr><td colspan="2"><font size="1">© 2021 The Prairie Ledger. All rights reserved.</font></td></tr>
    </table></body></html>"""


def test_minified_page_imports_its_article_text():
    from articles.importers.decoding import decode_capture

    page = minified_page()
    text, _encoding = decode_capture(page.encode("utf-8"))
    article = read_html(text, file_name="minified.html")

    assert article.body == expected_body()
    assert [a.name for a in article.authors] == ["Jane Doe"]


def test_table_layout_page_imports_its_article_text_and_byline():
    article = read_html(table_page(), file_name="table.html")

    assert article.body == expected_body()
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.published_on == date(2021, 3, 5)


def test_closing_bio_paragraph_leaves_the_body_and_becomes_the_authors_bio():
    bio = "Jane Doe is a professor of urban planning at the University of Leeds."
    page = f"""<html><head><meta name="author" content="Jane Doe"></head><body><article>
    <h1>Buses again</h1>{article_markup()}<p><em>{bio}</em></p></article></body></html>"""
    article = read_html(page, file_name="bio.html")

    assert article.body == expected_body()
    assert [(a.name, a.bio) for a in article.authors] == [("Jane Doe", bio)]
    assert {"index": 5, "text": bio, "label": "bio", "reason": "closing bio paragraph"} in (
        article.audit
    )


def test_author_named_only_in_a_closing_bio_paragraph_is_the_author():
    bio = "Claire Dubois est chercheuse associée à l'Institut des politiques urbaines."
    page = f"""<html lang="fr"><body><article><h1>Le bus</h1>{article_markup()}
    <p>{bio}</p></article></body></html>"""
    article = read_html(page, file_name="bio-only.html")

    assert [(a.name, a.bio) for a in article.authors] == [("Claire Dubois", bio)]
    assert article.provenance["authors"] == {"source": "closing bio paragraph", "inferred": False}
    assert bio not in article.body


def test_a_paragraph_about_someone_else_stays_in_the_body():
    # Not the stated author, and not at the end: ordinary article text.
    line = "Maria Lopez is a bus driver at the northern depot, and she has seen it all."
    page = f"""<html><head><meta name="author" content="Jane Doe"></head><body><article>
    <h1>Buses again</h1>{article_markup(paragraphs=[*PARAGRAPHS, line])}</article></body></html>"""
    article = read_html(page, file_name="not-bio.html")

    assert article.body == expected_body([*PARAGRAPHS, line])
    assert [(a.name, a.bio) for a in article.authors] == [("Jane Doe", "")]


def furnished_page() -> str:
    """The article among the furniture of a modern CMS page, inside and after <article>."""
    return f"""<html lang="en"><head><meta property="og:title" content="Buses again"></head>
<body><nav class="site-nav"><ul><li><a href="/">Home</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav>
<article><h1>Buses again</h1><p class="byline">By Jane Doe</p>
<figure><img src="/bus.jpg"><figcaption>Riders wait for the number 9 bus in the rain on Monday.
Photograph: Press Agency</figcaption></figure>
<div class="story-body">
<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>
<div class="nl-box"><h4>Get our opinion newsletter</h4>
<p>The week's sharpest arguments, delivered to your inbox every Friday morning.</p>
<form><input type="email"><button>Sign up</button></form></div>
<p>{PARAGRAPHS[2]}</p>
<div class="share-tools"><a href="#">Share this article</a></div>
<p>{PARAGRAPHS[3]}</p>
<h3>More from Jane Doe</h3>
<ul><li><a href="/1">Why the tram plan failed</a></li><li><a href="/2">Rents are a choice</a></li></ul>
</div></article>
<section class="comments"><h3>Comments (2)</h3>
<p>I have been saying this for years and nobody at the council listens to residents.</p>
<p>The author forgets that most of us drive because the buses never come on time.</p></section>
<div class="recommended"><h3>Recommended</h3><ul><li><a href="/3">Teachers deserve better</a>
<p>Class sizes have grown for the fifth year in a row, and nobody seems to mind.</p></li></ul></div>
<footer><p>© 2024 The Daily Meridian. All rights reserved.</p></footer></body></html>"""


def test_related_newsletter_share_comment_and_caption_blocks_stay_out_of_the_body():
    article = read_html(furnished_page(), file_name="furnished.html")

    assert article.body == expected_body()


def test_audit_labels_every_block_with_a_reason():
    article = read_html(furnished_page(), file_name="furnished.html")
    by_text = {entry["text"]: entry for entry in article.audit}

    assert [entry["index"] for entry in article.audit] == list(range(len(article.audit)))
    assert by_text["Buses again"]["label"] == "title"
    assert by_text["By Jane Doe"]["label"] == "byline"
    assert [by_text[text]["label"] for text in PARAGRAPHS] == ["body"] * 4
    assert by_text["Home"] == {**by_text["Home"], "label": "furniture", "reason": "navigation"}
    caption = next(text for text in by_text if text.startswith("Riders wait"))
    assert by_text[caption]["reason"] == "photo caption"
    newsletter = "The week's sharpest arguments, delivered to your inbox every Friday morning."
    assert by_text[newsletter]["reason"] == "newsletter box"
    assert by_text["More from Jane Doe"]["reason"] == "related-content block"
    comment = "I have been saying this for years and nobody at the council listens to residents."
    assert by_text[comment]["reason"] == "comments"
    assert all(entry["label"] in {"title", "byline", "date", "standfirst", "body", "bio", "meta",
                                  "furniture"} for entry in article.audit)  # fmt: skip


def test_corrections_force_a_block_into_the_body_in_page_order_or_out_of_it():
    from articles.importers.base import line_key

    comment = "I have been saying this for years and nobody at the council listens to residents."
    corrections = {line_key(comment): "body", line_key(f"  {PARAGRAPHS[1]} "): "furniture"}
    article = read_html(furnished_page(), file_name="furnished.html", corrections=corrections)

    assert article.body == expected_body([PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3], comment])
    labels = {entry["text"]: (entry["label"], entry["reason"]) for entry in article.audit}
    assert labels[comment] == ("body", "editor's correction")
    assert labels[PARAGRAPHS[1]] == ("furniture", "editor's correction")


def test_correction_can_empty_the_body_and_the_page_is_then_rejected():
    from articles.importers.base import line_key

    corrections = {line_key(text): "furniture" for text in PARAGRAPHS}
    with pytest.raises(CaptureError, match="no article text found"):
        read_html(json_ld_page(), file_name="herald.html", corrections=corrections)


# --- Section, genre and language ---------------------------------------------------------------


def test_stated_section_and_genre_are_read_with_provenance():
    article = read_html(json_ld_page(), file_name="herald.html")
    assert (article.genre, article.provenance["genre"]) == (
        "opinion",
        {"source": "JSON-LD @type opinionnewsarticle", "inferred": False},
    )

    page = dated_page(
        '<meta property="article:section" content="Letters">'
        + json_ld_script('{"@type": "ReportageNewsArticle", "genre": "Analysis"}')
    )
    article = read_html(page, file_name="section.html")
    assert article.section == "Letters"
    assert article.provenance["section"]["source"] == "meta article:section"
    assert article.genre == "analysis"


@pytest.mark.parametrize(
    ("ld_type", "genre"),
    [("ReviewNewsArticle", "review"), ("Review", "review"), ("AnalysisNewsArticle", "analysis"),
     ("ReportageNewsArticle", ""), ("NewsArticle", "")],
)  # fmt: skip
def test_json_ld_type_gives_only_our_genres(ld_type, genre):
    page = dated_page(json_ld_script(f'{{"@type": "{ld_type}", "headline": "Buses again"}}'))

    assert read_html(page, file_name="type.html").genre == genre


def test_kicker_element_is_the_section_and_not_the_title():
    page = f"""<html><body><article><p class="article__kicker">Tribune</p><h1>Le bus</h1>
    {article_markup()}</article></body></html>"""
    article = read_html(page, file_name="kicker.html")

    assert (article.section, article.title) == ("Tribune", "Le bus")
    assert article.provenance["section"]["source"] == "kicker"


@pytest.mark.parametrize(
    ("markup", "language", "source"),
    [
        ('<html lang="pt-BR"><head>', "pt", "html lang attribute"),
        ('<html><head><meta property="og:locale" content="de_DE">', "de", "og:locale"),
        ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
         '"inLanguage": "es-ES"}</script>', "es", "JSON-LD inLanguage"),
    ],
)  # fmt: skip
def test_stated_language_is_kept_with_its_source(markup, language, source):
    page = f"{markup}</head><body><article>{article_markup()}</article></body></html>"
    article = read_html(page, file_name="lang.html")

    assert article.language == language
    assert article.provenance["language"] == {"source": source, "inferred": False}


def test_language_not_stated_is_left_for_the_pipeline_to_detect():
    page = f"<html><body><article>{article_markup()}</article></body></html>"
    article = read_html(page, file_name="nolang.html")

    assert article.language == ""
    assert "language" not in article.provenance


def test_sentence_that_starts_like_a_furniture_label_stays_in_the_body():
    line = "Comments from the minister this week suggest the cuts will go ahead anyway."
    page = f"""<html><body><article><h1>Buses again</h1>
    {article_markup(paragraphs=[PARAGRAPHS[0], line, *PARAGRAPHS[1:]])}</article></body></html>"""
    article = read_html(page, file_name="sentence.html")

    assert article.body == expected_body([PARAGRAPHS[0], line, *PARAGRAPHS[1:]])


def test_pipeline_passes_corrections_to_the_html_reader():
    from articles.importers.base import line_key
    from articles.importers.pipeline import extract

    comment = "I have been saying this for years and nobody at the council listens to residents."
    article = extract(
        furnished_page(), fmt="html", file_name="f.html", corrections={line_key(comment): "body"}
    )

    assert article.body.endswith(comment)


# --- Through the importer, on the database -----------------------------------------------------


def test_minified_and_table_pages_import_with_their_text_and_audit(db, tmp_path):
    from articles.importers.pipeline import import_paths
    from articles.models import Article, Capture

    (tmp_path / "minified.html").write_text(minified_page(), encoding="utf-8")
    # Another article's text, so the two pages are two articles: each paragraph's words in
    # reverse order (the same paragraphs merely reordered would be nearly the same text, which
    # the importer treats as one article: see articles/importers/matching.py).
    table_paragraphs = [
        " ".join(reversed(p.rstrip(".").split())).capitalize() + "." for p in PARAGRAPHS
    ]
    (tmp_path / "table.html").write_text(table_page(table_paragraphs), encoding="utf-8")
    summary, _run = import_paths([tmp_path])

    assert summary.count("created") == 2, [r.error for r in summary.failures]
    for capture in Capture.objects.select_related("article"):
        paragraphs = table_paragraphs if capture.file_name.endswith("table.html") else PARAGRAPHS
        assert capture.article.body == expected_body(paragraphs)
        labels = [entry["label"] for entry in capture.extraction_audit]
        assert labels.count("body") == len(PARAGRAPHS)
        assert "furniture" in labels
    assert sorted(Article.objects.values_list("authors__name", flat=True)) == ["Jane Doe"] * 2


def test_page_of_symbols_is_still_rejected_while_its_markup_is_html(db, tmp_path):
    from articles.importers.pipeline import import_paths

    noise = "".join(chr(0x2500 + (i * 7) % 120) for i in range(4000))
    (tmp_path / "noise.html").write_text(f"<html><body><p>{noise}</p></body></html>")
    summary, _run = import_paths([tmp_path])

    assert [r.error for r in summary.failures] == [
        "does not look like text (decoded as utf-8: mostly symbols)"
    ]


# --- Headline furniture, standfirst, boxes, signatures, library-style metadata -----------------


def test_kicker_and_standfirst_around_the_headline_are_not_body():
    page = f"""<html><head><meta property="og:title" content="Le bus"></head><body><article>
    <p class="chapeu">Tribune · Transports</p><h1>Le bus</h1>
    <p class="article-dek">Why a timetable is a political document, and who pays for it.</p>
    {article_markup()}</article></body></html>"""
    article = read_html(page, file_name="dek.html")

    assert article.body == expected_body()
    assert article.standfirst == "Why a timetable is a political document, and who pays for it."
    assert article.provenance["standfirst"]["source"] == "standfirst element"


def test_box_named_by_its_heading_is_furniture_even_with_prose_inside():
    page = f"""<html><body><div id="main"><h1>Buses again</h1>
    <div id="text">{article_markup()}</div>
    <div id="cite"><h2>How to cite</h2><p>Jane Doe, "Buses again", The Prairie Ledger, issue 14,
    2021, pages 3 to 9, with a long list of further bibliographic details.</p></div>
    </div></body></html>"""
    article = read_html(page, file_name="cite.html")

    assert article.body == expected_body()
    reasons = {entry["text"][:12]: entry["reason"] for entry in article.audit}
    assert reasons["How to cite"] == reasons['Jane Doe, "B'] == "citation note"


def test_letter_signature_leaves_the_body_and_names_the_writer():
    page = f"""<html><head><meta property="og:title" content="Letter: keep the buses"></head>
    <body><article><h1>Letter: keep the buses</h1>{article_markup()}
    <p>Naomi Petrakis, Bozeman</p></article></body></html>"""
    article = read_html(page, file_name="letter.html")

    assert article.body == expected_body()
    assert [a.name for a in article.authors] == ["Naomi Petrakis"]
    assert article.provenance["authors"]["source"] == "letter signature"


def test_closing_line_that_is_not_a_name_stays_in_the_body():
    last = "Buses, trams and trains"
    page = f"""<html><body><article><h1>Buses again</h1>
    {article_markup(paragraphs=[*PARAGRAPHS, last])}</article></body></html>"""
    article = read_html(page, file_name="not-signature.html")

    assert article.body.endswith(last)
    assert article.authors == []


def test_dash_bio_of_a_stated_author_in_another_script_goes_to_the_bio():
    bio = "Мария Лебедева — эколог, координатор городского движения «Чистая Кама»."
    page = f"""<html lang="ru"><head><meta name="author" content="Мария Лебедева"></head>
    <body><article><h1>Мусор</h1>{article_markup()}<p>{bio}</p></article></body></html>"""
    article = read_html(page, file_name="ru.html")

    assert article.body == expected_body()
    assert [(a.name, a.bio) for a in article.authors] == [("Мария Лебедева", bio)]


def test_library_style_tags_give_authors_title_and_publisher():
    page = f"""<html><head><title>Cahiers - Analyses - Dix ans après</title>
    <meta name="citation_title" content="Dix ans après">
    <meta name="citation_author" content="Le Goff, Bastien">
    <meta name="citation_author" content="Dupont-Moreau, Hélène">
    <meta name="citation_journal_title" content="Cahiers de l'action locale">
    <meta name="citation_publication_date" content="2016/05/30">
    </head><body><div id="texte">{article_markup()}</div></body></html>"""
    article = read_html(page, file_name="journal.html")

    assert [a.name for a in article.authors] == ["Bastien Le Goff", "Hélène Dupont-Moreau"]
    assert (article.title, article.provenance["title"]["source"]) == (
        "Dix ans après",
        "meta citation_title",
    )
    assert article.publisher_name == "Cahiers de l'action locale"
    assert article.provenance["publisher"]["source"] == "meta citation_journal_title"
    assert article.published_on == date(2016, 5, 30)


def test_site_name_before_the_title_is_cut():
    page = f"""<html><head><title>The Prairie Ledger - Buses again</title>
    <meta property="og:site_name" content="The Prairie Ledger"></head>
    <body><div class="post">{article_markup()}</div></body></html>"""

    assert read_html(page, file_name="prefix.html").title == "Buses again"


def test_inline_furniture_lines_and_pull_quotes_leave_the_body():
    page = f"""<html><body><main><article><h1>Buses again</h1><p class="byline">By Jane Doe</p>
    <p class="reading-time">4 min read</p>
    <div class="body"><p>{PARAGRAPHS[0]}</p>
    <p class="credit">Photo: John Smith/Agency</p>
    <p>ADVERTISEMENT</p>
    <p><strong>Read also:</strong> <a href="/x">Why the tram plan failed and what it cost</a></p>
    <p>{PARAGRAPHS[1]}</p>
    <blockquote><p>Ridership has fallen for a decade</p></blockquote>
    <p>{PARAGRAPHS[2]}</p>
    <p><em>Editor's note: this article was updated to correct a figure.</em></p>
    <p>{PARAGRAPHS[3]}</p>
    <p>Topics: <a href="/t/1">Transport</a>, <a href="/t/2">Cities</a></p>
    <p>Follow Jane Doe on <a href="/tw">Twitter</a>.</p>
    <p>This article was originally published by The Valley Review.</p>
    </div></article></main></body></html>"""
    article = read_html(page, file_name="inline.html")

    assert article.body == expected_body()
    reasons = {entry["text"]: entry["reason"] for entry in article.audit}
    assert reasons["4 min read"] == "reading time"
    assert reasons["ADVERTISEMENT"] == "promotion"
    assert reasons["Ridership has fallen for a decade"] == "pull quote (repeats the text)"
    assert reasons["Follow Jane Doe on Twitter."] == "author promo"


def test_quoted_passage_that_repeats_nothing_stays_in_the_body():
    quote = "We will not cut a single route this year, whatever the budget says."
    paragraphs = [PARAGRAPHS[0], PARAGRAPHS[1], quote, PARAGRAPHS[2], PARAGRAPHS[3]]
    page = f"""<html><body><article><h1>Buses again</h1><p>{PARAGRAPHS[0]}</p>
    <p>{PARAGRAPHS[1]}</p><blockquote><p>{quote}</p></blockquote><p>{PARAGRAPHS[2]}</p>
    <p>{PARAGRAPHS[3]}</p></article></body></html>"""

    assert read_html(page, file_name="quote.html").body == expected_body(paragraphs)


def test_headline_and_byline_marked_as_furniture_name_nothing():
    from articles.importers.base import line_key

    page = f"""<html><body><article><h1>Subscribe to read more</h1>
    <p class="byline">By Jane Doe</p>{article_markup()}</article></body></html>"""
    corrections = {
        line_key("Subscribe to read more"): "furniture",
        line_key("By Jane Doe"): "furniture",
    }
    article = read_html(page, file_name="marked.html", corrections=corrections)

    assert (article.title, article.authors) == ("", [])
    assert article.body == expected_body()
    assert read_html(page, file_name="unmarked.html").title == "Subscribe to read more"


def test_link_heavy_prose_is_kept_and_a_row_of_links_is_not():
    linked = [
        " ".join(
            f'<a href="/w{i}">{word}</a>' if i % 3 else word for i, word in enumerate(p.split())
        )
        for p in PARAGRAPHS
    ]
    page = f"""<html><body><article><h1>Buses again</h1>{"".join(f"<p>{p}</p>" for p in linked)}
    <p><a href="/t/1">Transport</a> <a href="/t/2">Cities</a> <a href="/t/3">Budgets</a></p>
    </article></body></html>"""
    article = read_html(page, file_name="links.html")

    assert article.body == expected_body()


def test_summary_cards_between_sections_are_not_body():
    cards = '<div class="card"><a href="/c">Why the tram plan failed</a><span>A decade of promises.</span></div>'
    page = f"""<html><body><main><h1>Buses again</h1>
    <section><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></section>{cards}
    <section><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></section></main></body></html>"""

    assert read_html(page, file_name="cards.html").body == expected_body()
