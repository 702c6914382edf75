"""The text-dump reader's stages: line cues, the learned line model, the article region, the
metadata around it, the audit of every line and editors' corrections; and its score on a
held-out seed of the generated corpus."""

import sys
from datetime import date
from pathlib import Path

import pytest

from articles.importers.base import CaptureError, line_key
from articles.importers.text import read_text_dump
from articles.importers.text.labels import load_model
from articles.importers.text.lines import classify_cue

BENCH = Path(__file__).resolve().parent.parent / "bench"

BODY = [
    "The city council voted on Tuesday to close three libraries, and the decision will hurt the "
    "people who can least afford to lose them.",
    "Libraries are where students without a quiet room at home do their homework, and where "
    "older residents come to read the paper and talk to their neighbours.",
    "The savings are small: the budget shows that the three branches cost less than one per "
    "cent of what the city spends on roads every year.",
    "The council should reverse its decision before the closures take effect in the spring.",
]


def page(*, before: list[str], header: list[str], after: list[str], inside: list[str] = ()):
    """A dump: furniture, header lines, the body (with `inside` after its second paragraph)."""
    body = [*BODY[:2], *inside, *BODY[2:]]
    return "\n\n".join([*before, *header, *body, *after]) + "\n"


HEADER = ["Libraries are not a luxury", "By Jane Doe", "March 3, 2023"]


def body_of(article) -> list[str]:
    return article.body.split("\n\n")


@pytest.mark.parametrize(
    ("before", "after", "inside"),
    [
        pytest.param(
            ["Menu", "Sign in", "Username", "Password", "Forgot your password?"],
            [],
            [],
        ),
        pytest.param([], ["12 comments", "Leave a comment", "Log in to comment"], []),
        pytest.param(["We use cookies to improve your experience. Accept all"], [], []),
        pytest.param([], [], ["Share this article", "Facebook Twitter WhatsApp"]),
        ([], ["Related articles", "Why parks matter", "The bus lane debate"], []),
        (["© 2023 The Example Post"], ["© 2023 The Example Post. All rights reserved."], []),
        (["Iniciar sesión", "Compartir"], ["Comentarios (8)", "Lee también"], []),
    ],
    ids=[
        "login form",
        "comments",
        "cookie line",
        "share bar",
        "related list",
        "copyright",
        "spanish furniture",
    ],
)
def test_page_furniture_around_and_inside_the_article_leaves_the_body(before, after, inside):
    article = read_text_dump(page(before=before, header=HEADER, after=after, inside=inside))
    assert body_of(article) == BODY
    assert article.title == "Libraries are not a luxury"
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.published_on == date(2023, 3, 3)
    labelled = {entry["text"]: entry["label"] for entry in article.audit}
    for line in [*before, *after, *inside]:
        assert labelled[line] in ("furniture", "meta"), line


def test_a_kicker_is_the_section_not_the_title():
    article = read_text_dump(page(before=["Menu", "OPINION"], header=HEADER, after=[]))
    assert article.title == "Libraries are not a luxury"
    assert article.section == "Opinion"


def test_a_site_suffix_leaves_the_title():
    header = ["Libraries are not a luxury | Editorial", "March 3, 2023"]
    article = read_text_dump(page(before=[], header=header, after=[]))
    assert article.title == "Libraries are not a luxury"
    assert article.section == "Editorial"


@pytest.mark.parametrize(
    ("byline", "date_line", "names", "stated"),
    [
        ("Par Jean Dupont et Marie Lefèvre", "le 15 septembre 2009", ["Jean Dupont", "Marie Lefèvre"],
         date(2009, 9, 15)),
        ("Por Ana Pérez", "24 de noviembre de 2017", ["Ana Pérez"], date(2017, 11, 24)),
        ("Von Hans Müller", "3. März 2023", ["Hans Müller"], date(2023, 3, 3)),
        ("By MARY O'BRIEN", "Monday, November 18, 2019", ["Mary O'Brien"], date(2019, 11, 18)),
        ("By Jane Doe and John Roe", "18 Nov 2019 18.54 GMT", ["Jane Doe", "John Roe"],
         date(2019, 11, 18)),
    ],
)  # fmt: skip
def test_bylines_and_dates_in_several_languages(byline, date_line, names, stated):
    header = ["Libraries are not a luxury", byline, date_line]
    article = read_text_dump(page(before=["Menu"], header=header, after=[]))
    assert [a.name for a in article.authors] == names
    assert article.published_on == stated
    assert article.title == "Libraries are not a luxury"


