"""Assign topics from the vocabulary to an article by the phrases its title and body use."""

import re
from functools import lru_cache

from articles.models import Topic

# A title mention counts this many body mentions: headlines name what a piece is about.
TITLE_WEIGHT = 3
# Score needed to assign a topic: a title mention, or three mentions in the body. One passing
# mention ("neighbouring Belarus") is not what a piece is about.
THRESHOLD = 3


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern:
    words = r"\s+".join(re.escape(word) for word in phrase.lower().split())
    return re.compile(r"(?<!\w)" + words + r"(?:s|es)?(?!\w)")


def count_phrase(phrase: str, text: str) -> int:
    """Whole-word, case-insensitive occurrences of `phrase` in `text` (plural -s allowed)."""
    return len(_phrase_pattern(phrase).findall(text.lower()))


def topic_score(topic: Topic, title: str, body: str) -> int:
    phrases = topic.match_phrases or [topic.name]
    title, body = title.lower(), body.lower()
    title_hits = sum(len(_phrase_pattern(p).findall(title)) for p in phrases)
    body_hits = sum(len(_phrase_pattern(p).findall(body)) for p in phrases)
    return title_hits * TITLE_WEIGHT + body_hits


def match_topics(title: str, body: str, topics: list[Topic] | None = None) -> list[Topic]:
    """Topics whose phrases reach the threshold in this title and body."""
    if topics is None:
        topics = list(Topic.objects.all())
    return [t for t in topics if topic_score(t, title, body) >= THRESHOLD]
