"""Extract an article and its metadata from a plain-text page dump.

A dump is the visible text of a web page: the article sits among navigation, login prompts,
newsletter and donation pitches, news-feed widgets, image credits and disclaimers, and its
metadata (headline, byline, bio line, date, outlet, link) is scattered around it. The reader works
in three passes:

1. classify every line (boilerplate, image credit, date line, byline, bio line, link line,
   disclaimer, prose, short line) with rules that describe page furniture in general, never one
   outlet's wording;
2. find the article: it starts at the first prose paragraph of the page proper and ends where the
   closing metadata (bio line, disclaimer, link line) or a widget heading begins;
3. read the metadata from the header above the article and the notes below it.

What the dump does not state stays empty; anything inferred is marked as inferred.
"""

import re
from dataclasses import dataclass
from datetime import date

import dateparser

from articles.importers.base import CaptureError, ExtractedArticle, ExtractedAuthor, line_key
from articles.importers.normalize import (
    clean_text,
    collapse_spaces,
    domain_of,
    normalize_url,
    paragraphs_to_body,
)

# --- Vocabulary of page furniture ------------------------------------------------------------
# Lines that are boilerplate when they make up the whole line (case-insensitive).
_FURNITURE_LINE = re.compile(
    r"^(?:log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|login|logout|my account|"
    r"lost your password\??|forgot (?:your )?password\??|remember me|password|username|"
    r"back to top|skip to (?:main )?content|edit post|edit|menu|main menu|search|home|"
    r"share(?: this(?: article| story| page)?)?(?: on \w+)?|print|e-?mail|tweet|facebook|twitter|"
    r"linkedin|whatsapp|telegram|copy link|comments?(?: \(\d+\))?|\d+ comments?|"
    r"leave a (?:comment|reply)|post a comment|read more|show more|load more|see more|close|"
    r"advertisement|advert|sponsored(?: content)?|continue reading|next(?: article| post)?|"
    r"previous(?: article| post)?|subscribe(?: now)?|donate(?: now)?|support us|"
    r"become a (?:member|supporter|subscriber)|join us|contact us|about us|newsletters?|"
    r"cookies?|accept(?: all)?(?: cookies)?|privacy policy|terms of (?:use|service)|"
    r"tags?:.*|filed under:.*|categor(?:y|ies):.*|posted in:.*|"
    r"listen(?: to this article)?|audio|play|pause|\d+ min(?:ute)?s? read|"
    r"[\d:]+ ?(?:am|pm)?|(?:visa|mastercard|master card|americanexpress|american express|amex|"
    r"paypal|apple pay|google pay|[\s,/|])+)$",
    re.IGNORECASE,
)
# Phrases that mark a whole (short) line as boilerplate wherever they occur in it.
_FURNITURE_PHRASE = re.compile(
    r"indicates required|enter (?:a |your )?(?:valid |correct )?e-?mail|"
    r"enter your email|your email address|in your inbox|sign up for|"
    r"success(?:ful)?l?y subscribed|thank you for (?:signing up|subscribing)|confirmation e-?mail|"
    r"subscribe to (?:our|the)|our newsletter|newsletter|support us|become a (?:member|patron)|"
    r"support (?:independent|our) journalism|join us in|donate|one-time (?:gift|donation)|"
    r"min(?:ute)?s? read\b|this audio is|listen to this (?:article|story)|follow us on|"
    r"all rights reserved|privacy policy|terms of (?:use|service)|cookie|skip to (?:main )?content",
    re.IGNORECASE,
)
# Fundraising vocabulary: two or more hits in a paragraph spoken as "we/our/us" mark a pitch.
_PITCH_TERMS = re.compile(
    r"support us|support (?:independent|our) journalism|\bdonat\w*|contribution|"
    r"\bmember(?:ship)?s?\b|subscri\w+|reader[- ]funded|revenue|paywall|"
    r"keep (?:our|the) (?:articles|journalism|reporting) free|this banner|join us|"
    r"your (?:support|gift)",
    re.IGNORECASE,
)
_OUTLET_VOICE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# Self-promotion of the outlet's other products ("Watch it on our YouTube channel").
_PROMO = re.compile(
    r"\b(?:watch|listen|read) (?:it|them|more) (?:on|in|at) our\b|"
    r"\bour (?:new )?(?:youtube|podcast|documentary|channel|app)\b",
    re.IGNORECASE,
)
# Headings that open a widget (feed, picks, related links) rather than article text.
_WIDGET_HEADING = re.compile(
    r"^(?:news ?feed|latest(?: news| stories| articles)?|editors?['’]? ?picks?|"
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|related(?: articles| stories| posts)?|"
    r"recommended(?: for you)?|you (?:may|might) also like|more (?:from|on|in) .{1,40}|"
    r"top stories|read (?:next|also)|popular(?: posts)?|recent posts|in other news|"
    r"what to read next|further reading|comments?)$",
    re.IGNORECASE,
)
_IMAGE_CREDIT = re.compile(
    r"^(?:cc\b|©|\(c\)|photo(?:graph)?s?\b|image\b|picture\b|illustration\b|credit\b|"
    r"source: (?:getty|reuters|ap|afp|shutterstock))|"
    r"wiki ?commons|wikimedia|getty images|shutterstock|\(photo by|photo credit|"
    r"\.(?:jpe?g|png|gif|webp)\b",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"(?:views|opinions) expressed (?:in this (?:article|piece|op-ed|column) )?are"
    r"|do(?:es)? not necessarily (?:reflect|represent)",
    re.IGNORECASE,
)
_DISCLAIMER_OUTLET = re.compile(
    r"(?:reflect|represent)(?:s)? (?:those|the (?:views|opinions|position)) of "
    r"(?:the )?(?P<outlet>[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,5})",
)
_LINK_LINE = re.compile(
    r"^(?:link|source|url|original(?:ly published)?(?: (?:at|on|in))?|read (?:it )?online|"
    r"published (?:at|on)|canonical)\s*[:\-–—]?\s*(?P<url>https?://\S+)\s*$",
    re.IGNORECASE,
)
_BARE_URL_LINE = re.compile(r"^(?P<url>https?://\S+)$", re.IGNORECASE)
_NOTE_PREFIX = re.compile(
    r"^(?:note|about the authors?|author(?:'s)? (?:note|bio)|bio)\s*[:\-–—]\s*", re.IGNORECASE
)
_EDITORS_NOTE = re.compile(r"^editor(?:['’]s)? note\s*[:\-–—]\s*(?P<note>.+)$", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<outlet>[A-Z][\w.&’' -]{1,60}?)\.?\s*(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)
_SOCIAL_OR_DONATION_HOSTS = re.compile(
    r"(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|youtube\.com|youtu\.be|"
    r"t\.me|telegram\.me|linkedin\.com|tiktok\.com|patreon\.com|paypal\.com|paypal\.me|"
    r"donorbox\.org|gofundme\.com|buymeacoffee\.com|ko-fi\.com|wikimedia\.org|wikipedia\.org)$"
)

# --- People and their roles ---------------------------------------------------------------------
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_NAME_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "da",
    "di",
    "du",
    "del",
    "la",
    "le",
    "bin",
    "al",
}
_ROLE_WORDS = re.compile(
    r"\b(?:director|fellow|professor|lecturer|president|chair(?:man|woman|person)?|founder|"
    r"co-founder|writer|author|editor|columnist|correspondent|journalist|reporter|analyst|"
    r"advis[eo]r|adviser|consultant|researcher|scholar|scientist|ambassador|diplomat|minister|"
    r"secretary|official|member|head|ceo|executive|partner|lawyer|attorney|historian|economist|"
    r"commentator|contributor|candidate|student|associate|manager|coordinator|officer|expert|"
    r"specialist|strategist|veteran|retired|formerly|former|served|serves|teaches|comments|"
    r"writes|lives|works)\b",
    re.IGNORECASE,
)
_BIO_LINK = re.compile(r"^(?:,| is\b| was\b| has\b| —| –| -| \(| (?=[a-z]))")
_BYLINE = re.compile(r"^(?:by|written by|author|words by)\s*:?\s+(?P<names>.+)$", re.IGNORECASE)
_NAME_LIST_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*")
_NOT_PERSON_WORDS = {
    "the", "of", "and", "news", "daily", "times", "post", "journal", "review", "institute",
    "university", "union", "states", "council", "ministry", "department", "agency", "group",
    "committee", "house", "court", "party", "nations", "republic", "kingdom", "federation",
    "independent", "monitor", "press", "media", "editorial", "board", "staff", "opinion",
}  # fmt: skip

# --- Dates ----------------------------------------------------------------------------------
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), "day"),
    (re.compile(rf"\b({_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\b"), "day"),
    (re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS},? \d{{4}})\b"), "day"),
    (re.compile(r"\b(\d{1,2}[./]\d{1,2}[./]\d{4})\b"), "day"),
    (re.compile(rf"\b({_MONTHS},? \d{{4}})\b"), "month"),
]
_DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?:date|published|posted|updated|first published)(?: on)?\s*:?\s*)?"
    r"(?P<date>\d{4}-\d{2}-\d{2})\s+(?=\S)",
    re.IGNORECASE,
)
_DATE_LINE_EXTRAS = re.compile(
    r"^(?:(?:published|posted|updated|last updated|first published|date)(?: on)?:?|"
    r"on|\||·|•|,|-|–|—|"
    r"\d{1,2}:\d{2}(?::\d{2})?|am|pm|a\.m\.|p\.m\.|utc|gmt|[a-z]{2,4}t|\d+|min|mins|minutes?|"
    r"read|ago|at|\s)*$",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(r"[.!?…”\"’)]\s*$")


@dataclass
class Line:
    text: str
    kind: str = "short"  # furniture, pitch, credit, caption, prose, short, meta, widget
    words: int = 0
    corrected: str = ""  # "body" or "furniture" when an editor's correction decided the line


def read_text_dump(
    text: str, *, file_name: str = "", corrections: dict[str, str] | None = None
) -> ExtractedArticle:
    """Extract one article from a plain-text page dump."""
    page_lines = _split_lines(clean_text(text))
    lines = _drop_pre_page_banner(page_lines)
    for line in lines:
        line.kind = _classify(line.text)
        line.words = len(line.text.split())
    _apply_corrections(lines, corrections or {})

    start = _body_start(lines)
    if start is None:
        raise CaptureError("no article text found (no paragraph of prose)")
    article = ExtractedArticle()
    end, bios = _body_end(lines, start)
    body_lines = _corrected_body(lines, start, end)
    header = [line for line in lines[:start] if not line.corrected]
    footer = [line for line in lines[end:] if not line.corrected]

    paragraphs = [line.text for line in body_lines]
    if not paragraphs:
        raise CaptureError("no article text found (every paragraph was marked as furniture)")
    paragraphs[0] = _strip_dateline(paragraphs[0], article)
    article.body = paragraphs_to_body(paragraphs)
    if not article.body:
        raise CaptureError("no article text found")
    article.note("body", "page text between header and closing notes")

    _read_header(header, article)
    _read_footer(footer, article, bios)
    _fill_inferred(article, paragraphs, header + footer)
    article.audit = _build_audit(page_lines, lines, body_lines, bios, article)
    return article


# --- Pass 1: lines ----------------------------------------------------------------------------
def _split_lines(text: str) -> list[Line]:
    """One Line per paragraph; hard-wrapped lines (no blank line, mid-sentence) are joined."""
    result: list[Line] = []
    previous_blank = True
    for raw in text.split("\n"):
        stripped = collapse_spaces(raw)
        if not stripped:
            previous_blank = True
            continue
        if (
            result
            and not previous_blank
            and not _SENTENCE_END.search(result[-1].text)
            and stripped[:1].islower()
            and len(result[-1].text) > 40
        ):
            result[-1].text += " " + stripped
        else:
            result.append(Line(stripped))
        previous_blank = False
    return result


def _drop_pre_page_banner(lines: list[Line]) -> list[Line]:
    """A "Skip to content" link opens the page proper: anything above it is a top banner."""
    for index, line in enumerate(lines[:40]):
        if re.fullmatch(r"skip to (?:main )?content", line.text, re.IGNORECASE):
            return lines[index + 1 :]
    return lines


def _classify(text: str) -> str:
    words = len(text.split())
    if words <= 16 and _find_date(text, header_only=True):
        return "date"  # before furniture: "June 3, 2024 · 4 min read" is a date line
    if _LINK_LINE.match(text) or _EDITORS_NOTE.match(text) or _NOTE_PREFIX.match(text):
        return "meta"
    if _DISCLAIMER.search(text) and words <= 80:
        return "meta"
    if _WIDGET_HEADING.match(text.rstrip(":")):
        return "widget"
    if _FURNITURE_LINE.match(text) or (words <= 14 and _FURNITURE_PHRASE.search(text)):
        return "furniture"
    if _COPYRIGHT.match(text) and words <= 14:
        return "meta"
    if _IMAGE_CREDIT.search(text) and (words <= 40 or "http" in text):
        return "credit"
    if text.endswith("(") or re.search(r"\((?:photo|image|credit)[^)]*$", text, re.IGNORECASE):
        return "caption"  # a caption whose credit was cut off
    if _is_pitch(text):
        return "pitch"
    if _BARE_URL_LINE.match(text):
        return "meta"
    if words >= 8 and re.search(r"[.!?:;…”\"]", text):
        return "prose"
    return "short"


def _is_pitch(text: str) -> bool:
    if _PROMO.search(text):
        return True
    hits = len(_PITCH_TERMS.findall(text))
    return (hits >= 2 and bool(_OUTLET_VOICE.search(text))) or (
        hits >= 1 and len(text.split()) <= 14 and bool(_OUTLET_VOICE.search(text))
    )


# --- Pass 2: where the article is ---------------------------------------------------------------
def _is_byline(text: str) -> bool:
    """A short "By …" line naming people, not a sentence that starts with "By the …"."""
    match = _BYLINE.match(text)
    return bool(match) and len(text.split()) <= 14 and bool(_split_names(match.group("names")))


def _is_header_marker(line: Line) -> bool:
    return line.kind == "date" or _is_byline(line.text) or bool(_named_headline(line.text))


def _body_start(lines: list[Line]) -> int | None:
    """Index of the article's first paragraph: the first prose of the page proper.

    A standfirst often sits above the byline and date line; when a header line follows the
    first prose before any more prose does, the article starts after that header line.
    """
    start = _first_prose(lines, 0)
    while start is not None:
        marker = None
        for index in range(start + 1, min(start + 5, len(lines))):
            if _is_header_marker(lines[index]):
                marker = index
            elif lines[index].kind == "prose":
                break
        if marker is None:
            return start
        start = _first_prose(lines, marker + 1)
    return None


def _first_prose(lines: list[Line], begin: int) -> int | None:
    for index in range(begin, len(lines)):
        if lines[index].kind == "prose" and not _is_header_marker(lines[index]):
            return index
    return None


def _body_end(lines: list[Line], start: int) -> tuple[int, list[tuple[str, str]]]:
    """Index where the article text ends, and the (name, bio) lines found there.

    The article ends at the first closing note: a bio line, a disclaimer or link line, or a
    widget heading. A bio line counts only when no more prose follows it before such a note:
    "Jens Stoltenberg, the secretary general of NATO, said …" in mid-article is text, not a bio.
    """
    stop = len(lines)
    for index in range(start + 1, len(lines)):
        if lines[index].kind in ("meta", "widget") or lines[index].text.lower() == "back to top":
            stop = index
            break
    # Trailing prose just before the stop may be bio lines (the last paragraphs of the piece).
    bios: list[tuple[str, str]] = []
    end = stop
    for index in range(stop - 1, start, -1):
        line = lines[index]
        if line.kind in ("furniture", "pitch", "credit", "caption"):
            continue
        bio = _bio_of(line.text)
        if bio is None:
            break
        bios[:0] = _split_bios(*bio)
        end = index
    # A "NOTE:"-style bio or a bio right after the stop (before more notes) belongs to the footer.
    for line in lines[stop:]:
        if line.kind == "widget":
            break
        note = _NOTE_PREFIX.sub("", line.text) if _NOTE_PREFIX.match(line.text) else None
        if note:
            bio = _bio_of(note)
            if bio:
                bios.extend(_split_bios(*bio))
    return end, bios


def _leading_name(text: str) -> tuple[str, int] | None:
    """The person-like name a text starts with ("David J. Kramer", "Jānis Bērziņš") and where
    it ends, or None. Names are two to five capitalised words, initials and particles."""
    tokens: list[str] = []
    ends: list[int] = []
    for match in re.finditer(r"\S+", text):
        word = match.group()
        core = word.rstrip(",:;")
        is_initial = re.fullmatch(r"[^\W\d_]\.", core) is not None and core[0].isupper()
        is_name = (
            _NAME_WORD.fullmatch(core) is not None
            and core[0].isupper()
            and not (core.isupper() and len(core) > 1)
        )
        is_particle = core in _NAME_PARTICLES and bool(tokens)
        if not (is_initial or is_name or is_particle) or len(tokens) == 5:
            break
        tokens.append(core)
        ends.append(match.start() + len(core))
        if core != word:
            break  # a comma or colon closes the name
    while tokens and tokens[-1] in _NAME_PARTICLES:
        tokens.pop()
        ends.pop()
    if len(tokens) < 2:
        return None
    name = " ".join(tokens)
    return (name, ends[-1]) if _looks_like_person(name) else None


def _bio_of(text: str) -> tuple[str, str] | None:
    """(name, bio line) when `text` reads like a note about its author, else None."""
    text = _NOTE_PREFIX.sub("", text)
    found = _leading_name(text)
    if not found or len(text.split()) > 90:
        return None
    name, end = found
    rest = text[end:]
    if not _BIO_LINK.match(rest):
        return None
    # The role must come early: "X is Managing Director …", "X, formerly a senior adviser …".
    if not _ROLE_WORDS.search(" ".join(rest.split()[:10])):
        return None
    return name, text


def _split_bios(name: str, text: str) -> list[tuple[str, str]]:
    """One (name, bio) per author when a note describes several: "A is …. B is …."."""
    bios = [(name, "")]
    for sentence in re.split(r"(?<=[a-z0-9)”\"’][.!?])\s+(?=[A-Z])", text):
        bio = _bio_of(sentence)
        if bio and bio[0] != bios[-1][0] and bios[-1][1]:
            bios.append((bio[0], sentence))
        else:
            bios[-1] = (bios[-1][0], f"{bios[-1][1]} {sentence}".strip())
    return bios


def _looks_like_person(name: str) -> bool:
    tokens = name.replace(".", ". ").split()
    if len(tokens) < 2:
        return False
    return not any(token.lower().strip(".") in _NOT_PERSON_WORDS for token in tokens)


# --- Pass 3: metadata -------------------------------------------------------------------------
def _read_header(header: list[Line], article: ExtractedArticle) -> None:
    """Title, byline, date and standfirst from the lines above the article."""
    title_index = None
    for index in range(len(header) - 1, -1, -1):
        line = header[index]
        if line.kind in ("furniture", "pitch", "credit", "caption", "widget", "meta"):
            continue
        if line.kind == "date":
            found = _find_date(line.text, header_only=True)
            if found and not article.published_on:
                article.published_on, article.date_precision = found
                article.note("published_on", "date line")
            continue
        byline = _BYLINE.match(line.text) if _is_byline(line.text) else None
        if byline and not article.authors:
            article.authors = [ExtractedAuthor(n) for n in _split_names(byline.group("names"))]
            if article.authors:
                article.note("authors", "byline line")
            continue
        if title_index is None and _looks_like_headline(line):
            title_index = index
    if title_index is None:
        return
    title = header[title_index].text
    named = _named_headline(title)
    if named:
        name, title = named
        if not article.authors:
            article.authors = [ExtractedAuthor(name)]
            article.note("authors", "name before headline")
    article.title = title.strip(" .")
    article.note("title", "headline line")
    # A sentence between the headline and the article is its standfirst.
    for line in header[title_index + 1 :]:
        if line.kind == "prose" and not _find_date(line.text, header_only=True):
            article.standfirst = line.text
            article.note("standfirst", "line under headline")
            break


def _read_footer(
    footer: list[Line], article: ExtractedArticle, bios: list[tuple[str, str]]
) -> None:
    """Bio lines, the source link and the outlet from the notes below the article."""
    in_widget = False
    for line in footer:
        copyright_match = _COPYRIGHT.match(line.text) if len(line.text.split()) <= 14 else None
        if copyright_match and not article.publisher_name:
            article.publisher_name = copyright_match.group("outlet").strip(" .")
            article.note("publisher", "copyright line")
            continue
        if line.kind == "widget":
            in_widget = True  # what follows belongs to other articles, but for the page footer
        if in_widget:
            continue
        link = _LINK_LINE.match(line.text) or _BARE_URL_LINE.match(line.text)
        if link and article.source_url is None:
            url = normalize_url(link.group("url"))
            if url and not _SOCIAL_OR_DONATION_HOSTS.search(domain_of(url)):
                article.source_url = url
                source = "LINK line" if _LINK_LINE.match(line.text) else "URL line"
                article.note("source_url", source)
            continue
        note = _EDITORS_NOTE.match(line.text)
        if note:
            article.provenance["editors_note"] = {"source": "editor's note", "text": note["note"]}
            continue
        if _DISCLAIMER.search(line.text) and not article.publisher_name:
            outlet = _DISCLAIMER_OUTLET.search(line.text)
            if outlet:
                article.publisher_name = outlet.group("outlet").rstrip(".")
                article.note("publisher", "disclaimer")
            continue
        if line.kind == "pitch" and not article.publisher_name:
            outlet = _pitch_outlet(line.text)
            if outlet:
                article.publisher_name = outlet
                article.note("publisher", "donation banner")
    _attach_bios(article, bios)


def _attach_bios(article: ExtractedArticle, bios: list[tuple[str, str]]) -> None:
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


def _fill_inferred(article: ExtractedArticle, paragraphs: list[str], furniture: list[Line]) -> None:
    """Values the dump does not state outright, each marked as inferred."""
    if not article.publisher_name and article.source_url:
        article.publisher_domain = domain_of(article.source_url)
        masthead = _masthead_for(article.publisher_domain, furniture)
        if masthead:
            article.publisher_name = masthead
            article.note("publisher", "masthead matching the URL's domain")
        else:
            article.publisher_name = article.publisher_domain
            article.note("publisher", "URL domain (inferred)", inferred=True)
    elif article.publisher_name and re.fullmatch(r"[\w-]+(\.[\w-]+)+", article.publisher_name):
        article.publisher_domain = article.publisher_name.lower().removeprefix("www.")
    if not article.title and article.source_url:
        slug_title = _title_from_url(article.source_url, article.body)
        if slug_title:
            article.title = slug_title
            article.note("title", "URL slug (inferred)", inferred=True)
    if not article.title:
        article.title = _title_from_sentence(paragraphs[0])
        article.note("title", "first sentence (inferred)", inferred=True)
    article.language = _guess_language(article.body)
    article.note("language", "stop-word count (inferred)", inferred=True)


def _masthead_for(domain: str, lines: list[Line]) -> str:
    """A short page line spelling the domain's name ("The Daily Meridian" for dailymeridian.com)."""
    labels = {label for label in domain.split(".") if len(label) > 3} - {"www", "news"}
    for line in lines:
        if line.words > 6 or line.kind in ("prose", "pitch", "credit"):
            continue
        squashed = re.sub(r"[^a-z0-9]", "", line.text.lower())
        if squashed in labels or squashed.removeprefix("the") in labels:
            return line.text.strip(" .")
    return ""


def _title_from_url(url: str, body: str) -> str:
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


def _title_from_sentence(paragraph: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]
    words = sentence.split()
    if len(words) > 14:
        return " ".join(words[:12]).rstrip(",;:") + "…"
    return sentence.rstrip(".")


# --- Helpers ----------------------------------------------------------------------------------
def _looks_like_headline(line: Line) -> bool:
    if line.kind not in ("short", "prose") or line.words > 25 or line.words < 2:
        return False
    return not line.text.endswith((".", ",", ";")) or line.words <= 12


def _named_headline(text: str) -> tuple[str, str] | None:
    """("Name", "Headline") for lines like "Jane Doe: Why sanctions work"."""
    if len(text.split()) > 25:
        return None
    found = _leading_name(text)
    if not found:
        return None
    name, end = found
    match = re.match(r"\s*:\s+(?P<title>\S.{3,})$", text[end:])
    return (name, match.group("title")) if match else None


def _split_names(names: str) -> list[str]:
    names = re.split(r"\s+[|·•]\s+|\s+(?:on|published|updated)\s", names)[0]
    result = []
    for part in _NAME_LIST_SPLIT.split(names.strip(" .")):
        part = part.strip(" .")
        found = _leading_name(part)
        # Only whole person names: "By Tuesday, Kyiv had fallen" names nobody.
        if found and found[0] == part:
            result.append(part)
    return result


def _find_date(text: str, *, header_only: bool) -> tuple[date, str] | None:
    """The first date a text states, with its precision.

    With `header_only`, the text must be a date line ("Published March 3, 2023 | Updated …"):
    a date inside a sentence is not the article's date.
    """
    found: list[tuple[int, str, str]] = []
    rest = text
    for pattern, precision in _DATE_PATTERNS:
        for match in pattern.finditer(rest):
            found.append((match.start(), match.group(1), precision))
        rest = pattern.sub(lambda m: " " * len(m.group()), rest)
    if not found:
        return None
    if header_only and not _DATE_LINE_EXTRAS.match(rest.strip()):
        return None
    _, stated, precision = min(found)
    return _parse_date(stated, precision)


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}  # fmt: skip


