"""Forms of the capture admin: URLs to add, and a source's settings."""

import datetime as dt
import re
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from articles.models import Source

MAX_URLS = 500
MIN_POLL_INTERVAL = dt.timedelta(minutes=5)
_validate_url = URLValidator(schemes=["http", "https"])


def url_problem(line: str) -> str:
    """Why `line` cannot be captured, or "" when it is a URL that can be."""
    if len(line) > 2000:
        return f"longer than 2,000 characters ({len(line):,})"
    scheme = urlsplit(line).scheme.lower()
    if scheme and scheme not in ("http", "https") and "://" in line:
        return f"only http and https addresses can be captured, not {scheme}:"
    try:
        _validate_url(line)
    except ValidationError:
        return "not a web address (it must start with http:// or https:// and name a host)"
    return ""


class AddByUrlForm(forms.Form):
    """One or many URLs to capture, one per line."""

    urls = forms.CharField(
        label="URLs",
        widget=forms.Textarea(attrs={"rows": 10, "cols": 90, "spellcheck": "false"}),
        help_text=f"One per line, at most {MAX_URLS}. Each is fetched by a background worker.",
    )
    ignore_robots = forms.BooleanField(
        label="Ignore robots.txt for this capture",
        required=False,
        help_text="Fetch these pages even where the site's robots.txt asks crawlers not to.",
    )

    def clean_urls(self):
        lines = list(dict.fromkeys(line.strip() for line in self.cleaned_data["urls"].splitlines()))
        lines = [line for line in lines if line]
        if not lines:
            raise ValidationError("Enter at least one URL.")
        if len(lines) > MAX_URLS:
            raise ValidationError(
                f"{len(lines):,} URLs: at most {MAX_URLS} at a time, submit the rest afterwards."
            )
        problems = [(line, url_problem(line)) for line in lines]
        self.valid_urls = [line for line, problem in problems if not problem]
        self.invalid_urls = [(line, problem) for line, problem in problems if problem]
        return lines


class SourceForm(forms.ModelForm):
    url = forms.URLField(
        label="URL",
        max_length=2000,
        assume_scheme="https",
        help_text="The feed (RSS or Atom) or sitemap address.",
    )

    class Meta:
        model = Source
        fields = [
            "name",
            "url",
            "kind",
            "publisher",
            "item_pattern",
            "active",
            "poll_interval",
            "recapture_interval",
            "respect_robots",
        ]
        help_texts = {
            "item_pattern": (
                "A regular expression searched for in each item's URL; only matching items "
                r"are captured (empty: all). Example: /opinion/ or ^https://example\.org/comment/"
            ),
            "poll_interval": "Days and hours:minutes:seconds, e.g. 01:00:00 for hourly.",
            "recapture_interval": "E.g. 7 00:00:00 to capture each article again every week.",
        }

    def clean_item_pattern(self):
        pattern = self.cleaned_data["item_pattern"].strip()
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValidationError(
                f"“{pattern}” is not a valid regular expression: {error}."
            ) from None
        return pattern

    def _at_least(self, name: str, minimum: dt.timedelta):
        value = self.cleaned_data[name]
        if value is not None and value < minimum:
            raise ValidationError(f"At least {minimum}: a source is not polled more often.")
        return value

    def clean_poll_interval(self):
        return self._at_least("poll_interval", MIN_POLL_INTERVAL)

    def clean_recapture_interval(self):
        return self._at_least("recapture_interval", MIN_POLL_INTERVAL)
