"""Dates as real pages state them, in every language the importer reads."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.importers.dates import find_date, is_date_line, parse_date

D = date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # English: weekdays, all caps, abbreviations, ordinals, times and zones
        ("Monday, November 18, 2019", D(2019, 11, 18)),
        ("NOVEMBER 18, 2019", D(2019, 11, 18)),
        ("MONDAY 18 NOVEMBER 2019", D(2019, 11, 18)),
        ("Nov. 18, 2019", D(2019, 11, 18)),
        ("Nov 18 2019", D(2019, 11, 18)),
        ("18 Nov 2019 18.54 GMT", D(2019, 11, 18)),
        ("Tue 19 Nov 2019 06.00 GMT", D(2019, 11, 19)),
        ("Mon, 18 Nov 2019 18:54:00 +0000", D(2019, 11, 18)),
        ("18th of November, 2019", D(2019, 11, 18)),
        ("18-Nov-2019", D(2019, 11, 18)),
        ("18/nov/2019 18:54", D(2019, 11, 18)),
        ("Posted: Nov 18, 2019 / 06:29 PM EST", D(2019, 11, 18)),
        ("November 18th, 2019", D(2019, 11, 18)),
        ("Published March 3, 2023 | Updated March 5, 2023", D(2023, 3, 3)),
        ("Posted on 18 Nov. 2019", D(2019, 11, 18)),
        ("Updated: Sept. 4, 2021 at 6:29 p.m. ET", D(2021, 9, 4)),
        ("June 3, 2024 · 4 min read", D(2024, 6, 3)),
        ("First published on Wed 20 Nov 2019 05.00 GMT", D(2019, 11, 20)),
        ("Published: 11:52 AM EST, Mon November 18, 2019", D(2019, 11, 18)),
        ("Nov 18, 2019, 06:29am", D(2019, 11, 18)),
        ("Updated 2 hours ago · 18 Nov 2019", D(2019, 11, 18)),
        ("Originally published November 18, 2019", D(2019, 11, 18)),
        ("Date: 18/11/2019", D(2019, 11, 18)),
        ("Published: 18 November 2019 (updated: 19 November 2019)", D(2019, 11, 18)),
        ("Sun 17 Nov 2019 19.00 GMT Last modified on Mon 18 Nov 2019 01.14 GMT", D(2019, 11, 17)),
        ("Last modified on Thu 21 Nov 2019 10.30 GMT", D(2019, 11, 21)),
        # French
        ("lundi 18 novembre 2019", D(2019, 11, 18)),
        ("24 novembre 2017 à 18:42", D(2017, 11, 24)),
        ("le 15 septembre 2009", D(2009, 9, 15)),
        ("1er janvier 2020", D(2020, 1, 1)),
        ("Publié le 18/11/2019 à 18h54", D(2019, 11, 18)),
        ("Mis à jour le 19 novembre 2019 à 07h12", D(2019, 11, 19)),
        ("Publié le 3 févr. 2021", D(2021, 2, 3)),
        ("Paru le 19 août 2019", D(2019, 8, 19)),
        ("Mis en ligne le 22/09/2016 à 14h41", D(2016, 9, 22)),
        ("PARIS, 18 novembre 2019", D(2019, 11, 18)),
        ("Le 18/11/2019 à 18:54, mis à jour le 19/11/2019 à 07:00", D(2019, 11, 18)),
        ("15 AOÛT 2018", D(2018, 8, 15)),
        ("Publié aujourd'hui à 8 h 15, le 2 décembre 2022", None),
        # Spanish
        ("Lunes, 18 de noviembre de 2019", D(2019, 11, 18)),
        ("15 de septiembre de 2009", D(2009, 9, 15)),
        ("Publicado el 18 de noviembre de 2019", D(2019, 11, 18)),
        ("Actualizado: 19 nov. 2019 - 10:15 hs", D(2019, 11, 19)),
        ("1º de enero de 2020", D(2020, 1, 1)),
        # a dateline's town before the date
        ("Madrid - 12 DIC 2019 - 23:54 CET", D(2019, 12, 12)),
        ("Madrid, 19/10/2011 01:25 h · 2 min de lectura", D(2011, 10, 19)),
        ("Madrid, viernes, 25 de febrero de 2022 · 3 min de lectura", D(2022, 2, 25)),
        # German
        ("Montag, 18. November 2019", D(2019, 11, 18)),
        ("18. November 2019", D(2019, 11, 18)),
        ("Veröffentlicht am 18.11.2019, 18:54 Uhr", D(2019, 11, 18)),
        ("Aktualisiert am 3. März 2020, 9:41 Uhr", D(2020, 3, 3)),
        ("Mo., 18.11.2019", D(2019, 11, 18)),
        ("Stand: 18.11.2019 18:54 Uhr", D(2019, 11, 18)),
        # Italian
        ("Pubblicato il 18 novembre 2019 alle 18:54", D(2019, 11, 18)),
        ("lunedì 18 novembre 2019", D(2019, 11, 18)),
        ("Aggiornato il 2 gen 2020", D(2020, 1, 2)),
        (
            "Pubblicato il 7 ottobre 2023 alle 08:15 · Ultimo aggiornamento 7 ottobre 2023",
            D(2023, 10, 7),
        ),
        (
            "Publicado el 3 de marzo de 2021 | Última actualización: 4 de marzo de 2021",
            D(2021, 3, 3),
        ),
        ("18 novembre 2019 (modifica il 19 novembre 2019 | 10:15)", D(2019, 11, 18)),
        # Portuguese
        ("Publicado em 18 de novembro de 2019 às 18h54", D(2019, 11, 18)),
        ("segunda-feira, 18 de novembro de 2019", D(2019, 11, 18)),
        ("Atualizado 5 out 2020 | 10h30", D(2020, 10, 5)),
        ("18/11/2019 18h54 - Atualizado há 2 horas", D(2019, 11, 18)),
        # Ukrainian and Russian, genitive forms, year markers
        ("18 листопада 2019", D(2019, 11, 18)),
        ("Опубліковано 18 листопада 2019 року, 18:54", D(2019, 11, 18)),
        ("Оновлено: 18.11.2019", D(2019, 11, 18)),
        ("понеділок, 18 листопада 2019 р.", D(2019, 11, 18)),
        ("18 ноября 2019 г.", D(2019, 11, 18)),
        ("Опубликовано 18 ноября 2019 г. в 18:54", D(2019, 11, 18)),
        ("Обновлено 19 ноября 2019", D(2019, 11, 19)),
        ("15:42, 18 ноября 2019", D(2019, 11, 18)),
        # Polish
        ("Poniedziałek, 18 listopada 2019", D(2019, 11, 18)),
        ("Opublikowano: 18.11.2019, 18:54", D(2019, 11, 18)),
        ("Data publikacji: wtorek, 10 czerwca 2025", D(2025, 6, 10)),
        ("Dodano: 15 marca 2010 r., godz. 15:38", D(2010, 3, 15)),
        ("Опубликовано: 04.03.2020, 00:32 мск · 2 мин чтения", D(2020, 3, 4)),
        # numeric forms
        ("2019-11-18T18:54:00Z", D(2019, 11, 18)),
        ("2019-11-18 18:54", D(2019, 11, 18)),
        ("2019/11/18", D(2019, 11, 18)),
        ("18.11.2019 18:54", D(2019, 11, 18)),
        ("18/11/2019", D(2019, 11, 18)),
        ("11/18/2019 6:29 PM", D(2019, 11, 18)),
    ],
)
def test_date_lines_in_every_language(line, expected):
    found = find_date(line, line_only=True)
    if expected is None:
        # A place or relative word beside the date makes the line more than a date line.
        assert found is None
        assert find_date(line) is not None
    else:
        assert found is not None and found.date == expected
        assert found.precision == "day"
        assert is_date_line(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 2019", D(2019, 11, 1)),
        ("NOV. 2019", D(2019, 11, 1)),
        ("noviembre de 2019", D(2019, 11, 1)),
        ("Published in March 2021", D(2021, 3, 1)),
        ("в ноябре 2019", D(2019, 11, 1)),
        ("у листопаді 2019 року", D(2019, 11, 1)),
        ("März 2020", D(2020, 3, 1)),
    ],
)
def test_month_precision(line, expected):
    found = find_date(line, line_only=True)
    assert found is not None
    assert (found.date, found.precision) == (expected, "month")


def test_the_span_and_text_of_the_date_are_reported():
    line = "Publié le 24 novembre 2017 à 18:42"
    found = find_date(line)
    assert found.text == "24 novembre 2017"
    assert line[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "sentence",
    [
        "In a speech on November 18, 2019, the minister promised reform.",
        "Le 15 septembre 2009, la banque a fait faillite.",
        "El 15 de septiembre de 2009 cayó Lehman Brothers.",
        "Am 9. November 1989 fiel die Mauer.",
        "18 листопада 2019 року уряд ухвалив рішення.",
        "18 ноября 2019 года правительство ушло в отставку.",
        "Il 18 novembre 2019 il governo è caduto.",
        "Em 18 de novembro de 2019, o governo caiu.",
        "Votes counted on 18/11/2019 show a narrow result",
        "Mon 18 Nov 18.54 GMT",  # no year stated: not read (see the module docstring)
        "Read more: how the 2019 election was won",
        "Comments (12) · Share",
        "Published by Jane Doe on November 18, 2019",
        "Jane Doe, 18 Nov 2019",  # a name before the date: a byline, not a date line
        "He said, 18 Nov 2019",
    ],
)
def test_a_date_inside_a_sentence_is_not_a_date_line(sentence):
    assert not is_date_line(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "31 February 2019",
        "30/02/2019",
        "13/13/2019",
        "2019-13-01",
        "2019-02-30T10:00:00Z",
        "18 November 1700",
        "18 November 2300",
        "32.01.2020",
        "Nothing here",
        "",
        "2 hours ago",
        "18/11/19",
    ],
)
def test_impossible_or_unsupported_dates_are_none(text):
    assert find_date(text) is None
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("03/04/2019", "", D(2019, 4, 3)),  # day first, as most of the world writes it
        ("03/04/2019", "fr", D(2019, 4, 3)),
        ("03/04/2019", "en", D(2019, 3, 4)),  # US-style English: month first
        ("03/04/2019", "en-US", D(2019, 3, 4)),
        ("03/04/2019", "en-GB", D(2019, 4, 3)),
        ("03.04.2019", "en", D(2019, 4, 3)),  # dots are never month first
        ("11/18/2019", "", D(2019, 11, 18)),  # only month-first parses
        ("18/11/2019", "en", D(2019, 11, 18)),  # only day-first parses
    ],
)
def test_ambiguous_numeric_order_follows_the_language_hint(text, language, expected):
    assert parse_date(text, language=language) == (expected, "day")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-11-18T18:54:00+00:00", (D(2019, 11, 18), "day")),
        ("2019-11-18", (D(2019, 11, 18), "day")),
        ("20191118", (D(2019, 11, 18), "day")),
        ("2019/11", (D(2019, 11, 1), "month")),
        ("2019", (D(2019, 1, 1), "year")),
        ("  Monday, November 18, 2019 at 6:29 PM  ", (D(2019, 11, 18), "day")),
        ("18 ноября 2019 г.", (D(2019, 11, 18), "day")),
        ("1750", None),
        ("Issue 2019 of the journal", None),
        ("2019, November 18", (D(2019, 11, 18), "day")),  # a rare shape, left to dateparser
    ],
)
def test_parse_date_reads_time_elements_and_meta_values(value, expected):
    assert parse_date(value) == expected


def test_first_valid_date_wins_over_an_impossible_one():
    found = find_date("31 February 2019 | Updated 1 March 2019", line_only=True)
    assert found.date == D(2019, 3, 1)


@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(text):
    find_date(text)
    find_date(text, line_only=True, language="en")
    is_date_line(text)


@given(st.text(alphabet="0123456789./-: ", max_size=40))
def test_arbitrary_numbers_never_raise(text):
    result = parse_date(text)
    assert result is None or 1800 <= result[0].year <= 2100
