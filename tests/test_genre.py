"""Genre: what the page states (labels, headline labels, signatures, markup), else inferred."""

import json

import pytest

from articles.importers.base import ExtractedArticle, ExtractedAuthor
from articles.importers.genre import classify_genre, genre_of_label
from articles.importers.pipeline import apply_extracted, import_paths, reextract_capture
from articles.models import Article
from tests.factories import make_capture

ARGUMENT = (
    "The city has cut three bus routes this year without asking the riders who depend on them."
    "\n\nThe savings are small, and the cost to the outer districts will be large and lasting."
    "\n\nThere is still time to reverse the decision and to plan the network properly."
)


def extraction(body: str = ARGUMENT, *, authors=("Ana Ortega",), **fields) -> ExtractedArticle:
    extracted = ExtractedArticle(
        title=fields.pop("title", "Fund the buses"),
        body=body,
        authors=[ExtractedAuthor(name) for name in authors],
        **fields,
    )
    if authors:
        extracted.note("authors", "byline line")
    return extracted


@pytest.mark.parametrize(
    ("label", "genre"),
    [
        ("Opinion", "opinion"),
        ("Op-Ed", "opinion"),
        ("Comment", "opinion"),
        ("Columnists", "opinion"),
        ("Viewpoint", "opinion"),
        ("Tribune", "opinion"),
        ("Opinión", "opinion"),
        ("TRIBUNA", "opinion"),
        ("Meinung", "opinion"),
        ("Gastbeitrag", "opinion"),
        ("Kommentar", "opinion"),
        ("Commento", "opinion"),
        ("Opinione", "opinion"),
        ("Opinião", "opinion"),
        ("Думка", "opinion"),
        ("Колонка", "opinion"),
        ("Мнение", "opinion"),
        ("Editorial", "editorial"),
        ("Éditorial", "editorial"),
        ("Leitartikel", "editorial"),
        ("Editoriale", "editorial"),
        ("Редакційна стаття", "editorial"),
        ("Редакционная статья", "editorial"),
        ("Our view", "editorial"),
        ("Letters", "letter"),
        ("Letter to the editor", "letter"),
        ("Cartas al director", "letter"),
        ("Courrier des lecteurs", "letter"),
        ("Leserbriefe", "letter"),
        ("Lettere", "letter"),
        ("Cartas dos leitores", "letter"),
        ("Листи", "letter"),
        ("Письма читателей", "letter"),
        ("Analysis", "analysis"),
        ("Análisis", "analysis"),
        ("Analyse", "analysis"),
        ("Analisi", "analysis"),
        ("Análise", "analysis"),
        ("Аналітика", "analysis"),
        ("Анализ", "analysis"),
        ("Interview", "interview"),
        ("Entrevista", "interview"),
        ("Entretien", "interview"),
        ("Intervista", "interview"),
        ("Інтерв’ю", "interview"),
        ("Интервью", "interview"),
        ("Review", "review"),
        ("Reseña", "review"),
        ("Critique", "review"),
        ("Rezension", "review"),
        ("Recensione", "review"),
        ("Crítica", "review"),
        ("Рецензія", "review"),
        ("Рецензия", "review"),
        ("Book reviews", "review"),
        ("L'EDITORIALE", "editorial"),
        ("L’Éditorial", "editorial"),
        ("The Editorial", "editorial"),
        ("Die Analyse", "analysis"),
        ("Analyses", "analysis"),
        ("Letters must be 250 words or fewer and include your name", ""),
        ("Opinion columnists", "opinion"),
        ("World", ""),
        ("Politics", ""),
        ("Sport", ""),
        ("", ""),
    ],
)
def test_section_labels_name_their_genre_in_each_language(label, genre):
    assert genre_of_label(label) == genre


