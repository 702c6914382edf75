"""JSON-LD as pages print it: wrapped in CDATA or comments, in lists and @graphs, often broken."""

import json
import re
from collections.abc import Iterator

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "opinionnewsarticle",
    "analysisnewsarticle",
    "backgroundnewsarticle",
    "reportagenewsarticle",
    "reviewnewsarticle",
    "review",
    "criticreview",
    "blogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "report",
}
# JSON-LD types that are themselves a genre of ours (ReportageNewsArticle is plain reporting).
GENRE_BY_TYPE = {
    "opinionnewsarticle": "opinion",
    "analysisnewsarticle": "analysis",
    "reviewnewsarticle": "review",
    "review": "review",
    "criticreview": "review",
}
_JSON_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


def load_json_ld(script: str):
    """Parse one JSON-LD script, tolerating CDATA and comment wrappers and raw control
    characters in strings; None when it is not JSON (broken JSON-LD is common)."""
    text = _JSON_WRAPPERS.sub("", script.strip()).strip()
    text = _JSON_WRAPPERS.sub("", text).strip()
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    try:
        # Trailing commas are the commonest hand-edited JSON-LD mistake.
        return json.loads(re.sub(r",\s*([}\]])", r"\1", text), strict=False)
    except ValueError:
        return None


def ld_types(node) -> set[str]:
    if not isinstance(node, dict):
        return set()
    types = node.get("@type")
    types = types if isinstance(types, list) else [types]
    return {t.lower().rsplit("/", 1)[-1] for t in types if isinstance(t, str)}


def walk_json_ld(data) -> Iterator[dict]:
    """Every JSON-LD node in a document, including those inside @graph lists."""
    if isinstance(data, list):
        for item in data:
            yield from walk_json_ld(item)
    elif isinstance(data, dict):
        yield data
        # An article is found at the top, in a @graph, or as the mainEntity of a WebPage node.
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from walk_json_ld(data[key])
