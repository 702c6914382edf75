"""The capture worker: django-tasks' database worker, with heartbeats, recovery and polling.

The loop that claims and runs tasks is django-tasks-db's own (`db_worker`). Beside it a
housekeeping thread, with its own database connection, beats while tasks run (a long fetch does
not make a worker look dead), and every half worker-timeout retries the captures of dead workers
(articles/capture/recovery.py) and, unless ARCHIVE_WORKER_POLLS_SOURCES is off, queues the polls of
sources that are due. Recovery also runs once at start-up, before the first task is claimed.
"""

import logging
import threading

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django_tasks_db.management.commands.db_worker import Worker

from articles.capture import recovery
from articles.capture.sources import queue_due_polls

logger = logging.getLogger(__name__)


def housekeep(worker_id: str, *, starting: bool = False) -> None:
    """One pass of what every worker does beside running tasks."""
    found = recovery.recover_lost_captures(starting_worker=worker_id if starting else "")
    if found.retried or found.given_up:
        logger.info(
            "Recovered lost captures: %d queued again, %d given up",
            len(found.retried),
            len(found.given_up),
        )
    if settings.ARCHIVE_WORKER_POLLS_SOURCES:
        queued = queue_due_polls()
        if queued:
            logger.info("Queued the polls of %d due sources", queued)


class CaptureWorker(Worker):
    """A db_worker that registers itself, beats, and recovers what dead workers left."""

    def run(self) -> None:
        recovery.register_worker(self.worker_id)
        housekeep(self.worker_id, starting=True)
        stop = threading.Event()
        thread = threading.Thread(
            target=self._housekeeping_loop, args=(stop,), name="capture-housekeeping", daemon=True
        )
        thread.start()
        try:
            super().run()
        finally:
            stop.set()
            thread.join(timeout=settings.ARCHIVE_WORKER_HEARTBEAT + 5)
            recovery.unregister_worker(self.worker_id)

    def _housekeeping_loop(self, stop: threading.Event) -> None:
        heartbeat = max(settings.ARCHIVE_WORKER_HEARTBEAT, 0.1)
        every = max(1, round(settings.ARCHIVE_WORKER_TIMEOUT / 2 / heartbeat))
        beats = 0
        try:
            while not stop.wait(heartbeat):
                beats += 1
                try:
                    recovery.beat(self.worker_id)
                    if beats % every == 0:
                        housekeep(self.worker_id)
                except DatabaseError:
                    # A busy or briefly unreachable database: the next beat tries again.
                    logger.exception("Worker %s: housekeeping failed", self.worker_id)
                    close_old_connections()
        finally:
            connection.close()
