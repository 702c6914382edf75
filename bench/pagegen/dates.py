"""Date lines as pages print them, per language: long and weekday forms, abbreviated months,
all-caps months, times in many notations, numeric and ISO forms, "Updated ..." lines."""

from __future__ import annotations

import random
from datetime import date, timedelta

from .languages import Language


def random_day(rng: random.Random) -> date:
    """A publication day between 2005 and 2025, more of them in recent years."""
    year = 2025 - int(rng.triangular(0, 21, 0))
    return date(year, 1, 1) + timedelta(days=rng.randrange(365))


def _fields(day: date, language: Language, rng: random.Random) -> dict:
    hour, minute = rng.randrange(24), rng.randrange(60)
    months = language.words("months")
    return {
        "weekday": language.words("weekdays")[day.weekday()],
        "Weekday": language.words("weekdays")[day.weekday()].capitalize(),
        "day": day.day,
        "day2": f"{day.day:02d}",
        "month": months[day.month - 1],
        "Month": months[day.month - 1].capitalize(),
        "MONTH": months[day.month - 1].upper(),
        "mon": language.words("month_abbr")[day.month - 1],
        "mnum": day.month,
        "mnum2": f"{day.month:02d}",
        "year": day.year,
        "hh": f"{hour:02d}",
        "mi": f"{minute:02d}",
        "h12": (hour % 12) or 12,
        "ampm": "PM" if hour >= 12 else "AM",
    }


def format_day(day: date, language: Language, rng: random.Random) -> str:
    """The day in one of the language's date forms (numeric forms only when unambiguous)."""
    forms = list(language.phrases("date_forms"))
    # Numeric day/month forms are unambiguous to a reader only when the day exceeds 12 (English
    # pages use both orders) or the language has a single order (the rest).
    if day.day > 12 or language.code != "en":
        forms += language.phrases("numeric_date_forms")
    return rng.choice(forms).format(**_fields(day, language, rng))


def date_line(day: date, language: Language, rng: random.Random) -> str:
    """A published-date line: the date, now and then with "Published ..." around it."""
    prefix = rng.choice(language.phrases("date_prefixes"))
    return prefix.format(date=format_day(day, language, rng))


def updated_line(day: date, language: Language, rng: random.Random) -> str:
    """An "Updated ..." line for a day a little after `day`."""
    later = day + timedelta(days=rng.randint(0, 12))
    return rng.choice(language.phrases("updated_forms")).format(
        date=format_day(later, language, rng)
    )
