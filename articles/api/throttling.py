"""The API's anonymous rate limit: ARCHIVE_API_ANON_RATE requests per client address."""

import math

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import AnonRateThrottle


class AnonymousRateThrottle(AnonRateThrottle):
    """django-ninja's anonymous throttle with its rate read from the settings at each request,
    so "off" (the test suite) and a changed setting apply without rebuilding the API."""

    def __init__(self):
        # The parent reads a fixed rate here; ours is read in allow_request.
        self.rate, self.num_requests, self.duration = None, None, None

    def allow_request(self, request: HttpRequest) -> bool:
        rate = settings.ARCHIVE_API_ANON_RATE
        if rate == "off":
            return True
        self.rate = rate
        self.num_requests, self.duration = self.parse_rate(rate)
        return super().allow_request(request)

    def wait(self) -> float:
        """Seconds until the oldest request counted leaves the window, and one more may be made.

        The parent spreads the remaining window over the requests left, and gives no figure at
        all when none are left: a client told nothing would just retry at once.
        """
        if not self.history:
            return self.duration
        return max(1, math.ceil(self.duration - (self.now - self.history[-1])))


def throttled_message(wait: float | None) -> str:
    """The 429's explanation: the limit, and how long to wait."""
    seconds = math.ceil(wait) if wait else 1
    return (
        f"Too many requests: anonymous clients may make {settings.ARCHIVE_API_ANON_RATE} "
        f"requests. Try again in {seconds} second{'s' if seconds != 1 else ''} "
        "(see the Retry-After header)."
    )
