"""The editorial admin in a real headless Chromium: an editor logs in and fixes a date.

Needs the system Chromium and Playwright (see tests/browser). Without them the test is skipped
with the reason, except with CI=true, where it fails instead.
"""

from datetime import date

import pytest
from django.contrib.auth.models import Group, User

from articles.models import Article
from articles.search import update_search_index
from tests.browser import CHROMIUM, CHROMIUM_ARGS, require_browser, screenshot
from tests.factories import make_article, make_author

pytestmark = pytest.mark.browser
PASSWORD = "a-long-editor-password"


@pytest.fixture
def chromium_page(live_server, monkeypatch):
    """A page in headless Chromium that records console errors and uncaught exceptions."""
    require_browser()
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API runs an event loop in this thread; the ORM calls made by the
    # test itself are synchronous, so Django may allow them.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}
        )
        page = context.new_page()
        page.errors = []
        page.on(
            "console",
            lambda message: message.type == "error" and page.errors.append(message.text),
        )
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        yield page
        browser.close()


# The live server needs committed rows; the Editors group and the topic vocabulary (data
# migrations) are restored for the test because flushing after a test removes them.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_editor_logs_in_and_fixes_a_date(chromium_page):
    page = chromium_page
    editor = User.objects.create_user("eda", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    article = make_article(
        "Winter in Kharkiv", published_on=None, authors=[make_author("Olha Tkachenko")]
    )
    update_search_index([article.pk])

    page.goto("/admin/")
    page.fill("#id_username", "eda")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")

    # From the review queue to the article missing its date.
    page.click("nav.archive-nav >> text=Review queue")
    page.click("table.review-counts >> text=No date")
    assert page.locator("#result_list").inner_text().count("Winter in Kharkiv") == 1
    page.click("#result_list >> text=Winter in Kharkiv")
    page.wait_for_selector("#id_published_on")
    assert page.locator(".datetimeshortcuts").count() >= 1  # the admin's date widget loaded
    page.fill("#id_published_on", "2023-01-14")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    screenshot(page, "admin-date-fixed")

    article.refresh_from_db()
    assert article.published_on == date(2023, 1, 14)
    assert article.date_precision == "day"
    assert article.locked_fields == ["published_on"]
    assert article.history.latest().history_user == editor
    assert not Article.objects.filter(pk=article.pk, published_on__isnull=True).exists()
    assert page.errors == []
