"""The reader site in a real headless Chromium: the reading path, the keyboard, axe-core.

Needs the system Chromium, Playwright and axe-core (see tests/browser). Without them these tests
are skipped with the reason, except with CI=true, where they fail instead.
"""

import os
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from django.db import connections
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.search import update_search_index
from tests.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    focused,
    require_browser,
    screenshot,
    serious_violations,
    tab_to,
)
from tests.factories import make_capture, make_hostile_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ATOM = "{http://www.w3.org/2005/Atom}"
WIDTHS = {"phone": 360, "desktop": 1280}

pytestmark = pytest.mark.browser
# The live server needs committed rows; the starter topic vocabulary (a data migration) is
# restored for each test because flushing the database after a test removes it.
live_db = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def browser(live_server, monkeypatch):
    """Headless Chromium for one test, entered after the test database is ready.

    Per test, not per module: code inside Playwright's synchronous context sees its own Django
    connection objects (they are context-local), and the test database's set-up and restore
    must run on the ordinary ones.
    """
    require_browser()
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API keeps an event loop running in this thread, which makes
    # Django refuse ORM calls from the test itself; the calls are synchronous, so allow them.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
            connections.close_all()  # those opened inside Playwright's context


@pytest.fixture
def seeds():
    require_browser()  # before importing anything, when the tests cannot run anyway
    call_command("import_articles", str(SEEDS), verbosity=0)
    return Article.objects.published().with_related()


@pytest.fixture
def open_page(browser, live_server):
    """Open a page of the live server: open_page(path, width=…, scheme=…, javascript=…)."""
    contexts = []

    def open_(path="/", *, width=1280, scheme="light", javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            color_scheme=scheme,
            java_script_enabled=javascript,
            base_url=live_server.url,
        )
        contexts.append(context)
        page = context.new_page()
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(path)
        return page

    yield open_
    for context in contexts:
        context.close()


def heading(page) -> str:
    return page.locator("h1").inner_text().strip()


def parse_feed(page, href: str) -> ElementTree.Element:
    response = page.request.get(href)
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.body())
    assert feed.tag == f"{ATOM}feed"
    return feed


# --- The reading path ------------------------------------------------------------------------------
@live_db
def test_browse_filter_search_read_follow_author_and_open_a_feed(seeds, open_page):
    page = open_page("/")
    assert heading(page) == "Op-ed commentary, archived and searchable"
    screenshot(page, "path-1-home")

    page.get_by_role("region", name="Most used topics").get_by_role("link", name="Russia").click()
    page.wait_for_url("**/topics/russia/")
    assert heading(page) == "Russia"
    assert "5 articles in the archive" in page.locator(".entity-count").inner_text()

    page.get_by_label("Search within these articles").fill("sanctions")
    page.get_by_role("search", name="Search and filter these articles").get_by_role(
        "button", name="Search", exact=True
    ).click()
    page.wait_for_url(
        lambda url: url.endswith("/topics/russia/?q=sanctions")
    )  # site.js drops empty fields
    results = page.locator(".results .card-title a")
    assert results.count() == 4
    assert page.locator(".results mark").count() >= 4
    screenshot(page, "path-2-topic-search")

    title = results.first.inner_text()
    results.first.click()
    assert heading(page) == title
    article = Article.objects.get(title=title)
    assert page.locator("script[type='application/ld+json']").count() == 1

    author = article.ordered_authors[0]
    page.locator(".article-header .byline").get_by_role("link", name=author.name).click()
    page.wait_for_url(f"**{author.get_absolute_url()}")
    assert heading(page) == author.name
    screenshot(page, "path-3-author")

    feed_link = page.get_by_role("link", name=f"Atom feed for {author.name}")
    feed = parse_feed(page, feed_link.get_attribute("href"))
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert title in titles
    assert page.dialogs == []


@live_db
def test_keyboard_alone_browses_filters_searches_reads_and_cites(seeds, open_page):
    page = open_page("/")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])

    # The skip link comes first and moves focus to the main content.
    page.keyboard.press("Tab")
    skip = focused(page)
    assert skip["className"] == "skip-link" and skip["visible"] and skip["outline"]
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"

    # Browse: from the home page to the list of articles.
    tab_to(page, lambda el: el["href"] == "/articles/" and el["text"] == "All articles")
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/")

    # Filter: open the filter panel and choose a topic.
    tab_to(page, lambda el: el["tag"] == "summary" and el["text"].startswith("Filters"))
    page.keyboard.press("Enter")
    tab_to(page, lambda el: el["name"] == "topic")
    page.keyboard.type("russia")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url.endswith("/articles/?topic=russia"))
    assert page.locator(".results .card-title a").count() == 5

    # Search within the filtered list.
    tab_to(page, lambda el: el["name"] == "q")
    page.keyboard.type("sanctions")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url.endswith("/articles/?q=sanctions&topic=russia"))
    assert page.locator(".results .card-title a").count() == 4

    # Read: the first result.
    first = page.locator(".results .card-title a").first
    title, href = first.inner_text(), first.get_attribute("href")
    tab_to(page, lambda el: el["href"] == href)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{href}")
    assert heading(page) == title

    # Cite: copy the APA citation, then download BibTeX.
    tab_to(page, lambda el: el["tag"] == "button" and el["text"] == "Copy")
    page.keyboard.press("Enter")
    page.locator("[data-copy-status]").filter(has_text="APA citation copied.").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("[data-copy-label='APA']").inner_text().strip()
    tab_to(page, lambda el: el["href"].endswith("/cite.bib"))
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    bibtex = Path(download.value.path()).read_text(encoding="utf-8")
    assert bibtex.startswith("@article{") and title.split()[0] in bibtex
    screenshot(page, "keyboard-cite")


