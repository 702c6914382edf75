"""Bylines, names, bio notes, letters' signatures and outlet lines as pages write them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.importers.people import (
    looks_like_person,
    outlet_from_line,
    parse_bio_line,
    parse_byline,
    parse_signature,
    split_bios,
    title_case_name,
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # English markers, conjunctions, lists
        ("By Jane Doe", ["Jane Doe"]),
        ("BY JANE DOE", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("By Jane Doe, John Roe, and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("Words by Jane Doe", ["Jane Doe"]),
        ("Opinion by Jane Doe", ["Jane Doe"]),
        ("By: Jane Doe", ["Jane Doe"]),
        ("Author: Jane Doe", ["Jane Doe"]),
        ("By J. K. Rowling", ["J. K. Rowling"]),
        ("By Dr Jane Doe", ["Jane Doe"]),
        ("By Senator Jane Doe", ["Jane Doe"]),
        ("By Martin Luther King Jr.", ["Martin Luther King Jr."]),
        # all-caps lines with no marker
        ("JANE DOE AND JOHN ROE", ["Jane Doe", "John Roe"]),
        ("JANE DOE", ["Jane Doe"]),
        ("JOHN E SMITH", ["John E Smith"]),
        ("JANE DOE, STAFF WRITER", ["Jane Doe"]),
        ("JANE DOE IN KYIV", ["Jane Doe"]),
        # roles and affiliations after a name are not authors
        ("By Jane Doe, Senior Staff Technologist, Privacy Project", ["Jane Doe"]),
        ("By Jane Doe, The Guardian", ["Jane Doe"]),
        ("By Jane Doe for The Guardian", ["Jane Doe"]),
        ("By Jane Doe in Kyiv", ["Jane Doe"]),
        ("By Jane Doe, Hong Kong", ["Jane Doe"]),
        ("By Jane Doe, CNN", ["Jane Doe"]),
        ("By Jane Doe, Washington Post Staff Writer", ["Jane Doe"]),
        ("By Jane Doe and the Associated Press", ["Jane Doe"]),
        ("BY JANE DOE AND JOHN ROE, SPECIAL TO THE POST", ["Jane Doe", "John Roe"]),
        ("By Jane Doe with John Roe", ["Jane Doe", "John Roe"]),
        ("Par Jean Dupont avec l'AFP", ["Jean Dupont"]),
        ("Von Hans Müller und Anna Schmidt, Berlin", ["Hans Müller", "Anna Schmidt"]),
        ("Por JUAN PÉREZ | Madrid", ["Juan Pérez"]),
        (
            "By Jane Doe, Senior Fellow at Brookings, and John Roe, Professor at Yale",
            ["Jane Doe", "John Roe"],
        ),
        ("Par Marie Curie, professeure à l'Université de Lyon", ["Marie Curie"]),
        ("Por Juan Pérez, corresponsal en Bruselas", ["Juan Pérez"]),
        # trailing dates, update notes and reading times are cut
        ("By Jane Doe | Updated November 18, 2019", ["Jane Doe"]),
        ("By Jane Doe · 5 min read", ["Jane Doe"]),
        ("By Jane Doe November 18, 2019", ["Jane Doe"]),
        ("By Jane Doe on November 18, 2019", ["Jane Doe"]),
        ("By Jane Doe Published 18 Nov 2019", ["Jane Doe"]),
        ("By Jane Doe, Updated 3 hours ago", ["Jane Doe"]),
        ("By Jane Doe (@janedoe)", ["Jane Doe"]),
        ("Par Jean Dupont | Publié le 18/11/2019", ["Jean Dupont"]),
        # particles, hyphens, apostrophes
        ("By Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Par Jean-Paul de la Fontaine", ["Jean-Paul de la Fontaine"]),
        ("BY JEAN-PAUL DE LA FONTAINE", ["Jean-Paul de la Fontaine"]),
        ("By MARY O'BRIEN", ["Mary O'Brien"]),
        ("By Mary O’Brien", ["Mary O’Brien"]),
        ("By Mohammed bin Salman", ["Mohammed bin Salman"]),
        ("Door Pieter van den Berg", None),  # Dutch is not read
        # other languages
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("PAR JEAN DUPONT ET MARIE CURIE", ["Jean Dupont", "Marie Curie"]),
        ("Une tribune de Jean Dupont", ["Jean Dupont"]),
        ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
        ("Por JUAN PÉREZ", ["Juan Pérez"]),
        ("Von Hans Müller und Anna Schmidt", ["Hans Müller", "Anna Schmidt"]),
        ("Ein Gastbeitrag von Hans Müller", ["Hans Müller"]),
        ("Di Mario Rossi e Luca Bianchi", ["Mario Rossi", "Luca Bianchi"]),
        ("Di Mario Rossi ed Elena Bianchi", ["Mario Rossi", "Elena Bianchi"]),
        ("De João Silva e Maria Santos", ["João Silva", "Maria Santos"]),
        ("Por Maria da Silva", ["Maria da Silva"]),
        ("Автор: Олена Коваль", ["Олена Коваль"]),
        ("Авторка: Олена Коваль", ["Олена Коваль"]),
        ("Автори: Олена Коваль та Петро Шевченко", ["Олена Коваль", "Петро Шевченко"]),
        ("Автор: Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
        ("Від Олени Коваль", ["Олени Коваль"]),  # kept as written: no declension
        ("Autor: Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        # genre labels and interview credits before the name
        ("Column: Jane Doe", ["Jane Doe"]),
        ("Un texte de Hélène Laurent", ["Hélène Laurent"]),
        ("Propos recueillis par Julien Laurent-Chevalier", ["Julien Laurent-Chevalier"]),
        ("Texto de ANTÓNIO SOARES", ["António Soares"]),
        ("Escrito por Francisco del Martín & Carmen Ruiz", ["Francisco del Martín", "Carmen Ruiz"]),
        ("Entrevista conduzida por Teresa Mendes", ["Teresa Mendes"]),
        ("Interview: KATHARINA FUCHS-KRAUSE", ["Katharina Fuchs-Krause"]),
        ("Intervista a cura di Davide Cattaneo", ["Davide Cattaneo"]),
        ("Scritto da Giulia Lo Colombo", ["Giulia Lo Colombo"]),
        ("Felieton: Marta Ostrowska & Marek Sikora", ["Marta Ostrowska", "Marek Sikora"]),
        ("Rozmawiała Anna Król", ["Anna Król"]),
        ("Колонка: Юлія Павленко і Мар'яна Поліщук", ["Юлія Павленко", "Мар'яна Поліщук"]),
        ("Беседовал Роман Александров", ["Роман Александров"]),
        ("Текст: Ирина Соколова", ["Ирина Соколова"]),
        # all-caps names after a marker, and mixed with a role in normal case
        ("By LISA STEWART, Senior Fellow", ["Lisa Stewart"]),
        ("Por ANDRÉS RODRÍGUEZ y RAFAEL CASTRO", ["Andrés Rodríguez", "Rafael Castro"]),
        ("Колонка: МАР'ЯНА МОРОЗ & СВІТЛАНА ТАРАСЕНКО", ["Мар'яна Мороз", "Світлана Тарасенко"]),
        ("Par PIERRE LE HENRY", ["Pierre Le Henry"]),
    ],
)
def test_bylines(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("Mathieu Martin & Catherine Legrand", ["Mathieu Martin", "Catherine Legrand"]),
        (
            "Hélène Fournier, Claire Bernard et Philippe Bertrand",
            ["Hélène Fournier", "Claire Bernard", "Philippe Bertrand"],
        ),
        ("Raquel Pires, Economista", ["Raquel Pires"]),
        ("Yves Muller | 05/06/2020 18:20", ["Yves Muller"]),
        (
            "Rocío Gómez, Analista Político, Centro de Estudios Europeos, 22 de noviembre de 2012",
            ["Rocío Gómez"],
        ),
        ("Оксана Лисенко-Олійник, науковий співробітник", ["Оксана Лисенко-Олійник"]),
        ("PIOTR WIŚNIEWSKI, politolog, Ośrodek Studiów Wschodnich", ["Piotr Wiśniewski"]),
        ("Read more", None),
        ("Jane Doe said the plan would fail", None),
        ("Silent Spring, Revisited", None),
    ],
)
def test_bare_name_bylines_when_the_reader_asks(line, names):
    assert parse_byline(line, bare_names=True) == names
    if names and not line.isupper():
        assert parse_byline(line) is None  # out of context, a line of names is not a byline


@pytest.mark.parametrize(
    ("line", "language", "names"),
    [
        ("LUCA DE SERRA", "it", ["Luca De Serra"]),
        ("Di GIULIA LO COLOMBO", "it", ["Giulia Lo Colombo"]),
        ("JEAN-PAUL DE LA FONTAINE", "fr", ["Jean-Paul de la Fontaine"]),
        ("JEAN-MARIE LE PEN", "fr", ["Jean-Marie Le Pen"]),
    ],
)
def test_all_caps_particles_follow_the_language(line, language, names):
    assert parse_byline(line, language=language) == names


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, Kyiv had fallen",
        "By The Editorial Board",
        "By the editors",
        "By Staff Reporter",
        "Por la Redacción",
        "Par la rédaction",
        "Von der Redaktion",
        "Di Redazione",
        "By 2030 the city will run out of water",
        "By contrast, the bill does nothing.",
        "De acordo com o relatório, a inflação caiu.",
        "Por Qué Importa",
        "Von Wegen Der Krise",
        "De Olho No Planalto",
        "Par ailleurs, le gouvernement a reculé.",
        "Da quando è iniziata la guerra",
        "Von Berlin aus gesehen",
        "Von Ausgaben Plan den Wirtschaft Bürger Armut des schlechter, ist am sein, einer dem Krise.",
        "GRAND ENTRETIEN",
        "РЕДАКЦІЙНА СТАТТЯ",
        "She told me, “Jane Doe and John Roe will sign it.”",
        "Jane Doe and John Roe",  # mixed case with no marker: a sentence fragment, not a byline
        "READ MORE",
        "SIGN IN",
        "Comments (12)",
        "BREAKING NEWS",
        "OPINION",
        "MOST POPULAR",
        "SILENT SPRING, REVISITED",  # an all-caps headline: what follows the "name" is no role
        "PUNKT WIDZENIA",
        "ТОЧКА ЗРЕНИЯ",
        "PONTO DE VISTA",
        "EDITORIALI E COMMENTI",
        "De: O Farol Independente",  # "De:" with a colon is a From line
        "",
    ],
)
def test_lines_that_are_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "name",
    [
        "Jane Doe",
        "J. K. Rowling",
        "Jean-Paul de la Fontaine",
        "Ursula von der Leyen",
        "Mary O'Brien",
        "Gabriel García Márquez",
        "Олена Коваль",
        "Иван Петров",
        "Al Gore",
        "Dr Jane Doe",
        "Martin Luther King Jr.",
        "Mohammed bin Salman Al Saud",
        "Ngũgĩ wa Thiong'o",
        "Jean-Marie Le Pen",
        "J.R.R. Tolkien",
        # names made of words that are furniture elsewhere are still names
        "Steve Jobs",
        "Larry Page",
        "Glenn Close",
        "Kanye West",
        "Skip Bayless",
        "Don Smith",
    ],
)
def test_person_names(name):
    assert looks_like_person(name)


@pytest.mark.parametrize(
    "text",
    [
        "Read More",
        "Sign In",
        "Comments (12)",
        "The Editorial Board",
        "Editorial Board",
        "Le Monde",
        "El País",
        "Die Zeit",
        "Zeit Online",
        "Associated Press",
        "Tuesday Kyiv",
        "Jane",
        "jane doe",
        "de la Fontaine",
        "Jane Doe Senior Fellow",
        "Regierung Präsident Gesundheit",  # German nouns are capitalised too
        "Privacy Project",
        "Redacción Central",
        "Редакція Видання",
        "Anna 2019",
        "One Two Three Four Five Six",
        "",
        # navigation and prompts in title case, in several languages
        "Most Read",
        "Top Stories",
        "Sign Up",
        "Log Out",
        "Privacy Policy",
        "Cookie Settings",
        "Manage Preferences",
        "Accept All",
        "Skip To Content",
        "Edit Post",
        "Support Us",
        "Contact Us",
        "Site Map",
        "Load More",
        "Show Comments",
        "Copy Link",
        "Trending Now",
        "Donate Now",
        "Watch Live",
        "Mon Compte",
        "Lire La Suite",
        "Mi Cuenta",
        "Iniciar Sesión",
        "Mein Konto",
        "Leggi Anche",
        "Головна Сторінка",
        "Главная Страница",
    ],
)
def test_not_person_names(text):
    assert not looks_like_person(text)


@pytest.mark.parametrize(
    ("caps", "cased"),
    [
        ("JEAN-PAUL DE LA FONTAINE", "Jean-Paul de la Fontaine"),
        ("MARY O'BRIEN", "Mary O'Brien"),
        ("RONALD MCDONALD", "Ronald McDonald"),
        ("VALÉRY GISCARD D'ESTAING", "Valéry Giscard d'Estaing"),
        ("URSULA VON DER LEYEN", "Ursula von der Leyen"),
        ("ОЛЕНА КОВАЛЬ", "Олена Коваль"),
        ("J. K. ROWLING", "J. K. Rowling"),
        ("John McEnroe", "John McEnroe"),  # mixed case is kept as written
        ("DE GAULLE", "De Gaulle"),  # a first word is never lowered
    ],
)
def test_title_casing_all_caps_names(caps, cased):
    assert title_case_name(caps) == cased


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane Doe is a senior fellow at the Brookings Institution.", "Jane Doe"),
        ("Jane Doe, formerly a senior adviser to the president, teaches at Yale.", "Jane Doe"),
        ("Jane Doe was Britain's ambassador to Russia from 2008 to 2011.", "Jane Doe"),
        ("Jane Doe teaches history at Yale.", "Jane Doe"),
        (
            "NOTE: David J. Kramer is Managing Director for Global Policy at the Institute",
            "David J. Kramer",
        ),
        # copied notes often drop the verb
        ("Eugene Roe president of Example-2050 and was president of a congress.", "Eugene Roe"),
        (
            "Eugene Roe president of Example-2050 and was president of the World Congress from "
            "2008-2018. Example-2050 is a non-profit organization established to promote reform "
            "and good governance in the country and to support its integration with the rest of "
            "the democratic world.",
            "Eugene Roe",
        ),
        ("Олена Коваль політологиня та авторка.", "Олена Коваль"),
        ("Christian Wolf ist früherer Botschafter in Freiburg.", "Christian Wolf"),
        (
            "Anna Zimmermann ist Politikwissenschaftlerin an der Universität Würzburg.",
            "Anna Zimmermann",
        ),
        ("Sofia Coelho é antigo embaixador em Bragança.", "Sofia Coelho"),
        ("Nuria Navarro es exministra de Hacienda.", "Nuria Navarro"),
        ("Marek Szymański jest byłym ministrem finansów.", "Marek Szymański"),
        ("Monika Jabłońska jest politolożką z Opola.", "Monika Jabłońska"),
        ("Maciej Jaworski jest dyrektorem Ośrodka Badań Społecznych.", "Maciej Jaworski"),
        ("Людмила Гаврилюк — колумністка нашого видання.", "Людмила Гаврилюк"),
        ("Alessia Lombardi è ex ambasciatrice a Cagliari.", "Alessia Lombardi"),
        ("Jane Doe (Senior Fellow, Brookings)", "Jane Doe"),
        ("JANE DOE is a columnist for the paper.", "Jane Doe"),
        ("About the author: Jane Doe is a journalist based in Kyiv.", "Jane Doe"),
        ("Marie Curie est professeure de physique à Lyon.", "Marie Curie"),
        ("L'auteur : Pierre Martin est chercheur au CNRS.", "Pierre Martin"),
        ("Pierre Martin, ancien ministre, enseigne à Sciences Po.", "Pierre Martin"),
        ("Juan Pérez es profesor de historia en la Universidad de Madrid.", "Juan Pérez"),
        ("El autor: Juan Pérez es periodista.", "Juan Pérez"),
        ("Hans Müller ist Professor für Geschichte in Berlin.", "Hans Müller"),
        ("Der Autor: Hans Müller ist Journalist und lebt in Hamburg.", "Hans Müller"),
        ("Mario Rossi è docente di economia a Bologna.", "Mario Rossi"),
        ("João Silva é professor na Universidade de Lisboa.", "João Silva"),
        ("Олена Коваль — політологиня, авторка книжки про вибори.", "Олена Коваль"),
        ("Олена Коваль є науковцем Інституту історії.", "Олена Коваль"),
        ("Иван Петров — политолог, эксперт Московского центра.", "Иван Петров"),
    ],
)
def test_bio_lines(line, name):
    found = parse_bio_line(line)
    assert found is not None
    assert found[0] == name
    assert found[1].endswith(line[-20:])  # the whole note, without an "About the author:" label
    assert not found[1].lower().startswith(("about the author", "l'auteur", "el autor"))


@pytest.mark.parametrize(
    "line",
    [
        "He said the economy is a mess.",
        "Jane Doe said the plan would fail.",
        "Jane Doe argues that the professor was wrong.",
        "Kultura Poznań minister chronić podatki opinia szpitale to sąd badanie.",
        "Dieser Text ist ein Meinungsbeitrag. Er gibt die Sicht des Autors wieder.",
        "PONTA DELGADA — O presidente disse ontem que o governo vai cair.",
        "Von Monika Mayer, Ökonomin",  # a byline with a role, not a closing note
        "Автор: Олексій Павленко, оглядач",
        "Jane Doe is wrong about the budget, and everyone knows it.",
        "The minister is a former banker.",
        "Le gouvernement est responsable.",
        "Read more: Jane Doe is a senior fellow",
        "Comments (12)",
    ],
)
def test_lines_that_are_not_bios(line):
    assert parse_bio_line(line) is None


def test_one_note_about_several_authors():
    note = (
        "Jane Doe is a senior fellow at Brookings. She lives in Washington. "
        "John Roe is professor of law at Yale."
    )
    assert split_bios(note) == [
        ("Jane Doe", "Jane Doe is a senior fellow at Brookings. She lives in Washington."),
        ("John Roe", "John Roe is professor of law at Yale."),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Jane Doe and John Roe are fellows at the Brookings Institution.",
        "Jean Dupont et Marie Curie sont chercheurs au CNRS.",
        "Juan Pérez y María López son profesores en Madrid.",
    ],
)
def test_a_shared_note_names_each_author(note):
    names = [name for name, bio in split_bios(note)]
    assert len(names) == 2
    assert all(bio == note for _, bio in split_bios(note))


def test_split_bios_of_prose_is_empty():
    assert split_bios("The economy is a mess. Nobody disagrees.") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe, Leeds", ("Jane Doe", "Leeds")),
        ("Jane Doe, Leeds, West Yorkshire", ("Jane Doe", "Leeds, West Yorkshire")),
        ("Dr Jane Doe, Oxford", ("Jane Doe", "Oxford")),
        ("Prof. John Roe, University of Leeds", None),  # an affiliation, not a town
        ("Pierre Martin, Lyon", ("Pierre Martin", "Lyon")),
        ("Juan Pérez, Sevilla", ("Juan Pérez", "Sevilla")),
        ("Hans Müller, Frankfurt am Main", ("Hans Müller", "Frankfurt am Main")),
        ("Jane Doe, Stratford-upon-Avon", ("Jane Doe", "Stratford-upon-Avon")),
        ("Jane Doe, New York", ("Jane Doe", "New York")),
        ("JANE DOE, Leeds", ("Jane Doe", "Leeds")),
        ("Mario Rossi, Como", ("Mario Rossi", "Como")),
        ("Jane Doe, Reading, Berkshire", ("Jane Doe", "Reading, Berkshire")),
        ("John Roe, Leeds, United Kingdom", ("John Roe", "Leeds, United Kingdom")),
        ("— Jane Doe, London SW1A", ("Jane Doe", "London SW1A")),
        ("Paulina Wróbel (Olsztyn)", ("Paulina Wróbel", "Olsztyn")),
        ("Світлана Литвиненко (м. Хмельницький)", ("Світлана Литвиненко", "Хмельницький")),
        ("Cristina Alonso. Vigo", ("Cristina Alonso", "Vigo")),
        ("Adam Wiśniewski, Nowy Sącz", ("Adam Wiśniewski", "Nowy Sącz")),
        ("J. Smith, Leeds", ("J. Smith", "Leeds")),
        ("Pablo Moreno (Reuters)", None),  # a photograph's credit
        ("Laura Blanco (Getty Images)", None),
        ("David Torres (AFP)", None),
        ("Von Petra Schulz, Chefredakteur", None),  # a byline with a role
        ("Raquel Pires, Economista", None),
        ("Jane Doe, Senior Fellow", None),
        ("Jane Doe, Brookings Institution", None),
        ("He went home, then left", None),
        ("Jane Doe, who lives in Leeds, disagrees", None),
        ("Jane Doe", None),
        ("However, Leeds", None),
    ],
)
def test_letter_signatures(line, expected):
    assert parse_signature(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("From: The Outlet", ("The Outlet", "From line")),
        ("Source: The Conversation", ("The Conversation", "From line")),
        ("Fuente: El País", ("El País", "From line")),
        ("Quelle: Süddeutsche Zeitung", ("Süddeutsche Zeitung", "From line")),
        ("Джерело: Українська правда", ("Українська правда", "From line")),
        (
            "Originally published in Foreign Affairs.",
            ("Foreign Affairs", "originally published line"),
        ),
        (
            "Originally published by Project Syndicate on 18 November 2019",
            ("Project Syndicate", "originally published line"),
        ),
        (
            "This article was originally published in The Conversation under a Creative Commons license.",
            ("The Conversation", "originally published line"),
        ),
        ("This piece first appeared in the Guardian.", ("Guardian", "originally published line")),
        ("Publié dans Le Monde le 18 novembre 2019", ("Le Monde", "originally published line")),
        ("Publicado originalmente en El País", ("El País", "originally published line")),
        ("Zuerst erschienen bei Zeit Online", ("Zeit Online", "originally published line")),
        ("Pubblicato su Il Foglio", ("Il Foglio", "originally published line")),
        ("Publicado originalmente no Público", ("Público", "originally published line")),
        (
            "Вперше опубліковано на Українська правда",
            ("Українська правда", "originally published line"),
        ),
        (
            "© 2019 The Guardian News & Media Limited",
            ("The Guardian News", "copyright line"),
        ),
        (
            "© 2019 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
            ("Guardian News", "copyright line"),
        ),
        ("Copyright © Le Monde 2017. Tous droits réservés.", ("Le Monde", "copyright line")),
        ("© Todos los derechos reservados El País", ("El País", "copyright line")),
        ("© Süddeutsche Zeitung GmbH, München", ("Süddeutsche Zeitung", "copyright line")),
        ("© Corriere della Sera S.p.A.", ("Corriere della Sera", "copyright line")),
        (
            "Copyright 2020 The New York Times Company",
            ("The New York Times", "copyright line"),
        ),
        ("(c) 2018 Example Media Inc.", ("Example Media", "copyright line")),
        ("© 2021 Українська правда. Усі права захищені.", ("Українська правда", "copyright line")),
        ("Copyright ©2019 Example Ltd.", ("Example", "copyright line")),
        (
            "© 2020 Westmoor Gazette Media Ltd. Registered in England",
            ("Westmoor Gazette", "copyright line"),
        ),
        ("© 2021 Associated Newspapers Ltd", ("Associated Newspapers", "copyright line")),
        ("© 2020 Gazeta Pomorska sp. z o.o.", ("Gazeta Pomorska", "copyright line")),
        ("© Copyright The Coastal Dispatch 2019", ("The Coastal Dispatch", "copyright line")),
        ("Copyright © 2020 Leeds Mercury", ("Leeds Mercury", "copyright line")),
        ("© 2019 example.com", ("example.com", "copyright line")),
        ("Source: AFP", ("AFP", "From line")),
        ("All content © 2019 The Outlet", ("The Outlet", "copyright line")),
        ("Tous droits réservés © Le Monde 2017", ("Le Monde", "copyright line")),
        ("El País. Todos los derechos reservados", ("El País", "copyright line")),
        ("© 2019 by The Outlet", ("The Outlet", "copyright line")),
        (
            "© 2019 Project Syndicate - www.project-syndicate.org",
            ("Project Syndicate", "copyright line"),
        ),
        ("Copyright © 2019 by Jane Doe", None),
        ("Erschienen in: Kurier am Sonntag", ("Kurier am Sonntag", "originally published line")),
        ("Aus: Hannoverer Zeitung", ("Hannoverer Zeitung", "From line")),
        ("De : La Dépêche de Provence", ("La Dépêche de Provence", "From line")),
        ("Z: Pomorski Dziennik Warmii", ("Pomorski Dziennik Warmii", "From line")),
        ("Źródło: Głos Warmii", ("Głos Warmii", "From line")),
        (
            "Tekst ukazał się pierwotnie w: Nowy Dziennik.",
            ("Nowy Dziennik", "originally published line"),
        ),
        (
            "Questo articolo è uscito su La Voce di Irpinia.",
            ("La Voce di Irpinia", "originally published line"),
        ),
        (
            "Опубліковано у виданні Вечірній вісник",
            ("Вечірній вісник", "originally published line"),
        ),
        (
            "Este artículo se publicó originalmente en El Periódico de Asturias.",
            ("El Periódico de Asturias", "originally published line"),
        ),
        (
            "Cet article a d'abord été publié dans Le Télégramme de l'Ouest.",
            ("Le Télégramme de l'Ouest", "originally published line"),
        ),
        ("Copyright © 2019 Kurier am Sonntag", ("Kurier am Sonntag", "copyright line")),
        (
            "© 2018 L'Écho de la Loire. Tous droits réservés.",
            ("L'Écho de la Loire", "copyright line"),
        ),
        ("© Wieczorny Tygodnik, 2010", ("Wieczorny Tygodnik", "copyright line")),
        ("© 2022 Листок Урала. Все права защищены.", ("Листок Урала", "copyright line")),
        ("Copyright © A Voz de Douro 2020", ("A Voz de Douro", "copyright line")),
        ("Published on Jun 7, 2014 at 5:09 AM ET", None),  # a date line
        ("Publicado em Sexta-feira, 15 de maio de 2015 às 18:12", None),
        ("The plant closed in 1986 and never reopened. © PAP", None),  # a caption's credit
        (
            "Il Quotidiano delle Colline © 2022 - Tutti i diritti riservati - P.IVA 01873420516",
            ("Il Quotidiano delle Colline", "copyright line"),
        ),
        ("Comments to the Copyright Office on Diagnostic Software", None),  # a link title
        ("Alle Rechte vorbehalten", None),
        ("© Reuters", None),  # a bare credit: how pictures are credited
        ("Photo: © AFP", None),
        ("© AFP / Getty Images", None),
        ("Foto: © 2019 dpa", None),
        ("From: Jane Doe", None),  # a forwarded letter's header names a person
        ("This article appeared in the Leaders section of the print edition", None),
        ("All rights reserved.", None),
        ("© 2019 Jane Doe", None),  # the author's copyright names no outlet
        ("Published in 2019", None),
        ("He said the report was published in The Lancet.", None),
        ("Read more", None),
    ],
)
def test_outlet_lines(line, expected):
    assert outlet_from_line(line) == expected


@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(text):
    parse_byline(text)
    looks_like_person(text)
    parse_bio_line(text)
    split_bios(text)
    parse_signature(text)
    outlet_from_line(text)
    title_case_name(text)
