"""Each article's language: detected from its text unless the capture states it; locks hold."""

import json

import pytest

from articles.importers.base import ExtractedArticle, ExtractedAuthor
from articles.importers.language import DETECTED_SOURCE, detect_language
from articles.importers.pipeline import apply_extracted, import_paths
from articles.models import Article

PARAGRAPHS = {
    "en": "The council voted last night to close two libraries. Nobody asked the people who "
    "use them every day, and that is the real scandal.",
    "es": "El gobierno ha decidido recortar el presupuesto de las escuelas públicas. Nadie ha "
    "preguntado a los padres, y eso es lo más grave.",
    "fr": "Le gouvernement a décidé de réduire le budget des écoles publiques. Personne n'a "
    "demandé l'avis des parents, et c'est bien là le problème.",
    "de": "Die Regierung hat beschlossen, den öffentlichen Schulen das Geld zu kürzen. Niemand "
    "hat die Eltern gefragt, und genau das ist der Skandal.",
    "it": "Il governo ha deciso di tagliare i fondi alle scuole pubbliche. Nessuno ha chiesto "
    "il parere dei genitori, ed è proprio questo il problema.",
    "pt": "O governo decidiu cortar o orçamento das escolas públicas. Ninguém perguntou a "
    "opinião dos pais, e é exatamente esse o problema.",
    "ru": "Правительство решило сократить бюджет государственных школ. Никто не спросил "
    "мнения родителей, и в этом главная проблема.",
    "uk": "Уряд вирішив скоротити бюджет державних шкіл. Ніхто не запитав думки батьків, і "
    "саме в цьому полягає головна проблема.",
    "pl": "Rząd postanowił obciąć budżet szkół publicznych. Nikt nie zapytał rodziców o zdanie "
    "i właśnie to jest największy problem.",
    "nl": "De regering heeft besloten het budget van de openbare scholen te verlagen. Niemand "
    "heeft de ouders om hun mening gevraagd, en dat is het echte probleem.",
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_a_short_paragraph_is_recognised_in_each_archive_language(code):
    assert detect_language(PARAGRAPHS[code]) == code


@pytest.mark.parametrize(
    ("headline", "code"),
    [
        ("The buses are worth every penny", "en"),
        ("Las escuelas no son un gasto", "es"),
        ("Les bus valent bien leur prix", "fr"),
        ("Die Busse brauchen mehr Geld", "de"),
        ("Il governo sbaglia sulle scuole", "it"),
        ("As escolas não são um gasto", "pt"),
        ("As escolas públicas não são um gasto do governo", "pt"),
        ("Школы не должны платить за кризис", "ru"),
        ("Школи не мають платити за кризу", "uk"),
    ],
)
def test_a_headline_alone_gives_its_language_or_none_never_a_wrong_one(headline, code):
    # Five words can tie between neighbours (Portuguese and Spanish): then "", not a guess.
    assert detect_language(headline) in {code, ""}


@pytest.mark.parametrize("text", ["", "   ", "OK", "12 345 678 — 2024", "Foto: AP"])
def test_too_little_text_is_unknown_rather_than_guessed(text):
    assert detect_language(text) == ""


def test_a_long_body_is_judged_on_its_opening():
    # Only the opening is read (SAMPLE_CHARACTERS): a long German piece ending in an English
    # appendix is still German.
    body = (PARAGRAPHS["de"] + "\n\n") * 30 + (PARAGRAPHS["en"] + "\n\n") * 200
    assert detect_language(body) == "de"


def extraction(body: str, **fields) -> ExtractedArticle:
    extracted = ExtractedArticle(
        title=fields.pop("title", "A headline"),
        body=body,
        authors=fields.pop("authors", [ExtractedAuthor("Ana Ortega")]),
        **fields,
    )
    extracted.note("title", "test")
    return extracted


@pytest.mark.django_db
def test_an_unstated_language_is_detected_and_marked_inferred():
    article, outcome, _ = apply_extracted(
        extraction(PARAGRAPHS["es"], title="Las escuelas no son un gasto")
    )

    assert outcome == "created"
    assert article.language == "es"
    assert article.provenance["language"] == {"source": DETECTED_SOURCE, "inferred": True}


@pytest.mark.django_db
def test_a_readers_own_guess_gives_way_to_detection():
    extracted = extraction(PARAGRAPHS["fr"], language="en")
    extracted.note("language", "stop-word count (inferred)", inferred=True)

    article, _, _ = apply_extracted(extracted)

    assert article.language == "fr"
    assert article.provenance["language"]["source"] == DETECTED_SOURCE


@pytest.mark.django_db
def test_a_stated_language_is_kept_even_when_the_text_reads_otherwise():
    # An HTML page's lang attribute or a JSON Lines record states the language: it stands.
    extracted = extraction(PARAGRAPHS["en"], language="ca")
    extracted.note("language", "html lang")

    article, _, _ = apply_extracted(extracted)

    assert article.language == "ca"
    assert article.provenance["language"] == {"source": "html lang", "inferred": False}


@pytest.mark.django_db
def test_undetectable_text_has_no_language_rather_than_english():
    article, _, _ = apply_extracted(extraction("1-0 (45’), 2-0 (78’), 2-1 (90+3’)", title="3:1"))

    assert article.language == ""
    assert "language" not in article.provenance


@pytest.mark.django_db
def test_a_locked_language_survives_reimport_of_a_changed_capture():
    first, _, _ = apply_extracted(extraction(PARAGRAPHS["de"], source_url="https://x.example/a"))
    first.language, first.locked_fields = "de", ["language"]
    first.provenance["language"] = {"source": "editor", "inferred": False}
    first.save()

    changed = extraction(PARAGRAPHS["nl"], source_url="https://x.example/a")
    article, outcome, fields = apply_extracted(changed)

    assert (article.pk, outcome) == (first.pk, "updated")
    assert "language" not in fields
    article.refresh_from_db()
    assert article.language == "de"
    assert article.provenance["language"] == {"source": "editor", "inferred": False}


@pytest.mark.django_db
def test_imported_files_get_their_language(tmp_path):
    (tmp_path / "dump.txt").write_text(
        "Les transports publics méritent mieux\n\nPar Claire Martin\n\n"
        + "\n\n".join(
            [
                "La ville a supprimé trois lignes de bus cette année, sans la moindre "
                "consultation des usagers qui en dépendent chaque jour pour aller travailler.",
                "Les économies annoncées sont minimes, alors que les conséquences pour les "
                "quartiers éloignés du centre seront lourdes et durables.",
                "Il est encore temps de revenir sur cette décision et de proposer un plan "
                "sérieux pour le réseau, avec les habitants et non contre eux.",
            ]
        ),
        encoding="utf-8",
    )
    (tmp_path / "bulk.jsonl").write_text(
        json.dumps({"title": "Ein Titel", "body": PARAGRAPHS["en"], "language": "de"}) + "\n",
        encoding="utf-8",
    )
    summary, _ = import_paths([tmp_path])

    assert summary.count("created") == 2, summary.failures
    assert Article.objects.get(title="Ein Titel").language == "de"  # the record states it
    dumped = Article.objects.exclude(title="Ein Titel").get()
    assert dumped.language == "fr"
    assert dumped.is_inferred("language")
