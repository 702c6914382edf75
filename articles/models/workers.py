"""The background workers that are running, as their heartbeats say.

A worker killed mid-task (out of memory, SIGKILL, a machine lost) never marks its task finished.
Each capture worker records a heartbeat here while it runs, so any other worker can tell a task
that is still being worked on from one whose worker has gone silent, and retry the latter.
"""

from django.db import models


class CaptureWorker(models.Model):
    """One running `capture_worker` process, with the last time it said it was alive."""

    worker_id = models.CharField(max_length=64, unique=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    last_seen_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-last_seen_at"]

    def __str__(self) -> str:
        return f"{self.hostname}:{self.pid} ({self.worker_id[:8]})"
