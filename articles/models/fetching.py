"""State the fetcher shares between processes: when each host may next be asked for a page."""

from django.db import models


class HostSlot(models.Model):
    """The earliest time the next request to one host may start (the politeness delay).

    A row rather than the cache: workers on several machines must wait for each other, and the
    default cache is per process (see articles/capture/politeness.py).
    """

    host = models.CharField(max_length=300, unique=True, help_text='"host:port" as requested.')
    next_request_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.host} (next request at {self.next_request_at:%Y-%m-%d %H:%M:%S})"
