"""How to cite an archived article: APA, MLA and Chicago lines, BibTeX, RIS and schema.org data.

Citations point at the original publication when its link is a web address and at the archived
copy otherwise; the archived copy is always named in BibTeX and RIS notes. Names are split on
their last word (with lower-case particles such as "van der" kept with it): imported bylines do not
say which part is the family name, and this guess is right for most English-language bylines.

HTML citations are built from escaped pieces only; BibTeX and RIS values are escaped for their
own syntax, so no title can add a field or close an entry.
"""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article, DatePrecision, Genre

SITE_NAME = "Commentary Archive"
MONTHS = (
    "January February March April May June July August September October November December"
).split()
MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
BIBTEX_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "della", "al"}


@dataclass(frozen=True)
class Name:
    given: str
    family: str
    suffix: str = ""

    @property
    def inverted(self) -> str:
        """ "Kramer, David J." (or the whole name when it has a single word)."""
        if not self.given:
            return self.family
        return f"{self.family}, {self.given}" + (f", {self.suffix}" if self.suffix else "")

    @property
    def natural(self) -> str:
        return " ".join(part for part in (self.given, self.family, self.suffix) if part)

    @property
    def initials(self) -> str:
        """ "Kramer, D. J." as APA writes it."""
        if not self.given:
            return self.family
        initials = " ".join(_initial(word) for word in self.given.split())
        return f"{self.family}, {initials}" + (f", {self.suffix}" if self.suffix else "")


def _initial(word: str) -> str:
    parts = [part.strip(".,'\"()") for part in word.split("-")]
    return "-".join(f"{part[0]}." for part in parts if part)


def split_name(name: str) -> Name:
    """Split a byline name into given names, family name and suffix."""
    words = name.split()
    suffix = ""
    if len(words) > 2 and words[-1].lower().strip(",") in SUFFIXES:
        suffix = words.pop().strip(",")
        words[-1] = words[-1].rstrip(",")
    if len(words) < 2:
        return Name(given="", family=" ".join(words), suffix=suffix)
    start = len(words) - 1
    while start > 1 and words[start - 1] in PARTICLES:
        start -= 1
    return Name(given=" ".join(words[:start]), family=" ".join(words[start:]), suffix=suffix)


def is_web_url(url: str | None) -> bool:
    """True for an absolute http or https address; anything else is never made a link."""
    if not url:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _names(article: Article) -> list[Name]:
    return [split_name(_clean(author.name)) for author in article.ordered_authors]


def _precision(article: Article) -> str:
    if article.published_on is None:
        return ""
    return article.date_precision or DatePrecision.DAY


def cited_url(article: Article, *, archive_url: str) -> str:
    """The original's address when it is a web address, else the archived copy's."""
    return _clean(article.source_url) if is_web_url(article.source_url) else archive_url


def _html(*pieces) -> SafeString:
    return mark_safe("".join(str(conditional_escape(piece)) for piece in pieces if piece))


def _sentence(text: str) -> str:
    """End with a full stop unless the text already ends a sentence."""
    text = text.rstrip()
    return text if text.endswith((".", "?", "!", "…")) else f"{text}."


def _in_quotes(title: str) -> str:
    """A title inside double quotes, its own double quotes turned single, as MLA and Chicago do."""
    inner = title.replace("“", "‘").replace("”", "’").replace('"', "'")
    if inner.endswith((".", "?", "!", "…")):
        return f"“{inner}”"
    return f"“{inner}.”"


def _outlet(article: Article, ending: str) -> SafeString | str:
    if not article.publisher:
        return ""
    return format_html("<i>{}</i>{} ", _clean(article.publisher.name), ending)


def _join(names: list[str], *, conjunction: str, serial_comma: bool = True) -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        joiner = f", {conjunction} " if conjunction == "&" else f" {conjunction} "
        return names[0] + joiner + names[1]
    comma = "," if serial_comma else ""
    return ", ".join(names[:-1]) + f"{comma} {conjunction} " + names[-1]


def apa(article: Article, *, archive_url: str) -> SafeString:
    """APA 7th edition reference for a newspaper or magazine article online."""
    names = _names(article)
    if len(names) > 20:
        authors = ", ".join(n.initials for n in names[:19]) + ", . . . " + names[-1].initials
    else:
        authors = _join([n.initials for n in names], conjunction="&")
    precision, day = _precision(article), article.published_on
    when = {
        "": "n.d.",
        DatePrecision.YEAR: f"{day.year}" if day else "",
        DatePrecision.MONTH: f"{day.year}, {MONTHS[day.month - 1]}" if day else "",
        DatePrecision.DAY: f"{day.year}, {MONTHS[day.month - 1]} {day.day}" if day else "",
    }[precision]
    title = _sentence(_clean(article.title))
    url = cited_url(article, archive_url=archive_url)
    if authors:
        return _html(_sentence(authors), f" ({when}). ", title, " ", _outlet(article, "."), url)
    return _html(title, f" ({when}). ", _outlet(article, "."), url)


