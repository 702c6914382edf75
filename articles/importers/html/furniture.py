"""What page furniture looks like, on any site and in the archive's languages.

Three kinds of evidence: the words of a container's class and id ("related-posts",
"newsletter-signup"), the wording of a short line ("Sign up for our newsletter", "Lire aussi",
"5 min read"), and structure (a summary under a link in a list item, a box around an e-mail form,
a quote set apart that repeats the text). The vocabulary describes what furniture does, never one
outlet's wording.
"""

import re

from articles.importers.html.blocks import Block

# What a container's class or id says it holds, as templates of many outlets name it. Matched
# against the class/id words (split at spaces, "-" and "_"), so "sidebar-related" and
# "related_posts" match "related" but "unrelated" does not.
_FURNITURE_WORDS = [
    (
        "related-content block",
        r"related|recommended|recommendations|recirc|more|also|next|trending|popular|"
        r"mostread|most|outbrain|taboola|readmore|relatedposts|moreposts|morestories|"
        r"suggested|similar",
    ),
    ("newsletter box", r"newsletter|subscribe|subscription|signup|optin|mailinglist"),
    ("comments", r"comments?|disqus|discussion|replies|respond|commentlist"),
    ("share bar", r"share|sharing|social|sharebar|socialshare"),
    ("promotion", r"promo|promotion|advert|advertisement|ads?|sponsor|sponsored|banner|teaser"),
    ("author box", r"bio|authorbio|authorbox|about|contributor|author-info|authorinfo"),
    ("photo caption", r"caption|credit|credits|wp-caption-text"),
    ("pull quote", r"pullquote|pullout"),
    ("navigation", r"nav|navbar|navigation|menu|breadcrumbs?|pagination|skip"),
    ("cookie notice", r"cookie|cookies|consent|gdpr"),
    ("sidebar", r"sidebar|widget|rail|aside"),
    ("page footer", r"footer|copyright|colophon"),
    ("tag list", r"tags|taglist|keywords|topics"),
    ("login prompt", r"login|signin|paywall|register|registration|regwall"),
]
_FURNITURE_PATTERNS = [
    (reason, re.compile(rf"^(?:{words})$", re.I)) for reason, words in _FURNITURE_WORDS
]
# Two-word names are read as one word too ("author-bio" -> "authorbio", "most-read").
_PAIR_JOIN = re.compile(r"[-_]")
_FURNITURE_TAGS = {
    "nav": "navigation",
    "aside": "sidebar",
    "form": "form",
    "footer": "page footer",
}


def furniture_reason(element) -> str:
    """What an element's own tag, class or id says it is, when that is page furniture."""
    if element.tag in _FURNITURE_TAGS:
        return _FURNITURE_TAGS[element.tag]
    parts = class_words(element)
    for reason, pattern in _FURNITURE_PATTERNS:
        if any(pattern.match(part) for part in parts):
            return reason
    if element.get("role", "").lower() in ("navigation", "complementary", "contentinfo"):
        return "navigation" if element.get("role").lower() == "navigation" else "sidebar"
    return ""


def class_words(element) -> set[str]:
    """The words of an element's class and id, lower-cased, split at "-" and "_", with each
    pair of neighbours also joined ("author-bio" -> author, bio, authorbio)."""
    words = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
    parts: set[str] = set()
    for word in words:
        pieces = [piece for piece in _PAIR_JOIN.split(word) if piece]
        parts.update(pieces)
        parts.update("".join(pieces[i : i + 2]) for i in range(len(pieces) - 1))
    return parts


