"""Wait between two requests to one host, across every process that fetches.

Each request first books the host's next free turn in a `HostSlot` row, under a row lock on
PostgreSQL, and then sleeps until that turn: two workers (on one machine or several) asking the
same outlet at once get turns one delay apart instead of both going now. A table and not the
cache framework, because the default cache lives in one process and the delay must hold across
workers; the cost is one short transaction per request, nothing next to the fetch itself. On
SQLite (one machine, development) two processes booking at the very same instant may share a
turn: the row lock is PostgreSQL's.
"""

import datetime as dt
import time

from django.db import transaction
from django.utils import timezone

from articles.models import HostSlot


def book_turn(host: str, delay: float) -> float:
    """Book the next request to `host`; returns how many seconds to wait before sending it."""
    if delay <= 0:
        return 0.0
    with transaction.atomic():
        now = timezone.now()
        slot, _ = HostSlot.objects.select_for_update().get_or_create(
            host=host[:300], defaults={"next_request_at": now}
        )
        turn = max(now, slot.next_request_at)
        slot.next_request_at = turn + dt.timedelta(seconds=delay)
        slot.save(update_fields=["next_request_at"])
    return (turn - now).total_seconds()


def wait_for_turn(host: str, delay: float) -> float:
    """Book the next request to `host` and sleep until it may go; returns the seconds waited."""
    wait = book_turn(host, delay)
    if wait > 0:
        time.sleep(wait)
    return wait
