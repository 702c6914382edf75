"""Stage 3b: the footer (outlet notices, source link, bios) and the values a dump only
implies (a title from the URL slug, the outlet from the URL's domain), marked inferred."""

import re

from articles.importers.base import ExtractedArticle, ExtractedAuthor
from articles.importers.normalize import domain_of, normalize_url
from articles.importers.text.lines import Line
from articles.importers.text.vocabulary import (
    BARE_URL_LINE,
    DISCLAIMER,
    DISCLAIMER_OUTLET,
    EDITORS_NOTE,
    LINK_LINE,
    SOCIAL_OR_DONATION_HOSTS,
)

_FROM_LINE = re.compile(
    r"^(?:from|source|fuente|quelle|fonte|джерело|источник|da|de|von|aus|з|из|"
    r"(?:originally|first) published (?:in|by|on)|publicado (?:originalmente )?en|"
    r"publicado (?:originalmente )?em|publié (?:à l'origine |initialement )?dans|paru dans|"
    r"(?:ursprünglich |zuerst )?erschienen in|"
    r"pubblicato (?:originariamente |per la prima volta )?su|"
    r"вперше опубліковано(?: в| у)?|впервые опубликовано(?: в)?|опубліковано в|опубликовано в)"
    r"\s*:\s*(?P<outlet>[^\s:/].{1,60})$",
    re.IGNORECASE,
)
_RIGHTS_RESERVED = re.compile(
    r"\b(?:all rights reserved|todos los derechos reservados|tous droits réservés|"
    r"alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|"
    r"(?:всі|усі) права захищен\w*|все права защищен\w*|wszelkie prawa zastrzeżone|"
    r"riproduzione riservata|reproducción reservada|reproduction interdite|droits réservés)\b.*$",
    re.IGNORECASE,
)
# A company's legal form after its name: "Media Ltd", "GmbH & Co. KG", "S.p.A.", "ТОВ".
_LEGAL_FORM = re.compile(
    r"(?:\s+(?:media|group|publishing|holdings?|verlag|éditions|ediciones|editora|editrice))?"
    r"(?:\s+|,\s*)(?:ltd|limited|inc|llc|plc|gmbh(?:\s*&\s*co\.?\s*kg)?|ag|kg|s\.?a\.?s?|"
    r"s\.?l\.?|s\.?p\.?a\.?|s\.?r\.?l\.?|sarl|b\.?v\.?|n\.?v\.?|ооо|тов)(?=\W|$)",
    re.IGNORECASE,
)
_SEGMENT_SEPARATOR = re.compile(r"\s+[·|•–—]\s+|\s+-\s+")
_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b")
_OUTLET_NAME = re.compile(r"^[^\W\d_][\w.&’' -]{1,60}$")


# Some word every copyright notice has; a line with none of them is not one (and costs nothing).
_NOTICE_HINTS = (
    "©", "(c)", "copyright", "rights", "reserv", "droits", "rechte", "diritti", "direitos",
    "права", "prawa", "riproduz", "reproduc",
)  # fmt: skip


def copyright_outlet(text: str) -> str:
    """The outlet a copyright line names: "© 2023 The Northern Ledger. All rights reserved.",
    "Outlet © 2022 - Tutti i diritti riservati", "© Outlet GmbH & Co. KG 2019",
    "Outlet - Todos os direitos reservados"."""
    lowered = text.lower()
    if len(text.split()) > 25 or not any(hint in lowered for hint in _NOTICE_HINTS):
        return ""
    segments = _SEGMENT_SEPARATOR.split(text)
    # A bare "© Agency" is a photo credit; a notice has a year, a rights phrase, a company's
    # legal form, or sits in a footer row of links.
    if not (
        _YEARS.search(text)
        or _RIGHTS_RESERVED.search(text)
        or _LEGAL_FORM.search(text)
        or len(segments) > 1
    ):
        return ""
    for position, segment in enumerate(segments):
        mark = _MARK.search(segment)
        if mark:
            before, after = segment[: mark.start()].strip(), segment[mark.end() :]
            if before and (mark.group().lower() == "copyright" or after.strip(" .©")[:1].isalpha()):
                continue  # "Letters to the Copyright Board …" is a sentence, not a notice
            name = _clean_outlet(before) or _clean_outlet(after)
            if not name and position and _LEGAL_FORM.search(segments[0]):
                # "Outlet Ltd · Privacy · © 2020": the company opens the footer row.
                name = _clean_outlet(segments[0])
        else:
            rights = _RIGHTS_RESERVED.search(segment)
            if not rights:
                continue
            # The outlet stands before the notice, in the same segment or the one before.
            stated = segment[: rights.start()] or (segments[position - 1] if position else "")
            name = "" if _MARK.search(stated) else _clean_outlet(stated)
        if name:
            return name
    return ""


