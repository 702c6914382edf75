"""Workers' heartbeats, and recovery of the captures a dead worker left running.

django-tasks' database backend claims a task by marking it RUNNING (SELECT ... FOR UPDATE SKIP
LOCKED on PostgreSQL, so workers on several machines never claim the same task). A worker that is
killed mid-task never marks it finished, and nothing would ever run it again. So each capture
worker beats (`CaptureWorker.last_seen_at`) while it runs, and every worker, at start-up and
then periodically, looks for capture tasks still RUNNING whose worker has been silent for longer
than ARCHIVE_WORKER_TIMEOUT: such a task is marked failed ("worker lost") and its request queued
again with a new task, until ARCHIVE_CAPTURE_MAX_ATTEMPTS attempts have been made.

The import of a capture is one transaction, so a worker killed mid-task has left no partial
article behind: the retry starts from scratch. Two workers recovering at once cannot both
retry one task: each locks the task's row (skipping rows another holds) and re-checks that it is
still RUNNING before touching it.
"""

import datetime as dt
import logging
import os
import socket
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from articles.capture.tasks import queue_request, run_capture_request
from articles.models import CaptureRequest, CaptureWorker

logger = logging.getLogger(__name__)
# Rows of workers stopped or dead for this long are removed.
FORGET_WORKERS_AFTER = dt.timedelta(days=1)


@dataclass
class Recovery:
    """What one recovery pass did."""

    retried: list[int]  # capture requests queued again
    given_up: list[int]  # capture requests that had used all their attempts


def register_worker(worker_id: str) -> None:
    """Record a worker that starts (or beat again if it is known)."""
    now = timezone.now()
    CaptureWorker.objects.update_or_create(
        worker_id=worker_id,
        defaults={
            "hostname": socket.gethostname()[:255],
            "pid": os.getpid(),
            "started_at": now,
            "last_seen_at": now,
        },
    )


def beat(worker_id: str) -> None:
    """Say the worker is alive."""
    CaptureWorker.objects.filter(worker_id=worker_id).update(last_seen_at=timezone.now())


def unregister_worker(worker_id: str) -> None:
    """Remove the record of a worker that stops cleanly."""
    CaptureWorker.objects.filter(worker_id=worker_id).delete()


def live_worker_ids(now: dt.datetime) -> set[str]:
    """Workers that have beaten within the timeout."""
    since = now - dt.timedelta(seconds=settings.ARCHIVE_WORKER_TIMEOUT)
    return set(
        CaptureWorker.objects.filter(last_seen_at__gte=since).values_list("worker_id", flat=True)
    )


def recover_lost_captures(*, now: dt.datetime | None = None, starting_worker: str = "") -> Recovery:
    """Retry (or give up on) capture tasks left RUNNING by a worker that is no longer alive.

    `starting_worker` is the id of a worker that is starting: tasks claimed under its id belong
    to an earlier process that used the same --worker-id, and are lost.
    """
    now = now or timezone.now()
    recovery = Recovery(retried=[], given_up=[])
    live = live_worker_ids(now) - {starting_worker}
    # A task claimed moments ago may belong to a worker whose first beat is not visible yet.
    claimed_before = now - dt.timedelta(seconds=settings.ARCHIVE_WORKER_TIMEOUT)
    candidates = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING,
        task_path=run_capture_request.module_path,
        started_at__lt=claimed_before,
    ).values_list("pk", "worker_ids")
    for pk, worker_ids in list(candidates):
        if worker_ids and worker_ids[-1] in live:
            continue
        _recover_task(pk, worker_ids[-1] if worker_ids else "", now, recovery)
    _recover_orphaned_requests(now, recovery)
    forget_dead_workers(now)
    return recovery


def _recover_orphaned_requests(now: dt.datetime, recovery: Recovery) -> None:
    """Requests still RUNNING whose task has ended without saying so (interrupted by a signal)."""
    running = CaptureRequest.objects.filter(
        state=CaptureRequest.State.RUNNING, started_at__lt=now
    ).values_list("task_id", flat=True)
    ended = DBTaskResult.objects.filter(
        pk__in=[task_id for task_id in running if task_id],
        status__in=[TaskResultStatus.FAILED, TaskResultStatus.SUCCESSFUL],
    ).values_list("pk", "worker_ids")
    for pk, worker_ids in list(ended):
        with transaction.atomic():
            _retry_or_give_up(str(pk), worker_ids[-1] if worker_ids else "", now, recovery)


def _recover_task(pk, worker_id: str, now: dt.datetime, recovery: Recovery) -> None:
    with transaction.atomic():
        task_row = (
            DBTaskResult.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, status=TaskResultStatus.RUNNING)
            .first()
        )
        if task_row is None:  # finished meanwhile, or another worker is recovering it
            return
        task_row.status = TaskResultStatus.FAILED
        task_row.finished_at = now
        task_row.exception_class_path = "articles.capture.recovery.WorkerLost"
        task_row.traceback = f"Worker {worker_id or '(unknown)'} stopped during this task."
        task_row.save(update_fields=["status", "finished_at", "exception_class_path", "traceback"])
        _retry_or_give_up(str(pk), worker_id, now, recovery)


def _retry_or_give_up(task_id: str, worker_id: str, now: dt.datetime, recovery: Recovery) -> None:
    """Queue the request of a lost task again, or fail it once it has used its attempts."""
    request = (
        CaptureRequest.objects.select_for_update(skip_locked=True)
        .filter(task_id=task_id, state=CaptureRequest.State.RUNNING)
        .first()
    )
    if request is None:
        return
    limit = settings.ARCHIVE_CAPTURE_MAX_ATTEMPTS
    if request.attempts >= limit:
        request.state = CaptureRequest.State.FAILED
        request.outcome = "failed"
        request.error = (
            f"{request.url}: gave up after {request.attempts} attempts; the worker stopped "
            "during each one (the page may be too slow or too large to capture)."
        )
        request.finished_at = now
        request.save(update_fields=["state", "outcome", "error", "finished_at"])
        recovery.given_up.append(request.pk)
        logger.warning("Capture request %s: %s", request.pk, request.error)
    else:
        request.error = f"Attempt {request.attempts} was interrupted: the worker stopped."
        request.save(update_fields=["error"])
        queue_request(request)
        recovery.retried.append(request.pk)
        logger.warning(
            "Capture request %s (%s): worker %s stopped during attempt %s; queued again.",
            request.pk,
            request.url,
            worker_id,
            request.attempts,
        )


def forget_dead_workers(now: dt.datetime) -> None:
    CaptureWorker.objects.filter(last_seen_at__lt=now - FORGET_WORKERS_AFTER).delete()