@pytest.mark.parametrize(
    ("section", "genre"),
    [
        ("Letters", "letter"),
        ("Opinión", "opinion"),
        ("Opinion | Letters", "letter"),  # the specific label wins over the generic section
        ("Meinung / Leitartikel", "editorial"),
        ("Culture › Critique", "review"),
    ],
)
def test_a_stated_section_gives_a_stated_genre(section, genre):
    assert classify_genre(extraction(section=section)) == (
        genre,
        f"section label “{section.split()[-1]}”",
        False,
    )


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("Letter: The buses are our lifeline", "letter"),
        ("Editorial: Fund the buses", "editorial"),
        ("Opinion | Fund the buses", "opinion"),
        ("Analysis: Why the routes were cut", "analysis"),
        ("Interview: The mayor on buses", "interview"),
        ("Review: A history of the tram", "review"),
        ("Entretien : le maire et les bus", "interview"),
        ("Análisis: por qué se cortaron las líneas", "analysis"),
        ("Why the buses matter | Editorial", "editorial"),
        ("Transit levy deserves a yes vote | Editorial | Lakeshore Tribune", "editorial"),
        ("Fund the buses - Opinion - The Herald", "opinion"),
    ],
)
def test_a_headline_label_gives_a_stated_genre(title, genre):
    found, source, inferred = classify_genre(extraction(title=title))

    assert (found, inferred) == (genre, False)
    assert source.startswith("headline label")


@pytest.mark.parametrize(
    "title",
    [
        "The review of pensions is overdue",
        "Letters from the front are hard to read",
        "My interview with the mayor went badly: here is why",
    ],
)
def test_genre_words_inside_a_headline_are_not_labels(title):
    assert classify_genre(extraction(title=title)) == ("opinion", "signed piece", True)


def audit(*lines: tuple[str, str]) -> list[dict]:
    return [
        {"index": n, "text": text, "label": label, "reason": "test"}
        for n, (label, text) in enumerate(lines)
    ]


@pytest.mark.parametrize(
    ("above", "genre"),
    [
        ("LETTERS", "letter"),
        ("Opinión / Cartas al director", "letter"),
        ("Analysis · Climate & Insurance", "analysis"),
        ("L'EDITORIALE", "editorial"),
        ("Колонки", "opinion"),
    ],
)
def test_a_kicker_or_breadcrumb_just_above_the_headline_states_the_genre(above, genre):
    extracted = extraction(authors=())
    extracted.audit = audit(
        ("furniture", "Home"),
        ("furniture", "Sport"),
        ("furniture", above),
        ("title", extracted.title),
        ("body", ARGUMENT),
    )

    found, source, inferred = classify_genre(extracted)

    assert (found, inferred) == (genre, False)
    assert source.startswith("label above the headline")


def test_navigation_far_above_the_headline_is_not_a_kicker():
    extracted = extraction()
    extracted.audit = audit(
        ("furniture", "Letters"),
        ("furniture", "Obituaries"),
        ("furniture", "Classifieds"),
        ("furniture", "Subscribe"),
        ("title", extracted.title),
    )

    assert classify_genre(extracted) == ("opinion", "signed piece", True)


@pytest.mark.parametrize(
    ("url", "genre"),
    [
        (
            "https://news.example.com/opinion/letters_to_editor/trail-fees/article_5c1e.html",
            "letter",
        ),
        ("https://example.org/meinung/leitartikel/2024/ein-titel", "editorial"),
        ("https://example.es/opinion/2024/03/01/fund-the-buses.html", "opinion"),
        # The article's own slug is not a section, whatever words it uses.
        ("https://example.com/news/a-review-of-the-bus-network", "opinion"),
    ],
)
def test_a_section_in_the_address_is_an_inferred_genre(url, genre):
    found, source, inferred = classify_genre(extraction(source_url=url))

    assert found == genre
    assert inferred
    if genre != "opinion" or "opinion" in url:
        assert source.startswith("address section")


def test_a_star_rating_makes_an_inferred_review():
    extracted = extraction()
    extracted.audit = audit(("title", extracted.title), ("meta", "★★★★☆"), ("body", ARGUMENT))

    assert classify_genre(extracted) == ("review", "star rating", True)


def test_a_genre_the_reader_found_in_the_markup_is_kept():
    extracted = extraction(genre="review", section="Opinion")
    extracted.note("genre", "JSON-LD @type")

    assert classify_genre(extracted) == ("review", "JSON-LD @type", False)


def test_a_letter_signature_makes_a_letter():
    extracted = extraction(authors=())
    extracted.authors = [ExtractedAuthor("J. Smith")]
    extracted.note("authors", "letter signature")

    assert classify_genre(extracted) == ("letter", "letter signature", False)


