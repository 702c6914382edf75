"""What kind of piece an article is: op-ed, editorial, letter, analysis, interview or review.

Read first from what the page states (a genre the reader found in the page's markup, a section
label or kicker, a label before or after the headline, a letter's signature), then, when it
states nothing specific, guessed from the piece itself and marked as inferred: an unsigned piece
written in the outlet's "we" is an editorial, one made of questions and answers an interview,
and any other signed piece an op-ed, which is what the archive collects. Labels are the words
outlets use for their sections in each language; none belongs to one outlet.
"""

import re
import unicodedata
from urllib.parse import urlsplit

from articles.importers.base import ExtractedArticle

OPINION, EDITORIAL, LETTER = "opinion", "editorial", "letter"
ANALYSIS, INTERVIEW, REVIEW = "analysis", "interview", "review"
GENRES = (OPINION, EDITORIAL, LETTER, ANALYSIS, INTERVIEW, REVIEW)

# Section and headline labels per genre, in en, es, fr, de, it, pt, uk, ru (nl and pl where
# they differ), compared after folding case, accents and apostrophes (see _fold).
_LABELS = {
    OPINION: """
        opinion opinions op-ed op-eds oped comment commentary column columns columnist
        columnists viewpoint viewpoints perspective perspectives guest-essay guest-essays
        guest-column guest-columns
        tribune tribunes
        opinion tribuna tribunas columna columnas punto-de-vista
        chronique chroniques point-de-vue debats tribune-libre
        meinung meinungen gastbeitrag gastkommentar kommentar kommentare standpunkt
        commento commenti opinione opinioni
        opiniao opinioes coluna colunas ponto-de-vista
        opinie column
        opinia opinie felieton komentarz
        думка думки колонка колонки погляд
        мнение мнения колонка колонки точка-зрения
    """,
    EDITORIAL: """
        editorial editorials our-view our-opinion leader leaders
        editorial editoriales
        editorial editoriaux edito
        leitartikel
        editoriale editoriali
        editorial editoriais
        hoofdredactioneel redactioneel
        редакційна-стаття редакційна-колонка від-редакції
        редакционная-статья от-редакции
    """,
    LETTER: """
        letter letters letter-to-the-editor letters-to-the-editor your-letters readers-letters
        mailbag
        carta cartas cartas-al-director carta-al-director cartas-de-los-lectores
        courrier-des-lecteurs lettre lettres lettres-de-lecteurs
        leserbrief leserbriefe
        lettera lettere lettere-al-direttore
        carta cartas cartas-dos-leitores carta-do-leitor
        ingezonden-brief ingezonden-brieven
        listy-do-redakcji
        лист листи листи-читачів
        письмо письма письма-читателей
    """,
    ANALYSIS: """
        analysis analyses news-analysis
        analisis
        analyse analyses decryptage
        analyse hintergrund
        analisi
        analise
        analyse
        analiza
        аналітика аналіз
        аналитика анализ
    """,
    INTERVIEW: """
        interview interviews q&a
        entrevista entrevistas
        entretien entretiens interview
        interview gesprach
        intervista interviste
        entrevista
        wywiad
        інтерв'ю
        интервью
    """,
    REVIEW: """
        review reviews book-review book-reviews film-review
        resena resenas critica criticas
        critique critiques
        rezension rezensionen kritik
        recensione recensioni
        critica resenha
        recensie
        recenzja
        рецензія
        рецензия
    """,
}
# When a page gives several labels ("Opinion | Letters"), the more specific one wins: the
# generic opinion section holds editorials, letters and the rest.
_SPECIFICITY = (LETTER, EDITORIAL, INTERVIEW, REVIEW, ANALYSIS, OPINION)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ʹ": "'"})
# Between the parts of a section label or breadcrumb ("Opinion / Letters", "Home › Analysis").
_SEPARATORS = re.compile(r"\s*(?:[|/·•»›>:–—,;]|\s-\s)\s*")
# Between a headline and the labels around it: "Opinion | …", "… | Editorial | Outlet".
_TITLE_PARTS = re.compile(r"\s*\|\s*|\s+[–—-]\s+")
# "Letter: …", "Analysis: …" (and the French "Entretien : …").
_TITLE_LABEL = re.compile(r"\s*(?P<label>[^:]{2,40}?)\s*:\s*\S")
# Articles before a label: "L'Éditorial", "The Editorial", "El editorial", "Die Analyse".
_DETERMINERS = frozenset(
    "the a l' d' la le les el los las il lo gli der die das o os as het".split()
)
# A star rating on a line of its own: "★★★★☆".
_RATING = re.compile(r"[★☆✩✭✮⭐]{3,5}(?:\s*\(?\d(?:[.,]5)?\s*/\s*(?:5|10)\)?)?")
# How many audit lines before the headline are read for a kicker or breadcrumb.
KICKER_LINES = 2
# The outlet speaking for itself: first-person plural words, per language.
_WE = frozenset(
    """
    we our ours us ourselves
    nosotros nosotras nuestro nuestra nuestros nuestras creemos
    nous notre nos
    wir unser unsere unserer unseren unserem uns
    noi nostro nostra nostri nostre
    nos nosso nossa nossos nossas
    ми нас нам наш наша наше наші
    мы нас нам наш наша наше наши
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# "Q: …", "Q. …", "P: …" (pregunta, pergunta), "В: …" (вопрос, запитання).
_QUESTION_PREFIX = re.compile(r"^\s*(?:q\s*[:.]|p\s*:|в\s*:)\s+", re.IGNORECASE)
LETTER_SIGNATURE_SOURCE = "letter signature"


def _fold(text: str) -> str:
    """Lower case, no accents (Latin script), straight apostrophes, words joined by hyphens."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    # Combining marks go, except the breve of Cyrillic й and the diaeresis of ї (NFC restores).
    kept = "".join(
        ch
        for i, ch in enumerate(decomposed)
        if not unicodedata.combining(ch) or (i and "\u0400" <= decomposed[i - 1] <= "\u04ff")
    )
    words = re.findall(r"[\w&']+", unicodedata.normalize("NFC", kept))
    # An elided article is a word of its own: "l'editoriale" → "l'", "editoriale".
    split = []
    for word in words:
        head = re.match(r"([a-z]{1,4}')(\w.*)", word)
        split.extend(head.groups() if head else [word])
    return "-".join(split)


_GENRE_BY_LABEL = {
    _fold(label.replace("-", " ")): genre
    for genre in reversed(GENRES)  # where two genres share a word, the first listed wins
    for label in _LABELS[genre].split()
}


def genre_of_label(label: str) -> str:
    """The genre a section label or kicker names ("Letters", "Tribuna", "Meinung"), or ""."""
    folded = _fold(label)
    if not folded:
        return ""
    words = folded.split("-")
    if len(words) > 1 and words[0] in _DETERMINERS:
        words = words[1:]
        folded = "-".join(words)
    if folded in _GENRE_BY_LABEL:
        return _GENRE_BY_LABEL[folded]
    if len(words) > 5:  # a sentence that happens to start with "Letters", not a label
        return ""
    # "Opinion columnists", "Book reviews this week": a label opening or closing a longer one.
    for size in range(min(len(words) - 1, 4), 0, -1):
        for part in ("-".join(words[:size]), "-".join(words[-size:])):
            if part in _GENRE_BY_LABEL:
                return _GENRE_BY_LABEL[part]
    return ""


def _most_specific(found: list[tuple[str, str]]) -> tuple[str, str] | None:
    if not found:
        return None
    return min(found, key=lambda item: _SPECIFICITY.index(item[0]))


def _label_parts(text: str, origin: str) -> list[tuple[str, str]]:
    """(genre, provenance source) for each part of a label or breadcrumb that names a genre."""
    found = []
    for part in _SEPARATORS.split(text or ""):
        genre = genre_of_label(part)
        if genre:
            found.append((genre, f"{origin} “{part.strip()}”"))
    return found


def _headline_labels(title: str) -> list[tuple[str, str]]:
    """Labels around the headline: "Letter: …", "Opinion | …", "… | Editorial | Outlet"."""
    found = []
    parts = [part for part in _TITLE_PARTS.split(title or "") if part.strip()]
    prefix = _TITLE_LABEL.match(parts[0]) if parts else None
    if prefix:
        parts = [prefix.group("label"), *parts]
    # A part is a label only when the whole part is one: never a word of the headline itself.
    for part in parts if len(parts) > 1 else []:
        folded = _fold(part)
        words = folded.split("-")
        if words and words[0] in _DETERMINERS:
            folded = "-".join(words[1:])
        if folded in _GENRE_BY_LABEL:
            found.append((_GENRE_BY_LABEL[folded], f"headline label “{part.strip()}”"))
    return found


def _kicker_labels(audit: list[dict]) -> list[tuple[str, str]]:
    """Labels on the lines just above the headline, as the reader's audit records them: a
    kicker ("LETTERS", "L'EDITORIALE") or a breadcrumb ("Opinión / Cartas al director")."""
    title_at = next((i for i, entry in enumerate(audit) if entry.get("label") == "title"), None)
    if not title_at:
        return []
    found = []
    for entry in audit[max(0, title_at - KICKER_LINES) : title_at]:
        if entry.get("label") in ("furniture", "meta") and len(entry.get("text", "")) <= 80:
            found.extend(_label_parts(entry["text"], "label above the headline"))
    return found


def _url_labels(url: str | None) -> list[tuple[str, str]]:
    """Labels among the folders of the page's address: /opinion/letters_to_editor/…."""
    if not url:
        return []
    folders = [folder for folder in urlsplit(url).path.split("/") if folder][:-1]
    found = []
    for folder in folders:
        words = re.sub(r"[-_+.]+", " ", folder)
        genre = genre_of_label(words) if len(words.split()) <= 4 else ""
        if genre:
            found.append((genre, f"address section “/{folder}/”"))
    return found


def has_rating(extracted: ExtractedArticle) -> bool:
    """True when a line of the page or a paragraph is a star rating ("★★★★☆")."""
    lines = [entry.get("text", "") for entry in extracted.audit]
    lines += extracted.body.split("\n\n")[:3]
    return any(_RATING.fullmatch(line.strip()) for line in lines)


def speaks_as_outlet(body: str) -> bool:
    """True when the text speaks in the first person plural often ("we", "nous", "wir", "ми")."""
    words = _WORD.findall(body)
    # "US" and "NOS" in capitals are names (the United States), not "us".
    we = sum(word.casefold() in _WE and not (word.isupper() and len(word) > 1) for word in words)
    return we >= 3 and we >= len(words) * 0.005


def is_question_and_answer(body: str) -> bool:
    """True when the body alternates short question paragraphs with answers."""
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    # An interviewer's questions are short; an op-ed's rhetorical ones end long paragraphs.
    questions = [
        len(p) <= 300 and (p.endswith("?") or bool(_QUESTION_PREFIX.match(p))) for p in paragraphs
    ]
    asked = sum(questions)
    if asked < 3 or asked < len(paragraphs) * 0.25:
        return False
    # Each question is answered by the paragraph after it.
    answered = sum(
        1
        for here, after in zip(questions, [*questions[1:], True], strict=True)
        if here and not after
    )
    return answered >= asked * 0.75


def classify_genre(extracted: ExtractedArticle) -> tuple[str, str, bool]:
    """(genre, provenance source, inferred) for an extraction; ("", "", False) with no evidence.

    In order: a genre the reader found in the page's markup; a specific label the page shows
    (section, kicker, breadcrumb, headline label); a letter's signature; then, inferred, a
    specific section in the page's address, a star rating, an unsigned piece in the outlet's
    "we", questions and answers; then a stated opinion label, an opinion section in the
    address, and last any signed piece as an op-ed.
    """
    if extracted.genre in GENRES:
        stated = extracted.provenance.get("genre") or {}
        return (
            extracted.genre,
            stated.get("source") or "stated by the page",
            bool(stated.get("inferred")),
        )
    labels = [
        *_label_parts(extracted.section, "section label"),
        *_headline_labels(extracted.title),
        *_kicker_labels(extracted.audit),
    ]
    addressed = _url_labels(extracted.source_url)
    specific = _most_specific([item for item in labels if item[0] != OPINION])
    if specific:
        return (*specific, False)
    authors_source = (extracted.provenance.get("authors") or {}).get("source", "")
    if extracted.authors and authors_source == LETTER_SIGNATURE_SOURCE:
        return LETTER, LETTER_SIGNATURE_SOURCE, False
    specific = _most_specific([item for item in addressed if item[0] != OPINION])
    if specific:
        return (*specific, True)
    if has_rating(extracted):
        return REVIEW, "star rating", True
    if not extracted.authors and speaks_as_outlet(extracted.body):
        return EDITORIAL, "unsigned, in the outlet's own voice", True
    if is_question_and_answer(extracted.body):
        return INTERVIEW, "questions and answers", True
    if labels:
        return (*labels[0], False)
    if addressed:
        return (*addressed[0], True)
    if extracted.authors:
        return OPINION, "signed piece", True
    return "", "", False


def settle_genre(extracted: ExtractedArticle) -> None:
    """Set `extracted.genre` and its provenance from classify_genre ("" with no evidence)."""
    genre, source, inferred = classify_genre(extracted)
    extracted.genre = genre
    if genre:
        extracted.note("genre", source, inferred=inferred)
    else:
        extracted.provenance.pop("genre", None)