def _clean_outlet(name: str) -> str:
    """An outlet's name out of a notice: no rights phrase, legal form, year or quotes."""
    name = _RIGHTS_RESERVED.sub("", name.replace("©", " "))
    name = re.sub(r"^\s*(?:copyright|\(c\))\s+", "", name, flags=re.IGNORECASE)
    name = _LEGAL_FORM.split(name, maxsplit=1)[0]  # the legal form ends the name
    name = re.split(r"\.\s", name + " ", maxsplit=1)[0]  # "… Ltd. Registered in …"
    name = _YEARS.sub(" ", name).strip(" .,:;-–«»“”\"'")
    name = " ".join(name.split())
    if _OUTLET_NAME.match(name) and len(name.split()) <= 7 and name[0].isupper():
        return name
    return ""


def from_line_outlet(text: str) -> str:
    """The outlet a "From: Outlet" line names, or ""."""
    match = _FROM_LINE.match(text)
    if not match or "http" in text or len(text.split()) > 10:
        return ""
    return match.group("outlet").strip(" .")


def read_footer(
    footer: list[Line], article: ExtractedArticle, bios: list[tuple[str, str]], audit: dict
) -> None:
    """Bio lines, the source link and the outlet from the notes below the article."""
    in_widget = False
    for line in footer:
        outlet = copyright_outlet(line.text)
        if outlet:
            if not article.publisher_name:
                article.publisher_name = outlet
                article.note("publisher", "copyright line")
            audit[line.index] = ("meta", "copyright line")
            continue
        if line.cue == "widget":
            in_widget = True  # what follows belongs to other articles, but for the page footer
        if in_widget:
            continue
        link = LINK_LINE.match(line.text) or BARE_URL_LINE.match(line.text)
        if link:
            url = normalize_url(link.group("url") or link.groupdict().get("labelled") or "")
            if url and article.source_url is None and not _social(url):
                article.source_url = url
                source = "LINK line" if LINK_LINE.match(line.text) else "URL line"
                article.note("source_url", source)
                audit[line.index] = ("meta", "source link")
            continue
        note = EDITORS_NOTE.match(line.text)
        if note:
            article.provenance["editors_note"] = {"source": "editor's note", "text": note["note"]}
            audit[line.index] = ("meta", "editor's note")
            continue
        outlet = DISCLAIMER_OUTLET.search(line.text) if len(line.text.split()) <= 60 else None
        if DISCLAIMER.search(line.text) or outlet:
            if outlet and not article.publisher_name:
                article.publisher_name = outlet.group("outlet").rstrip(".")
                article.note("publisher", "disclaimer")
            reason = "disclaimer" if DISCLAIMER.search(line.text) else "first published in"
            audit[line.index] = ("meta", reason)
            continue
        if line.cue == "pitch" and not article.publisher_name:
            outlet = _pitch_outlet(line.text)
            if outlet:
                article.publisher_name = outlet
                article.note("publisher", "donation banner")
    attach_bios(article, bios)


def _social(url: str) -> bool:
    return bool(SOCIAL_OR_DONATION_HOSTS.search(domain_of(url)))