def mla(article: Article, *, archive_url: str) -> SafeString:
    """MLA 9th edition works-cited entry."""
    names = _names(article)
    if len(names) == 1:
        authors = names[0].inverted
    elif len(names) == 2:
        authors = f"{names[0].inverted}, and {names[1].natural}"
    elif names:
        authors = f"{names[0].inverted}, et al"
    else:
        authors = ""
    precision, day = _precision(article), article.published_on
    when = {
        "": "",
        DatePrecision.YEAR: f"{day.year}" if day else "",
        DatePrecision.MONTH: f"{MLA_MONTHS[day.month - 1]} {day.year}" if day else "",
        DatePrecision.DAY: f"{day.day} {MLA_MONTHS[day.month - 1]} {day.year}" if day else "",
    }[precision]
    url = re.sub(r"^https?://", "", cited_url(article, archive_url=archive_url))
    container = _outlet(article, ",")
    tail = ", ".join(part for part in (when, url) if part)
    return _html(
        f"{_sentence(authors)} " if authors else "",
        _in_quotes(_clean(article.title)),
        " ",
        container,
        _sentence(tail),
    )


def chicago(article: Article, *, archive_url: str) -> SafeString:
    """Chicago (17th edition, notes and bibliography) bibliography entry."""
    names = _names(article)
    listed = [names[0].inverted, *(n.natural for n in names[1:])] if names else []
    authors = _join(listed, conjunction="and")
    if len(listed) == 2:
        authors = f"{listed[0]}, and {listed[1]}"
    precision, day = _precision(article), article.published_on
    when = {
        "": "n.d.",
        DatePrecision.YEAR: f"{day.year}" if day else "",
        DatePrecision.MONTH: f"{MONTHS[day.month - 1]} {day.year}" if day else "",
        DatePrecision.DAY: f"{MONTHS[day.month - 1]} {day.day}, {day.year}" if day else "",
    }[precision]
    url = cited_url(article, archive_url=archive_url)
    return _html(
        f"{_sentence(authors)} " if authors else "",
        _in_quotes(_clean(article.title)),
        " ",
        _outlet(article, ","),
        f"{_sentence(when)} ",
        _sentence(url),
    )


def formatted(article: Article, *, archive_url: str) -> list[tuple[str, SafeString]]:
    """The three citation styles the detail page shows, as (style name, HTML) pairs."""
    return [
        ("APA", apa(article, archive_url=archive_url)),
        ("MLA", mla(article, archive_url=archive_url)),
        ("Chicago", chicago(article, archive_url=archive_url)),
    ]


# --- Reference manager files ----------------------------------------------------------------------
_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def _bibtex_text(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(char, char) for char in _clean(text))


def _bibtex_url(url: str) -> str:
    # Braces and backslashes would end the field; percent-encoding keeps the address the same.
    return _clean(url).replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def _bibtex_name(name: Name) -> str:
    if not name.given:
        return "{" + _bibtex_text(name.family) + "}"  # an organisation: keep the name whole
    return _bibtex_text(name.inverted)


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", folded)


def bibtex_key(article: Article) -> str:
    """A readable key: first author's family name, year and first long title word."""
    names = _names(article)
    who = _ascii_word(names[0].family.split()[-1]) if names else ""
    year = str(article.published_on.year) if article.published_on else "nd"
    words = [_ascii_word(word) for word in _clean(article.title).split()]
    word = next((w for w in words if len(w) > 3), next((w for w in words if w), "article"))
    return f"{who or 'anon'}{year}{word}"


