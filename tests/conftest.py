import pytest


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Serve static files unhashed: the suite does not run collectstatic before each run."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def httpserver_listen_address():
    """The local test server at 127.0.0.1: the importer keeps only URLs whose host has a dot."""
    return ("127.0.0.1", 0)


@pytest.fixture
def web_capture(settings):
    """Capture from the tests' local server: loopback allowed, no politeness wait, robots.txt
    read afresh (the server's address is the same for the whole session, its answers are not)."""
    from django.core.cache import cache

    settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE = True
    settings.ARCHIVE_CAPTURE_HOST_DELAY = 0
    cache.clear()
    yield settings
    cache.clear()


@pytest.fixture
def capture_site(httpserver, web_capture):
    """The local test server as a site to capture: what a test does not serve answers 404, so a
    site without a robots.txt needs no handler for one."""
    httpserver.no_handler_status_code = 404
    yield httpserver
    httpserver.no_handler_status_code = 500


@pytest.fixture
def run_worker(monkeypatch):
    """Run every queued task in this process, as `capture_worker --batch` does, then stop."""
    from django_tasks_db.management.commands import db_worker

    from articles.capture.worker import CaptureWorker

    # The worker closes connections it finds in a transaction, as a worker's never is; the
    # test's is, and must stay open.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run(worker_id: str = "test-worker") -> None:
        CaptureWorker(
            queue_names=["default"],
            excluded_queue_names=[],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=worker_id,
        ).run()

    return run