def attach_bios(article: ExtractedArticle, bios: list[tuple[str, str]]) -> None:
    """Give each bylined author their closing bio; name the authors from it when unbylined."""
    if not bios:
        return
    by_name = {author.name.lower(): author for author in article.authors}
    if not article.authors:
        # An unbylined piece signed only by its closing note: the note names the author.
        article.authors = [ExtractedAuthor(name, bio) for name, bio in bios]
        article.note("authors", "closing bio note")
        return
    for name, bio in bios:
        author = by_name.get(name.lower())
        if author and not author.bio:
            author.bio = bio


def _pitch_outlet(text: str) -> str:
    """The outlet a fundraising pitch speaks for: "The Example Times doesn't depend on …"."""
    match = re.match(
        r"^(?P<outlet>(?:The )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4})"
        r" (?:doesn[’']t|does not|is|relies|depends|needs|has|exists|was founded|is funded)\b",
        text,
    )
    if not match:
        return ""
    outlet = match.group("outlet")
    if outlet.lower() in {"we", "it", "this", "the", "our"} or len(outlet) < 3:
        return ""
    return outlet


def fill_inferred(article: ExtractedArticle, paragraphs: list[str], others: list[Line]) -> None:
    """Values the dump does not state outright, each marked as inferred."""
    if not article.publisher_name and article.source_url:
        article.publisher_domain = domain_of(article.source_url)
        masthead = masthead_for(article.publisher_domain, others)
        if masthead:
            article.publisher_name = masthead
            article.note("publisher", "masthead matching the URL's domain")
        else:
            article.publisher_name = article.publisher_domain
            article.note("publisher", "URL domain (inferred)", inferred=True)
    elif article.publisher_name and article.source_url and not article.publisher_domain:
        # The masthead spelling the page's own domain: that domain is the outlet's.
        domain = domain_of(article.source_url)
        if masthead_for(domain, others) == article.publisher_name:
            article.publisher_domain = domain
    if article.publisher_name and re.fullmatch(r"[\w-]+(\.[\w-]+)+", article.publisher_name):
        article.publisher_domain = article.publisher_name.lower().removeprefix("www.")
    if not article.title and article.source_url:
        slug_title = title_from_url(article.source_url, article.body)
        if slug_title:
            article.title = slug_title
            article.note("title", "URL slug (inferred)", inferred=True)
    if not article.title:
        article.title = title_from_sentence(paragraphs[0])
        article.note("title", "first sentence (inferred)", inferred=True)


def masthead_for(domain: str, lines: list[Line]) -> str:
    """A short page line spelling the domain's name ("The Daily Meridian" for dailymeridian.com)."""
    labels = {label for label in domain.split(".") if len(label) > 3} - {"www", "news"}
    for line in lines:
        if line.words > 6 or line.cue in ("prose", "pitch", "credit"):
            continue
        squashed = re.sub(r"[^a-z0-9]", "", line.text.lower())
        if squashed in labels or squashed.removeprefix("the") in labels:
            return line.text.strip(" .")
    return ""


def title_from_url(url: str, body: str) -> str:
    """A readable title from a URL slug, capitalising words the way the body writes them."""
    path = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    path = re.sub(r"\.(?:html?|php|aspx?)$", "", path)
    words = [w for w in re.split(r"[-_]+", path) if w and not w.isdigit()]
    if len(words) < 3:
        return ""
    spelled: dict[str, str] = {}
    for word in re.findall(r"[\w’']+", body):
        key = word.lower()
        # A word the body only ever capitalises is a name ("Ukrainians"), not a sentence start.
        if word[:1].isupper() and spelled.get(key, word) == word:
            spelled[key] = word
        elif word[:1].islower():
            spelled[key] = key
    words = [spelled.get(w.lower(), w.lower()) for w in words]
    sentence = " ".join(words)
    return sentence[:1].upper() + sentence[1:]


def title_from_sentence(paragraph: str) -> str:
    """The first sentence of the article, shortened, as a stand-in title."""
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]
    words = sentence.split()
    if len(words) > 14:
        return " ".join(words[:12]).rstrip(",;:") + "…"
    return sentence.rstrip(".")