def _parse_date(text: str, precision: str) -> tuple[date, str] | None:
    """Parse a date the patterns above found; the common shapes directly, others by dateparser."""
    try:
        found = _parse_common_date(text)
    except ValueError:  # a month 13 or a 31 February: not a date
        return None
    if found:
        return found, precision
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return (parsed.date(), precision) if parsed else None


def _parse_common_date(text: str) -> date | None:
    # dateparser takes ~10 ms a call; these shapes cover nearly every date line.
    words = re.findall(r"[a-z]+|\d+", text.lower())
    numbers = [int(w) for w in words if w.isdigit()]
    months = [_MONTH_NUMBERS[w] for w in words if w in _MONTH_NUMBERS]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    if re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{4}", text):
        day, month, year = numbers  # day first, as outside the US; ambiguous either way
        return date(year, month, day)
    if len(months) == 1 and len(numbers) == 2 and numbers[1] >= 1000:
        return date(numbers[1], months[0], numbers[0])
    if len(months) == 1 and len(numbers) == 1 and numbers[0] >= 1000:
        return date(numbers[0], months[0], 1)
    return None


def _strip_dateline(paragraph: str, article: ExtractedArticle) -> str:
    match = _DATELINE_PREFIX.match(paragraph)
    if not match:
        return paragraph
    found = _parse_date(match.group("date"), "day")
    if found and not article.published_on:
        article.published_on, article.date_precision = found
        article.note("published_on", "dateline")
    return paragraph[match.end() :]


