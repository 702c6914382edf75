"""Search in each article's language, and names across scripts: run on SQLite and PostgreSQL.

Every query here uses a word form the article does not print, so only stemming in the
article's language (or folding, or a name key) can find it.
"""

import pytest

from articles.models import Article
from articles.search import rebuild_search_index, update_search_index
from articles.search.languages import LANGUAGES, index_text, strip_ukrainian
from articles.templatetags.archive import highlight
from tests.factories import make_article, make_author

# language: (a text in it, queries in other inflected forms, an unrelated text in it)
CORPORA = {
    "en": (
        "The sanctions were tightened after the vote.",
        ["sanctioning", "tighten"],
        "The harvest festival drew crowds to the square.",
    ),
    "es": (
        "Las sanciones económicas fracasaron otra vez.",
        ["sanción", "económica"],
        "El festival de la cosecha llenó la plaza.",
    ),
    "fr": (
        "Les négociations ont échoué à Genève.",
        ["négociation", "échouer"],
        "La fête des vendanges a rempli la place.",
    ),
    "de": (
        "Die wirtschaftlichen Sanktionen zeigen Wirkung.",
        ["Sanktion", "wirtschaftliche"],
        "Das Erntefest füllte den Marktplatz.",
    ),
    "it": (
        "Le sanzioni europee falliscono ancora.",
        ["sanzione", "europea"],
        "La festa della vendemmia ha riempito la piazza.",
    ),
    "pt": (
        "Os governos negociam um acordo.",
        ["governo", "negociar"],
        "A festa da colheita encheu a praça.",
    ),
    "ru": (
        "Санкции против России работают.",
        ["санкциями", "Россией"],
        "Праздник урожая собрал всю площадь.",
    ),
    "uk": (
        "Санкції проти Росії працюють.",
        ["санкціями", "Росією", "працювати"],
        "Свято врожаю зібрало всю площу.",
    ),
    "pl": (
        "Sankcje wobec Rosji wciąż obowiązują.",
        ["sankcjami", "Rosja"],
        "Dożynki wypełniły cały rynek.",
    ),
}


def indexed(title: str, **fields) -> Article:
    article = make_article(title, **fields)
    update_search_index([article.pk])
    return article


def titles(query: str) -> set[str]:
    return {article.title for article in Article.objects.search(query)}


@pytest.fixture
def every_language(db):
    for language, (text, _, unrelated) in CORPORA.items():
        indexed(f"{language} match", body=text, language=language)
        indexed(f"{language} unrelated", body=unrelated, language=language)


def test_every_listed_language_is_stemmed():
    assert set(CORPORA) <= set(LANGUAGES)


@pytest.mark.parametrize("language", sorted(CORPORA))
def test_inflected_forms_find_the_article_in_its_language(every_language, language):
    _, queries, _ = CORPORA[language]
    for query in queries:
        assert titles(query) == {f"{language} match"}, query
    # All the forms at once (ANDed), as a phrase of the first two words' other forms is not.
    assert titles(" ".join(queries)) == {f"{language} match"}


def test_a_german_form_finds_german_and_an_english_form_english(db):
    indexed("Sanktionen", body="Die Sanktionen wirken.", language="de")
    indexed("Sanctions", body="The sanctions bite.", language="en")
    assert titles("Sanktion") == {"Sanktionen"}
    assert titles("sanction") == {"Sanctions"}


def test_a_foreign_stem_never_matches_english_text(db):
    """German stems "former" to form, which is the English stem of "forms": an English article
    about forms must not answer a query for "former"."""
    indexed("Forms", body="Fill in the forms by Friday.", language="en")
    indexed("Former", body="The former minister spoke.", language="en")
    indexed("Ehemalige", body="Der Former arbeitet in der Gießerei.", language="de")
    assert titles("former") == {"Former", "Ehemalige"}
    assert "Former" not in titles("forms")  # German "forms" is form too: that finds Ehemalige


def test_accents_and_case_are_folded_for_matching(every_language):
    for query in ("NEGOCIATION", "negociation", "Négociations", "ÉCHOUÉ"):
        assert titles(query) == {"fr match"}, query
    for query in ("sancion", "SANCIÓN", "economicas"):
        assert titles(query) == {"es match"}, query
    assert titles("wciaz") == {"pl match"}  # ą and ż folded
    assert titles("OBOWIĄZUJĄ") == {"pl match"}


def test_phrases_near_prefix_scopes_and_negation_work_in_every_language(db):
    indexed(
        "Wirtschaft",
        body="Die wirtschaftlichen Sanktionen treffen die Industrie hart.",
        language="de",
    )
    indexed("Війна", body="Війна триває. Санкції проти Росії посилюються.", language="uk")
    indexed("Sanciones en el título", body="Nada más.", language="es")
    assert titles('"wirtschaftliche Sanktion"') == {"Wirtschaft"}
    assert titles('"Sanktion wirtschaftliche"') == set()  # order matters in a phrase
    assert titles("wirtschaftliche NEAR/3 Industrien") == {"Wirtschaft"}
    assert titles("wirtschaftliche NEAR/1 Industrien") == set()
    assert titles('"санкцій проти Росією"') == {"Війна"}
    assert titles("війною NEAR/2 санкцій") == {"Війна"}
    assert titles("Sankt*") == {"Wirtschaft"}
    assert titles("title:sanción") == {"Sanciones en el título"}
    assert titles("body:sanción") == set()
    assert titles("санкцій -війни") == set()
    assert titles("санкцій OR Sanktion") == {"Wirtschaft", "Війна"}