def test_a_date_in_the_body_is_not_the_articles_date():
    text = page(before=[], header=["Libraries are not a luxury", "By Jane Doe"], after=[])
    text = text.replace("on Tuesday", "on March 7, 2021")
    article = read_text_dump(text)
    assert article.published_on is None
    assert "provenance" not in article.provenance.get("published_on", {})


def test_a_letter_signature_is_the_author_and_leaves_the_body():
    text = page(before=["Letters"], header=["Keep the libraries open"], after=[])
    text = text.replace(BODY[-1], BODY[-1] + "\n\nMargaret Ellison, Leeds")
    article = read_text_dump(text)
    assert [a.name for a in article.authors] == ["Margaret Ellison"]
    assert article.provenance["authors"]["source"] == "letter signature"
    assert "Margaret Ellison" not in article.body
    assert body_of(article) == BODY


def test_a_role_after_the_name_is_not_a_second_author():
    header = ["Libraries are not a luxury", "By Jane Doe, Senior Staff Technologist, Open Project"]
    article = read_text_dump(page(before=[], header=header, after=[]))
    assert [a.name for a in article.authors] == ["Jane Doe"]


def test_authors_named_only_in_a_closing_bio():
    bio = "Jane Doe is a senior fellow at the Example Institute."
    article = read_text_dump(page(before=[], header=["Libraries are not a luxury"], after=[bio]))
    assert [(a.name, a.bio) for a in article.authors] == [("Jane Doe", bio)]
    assert bio not in article.body


def test_outlet_from_a_from_line():
    article = read_text_dump(page(before=["From: The Example Post"], header=HEADER, after=[]))
    assert article.publisher_name == "The Example Post"


def test_no_field_is_invented():
    article = read_text_dump("\n\n".join(BODY))
    assert article.authors == [] and article.published_on is None
    assert article.publisher_name == "" and article.source_url is None
    assert article.provenance["title"]["inferred"] is True
    assert article.language == "" and article.genre == ""


def test_every_line_is_audited_with_a_label_and_a_reason():
    text = page(before=["Menu", "Sign in"], header=HEADER, after=["12 comments"])
    article = read_text_dump(text)
    assert [entry["index"] for entry in article.audit] == list(range(len(article.audit)))
    by_text = {entry["text"]: entry for entry in article.audit}
    assert by_text["Libraries are not a luxury"]["label"] == "title"
    assert by_text["By Jane Doe"]["label"] == "byline"
    assert by_text["March 3, 2023"]["label"] == "date"
    assert by_text["12 comments"] == {
        "index": by_text["12 comments"]["index"],
        "text": "12 comments",
        "label": "furniture",
        "reason": "comment count",
    }
    assert all(by_text[line]["label"] == "body" for line in BODY)
    assert all(entry["reason"] for entry in article.audit)


def test_corrections_override_the_classifier():
    extra = "Photo: the reading room of the central library."
    text = page(before=[], header=HEADER, after=[], inside=[extra])
    assert extra not in read_text_dump(text).body
    corrections = {line_key(extra): "body", line_key(BODY[-1]): "furniture"}
    article = read_text_dump(text, corrections=corrections)
    assert body_of(article) == [*BODY[:2], extra, BODY[2]]
    by_text = {entry["text"]: entry for entry in article.audit}
    assert by_text[extra]["reason"] == "editor's correction"
    assert by_text[BODY[-1]] ["label"] == "furniture"  # fmt: skip
    assert by_text[BODY[-1]]["reason"] == "editor's correction"


def test_a_line_forced_to_furniture_is_never_the_title():
    corrections = {line_key("Libraries are not a luxury"): "furniture"}
    article = read_text_dump(page(before=[], header=HEADER, after=[]), corrections=corrections)
    assert article.title != "Libraries are not a luxury"


def test_line_cues_name_the_furniture():
    assert classify_cue("Share on Facebook") == ("furniture", "share bar")
    assert classify_cue("Se connecter") == ("furniture", "login prompt")
    assert classify_cue("Mehr zum Thema")[0] == "widget"
    assert classify_cue("Published March 3, 2023 | Updated March 4, 2023") == ("date", "date line")


