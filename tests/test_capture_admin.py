"""The capture admin: editors add pages by URL and manage sources; workers do the fetching."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from articles.capture.tasks import enqueue_capture
from articles.models import Article, CaptureRequest, Source
from tests.capture_pages import op_ed_page

ADD_BY_URL = "admin:articles_capturerequest_add_by_url"


@pytest.fixture
def editor_client(client, db):
    editor = User.objects.create_user("eda", password="a-long-editor-password", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def serve_op_ed(site, path: str, title: str) -> str:
    # Each page its own address and text: two pages, two articles.
    body = [f"{title}: an argument made at some length, with reasons, for page {path}."] * 3
    page = op_ed_page(title, canonical=f"https://opinion.example.org{path}", body=body)
    site.expect_request(path).respond_with_data(page, content_type="text/html")
    return site.url_for(path)


def test_add_by_url_queues_the_pages_and_the_worker_captures_them(
    editor_client, capture_site, run_worker
):
    first = serve_op_ed(capture_site, "/opinion/one", "Finish the bus lanes first")
    second = serve_op_ed(capture_site, "/opinion/two", "Libraries need longer hours")

    response = editor_client.post(reverse(ADD_BY_URL), {"urls": f"{first}\n\n  {second}  \n"})

    assert response.status_code == 302
    assert response.url == reverse("admin:articles_capturerequest_changelist")
    assert capture_site.log == []  # nothing fetched inside the request
    assert set(CaptureRequest.objects.values_list("url", "state")) == {
        (first, "queued"),
        (second, "queued"),
    }
    run_worker()
    assert set(Article.objects.values_list("title", flat=True)) == {
        "Finish the bus lanes first",
        "Libraries need longer hours",
    }
    listing = editor_client.get(response.url)
    assert listing.content.decode().count("Done") >= 2


def test_invalid_lines_are_listed_back_with_the_reason_and_the_valid_ones_still_queued(
    editor_client, db
):
    page = editor_client.get(reverse(ADD_BY_URL)).content.decode()
    assert "Ignore robots.txt for this capture" in page
    valid = "https://opinion.example.org/2024/05/02/bus-lanes"
    data = {"urls": f"{valid}\nftp://files.example.org/op-ed.txt\nnot a url at all"}

    response = editor_client.post(reverse(ADD_BY_URL), data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "2 lines could not be queued" in page
    assert "ftp://files.example.org/op-ed.txt</code>: only http and https addresses" in page
    assert "not a url at all</code>: not a web address" in page
    assert list(CaptureRequest.objects.values_list("url", flat=True)) == [valid]
    # The box keeps the lines to correct, not the URL already queued.
    assert response.context["form"].initial["urls"] == (
        "ftp://files.example.org/op-ed.txt\nnot a url at all"
    )


def test_a_hostile_line_is_shown_escaped(editor_client, db):
    response = editor_client.post(reverse(ADD_BY_URL), {"urls": "<script>alert(1)</script>"})

    assert "<script>alert(1)</script>" not in response.content.decode()
    assert "&lt;script&gt;" in response.content.decode()
    assert not CaptureRequest.objects.exists()


def test_ignoring_robots_txt_is_a_choice_made_for_that_capture(
    editor_client, capture_site, run_worker
):
    capture_site.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n")
    url = serve_op_ed(capture_site, "/opinion/blocked", "A page robots.txt keeps out")

    editor_client.post(reverse(ADD_BY_URL), {"urls": url, "ignore_robots": "on"})
    enqueue_capture(url)  # the same page asked for without the override
    run_worker()

    outcomes = dict(CaptureRequest.objects.values_list("ignore_robots", "state"))
    assert outcomes == {True: "done", False: "failed"}
    assert "robots.txt" in CaptureRequest.objects.get(ignore_robots=False).error


def test_the_request_list_links_add_by_url_and_the_retry_action_queues_again(
    editor_client, capture_site, run_worker
):
    url = capture_site.url_for("/opinion/later")
    request = enqueue_capture(url)
    run_worker()  # 404 the first time
    request.refresh_from_db()
    assert request.state == "failed"
    serve_op_ed(capture_site, "/opinion/later", "Published at last")
    changelist = reverse("admin:articles_capturerequest_changelist")
    assert reverse(ADD_BY_URL) in editor_client.get(changelist).content.decode()

    editor_client.post(changelist, {"action": "retry", "_selected_action": [request.pk]})
    run_worker()

    request.refresh_from_db()
    assert (request.state, request.attempts) == ("done", 1)
    assert request.article.title == "Published at last"


def test_capture_requests_are_records_editors_cannot_edit_or_delete(editor_client, db):
    request = enqueue_capture("https://opinion.example.org/piece")
    change = reverse("admin:articles_capturerequest_change", args=[request.pk])

    response = editor_client.post(change, {"url": "https://elsewhere.example.org/"})

    assert response.status_code == 403
    delete = reverse("admin:articles_capturerequest_delete", args=[request.pk])
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    assert CaptureRequest.objects.get().url == "https://opinion.example.org/piece"


def source_data(**fields) -> dict:
    data = {
        "name": "Example Gazette opinion",
        "url": "https://opinion.example.org/feed.xml",
        "kind": "feed",
        "item_pattern": "",
        "active": "on",
        "poll_interval": "01:00:00",
        "recapture_interval": "",
        "respect_robots": "on",
    }
    return {**data, **fields}


def test_an_editor_adds_a_source_and_a_bad_item_pattern_is_refused_by_name(editor_client):
    add = reverse("admin:articles_source_add")

    response = editor_client.post(add, source_data(item_pattern="/opinion/(\\d+"))

    assert response.status_code == 200
    assert "“/opinion/(\\d+” is not a valid regular expression" in response.content.decode()
    assert not Source.objects.exists()
    assert editor_client.post(add, source_data(item_pattern="/opinion/")).status_code == 302
    source = Source.objects.get()
    assert (source.item_pattern, source.poll_interval) == ("/opinion/", dt.timedelta(hours=1))


def test_poll_now_queues_a_poll_that_a_worker_then_carries_out(
    editor_client, capture_site, run_worker
):
    item = capture_site.url_for("/opinion/new-piece")
    capture_site.expect_request("/feed.xml").respond_with_data(
        f"<rss version='2.0'><channel><title>T</title><item><link>{item}</link></item>"
        "</channel></rss>",
        content_type="application/rss+xml",
    )
    source = Source.objects.create(name="Gazette", url=capture_site.url_for("/feed.xml"))
    changelist = reverse("admin:articles_source_changelist")

    response = editor_client.post(
        changelist, {"action": "poll_now", "_selected_action": [source.pk]}, follow=True
    )

    assert "Queued a poll of 1 source" in response.content.decode()
    assert capture_site.log == []  # the poll runs in the worker, not in the request
    assert DBTaskResult.objects.filter(task_path__endswith="poll_source_task").count() == 1
    run_worker()
    source.refresh_from_db()
    assert source.last_outcome == "1 new, 0 seen"
    assert CaptureRequest.objects.get().url == item
    assert "1 new, 0 seen" in editor_client.get(changelist).content.decode()
