"""Stage 3c: the header above the article: headline, byline, date, standfirst, section.

The headline is the line the byline, date and standfirst cluster around: the header line the
title model scores highest above that cluster, never a line whose wording makes it furniture,
a date, a byline, a row of links or an outlet line.
"""

import re

from articles.importers.base import ExtractedArticle, ExtractedAuthor
from articles.importers.text import dates, people
from articles.importers.text.lines import CLOSING_CUES, FURNITURE_CUES, Line, name_line
from articles.importers.text.metadata import copyright_outlet, from_line_outlet
from articles.importers.text.vocabulary import DISCLAIMER_OUTLET, SECTION_LABELS

_TITLE_THRESHOLD = 0.5
_SITE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+(?:\||-|–|—|·|::|//)\s+(?P<suffix>[^|:]{2,40})$")
_SECTION_WORD = re.compile(r"^[^\W\d_][\w’' &/-]{1,30}:?$")


def read_header(
    header: list[Line], p_title: list[float], article: ExtractedArticle, audit: dict, page
) -> None:
    """Title, byline, date, standfirst and section from the lines above the article."""
    usable = [line for line in header if line.cue not in FURNITURE_CUES | CLOSING_CUES]
    # The headline sits right above the byline; a date may stand above or below it.
    bylines = [line.index for line in usable[-8:] if line.cue == "byline"]
    cluster = bylines or [line.index for line in usable[-8:] if line.cue == "date"]
    title_line = _pick_title(usable, p_title, min(cluster) if cluster else None)
    if title_line is None and cluster:
        # Some layouts print the byline above the headline: look below it, above the date.
        below = [line for line in usable if line.index > min(cluster)]
        dated = [line.index for line in below if line.cue == "date"]
        title_line = _pick_title(below, p_title, min(dated) if dated else None)
    elif title_line is not None and cluster:
        # A date line above the headline (newsletters, print views): a line under the cluster
        # the model is surer of than of the one above is the headline.
        below = [line for line in usable if line.index > max(cluster)]
        under = _pick_title(below, p_title, None)
        if under is not None and p_title[under.index] > p_title[title_line.index]:
            title_line = under
    anchor = title_line.index if title_line else (header[-1].index if header else 0)
    by_distance = sorted(usable, key=lambda line: (abs(line.index - anchor), -line.index))
    for line in by_distance:
        if line is title_line:
            continue
        if line.cue == "byline" and not article.authors:
            names = people.byline_names(line.text) or [name_line(line.text)]
            article.authors = [ExtractedAuthor(name) for name in names if name]
            article.note("authors", "byline line")
            audit[line.index] = ("byline", line.cue_reason)
            stated = dates.find_date(line.text)
            if stated and not article.published_on:
                article.published_on, article.date_precision = stated.date, stated.precision
                article.note("published_on", "date in the byline line")
                audit[line.index] = ("byline", "byline with its date")
        elif line.cue == "date" and not article.published_on:
            if title_line is not None and _in_dated_list(line, title_line, page):
                continue
            stated = dates.date_of_line(line.text)
            if stated:
                article.published_on, article.date_precision = stated.date, stated.precision
                article.note("published_on", "date line")
                audit[line.index] = ("date", "date line")
    if not article.authors and title_line is not None:
        # A name alone on a line just under the headline is its byline.
        for line in usable:
            if title_line.index < line.index <= title_line.index + 3 and line.index not in audit:
                names = people.byline_names(line.text) if line.cue == "short" else []
                if names:
                    article.authors = [ExtractedAuthor(name) for name in names]
                    article.note("authors", "name line under the headline")
                    audit[line.index] = ("byline", "name line under the headline")
                    break
    for line in header:
        if line.cue == "date" and line.index not in audit:
            audit[line.index] = ("meta", "another date line")
    if title_line is None:
        return
    _set_title(title_line, article, audit, page)
    _read_section(header, title_line, article, audit)
    _read_standfirst(usable, title_line, min(cluster) if cluster else None, article, audit)


def _in_dated_list(line: Line, title: Line, page: list[Line]) -> bool:
    """Whether a date line above the headline closes a list of dated items ("Most read": a
    title, its date, a title, its date …) rather than dating the article under it."""
    index = line.index
    if index > title.index:
        return False
    for step in (-2, 2):
        other, between = index + step, index + step // 2
        if (
            0 <= other < title.index
            and page[other].cue == "date"
            and page[between].cue not in ("date", "byline")
        ):
            return True
    return False


def _headline_shaped(line: Line) -> bool:
    if line.cue in ("date", "byline") or not 2 <= line.words <= 30:
        return False
    if line.words <= 3 and line.text.isupper():
        return False  # a kicker ("OPINION"), not a headline
    if from_line_outlet(line.text) or copyright_outlet(line.text):
        return False  # "Fuente: La Voz de Levante" names the outlet, not the piece
    return not line.features.get("link_row")  # a row of navigation links


def _pick_title(usable: list[Line], p_title: list[float], limit: int | None) -> Line | None:
    """The headline: above the byline and date it clusters with (a line below them is a share
    link, a caption or the standfirst, whatever its score). Of the well-scored lines, the one
    nearest that cluster, or the first of a run of them (headline, then standfirst)."""
    candidates = [
        line for line in usable if (limit is None or line.index < limit) and _headline_shaped(line)
    ]
    # A short label right above a longer headline-shaped line is its kicker ("Blog post").
    after = dict(zip((line.index for line in candidates), candidates[1:], strict=False))
    candidates = [
        line
        for line in candidates
        if not (
            line.words <= 3
            and line.index in after
            and after[line.index].index == line.index + 1
            and after[line.index].words >= 5
            and not after[line.index].text.endswith(".")  # a standfirst, not a headline
        )
    ]
    strong = [line for line in candidates if p_title[line.index] >= _TITLE_THRESHOLD]
    if strong:
        nearest = strong[-1] if limit is not None else None
        best = nearest or max(strong, key=lambda line: p_title[line.index])
        by_index = {line.index: line for line in strong}
        while best.index - 1 in by_index:
            best = by_index[best.index - 1]
        return best
    if limit is not None:
        # Weak scores, but headlines sit just above the cluster: the best of the nearest lines.
        near = [line for line in candidates if line.index >= limit - 3]
        near = [line for line in near if not line.text.endswith(".")]
        if near:
            best = max(near, key=lambda line: p_title[line.index])
            if p_title[best.index] >= 0.03:
                return best
    return None


def _read_standfirst(
    usable: list[Line], title: Line, limit: int | None, article: ExtractedArticle, audit: dict
) -> None:
    """The sentence between the headline and its byline or date (or, without those, the one
    right under the headline): a line further down is a caption or the text itself."""
    for line in usable:
        if line.index <= title.index or line.index in audit:
            continue
        if limit is None and line.index != title.index + 1:
            return
        if limit is not None and line.index >= limit:
            return
        if line.words < 8 or line.cue not in ("prose", "short"):
            continue
        # A standfirst is a sentence: a question or a fragment there is a second headline.
        if line.text.endswith("?") or not (line.text.endswith((".", "…", "!")) or line.words >= 16):
            continue
        if people.parse_bio_line(line.text) or dates.find_date(line.text):
            continue
        if line.features.get("link_row") or DISCLAIMER_OUTLET.search(line.text):
            continue  # a breadcrumb, or "This article first appeared in …"
        if limit is None and len(_SENTENCE_BREAK.findall(line.text)) > 1:
            return  # without a byline under it, a paragraph of sentences is the text itself
        article.standfirst = line.text
        article.note("standfirst", "line under headline")
        audit[line.index] = ("standfirst", "sentence under the headline")
        return


_SENTENCE_BREAK = re.compile(r"[.!?…](?:\s|$)")
_LABEL_PREFIX = re.compile(r"^(?P<label>[^\W\d_][\w’' -]{1,30}?)\s*[:|]\s+(?P<rest>\S.{8,})$")
_BYLINE_SUFFIX = re.compile(
    r"^(?P<title>.{12,}?)\s+(?P<byline>(?:by|di|par|por|von|de|da|від|от)\s+\S.+)$"
)
_CONJUNCTIONS = {"and", "et", "y", "e", "und", "ed", "і", "и", "та", "&", ","}


def _split_label(title: str, article: ExtractedArticle) -> str:
    """ "Letter: Keep the library open" -> section "Letter", title "Keep the library open"."""
    match = _LABEL_PREFIX.match(title)
    if match and match.group("label").casefold() in SECTION_LABELS:
        if not article.section:
            article.section = match.group("label")
            article.note("section", "label before the headline")
        return match.group("rest")
    return title


def _split_byline_suffix(title: str, article: ExtractedArticle) -> str:
    """ "Headline di Anna Rossi e Luca Neri": a byline run into the headline."""
    match = _BYLINE_SUFFIX.match(title)
    if not match:
        return title
    names = people.parse_byline(match.group("byline")) or []
    named = set(" ".join(names).casefold().split())
    rest = match.group("byline").split(maxsplit=1)[1].replace(",", " , ").casefold().split()
    # Only when the tail is names and nothing else: "A Season by Jane Doe – a
    # quiet novel" keeps its "by".
    if not names or not all(word in named or word in _CONJUNCTIONS for word in rest):
        return title
    if not article.authors:
        article.authors = [ExtractedAuthor(name) for name in names]
        article.note("authors", "byline after the headline")
    return match.group("title")


def _set_title(line: Line, article: ExtractedArticle, audit: dict, page: list[Line]) -> None:
    title = _split_byline_suffix(_split_label(line.text, article), article)
    named = people.named_headline(title)
    bylined = {author.name for author in article.authors}
    if named and (
        (bylined and named[0] not in bylined)
        or not any(other is not line and named[0] in other.text for other in page)
    ):
        # "Häuser Fabriken Schulen: …" reads like a name but the page names nobody so: a name
        # before a headline counts when the byline or a closing note names that person too.
        named = None
    if named:
        name, title = named
        if not article.authors:
            article.authors = [ExtractedAuthor(name)]
            article.note("authors", "name before headline")
    suffix = _SITE_SUFFIX.match(title)
    if suffix and len(suffix.group("suffix").split()) <= 4:
        label = suffix.group("suffix").strip()
        title = suffix.group("title")
        if len(label.split()) == 1 and not article.section:
            article.section = label
            article.note("section", "label after the headline")
        elif (
            2 <= len(label.split()) <= 4 and capitalised_name(label) and not article.publisher_name
        ):
            article.publisher_name = label  # "Headline - The Outlet": the site's name
            article.note("publisher", "site name after the headline")
    article.title = title.strip(" .")
    article.note("title", "headline line")
    audit[line.index] = ("title", "headline (classifier and its byline/date cluster)")


def _read_section(header: list[Line], title: Line, article: ExtractedArticle, audit) -> None:
    """A kicker right above the headline ("OPINION", "Tribune", "Meinung:") is its section."""
    above = [line for line in header if line.index < title.index]
    if not above or article.section:
        return
    kicker = above[-1]
    if kicker.index != title.index - 1 or kicker.words > 3 or kicker.cue != "short":
        return
    if not _SECTION_WORD.match(kicker.text):
        return
    if kicker.words > 1 and not kicker.text.isupper():
        return  # "The Daily Meridian" above the headline is a masthead, not a section
    label = kicker.text.rstrip(":")
    article.section = label.capitalize() if label.isupper() else label
    article.note("section", "kicker above the headline")
    audit[kicker.index] = ("meta", "kicker / section label")


def capitalised_name(text: str) -> bool:
    """Every word capitalised but short particles: "Le Petit Matin de Normandie"."""
    return all(
        word[:1].isupper() or len(word) <= 3 or (word[2:3].isupper() and word[1:2] in "'’")
        for word in text.split()
    )  # "L'Écho de l'Ouest": an elided article before a capital counts as capitalised