# Short lines that are page furniture wherever they sit, in the archive's languages: calls to
# subscribe, share, comment, and the headings of related-content lists. They describe what the
# line does on any site, not one outlet's wording.
_FURNITURE_LINES = [
    (
        "newsletter box",
        r"sign up|subscribe|get (?:our|the) \w*\s*newsletter|newsletter|join our mailing list|"
        r"inscr[ií]bete|suscr[ií]bete|bolet[ií]n|abonnez-vous|inscrivez-vous|"
        r"newsletter abonnieren|jetzt abonnieren|iscriviti|assine|inscreva-se|подпис|підпис",
    ),
    ("share bar", r"share(?: this)?|partager|compartir|teilen|condividi|partilhar"),
    (
        "related-content block",
        r"related(?: articles| stories| posts| content)?|read more|read next|more from|more by|"
        r"more (?:on|in|about) this|you (?:may|might) also like|recommended(?: for you)?|"
        r"most (?:read|popular|viewed)|also read|trending|"
        r"lire aussi|[àa] lire aussi|sur le m[eê]me sujet|dans la m[eê]me rubrique|"
        r"lee tambi[eé]n|te puede interesar|m[aá]s (?:de|noticias)|relacionad[oa]s|"
        r"mehr zum thema|mehr von|auch interessant|weitere artikel|"
        r"das k[oö]nnte sie interessieren|leggi anche|potrebbe interessarti|ler tamb[eé]m|"
        r"leia tamb[eé]m|veja tamb[eé]m|читайте также|читайте також",
    ),
    (
        "comments",
        r"comments?|leave a (?:comment|reply)|\d+ comments?|commentaires?|comentarios?|"
        r"kommentare|réagir",
    ),
    (
        "citation note",
        r"(?:pour )?citer cet article|cite this (?:article|page)|how to cite|c[oó]mo citar|"
        r"citar este art[ií]culo|zitiervorschlag|zitierweise|citare questo articolo|"
        r"como citar|per citare",
    ),
    (
        "author box",
        r"(?:about )?the authors?|about the authors?|authors?|auteure?s?|[àa] propos de l'auteure?|"
        r"l'auteure?|sobre (?:el|la|los) autor(?:a|es)?|autor(?:a|es|en|in)?|[üu]ber (?:den|die) "
        r"autor(?:in|en)?|die autor(?:in|en)|gli autori|l'autore|sull'autore|об авторе|об авторах|"
        r"про автора",
    ),
    (
        "reading time",
        r"\d+\s*(?:min(?:ute)?s?|minutos?|minuten?|минут\w*|хвилин\w*)\.?\s*(?:read|de lecture|"
        r"de lectura|lesezeit|di lettura|de leitura|чтения|читання)|"
        r"(?:reading time|temps de lecture|tiempo de lectura|lesezeit|tempo di lettura|"
        r"tempo de leitura|время чтения)\s*:?\s*\d+",
    ),
    (
        "editor's note",
        r"editor'?s note|note de la r[eé]daction|nda\b|nota de la redacci[oó]n|nota del editor|"
        r"nota della redazione|nota da reda[cç][aã]o|anmerkung der redaktion|"
        r"correction:|clarification:|rectificatif",
    ),
    (
        "republication note",
        r"this (?:article|piece|story|column|essay) (?:was |is )?(?:originally |first )?"
        r"(?:published|appeared|republished)|"
        r"(?:cet article|cette tribune) (?:a (?:d'abord|initialement) )?"
        r"[eé]t[eé] (?:publi[eé]|initialement)|"
        r"este art[ií]culo (?:fue publicado|se public[oó]|apareci[oó])|"
        r"diese[rs]? (?:artikel|beitrag|text) erschien (?:zuerst|urspr[üu]nglich)",
    ),
    (
        "author promo",
        r"follow (?:\S+ ){1,4}on "
        r"(?:twitter|x|facebook|instagram|linkedin|mastodon|bluesky|threads)|"
        r"suivez (?:\S+ ){1,4}sur|s[ií]gue(?:l[oa])? (?:\S+ ){0,4}en (?:twitter|x|redes)|"
        r"folgen sie (?:\S+ ){1,4}(?:auf|bei)|segui (?:\S+ ){1,4}su",
    ),
    (
        "promotion",
        r"advertisement|advertising|anzeige|publicidad|publicit[eé]|pubblicit[aà]|"
        r"(?:story|article) continues (?:below|after)|continue reading (?:below|after)|"
        r"scroll (?:down )?to continue|sponsored content",
    ),
    (
        "copyright line",
        r"copyright|all rights reserved|tous droits r[eé]serv[eé]s|"
        r"todos los derechos reservados|alle rechte vorbehalten|©|\(c\)",
    ),
]
_FURNITURE_LINE_PATTERNS = [
    (reason, re.compile(rf"^\W*(?:{words})(?:\b|(?<=\W))", re.I))
    for reason, words in _FURNITURE_LINES
]
_COPYRIGHT_SIGN = re.compile(r"^\s*(?:©|\(c\))")


def furniture_wording(text: str) -> str:
    """What a short line's wording says it is ("Sign up ...": a newsletter box), or ""."""
    if len(text) > 120:
        return ""
    if _COPYRIGHT_SIGN.match(text):
        return "copyright line"
    for reason, pattern in _FURNITURE_LINE_PATTERNS:
        if not pattern.match(text):
            continue
        # "Share this article" and "Related" are labels; "Comments from the minister were
        # unhelpful." is a sentence that happens to start with the same word.
        if reason in LABEL_ONLY and re.search(r"[.!?]\W*$", text):
            continue
        return reason
    return ""


LABEL_ONLY = {"share bar", "related-content block", "comments", "citation note", "author box"}
# Class and id words that mark the standfirst (dek, chapô, entradilla, linha fina...).
STANDFIRST_WORDS = {
    "standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "summary", "lede",
    "lead", "intro", "chapo", "chapeau", "soustitre", "linhafina", "bajada", "entradilla",
    "sumario", "excerpt", "description", "strapline", "teasertext", "occhiello", "sommario",
    "vorspann", "anriss",
}  # fmt: skip
# "Jane Doe, Bozeman" or "— Jane Doe": a letter's closing signature.
SIGNATURE = re.compile(r"^[—–-]?\s*(?P<name>[^,.;:!?]{3,60}?)(?:,\s*(?P<place>[^,.;:!?]{2,40}))?$")


# Headings that open a trailing list of other articles or a promotion.
TRAILING_HEADING = re.compile(
    r"related|read (?:more|next)|more (?:from|by|on|in|stories|articles)|you (?:may|might) also|"
    r"recommended|most (?:read|popular)|newsletter|sign up|subscribe|also read|"
    r"lire aussi|sur le m[eê]me sujet|lee tambi[eé]n|m[aá]s de|te puede interesar|"
    r"mehr zum thema|mehr von|weitere|leggi anche|leia tamb[eé]m|ler tamb[eé]m|"
    r"читайте|about the author|[àa] propos de l'auteur|sobre el autor|[üu]ber den autor",
    re.I,
)


def set_apart(block: Block) -> bool:
    """A block shown apart from the running text: a quote, a box, a figure."""
    if block.kind in ("quote", "text"):
        return True
    element = block.element
    for _depth in range(3):
        element = element.getparent()
        if element is None:
            return False
        if element.tag in ("blockquote", "aside", "figure"):
            return True
    return False


def is_teaser(element) -> bool:
    """A paragraph in a list item that links elsewhere: the summary of another article."""
    parent = element.getparent()
    if element.tag != "p" or parent is None or parent.tag != "li":
        return False
    return any(child.tag == "a" for child in parent if child is not element)


def has_sign_up_form(element) -> bool:
    return element.tag == "form" or element.find(".//form") is not None
