"""Stage 2: score every line with the learned line model, then decode one article region.

The model (`line_model.json`, written by `bench/train_line_model.py` from a generated, labelled
corpus) is two logistic regressions over the line features: p(body) and p(title). Inference is
plain Python: a dot product and a sigmoid per line.

Decoding is context-sensitive, in the spirit of jusText: the article is the one contiguous run
of lines whose body scores add up best. A line scored as furniture inside the run costs a fixed
amount, so a share bar between two paragraphs is bridged, while a related-articles list after the
closing note is not reached. A closing cue (a link or copyright line, a disclaimer, a widget
heading) and a byline or date line end a run: the article never spans them.
"""

import json
import math
from functools import lru_cache
from pathlib import Path

from articles.importers.text.lines import CLOSING_CUES, FURNITURE_CUES, Line

MODEL_PATH = Path(__file__).with_name("line_model.json")
# What a furniture line inside the article costs the region, in log-odds.
_GAP_COST = 1.5
_FURNITURE_GAP_COST = 0.5
# Cues that cannot sit inside the article region.
_REGION_BREAKS = CLOSING_CUES | {"date", "byline"}


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The stored line model: {"features": [...], "body": {...}, "title": {...}}."""
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def probability(weights: dict, features: dict[str, float]) -> float:
    """p(label) of one line under one logistic model."""
    score = weights["bias"]
    for name, weight in weights["weights"].items():
        value = features.get(name)
        if value:
            score += weight * value
    return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))


def score_lines(lines: list[Line]) -> tuple[list[float], list[float]]:
    """p(body) and p(title) for every line."""
    model = load_model()
    body = [probability(model["body"], line.features) for line in lines]
    title = [probability(model["title"], line.features) for line in lines]
    return body, title


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def decode_region(
    lines: list[Line], p_body: list[float], *, first: int, forced: dict[int, str]
) -> tuple[int, int] | None:
    """(start, end) of the article region, end exclusive, or None when no line reads as body.

    `forced` maps line indexes an editor corrected to "body" or "furniture".
    """
    best: tuple[float, int, int] | None = None
    run_score, run_start = 0.0, first
    for index in range(first, len(lines)):
        line = lines[index]
        if forced.get(index) == "body":
            gain = 10.0
        elif line.cue in _REGION_BREAKS or forced.get(index) == "furniture":
            run_score, run_start = 0.0, index + 1
            continue
        elif line.cue in FURNITURE_CUES:
            # Its wording says what it is, so bridging it is cheap: a share bar, an advert or a
            # pull quote between paragraphs does not end the article.
            gain = -_FURNITURE_GAP_COST
        else:
            gain = max(_logit(p_body[index]), -_GAP_COST)
        if run_score <= 0:
            run_score, run_start = 0.0, index
        run_score += gain
        if gain > 0 and (best is None or run_score > best[0]):
            best = (run_score, run_start, index + 1)
    if best is None:
        return _most_likely_prose(lines, p_body, first, forced)
    start, end = best[1], best[2]
    # The first paragraph right under the byline or date line opens the article when the model
    # leans only slightly against it (a standfirst sits above the byline, not below).
    if (
        start - 1 > first
        and lines[start - 1].cue == "prose"
        and lines[start - 2].cue in ("date", "byline")
        and p_body[start - 1] >= 0.25
        and forced.get(start - 1) != "furniture"
    ):
        start -= 1
    # Revise the end by context: a short closing paragraph after a share bar still belongs to
    # the article when the model leans to body, as long as no closing cue intervenes.
    probe = end
    while probe < len(lines) and probe - end <= 3:
        line = lines[probe]
        if line.cue in _REGION_BREAKS or forced.get(probe) == "furniture":
            break
        if line.cue in FURNITURE_CUES:
            probe += 1
            continue
        sentence = line.cue == "prose" and line.words >= 10 and line.features["ends_sentence"]
        leaning = (
            p_body[probe] >= 0.5
            or (line.cue == "prose" and p_body[probe] >= 0.3)
            or (sentence and p_body[probe] >= 0.1)
        )
        if not leaning and forced.get(probe) != "body":
            break
        end = probe = probe + 1
    return start, end


def _most_likely_prose(
    lines: list[Line], p_body: list[float], first: int, forced: dict[int, str]
) -> tuple[int, int] | None:
    """When no line reads as body with confidence, the run of prose around the likeliest line:
    a page with paragraphs of prose is never rejected for want of an article."""
    prose = [
        line.index
        for line in lines[first:]
        if line.cue == "prose" and forced.get(line.index) != "furniture"
    ]
    if not prose:
        return None
    best = max(prose, key=lambda index: p_body[index])
    start = end = best
    while start - 1 >= first and lines[start - 1].cue == "prose" and p_body[start - 1] >= 0.1:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].cue == "prose" and p_body[end + 1] >= 0.1:
        end += 1
    return start, end + 1


def body_lines(
    lines: list[Line], p_body: list[float], region: tuple[int, int], forced: dict[int, str]
) -> list[int]:
    """Indexes of the region's lines that are article text.

    Inside the region a line is body unless its wording makes it furniture or the model is
    fairly sure it is not text: a short sentence between paragraphs ("But it failed.") stays.
    """
    start, end = region
    kept = []
    for index in range(start, end):
        if forced.get(index) == "furniture":
            continue
        if forced.get(index) == "body":
            kept.append(index)
            continue
        line = lines[index]
        if line.cue in FURNITURE_CUES or line.cue in _REGION_BREAKS:
            continue
        if p_body[index] >= 0.5 or (p_body[index] >= 0.1 and line.cue in ("prose", "short")):
            kept.append(index)
    return kept