def test_snippets_mark_the_printed_words_escaped(db):
    indexed(
        "Markup",
        body="Vorher <b>fett</b> & die Sanktionen gegen Rüstungsfirmen, 3 < 4.",
        language="de",
    )
    indexed("Négo", body="Les <i>négociations</i> ont échoué.", language="fr")
    [german] = Article.objects.search("sanktion rustungsfirmen")
    html = highlight(german.snippet)
    assert "<mark>Sanktionen</mark>" in html and "<mark>Rüstungsfirmen</mark>" in html
    assert "<b>" not in html and "&lt;b&gt;fett" in html and "&amp;" in html
    [french] = Article.objects.search("negociation")
    html = highlight(french.snippet)
    assert "<mark>négociations</mark>" in html  # accents kept for display
    assert "<mark>ont</mark>" not in html and "&lt;i&gt;" in html


def test_an_article_of_another_language_matches_its_exact_words(db):
    indexed("Dutch", body="De sancties werken niet.", language="nl")
    assert titles("sancties") == {"Dutch"}
    assert titles("sanctie") == set()  # no Dutch stemmer: exact (folded) forms only


@pytest.mark.parametrize("full_rank_limit", [2_000, 0])  # ranked on whole texts, or openings
def test_each_language_ranks_title_matches_above_body_mentions(db, monkeypatch, full_rank_limit):
    """In an archive of several languages, each article is ranked in its own language, its
    code read as the stemmer reads it (a regional "de-AT" is German, "nl" has no stemmer)."""
    from articles import search

    monkeypatch.setattr(search, "FULL_RANK_LIMIT", full_rank_limit)
    filler = " ".join(["Lorem ipsum dolor sit amet."] * 30)
    for language in ("en", "de-AT", "nl"):
        indexed(f"Referendum ({language})", body=filler, language=language)
        indexed(f"Mention ({language})", body=f"{filler} A referendum, maybe.", language=language)
    ranked = [article.title for article in Article.objects.search("referendum")]
    assert len(ranked) == 6
    assert all(title.startswith("Referendum") for title in ranked[:3]), ranked


def test_reindexing_follows_a_changed_language(db):
    article = indexed("Wrong language", body="Die Sanktionen wirken.", language="en")
    assert titles("Sanktion") == set()
    Article.objects.filter(pk=article.pk).update(language="de")
    update_search_index([article.pk])
    assert titles("Sanktion") == {"Wrong language"}
    assert rebuild_search_index() == 1
    assert titles("Sanktion") == {"Wrong language"}


def test_ukrainian_stripper_keeps_a_stem():
    forms = index_text("санкція санкції санкцій санкціями", "uk").split()
    assert set(forms) == {"ukсанкц"}
    assert strip_ukrainian("ні") == "ні"  # too short to cut
    assert index_text("Україна, України", "uk").split() == ["ukукраін", "ukукраін"]


# --- Names across scripts ----------------------------------------------------------------------
@pytest.fixture
def bylines(db):
    latin = make_author("Volodymyr Zelenskyy")
    cyrillic = make_author("Юлія Навальна")
    other = make_author("Olena Kovalenko")
    return {
        "latin": indexed("Address to the nation", body="A speech.", authors=[latin]),
        "cyrillic": indexed(
            "Звернення", body="Промова.", authors=[cyrillic], language="uk", slug="zvernennia"
        ),
        "other": indexed("Unrelated byline", body="Another speech.", authors=[other]),
    }


@pytest.mark.parametrize("spelling", ["Зеленський", "Зеленский", "Zelensky", "Zelenskiy"])
def test_a_name_in_any_script_finds_the_latin_byline(bylines, spelling):
    assert titles(f"author:{spelling}") == {"Address to the nation"}
    assert titles(spelling) == {"Address to the nation"}  # plain words search names too


@pytest.mark.parametrize("spelling", ["Yulia Navalna", "Navalnaya", "Iuliia", "Юлия"])
def test_a_latin_name_finds_the_cyrillic_byline(bylines, spelling):
    assert titles(f'author:"{spelling}"') == {"Звернення"}


def test_plain_latin_words_find_the_cyrillic_byline(bylines):
    assert titles("navalna") == {"Звернення"}
    assert titles('"yulia navalna"') == {"Звернення"}
    assert titles("kovalenko -zelensky") == {"Unrelated byline"}


def test_cross_script_queries_never_fail(bylines, client):
    for query in ('author:"Зеленсь', "Зеленський NEAR/3 -(", 'title:"Промова~2', "й* OR ї*"):
        assert client.get("/articles/", {"q": query}).status_code == 200, query


def test_names_in_several_scripts_resolve_in_a_few_queries(bylines, django_assert_max_num_queries):
    from articles.search.names import matching_names

    values = ["Зеленський", "yulia", "Коваленко", "zelensky"]
    with django_assert_max_num_queries(3):
        matched = matching_names("author", values)
    assert [bool(matched[value]) for value in values] == [True, True, True, True]
    assert matched["Зеленський"] == matched["zelensky"]
