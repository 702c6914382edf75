"""Background capture: queued requests are carried out by a worker; a dead worker's are retried."""

import datetime as dt
import json
import signal
import subprocess
import threading
import time

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from pytest_httpserver import HTTPServer
from werkzeug import Response

from articles.capture import recovery
from articles.capture.tasks import enqueue_capture, queue_request
from articles.models import Article, Capture, CaptureRequest, CaptureWorker
from tests.capture_pages import op_ed_page
from tests.test_concurrent_import import database_url, manage

State = CaptureRequest.State


def serve_page(site, path="/opinion/bus-lanes", **page):
    site.expect_request(path).respond_with_data(op_ed_page(**page), content_type="text/html")
    return site.url_for(path)


def lose_worker(request: CaptureRequest, *, minutes_ago: int = 5) -> None:
    """Leave `request` as a worker killed mid-task leaves it: claimed, running, never finished."""
    started = timezone.now() - dt.timedelta(minutes=minutes_ago)
    DBTaskResult.objects.filter(pk=request.task_id).update(
        status=TaskResultStatus.RUNNING, started_at=started, worker_ids=["gone"]
    )
    CaptureRequest.objects.filter(pk=request.pk).update(
        state=State.RUNNING, attempts=request.attempts + 1, started_at=started
    )


def test_a_queued_capture_is_fetched_by_the_worker_not_when_it_is_queued(
    run_worker, db, capture_site
):
    url = serve_page(capture_site)

    request = enqueue_capture(url)

    # Queueing fetches nothing: the page is read by the worker.
    assert capture_site.log == []
    assert request.state == State.QUEUED and request.task_id
    run_worker()
    request.refresh_from_db()
    assert request.state == State.DONE
    assert request.outcome == "created"
    assert request.attempts == 1
    assert request.article.title == "Finish the bus lanes before drawing new ones"
    assert request.started_at <= request.finished_at
    assert Capture.objects.get(request=request).url == url


def test_a_page_that_cannot_be_captured_fails_its_request_with_the_reason(
    run_worker, db, capture_site
):
    missing = capture_site.url_for("/opinion/removed")

    request = enqueue_capture(missing)
    run_worker()

    request.refresh_from_db()
    assert request.state == State.FAILED
    assert request.outcome == "failed"
    assert request.error.startswith(missing) and "404" in request.error
    assert Article.objects.count() == 0


def test_a_request_queued_again_runs_once_and_its_old_task_stands_down(
    run_worker, db, capture_site
):
    url = serve_page(capture_site)
    request = enqueue_capture(url)
    old_task = request.task_id

    queue_request(request)  # e.g. an editor's retry while the first task still waits
    run_worker()

    request.refresh_from_db()
    assert request.task_id != old_task
    assert request.attempts == 1
    assert DBTaskResult.objects.get(pk=old_task).return_value == {"outcome": "superseded"}
    assert Capture.objects.filter(request=request).count() == 1


def test_recovery_requeues_the_capture_of_a_dead_worker_and_another_completes_it(
    run_worker, db, capture_site
):
    url = serve_page(capture_site)
    request = enqueue_capture(url)
    lose_worker(request)

    found = recovery.recover_lost_captures()

    assert found.retried == [request.pk]
    request.refresh_from_db()
    assert request.state == State.QUEUED
    assert "interrupted" in request.error
    lost = DBTaskResult.objects.exclude(pk=request.task_id).get()
    assert lost.status == TaskResultStatus.FAILED  # the dead worker's task is closed, with why
    assert "stopped" in lost.traceback
    run_worker()
    request.refresh_from_db()
    assert (request.state, request.attempts, request.error) == (State.DONE, 2, "")
    assert request.article is not None


def test_a_worker_restarted_under_the_same_id_retries_what_its_predecessor_left(
    run_worker, db, capture_site
):
    request = enqueue_capture(serve_page(capture_site))
    lose_worker(request)  # claimed by "gone", which is now starting again

    run_worker("gone")

    request.refresh_from_db()
    assert (request.state, request.attempts) == (State.DONE, 2)


def test_recovery_leaves_alone_the_task_of_a_worker_that_still_beats(db):
    request = enqueue_capture("https://opinion.example.org/slow")
    lose_worker(request)
    now = timezone.now()
    CaptureWorker.objects.create(
        worker_id="gone", hostname="here", pid=1, started_at=now, last_seen_at=now
    )

    assert recovery.recover_lost_captures().retried == []
    request.refresh_from_db()
    assert request.state == State.RUNNING