def test_the_line_model_is_stored_data_learned_offline():
    model = load_model()
    assert model["held_out_seed"] not in model["train_seeds"]
    assert set(model["body"]["weights"]) == set(model["features"])
    assert model["held_out"]["body_line_accuracy"] >= 0.98


def test_a_page_without_prose_is_rejected():
    with pytest.raises(CaptureError, match="no article text found"):
        read_text_dump("Menu\nSign in\nShare on Facebook\n")


def test_reader_scores_on_a_held_out_corpus_seed():
    """Field accuracy on pages the model never saw (seed 42; training used seeds 1-3)."""
    sys.path.insert(0, str(BENCH))
    import train_line_model

    pages = train_line_model.generated_pages(60, train_line_model.HELD_OUT_SEED)
    right = {"title": 0, "authors": 0, "date": 0, "body": 0}
    for text, truth in pages:
        article = read_text_dump(text)
        right["title"] += article.title == truth["title"]
        right["authors"] += [a.name for a in article.authors] == [
            a["name"] for a in truth["authors"]
        ] or not any(a["name"] in text for a in truth["authors"])
        right["date"] += article.published_on in (truth["date"], None)
        right["body"] += article.body == truth["body"]
    share = {field: count / len(pages) for field, count in right.items()}
    assert share["body"] >= 0.95, share
    assert share["title"] >= 0.75, share  # measured 0.77: short headlines are the misses
    assert share["authors"] >= 0.95, share
    assert share["date"] >= 0.95, share


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        ("© 2020 Harbour Gazette Media Ltd. Registered in England No. 01234567", "Harbour Gazette"),
        ("© Nordstadt Anzeiger GmbH & Co. KG 2019", "Nordstadt Anzeiger"),
        ("La Voce del Lago © 2022 - Tutti i diritti riservati", "La Voce del Lago"),
        ("Privacidade · Contactos · © Jornal do Vale", "Jornal do Vale"),
        ("Correio do Planalto - Todos os direitos reservados", "Correio do Planalto"),
        ("Все права защищены © 2021 «Северный вестник»", "Северный вестник"),
    ],
)
def test_copyright_notices_name_the_outlet(notice, outlet):
    article = read_text_dump(page(before=[], header=HEADER, after=[notice]))
    assert article.publisher_name == outlet
    assert article.provenance["publisher"] == {"source": "copyright line", "inferred": False}


def test_a_photo_agency_credit_is_not_the_outlet():
    article = read_text_dump(page(before=[], header=[*HEADER, "© Reuters"], after=[]))
    assert article.publisher_name == ""


def test_a_masthead_on_the_first_line_is_the_outlet():
    article = read_text_dump(page(before=["The Harbour Gazette", "Menu"], header=HEADER, after=[]))
    assert article.publisher_name == "The Harbour Gazette"
    assert article.provenance["publisher"]["source"] == "masthead"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Текст: КСЕНИЯ СЕРГЕЕВА", ["Ксения Сергеева"]),
        ("Un texte de Vincent Laurent", ["Vincent Laurent"]),
        ("Роман Романенко, Юрій Ковальчук і Михайло Мельник",
         ["Роман Романенко", "Юрій Ковальчук", "Михайло Мельник"]),
        ("Sophie Simon, Économiste, Observatoire des inégalités", ["Sophie Simon"]),
    ],
)  # fmt: skip
def test_bylines_without_a_by(byline, names):
    header = ["Libraries are not a luxury", byline, "March 3, 2023"]
    article = read_text_dump(page(before=[], header=header, after=[]))
    assert [a.name for a in article.authors] == names


@pytest.mark.parametrize(
    ("date_line", "stated"),
    [
        ("Paru le 26/12/2010", date(2010, 12, 26)),
        ("Mis en ligne le 14/09/2025 à 21h22", date(2025, 9, 14)),
        ("Roma, 18 AGOSTO 2016", date(2016, 8, 18)),
        ("Madrid, Domingo 1 de mayo de 2011, 12:28 h", date(2011, 5, 1)),
    ],
)
def test_date_lines_with_a_lead_in_or_a_place(date_line, stated):
    header = ["Libraries are not a luxury", "By Jane Doe", date_line]
    assert read_text_dump(page(before=[], header=header, after=[])).published_on == stated


