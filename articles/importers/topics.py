"""Assign topics from the vocabulary to an article by the phrases its title and body use."""

import re
from functools import lru_cache

from articles.models import Topic

# A title mention counts this many body mentions: headlines name what a piece is about.
TITLE_WEIGHT = 3
# Score needed to assign a topic: a title mention, or three mentions in the body. One passing
# mention ("neighbouring Belarus") is not what a piece is about.
THRESHOLD = 3


def match_topics(title: str, body: str, topics: list[Topic] | None = None) -> list[Topic]:
    """Topics whose phrases reach the threshold in this title and body."""
    if topics is None:
        topics = list(Topic.objects.all())
    pattern, owners = _combined_pattern(
        tuple((topic.pk, tuple(topic.match_phrases or [topic.name])) for topic in topics)
    )
    scores: dict[int, int] = {}
    # One pass over each text for every phrase of every topic, not one pass per phrase.
    for text, weight in ((title.lower(), TITLE_WEIGHT), (body.lower(), 1)):
        for match in pattern.finditer(text):
            for pk in owners[" ".join(match.group(1).split())]:
                scores[pk] = scores.get(pk, 0) + weight
    return [topic for topic in topics if scores.get(topic.pk, 0) >= THRESHOLD]


@lru_cache(maxsize=32)
def _combined_pattern(
    vocabulary: tuple[tuple[int, tuple[str, ...]], ...],
) -> tuple[re.Pattern, dict[str, list[int]]]:
    owners: dict[str, list[int]] = {}
    for pk, phrases in vocabulary:
        for phrase in phrases:
            owners.setdefault(" ".join(phrase.lower().split()), []).append(pk)
    # Longest first, so "war crimes" wins over a shorter phrase at the same place.
    alternatives = sorted(owners, key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in alternatives) or "(?!)"
    return re.compile(r"(?<!\w)(" + words + r")(?:s|es)?(?!\w)"), owners