def test_recovery_gives_up_after_the_last_attempt_with_a_clear_error(db, settings):
    settings.ARCHIVE_CAPTURE_MAX_ATTEMPTS = 2
    request = enqueue_capture("https://opinion.example.org/too-slow")
    request.attempts = 1
    lose_worker(request)

    found = recovery.recover_lost_captures()

    assert found.given_up == [request.pk]
    request.refresh_from_db()
    assert request.state == State.FAILED
    assert request.error == (
        "https://opinion.example.org/too-slow: gave up after 2 attempts; the worker stopped "
        "during each one (the page may be too slow or too large to capture)."
    )


def test_a_worker_registers_while_it_runs_and_leaves_no_record_when_it_stops(run_worker, db):
    seen = []
    original = recovery.recover_lost_captures

    def spy(**kwargs):
        seen.append(list(CaptureWorker.objects.values_list("worker_id", flat=True)))
        return original(**kwargs)

    recovery.recover_lost_captures = spy
    try:
        run_worker("worker-a")
    finally:
        recovery.recover_lost_captures = original
    assert seen == [["worker-a"]]  # registered before recovery ran at start-up
    assert not CaptureWorker.objects.exists()


# --- A real worker process, killed mid-capture -------------------------------------------------
WORKER_ENV = {
    "ARCHIVE_CAPTURE_ALLOW_PRIVATE": "1",
    "ARCHIVE_CAPTURE_HOST_DELAY": "0",
    # Short beats and timeout so the test sees the dead worker's capture retried in seconds.
    "ARCHIVE_WORKER_HEARTBEAT": "0.5",
    "ARCHIVE_WORKER_TIMEOUT": "3",
}
REQUEST_STATE = (
    "import json; from articles.models import Article, Capture, CaptureRequest; "
    "r = CaptureRequest.objects.get(); "
    "print(json.dumps({'state': r.state, 'attempts': r.attempts, 'outcome': r.outcome, "
    "'error': r.error, 'articles': Article.objects.count(), "
    "'captures': Capture.objects.count()}))"
)


def shell(url: str, code: str) -> str:
    process = manage(url, "shell", "-c", code)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out.strip().splitlines()[-1]


def start_worker(url: str) -> subprocess.Popen:
    return manage(url, "capture_worker", "--interval", "0.2", "--no-startup-delay")


@pytest.fixture
def slow_then_fast_site():
    """A page whose first fetch hangs (the worker is killed meanwhile); later fetches answer."""
    arrived, release = threading.Event(), threading.Event()
    calls = []

    def page(request):
        calls.append(request.path)
        if len(calls) == 1:
            arrived.set()
            release.wait(60)
        return Response(op_ed_page(), content_type="text/html")

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.no_handler_status_code = 404  # no robots.txt
    server.expect_request("/opinion/bus-lanes").respond_with_handler(page)
    server.start()
    yield server, arrived, calls
    release.set()
    server.clear()
    server.stop()


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_capture_leaves_no_article_and_another_worker_retries_it(
    tmp_path, monkeypatch, slow_then_fast_site
):
    server, arrived, calls = slow_then_fast_site
    for name, value in WORKER_ENV.items():
        monkeypatch.setenv(name, value)
    url = database_url(tmp_path)
    page_url = server.url_for("/opinion/bus-lanes")
    shell(url, f"from articles.capture.tasks import enqueue_capture; enqueue_capture({page_url!r})")

    first = start_worker(url)
    try:
        assert arrived.wait(60), "the first worker never fetched the page"
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)

    state = json.loads(shell(url, REQUEST_STATE))
    assert state["state"] == "running" and state["attempts"] == 1
    assert state["articles"] == 0 and state["captures"] == 0  # nothing half-imported

    second = start_worker(url)
    try:
        deadline = time.monotonic() + 90
        while state["state"] != "done" and time.monotonic() < deadline:
            time.sleep(1)
            state = json.loads(shell(url, REQUEST_STATE))
    finally:
        second.send_signal(signal.SIGTERM)
        second.communicate(timeout=30)
    assert state == {
        "state": "done",
        "attempts": 2,
        "outcome": "created",
        "error": "",
        "articles": 1,
        "captures": 1,
    }
    assert calls == ["/opinion/bus-lanes", "/opinion/bus-lanes"]