def test_a_sentence_dated_in_the_body_is_not_a_date_line():
    text = page(before=[], header=["Libraries are not a luxury", "By Jane Doe"], after=[])
    text = text.replace(BODY[-1], BODY[-1] + "\n\nThe meeting ended on 3 March 2023")
    assert read_text_dump(text).published_on is None


def test_inline_related_links_and_pull_quotes_leave_the_body():
    inside = ["Lire aussi : Le fret ferroviaire, grand oublié du plan de relance"]
    text = page(before=[], header=HEADER, after=[], inside=inside)
    text = text.replace(
        BODY[2], "“Libraries are where students without a quiet room”\n\n" + BODY[2]
    )
    assert body_of(read_text_dump(text)) == BODY


def test_a_section_label_and_a_byline_run_into_the_headline_leave_the_title():
    header = ["Letter: Keep the libraries open", "March 3, 2023"]
    article = read_text_dump(page(before=[], header=header, after=[]))
    assert (article.title, article.section) == ("Keep the libraries open", "Letter")
    header = ["Il caro affitti svuota le città di Marco Bellini e Giulia Ferraro", "3 marzo 2023"]
    article = read_text_dump(page(before=[], header=header, after=[]))
    assert article.title == "Il caro affitti svuota le città"
    assert [a.name for a in article.authors] == ["Marco Bellini", "Giulia Ferraro"]


def test_a_disclaimer_in_another_language_leaves_the_body():
    note = "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor."
    article = read_text_dump(page(before=[], header=HEADER, after=[note]))
    assert body_of(article) == BODY


@pytest.mark.parametrize(
    ("note", "reason"),
    [
        ("Unsigned editorials reflect the position of the editorial board.", "note on the genre"),
        ("Nos éditoriaux expriment la position du journal.", "note on the genre"),
        ("Los editoriales reflejan la posición de la dirección.", "note on the genre"),
        ("Leitartikel geben die Meinung der Redaktion wieder.", "note on the genre"),
        ("Our answers were condensed and edited for brevity.", "editing note"),
        ("L'entretien a été raccourci pour plus de clarté.", "editing note"),
        ("Das Interview wurde aus Platzgründen gekürzt.", "editing note"),
        ("La conversación fue editada por razones de espacio.", "editing note"),
        ("This column is available only to paying subscribers.", "paywall notice"),
        ("Chronique réservée aux abonnés", "paywall notice"),
        ("Contenido exclusivo para suscriptores", "paywall notice"),
        ("Nur für Abonnenten: jetzt weiterlesen", "paywall notice"),
        ("Contenuto esclusivo per gli abbonati", "paywall notice"),
        ("Текст доступний тільки для передплатників", "paywall notice"),
    ],
)
def test_standing_notes_and_paywall_lines_leave_the_body(note, reason):
    assert classify_cue(note)[1] == reason
    article = read_text_dump(page(before=[], header=HEADER, after=[note]))
    assert body_of(article) == BODY


def test_prose_about_editorials_stays_in_the_body():
    line = "The mayor wrote angry letters about our coverage for years, and we printed them all."
    article = read_text_dump(page(before=[], header=HEADER, after=[], inside=[line]))
    assert line in body_of(article)


def test_a_closing_bio_with_an_unlisted_job_title_leaves_the_body():
    bio = "Jane Doe is a Principal Field Cartographer with the Harbour Mapping Trust."
    article = read_text_dump(page(before=[], header=HEADER, after=[bio]))
    assert body_of(article) == BODY
    assert [(author.name, author.bio) for author in article.authors] == [("Jane Doe", bio)]


@pytest.mark.parametrize("role", ["technologist", "organizer", "campaigner", "nurse", "engineer"])
def test_a_closing_bio_names_ordinary_jobs(role):
    bio = f"Jane Doe is a {role} who has lived in the city for twenty years."
    article = read_text_dump(page(before=[], header=HEADER, after=[bio]))
    assert bio not in body_of(article)


@pytest.mark.parametrize(
    "credit",
    [
        "© AFP",
        "Imagen: EFE",
        "Foto Ansa",
        "Photograph: Lee Moss/Reuters",
        "Tom Hale (Europa Press)",
    ],
)
def test_a_picture_credit_and_the_caption_above_it_leave_the_body(credit):
    caption = "Readers wait for the doors of the branch library to open."
    article = read_text_dump(page(before=[], header=HEADER, after=[], inside=[caption, credit]))
    assert body_of(article) == BODY
    assert classify_cue(credit)[0] == "credit"