def bibtex(article: Article, *, archive_url: str, key: str = "") -> str:
    """A BibTeX @article entry (biblatex reads it too), under `key` or bibtex_key()'s."""
    fields = []
    names = _names(article)
    if names:
        fields.append(("author", " and ".join(_bibtex_name(n) for n in names)))
    fields.append(("title", "{" + _bibtex_text(article.title) + "}"))
    if article.publisher:
        fields.append(("journal", _bibtex_text(article.publisher.name)))
    precision, day = _precision(article), article.published_on
    if day:
        fields.append(("year", str(day.year)))
        if precision in (DatePrecision.MONTH, DatePrecision.DAY):
            fields.append(("month", BIBTEX_MONTHS[day.month - 1]))
        if precision == DatePrecision.DAY:
            fields.append(("date", day.isoformat()))
    fields.append(("url", _bibtex_url(cited_url(article, archive_url=archive_url))))
    topics = [topic.name for topic in article.topics.all()]
    if topics:
        fields.append(("keywords", _bibtex_text(", ".join(topics))))
    archived = f"{_bibtex_text(f'Archived by {SITE_NAME}:')} {_bibtex_url(archive_url)}"
    fields.append(("note", archived))
    lines = []
    for name, value in fields:
        # month is a BibTeX macro (jan, feb, …) and must stay unbraced.
        lines.append(f"  {name} = {value}," if name == "month" else f"  {name} = {{{value}}},")
    return f"@article{{{key or bibtex_key(article)},\n" + "\n".join(lines) + "\n}\n"


def ris(article: Article, *, archive_url: str) -> str:
    """An RIS record (TY NEWS) for reference managers such as Zotero, EndNote and Mendeley."""
    lines = [("TY", "NEWS")]
    lines += [("AU", name.inverted) for name in _names(article)]
    # AD (author address) is the one tag of these formats for an affiliation; APA, MLA,
    # Chicago and BibTeX @article have none. Each is the line printed with this piece.
    lines += [("AD", link.affiliation) for link in article.byline if link.affiliation.strip()]
    lines.append(("TI", article.title))
    if article.publisher:
        lines.append(("T2", article.publisher.name))
    precision, day = _precision(article), article.published_on
    if day:
        lines.append(("PY", str(day.year)))
        month = f"{day.month:02d}" if precision != DatePrecision.YEAR else ""
        dd = f"{day.day:02d}" if precision == DatePrecision.DAY else ""
        lines.append(("DA", f"{day.year}/{month}/{dd}/"))
    lines.append(("UR", cited_url(article, archive_url=archive_url)))
    lines += [("KW", topic.name) for topic in article.topics.all()]
    if article.standfirst:
        lines.append(("AB", article.standfirst))
    if article.language:  # "" is an unknown language, not one to cite
        lines.append(("LA", article.language))
    lines.append(("DB", SITE_NAME))
    lines.append(("N1", f"Archived by {SITE_NAME}: {archive_url}"))
    lines.append(("ER", ""))
    # One line per tag: collapsing whitespace keeps a newline in a title from starting a new tag.
    return "".join(f"{tag}  - {_clean(value)}\r\n" for tag, value in lines)


# --- schema.org -----------------------------------------------------------------------------------
def iso_date(article: Article) -> str:
    """The publication date at its stated precision: 2022-03-01, 2022-03 or 2022."""
    day = article.published_on
    if day is None:
        return ""
    precision = _precision(article)
    if precision == DatePrecision.YEAR:
        return f"{day.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


# schema.org's news article types by genre; op-eds, editorials and letters are all opinion, and
# schema.org has no interview type of its own.
SCHEMA_TYPES = {
    Genre.ANALYSIS: "AnalysisNewsArticle",
    Genre.REVIEW: "ReviewNewsArticle",
    Genre.INTERVIEW: "NewsArticle",
}


def structured_data(
    article: Article,
    *,
    url: str,
    absolute: Callable[[str], str],
) -> dict:
    """schema.org data for the detail page (serialised by the json_ld filter): an
    OpinionNewsArticle unless its genre says it is an analysis, a review or an interview."""
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(article.genre, "OpinionNewsArticle"),
        "headline": _clean(article.title),
        "url": url,
        "mainEntityOfPage": url,
        "wordCount": article.word_count,
    }
    if article.language:
        data["inLanguage"] = article.language
    # Each author as the piece presented them: the affiliation printed with it, not their
    # current bio, which the author's own page carries.
    authors = [
        {
            "@type": "Person",
            "name": _clean(link.author.name),
            "url": absolute(link.author.get_absolute_url()),
            **({"description": _clean(link.affiliation)} if link.affiliation.strip() else {}),
        }
        for link in article.byline
    ]
    if authors:
        data["author"] = authors
    if article.publisher:
        data["publisher"] = {"@type": "Organization", "name": _clean(article.publisher.name)}
    if article.published_on:
        data["datePublished"] = iso_date(article)
    if article.standfirst:
        data["description"] = _clean(article.standfirst)
    topics = [_clean(topic.name) for topic in article.topics.all()]
    if topics:
        data["keywords"] = topics
        data["about"] = [{"@type": "Thing", "name": name} for name in topics]
    if is_web_url(article.source_url):
        data["isBasedOn"] = _clean(article.source_url)
    return data