@live_db
def test_everything_works_without_javascript(seeds, open_page):
    page = open_page("/", javascript=False)
    page.get_by_role("searchbox", name="Search the archive").fill("sanctions")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(lambda url: url.endswith("/articles/?q=sanctions"))
    page.get_by_text("Filters and order").click()
    page.get_by_label("Sort").select_option("oldest")
    page.get_by_label("Topic").fill("nato")
    page.get_by_role("button", name="Apply").click()
    # Without site.js the browser sends empty fields too; the filters read them as absent.
    page.wait_for_url(lambda url: "topic=nato" in url and url.endswith("&sort=oldest"))
    assert page.locator(".results .card-title a").count() == 2
    page.locator(".results .card-title a").first.click()
    assert page.locator(".copy-button").count() == 0  # added by site.js only
    assert page.get_by_role("link", name="BibTeX citation (.bib)").is_visible()


@pytest.fixture
def hostile():
    require_browser()
    article = make_hostile_article()
    update_search_index([article.pk])
    return article


@live_db
def test_hostile_text_never_runs_in_the_browser(hostile, open_page):
    article = hostile
    author = article.ordered_authors[0]
    page = open_page(article.get_absolute_url())
    assert "{{ 7|add:35 }}" in page.locator("h1").inner_text()  # shown, not evaluated
    for path in (
        "/",
        article.get_absolute_url(),
        reverse("articles:list") + "?q=hostile",
        author.get_absolute_url(),
        reverse("articles:list") + "?q=%3Cscript%3Ealert(9)%3C/script%3E&author=%22%3E%3Cb%3E",
    ):
        page.goto(path)
        page.wait_for_load_state("load")
        assert page.dialogs == [], path
        assert page.locator("img, main b").count() == 0, path
        inline = page.locator("script:not([src]):not([type='application/ld+json'])")
        assert inline.count() == 0, path


# --- Every page type: screenshots, no overflow, axe-core --------------------------------------------
def version_pages(article) -> dict[str, str]:
    """A second, edited capture of `article`, so its versions page shows a diff."""
    first = article.captures.get()
    edited = {**first.snapshot, "title": f"{first.snapshot['title']} (updated)"}
    edited["body"] = first.snapshot["body"].replace("Ukrainians", "the people of Ukraine", 3)
    make_capture(article, snapshot=edited, captured_at=timezone.now())
    return {
        "versions": reverse("articles:versions", kwargs={"slug": article.slug}),
        "version": reverse(
            "articles:version", kwargs={"slug": article.slug, "capture_id": first.pk}
        ),
    }


PAGE_TYPES = {
    "home": "/",
    "list": "/articles/",
    "search": "/articles/?q=sanctions&topic=russia&sort=newest",
    "empty-search": "/articles/?q=sanctoins",
    "detail": None,  # the seed with the most complete metadata
    "versions": None,  # its versions page, with a later capture that changed it
    "version": None,  # its first version's own address
    "author": "/authors/david-j-kramer/",
    "topic": "/topics/russia/",
    "publisher": "/publishers/the-kyiv-independent/",
    "authors": "/authors/",
    "topics": "/topics/",
    "publishers": "/publishers/",
    "not-found": "/no/such/page/",
}


@live_db
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_type_passes_axe_and_fits_a_phone(seeds, open_page, scheme):
    detail = seeds.get(slug="what-the-ukrainians-are-fighting-for-putin-russia")
    paths = {"detail": detail.get_absolute_url(), **version_pages(detail)}
    failures = []
    for device, width in WIDTHS.items():
        page = open_page("/", width=width, scheme=scheme)
        for name, path in PAGE_TYPES.items():
            response = page.goto(path or paths[name])
            assert response.status == (404 if name == "not-found" else 200), name
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                failures.append(f"{name} at {width}px scrolls sideways by {overflow}px")
            screenshot(page, f"{name}-{device}-{scheme}")
            failures += [f"{name} {device} {scheme}: {v}" for v in serious_violations(page)]
    assert not failures, "\n".join(failures)


def test_browser_requirements_are_reported_plainly(monkeypatch):
    from tests import browser as helpers

    monkeypatch.setattr(helpers, "CHROMIUM", Path("/nonexistent/chromium"))
    assert any("apt-get install chromium" in item for item in helpers.missing_requirements())
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        helpers.require_browser()
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="Chromium"):
        helpers.require_browser()
    assert os.environ.get("CI") == ""