@pytest.mark.parametrize(
    "body",
    [
        "We have argued for years that the routes matter. Our city cannot afford to lose them, "
        "and we will keep saying so until the council listens to us.",
        "Nous l'avons écrit cent fois : notre ville a besoin de ses bus. Nous demandons au "
        "conseil de revenir sur sa décision, et nous ne lâcherons pas.",
        "Wir haben es oft geschrieben: Unsere Stadt braucht ihre Busse. Wir fordern den Rat auf, "
        "die Entscheidung zurückzunehmen, und wir bleiben dabei.",
        "Ми вже писали про це: наше місто потребує автобусів. Ми закликаємо раду переглянути "
        "рішення, і ми не відступимо.",
    ],
)
def test_an_unsigned_piece_in_the_outlets_voice_is_an_inferred_editorial(body):
    assert classify_genre(extraction(body, authors=())) == (
        "editorial",
        "unsigned, in the outlet's own voice",
        True,
    )


def test_the_us_in_capitals_is_a_country_not_the_outlets_voice():
    body = (
        "The US economy grew last year. US exports rose, and US officials expect more growth. "
        "Analysts say the US will keep its lead."
    )
    assert classify_genre(extraction(body, authors=())) == ("", "", False)


def test_an_unsigned_editorial_in_an_opinion_section_is_an_editorial():
    body = "We believe the council is wrong. Our readers agree with us, and we say so plainly."
    assert classify_genre(extraction(body, authors=(), section="Opinion"))[0] == "editorial"


def test_questions_and_answers_make_an_inferred_interview():
    body = "\n\n".join(
        [
            "The mayor spoke to us about the bus cuts.",
            "Why cut the routes now?",
            "Because the budget left no choice, and the routes were half empty.",
            "Did you ask the riders?",
            "We held two meetings, and few people came.",
            "Will the routes come back?",
            "If the ridership grows, yes.",
        ]
    )
    assert classify_genre(extraction(body)) == ("interview", "questions and answers", True)


def test_rhetorical_questions_do_not_make_an_interview():
    body = (
        "Who pays for the cuts? The riders, as always.\n\n"
        "What did the council save? Almost nothing, as its own figures show.\n\n"
        "Is there another way? Of course there is, and it starts with asking.\n\n" + ARGUMENT
    )
    assert classify_genre(extraction(body))[0] == "opinion"


def test_a_signed_piece_is_an_inferred_opinion_and_no_evidence_is_no_genre():
    assert classify_genre(extraction()) == ("opinion", "signed piece", True)
    assert classify_genre(extraction(authors=())) == ("", "", False)


# --- In the importer --------------------------------------------------------------------------
@pytest.mark.django_db
def test_import_stores_the_genre_with_its_provenance():
    article, _, _ = apply_extracted(extraction(section="Cartas al director"))

    assert article.genre == "letter"
    assert article.provenance["genre"] == {
        "source": "section label “Cartas al director”",
        "inferred": False,
    }


@pytest.mark.django_db
def test_a_piece_without_evidence_has_no_genre():
    article, _, _ = apply_extracted(extraction(authors=()))

    assert article.genre == ""
    assert "genre" not in article.provenance


@pytest.mark.django_db
def test_a_locked_genre_survives_reextraction():
    article, _, _ = apply_extracted(extraction())
    assert article.genre == "opinion"
    article.genre, article.locked_fields = "analysis", ["genre"]
    article.provenance["genre"] = {"source": "editor", "inferred": False}
    article.save()
    capture = make_capture(
        article,
        raw_text="Fund the buses\n\nBy Ana Ortega\n\n" + ARGUMENT,
        format="text",
    )

    result = reextract_capture(capture)

    assert result.outcome != "failed", result.error
    article.refresh_from_db()
    assert article.genre == "analysis"
    assert article.provenance["genre"] == {"source": "editor", "inferred": False}


@pytest.mark.django_db
def test_json_lines_records_state_a_genre_or_are_rejected_by_name(tmp_path):
    records = [
        {"title": "Stated", "body": ARGUMENT, "genre": "review"},
        {"title": "Wrong", "body": ARGUMENT + " Again.", "genre": "gossip"},
    ]
    (tmp_path / "bulk.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )

    summary, _ = import_paths([tmp_path])

    stated = Article.objects.get(title="Stated")
    assert (stated.genre, stated.is_inferred("genre")) == ("review", False)
    [failure] = summary.failures
    assert failure.file_name.endswith("bulk.jsonl:2")
    assert "genre must be one of" in failure.error and "'gossip'" in failure.error