def test_a_caption_closed_by_an_agency_credit_leaves_the_body():
    caption = "Readers wait for the doors of the branch library to open. Tom Hale / AP"
    article = read_text_dump(page(before=[], header=HEADER, after=[], inside=[caption]))
    assert body_of(article) == BODY


def test_a_paragraph_above_a_credit_stays_when_it_is_longer_than_a_caption():
    long_line = (
        "Readers have waited outside this branch every morning for forty years, in rain and "
        "in snow, because it is the only warm room on the street."
    )
    text = page(before=[], header=HEADER, after=[], inside=[long_line, "Photo: AP"])
    assert long_line in body_of(read_text_dump(text))


@pytest.mark.parametrize(
    "line",
    [
        "Sie haben 2 von 10 kostenlosen Artikeln gelesen.",
        "Lesen Sie mehr: Warum der Busverkehr teurer wird",
        "En savoir plus : les bibliothèques de quartier",
        "Letters may be edited for length; please include your town.",
        "La rédaction se réserve le droit de raccourcir les courriers.",
        "Poglądy felietonisty nie muszą być zgodne ze stanowiskiem wydawcy.",
        "Unser Blatt finanziert sich durch seine Leser: unterstützen Sie uns mit einer Spende.",
        "Le journalisme indépendant a besoin de votre soutien : chaque don compte pour la rédaction.",
        "Незалежна журналістика потребує читачів: підтримайте нас будь-якою сумою.",
    ],
)
def test_meters_related_links_letters_notes_and_appeals_leave_the_body(line):
    article = read_text_dump(page(before=[], header=HEADER, after=[], inside=[line]))
    assert line not in body_of(article)


@pytest.mark.parametrize(
    "line",
    [
        "Mehr: Warum die Stadtbibliothek schließen muss",
        "Please send your letters with your name and town to the letters desk.",
        "Присылайте свои письма в редакцию с указанием города.",
        "If you value our journalism, please consider a regular contribution to the newsroom.",
        "Readers crowd the steps of the old library at noon? © picture alliance",
    ],
)
def test_more_links_letters_calls_funding_appeals_and_credits_leave_the_body(line):
    article = read_text_dump(page(before=[], header=HEADER, after=[], inside=[line]))
    assert body_of(article) == BODY


def test_a_bare_more_button_is_not_a_related_list_that_ends_the_article():
    article = read_text_dump(page(before=[], header=HEADER, after=[], inside=["More"]))
    assert body_of(article)[-1] == BODY[-1]


def test_the_dates_of_a_list_of_other_articles_above_the_headline_are_not_the_articles():
    listing = [
        "Most read",
        "Why the ferry costs more",
        "4 May 2022",
        "A winter without snow",
        "9 May 2022",
        "The mayor's last budget",
        "12 May 2022",
    ]
    article = read_text_dump(page(before=listing, header=HEADER[:2], after=[]))
    assert article.published_on is None
    dated = read_text_dump(page(before=listing, header=HEADER, after=[]))
    assert dated.published_on == date(2023, 3, 3)


@pytest.mark.parametrize(
    "line",
    [
        "Scrivete al direttore: le lettere possono essere accorciate dalla redazione.",
        "Le migliori rubriche della settimana, ogni lunedì nella tua casella di posta.",
        "Contenuto sponsorizzato",
        "Скачать PDF",
    ],
)
def test_letters_calls_newsletters_sponsored_labels_and_downloads_leave_the_body(line):
    article = read_text_dump(page(before=[], header=HEADER, after=[], inside=[line]))
    assert body_of(article) == BODY


def test_a_consent_banners_buttons_are_not_the_outlet():
    article = read_text_dump(page(before=["Accept all  Got it"], header=HEADER, after=[]))
    assert article.publisher_name == ""


def test_a_capitalised_pair_opening_a_closing_paragraph_is_no_verbless_bio():
    closing = "Porta Nuova da anni chiede al comune un presidente di quartiere."
    article = read_text_dump(page(before=[], header=HEADER[:1], after=[closing]))
    assert [author.name for author in article.authors] != ["Porta Nuova"]
    verbless = "Anna Bianchi former director of the Harbour Trust."
    article = read_text_dump(page(before=[], header=HEADER[:1], after=[verbless]))
    assert [author.name for author in article.authors] == ["Anna Bianchi"]
