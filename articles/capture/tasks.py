"""Background capture: requests asked for by editors, commands and source polls, run by workers.

Fetching never runs inside a web request. `enqueue_capture` records a `CaptureRequest` and
enqueues a task for it in one transaction (the database backend keeps tasks in the same database,
so a worker sees both or neither). A worker (`manage.py capture_worker`) claims the task, fetches
and imports the page, and records what came of it on the request.

Each request knows its current task (`task_id`). Queueing a request again (the admin's "retry",
or recovery after a worker died: articles/capture/recovery.py) gives it a new task, and a task
that is no longer its request's current one does nothing: a request is carried out by one task
at a time, however many workers share the queue.
"""

from django.db import transaction
from django.utils import timezone
from django_tasks import TaskContext, task

from articles.models import Article, CaptureRequest, Source, SourceItem

State = CaptureRequest.State


def enqueue_capture(
    url: str, *, ignore_robots: bool = False, source=None, requested_by=None
) -> CaptureRequest:
    """Record a request to capture `url` and queue it for a worker; nothing is fetched here."""
    with transaction.atomic():
        request = CaptureRequest.objects.create(
            url=url, ignore_robots=ignore_robots, source=source, requested_by=requested_by
        )
        queue_request(request)
    return request


def queue_request(request: CaptureRequest, *, reset_attempts: bool = False) -> None:
    """Give `request` a new task and mark it queued; any task it had before stands down."""
    with transaction.atomic():
        result = run_capture_request.enqueue(request_id=request.pk)
        request.state = State.QUEUED
        request.task_id = str(result.id)
        request.finished_at = None
        fields = ["state", "task_id", "finished_at"]
        if reset_attempts:
            request.attempts = 0
            request.error = ""
            fields += ["attempts", "error"]
        request.save(update_fields=fields)


def retry_requests(requests) -> int:
    """Queue the given requests again with a fresh count of attempts; those queued are skipped."""
    retried = 0
    for request in requests:
        if request.state == State.QUEUED:
            continue
        queue_request(request, reset_attempts=True)
        retried += 1
    return retried


def _claim(request_id: int, task_id: str) -> CaptureRequest | None:
    """Mark the request running for this task; None when the task is no longer its current one."""
    now = timezone.now()
    with transaction.atomic():
        request = (
            CaptureRequest.objects.select_for_update()
            .filter(pk=request_id, task_id=task_id, state=State.QUEUED)
            .first()
        )
        if request is None:
            return None
        request.state = State.RUNNING
        request.attempts += 1
        request.started_at = now
        request.save(update_fields=["state", "attempts", "started_at"])
    return request


def _finish(request: CaptureRequest, task_id: str, *, outcome: str, error: str, slug: str) -> None:
    """Record what came of the request, unless another task has taken it over meanwhile."""
    article = Article.objects.filter(slug=slug).first() if slug else None
    now = timezone.now()
    with transaction.atomic():
        finished = CaptureRequest.objects.filter(
            pk=request.pk, task_id=task_id, state=State.RUNNING
        ).update(
            state=State.FAILED if outcome == "failed" else State.DONE,
            outcome=outcome,
            error=error,
            article=article,
            finished_at=now,
        )
        if finished and outcome != "failed" and request.source_id:
            SourceItem.objects.filter(source_id=request.source_id, url=request.url).update(
                last_captured_at=now
            )


@task(takes_context=True)
def run_capture_request(context: TaskContext, request_id: int) -> dict:
    """Fetch and import one capture request (run by a worker)."""
    from articles.capture.service import capture_url

    task_id = str(context.task_result.id)
    request = _claim(request_id, task_id)
    if request is None:
        return {"outcome": "superseded"}
    try:
        result = capture_url(
            request.url, ignore_robots=request.ignore_robots, request_id=request.pk
        )
    except Exception as exc:
        # capture_url reports a bad page or URL as a result; this is a fault of ours. The request
        # says so, and the task's own record keeps the traceback.
        _finish(request, task_id, outcome="failed", error=f"{request.url}: {exc!r}", slug="")
        raise
    _finish(request, task_id, outcome=result.outcome, error=result.error, slug=result.article_slug)
    return {"outcome": result.outcome, "article": result.article_slug, "error": result.error}


def enqueue_poll(source: Source) -> str:
    """Queue a poll of `source` for a worker; returns the task's id.

    The source's next poll moves to its next slot at once, so a worker looking for due sources
    meanwhile does not queue a second poll of it (the poll itself sets the slot again).
    """
    with transaction.atomic():
        source.next_poll_at = timezone.now() + source.poll_interval
        source.save(update_fields=["next_poll_at"])
        return str(poll_source_task.enqueue(source_id=source.pk).id)


@task()
def poll_source_task(source_id: int) -> str:
    """Poll one source (run by a worker): its outcome, as recorded on the source."""
    from articles.capture.sources import poll_source

    source = Source.objects.filter(pk=source_id, active=True).first()
    if source is None:
        return "source gone or inactive"
    return poll_source(source).outcome