_STOP_WORDS = {
    "en": {"the", "and", "of", "to", "is", "in", "that", "it", "for", "with", "as", "was"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "zu", "von"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "pour", "que", "dans", "du"},
    "es": {"el", "la", "los", "y", "que", "es", "por", "una", "para", "con", "del"},
    "uk": {"і", "та", "що", "це", "на", "не", "як", "до", "його", "від", "але"},
    "ru": {"и", "что", "это", "на", "не", "как", "в", "его", "от", "но", "он"},
}


def _guess_language(body: str) -> str:
    words = re.findall(r"\w+", body.lower())[:2000]
    if not words:
        return ""
    scores = {lang: sum(w in stops for w in words) for lang, stops in _STOP_WORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= len(words) * 0.05 else ""


# --- Editors' corrections and the extraction audit ----------------------------------------------
# Interim: the line classifier above predates the audit contract (ExtractedArticle.audit and
# `corrections`); these functions retrofit both onto its passes and go when the reader is replaced.
_KIND_REASONS = {
    "furniture": "navigation or page furniture",
    "pitch": "newsletter, subscription or donation pitch",
    "credit": "image credit",
    "caption": "photo caption",
    "widget": "heading of a related-content list",
    "short": "short line outside the article",
    "prose": "text outside the article",
    "date": "date line outside the header",
    "meta": "closing note",
}


def _apply_corrections(lines: list[Line], corrections: dict[str, str]) -> None:
    """Mark lines an editor decided; a line forced to furniture is furniture for every pass."""
    if not corrections:
        return
    for line in lines:
        verdict = corrections.get(line_key(line.text))
        if verdict == "furniture":
            line.corrected, line.kind = "furniture", "furniture"
        elif verdict == "body":
            line.corrected = "body"


def _corrected_body(lines: list[Line], start: int, end: int) -> list[Line]:
    """The body's lines in page order: the article region's text plus lines forced to body."""
    return [
        line
        for index, line in enumerate(lines)
        if line.corrected == "body"
        or (start <= index < end and line.kind in ("prose", "short") and not line.corrected)
    ]


def _build_audit(
    page_lines: list[Line],
    lines: list[Line],
    body_lines: list[Line],
    bios: list[tuple[str, str]],
    article: ExtractedArticle,
) -> list[dict]:
    """One audit entry per line of the page: what the passes above made of it and why."""
    read = {id(line) for line in lines}
    body = {id(line) for line in body_lines}
    bio_texts = {bio for _name, bio in bios}
    first_body = next((i for i, line in enumerate(lines) if id(line) in body), len(lines))
    header = lines[:first_body]
    title_line, date_line = _title_line(header, article), _date_line(header, article)
    below_widget = False
    audit = []
    for index, line in enumerate(page_lines):
        below_widget = below_widget or (line.kind == "widget" and id(line) not in body)
        if id(line) not in read:
            label, reason = "furniture", "above the “Skip to content” link: a top banner"
        elif line.corrected:
            label, reason = line.corrected, "editor's correction"
        elif id(line) in body:
            label, reason = "body", "article text"
            if line is body_lines[0] and _source(article, "published_on") == "dateline":
                reason = "article text; its opening dateline gave the date"
        elif line is title_line:
            label, reason = "title", "headline line"
        elif line is date_line:
            label, reason = "date", "date line"
        elif _is_byline(line.text) and _source(article, "authors") == "byline line":
            label, reason = "byline", "byline line"
        elif article.standfirst and line.text == article.standfirst:
            label, reason = "standfirst", "line under the headline"
        elif any(bio and bio in line.text for bio in bio_texts):
            label, reason = "bio", "note about the author"
        elif line.kind in ("meta", "date"):
            label, reason = "meta", _meta_reason(line.text)
        elif below_widget and line.kind != "widget":
            label, reason = "furniture", "below a related-content heading"
        else:
            label, reason = "furniture", _KIND_REASONS.get(line.kind, "outside the article")
        audit.append({"index": index, "text": line.text, "label": label, "reason": reason})
    return audit


def _source(article: ExtractedArticle, field_name: str) -> str:
    return article.provenance.get(field_name, {}).get("source", "")


def _title_line(header: list[Line], article: ExtractedArticle) -> Line | None:
    if _source(article, "title") != "headline line":
        return None
    for line in header:
        named = _named_headline(line.text)
        headline = named[1] if named else line.text
        if not line.corrected and headline.strip(" .") == article.title:
            return line
    return None


def _date_line(header: list[Line], article: ExtractedArticle) -> Line | None:
    if _source(article, "published_on") != "date line":
        return None
    # The header is read bottom-up, so the date is the last date line above the body.
    for line in reversed(header):
        if line.kind == "date" and _find_date(line.text, header_only=True):
            return line
    return None


def _meta_reason(text: str) -> str:
    if _LINK_LINE.match(text) or _BARE_URL_LINE.match(text):
        return "link line"
    if _COPYRIGHT.match(text):
        return "copyright line"
    if _DISCLAIMER.search(text):
        return "disclaimer"
    if _EDITORS_NOTE.match(text):
        return "editor's note"
    if _find_date(text, header_only=True):
        return "another date line"
    return "closing note"
