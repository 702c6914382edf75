"""German (keys as in `en.py`). Nouns are capitalised, as German writes them."""

DATA = {
    "name": "Deutsch",
    "function_words": """
        der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es
        an er so dass sie nach wird bei einer um am sind noch wie einem über einen zum aber vor
        aus wenn nur zur bis oder mehr durch man sein wurde sei ihre können hat schon dieser habe
        wir ihr seine ihn gegen vom ob unter diese sehr dann also doch weil immer hier jetzt kein
        keine zwischen seit ohne während damit wo denn was
    """,
    "content_words": """
        Regierung Land Politik Gesetz Wahl Partei Präsident Minister Bundestag Bundesrat Rechte
        Justiz Gericht Freiheit Demokratie Bürger Gesellschaft Wirtschaft Krise Arbeit Löhne
        Wohnungen Mieten Preise Inflation Wachstum Markt Unternehmen Banken Schulden Steuern
        Ausgaben Haushalt Reform System Gesundheit Bildung Schulen Universitäten Krankenhäuser
        Patienten Ärzte Lehrer Studenten Familien Kinder Jugendliche Rente Rentner Armut
        Ungleichheit Vermögen Einkommen Kultur Geschichte Erinnerung Sprache Identität Religion
        Werte Tradition Zukunft Generation Frage Antwort Problem Lösung Plan Strategie Versprechen
        Scheitern Erfolg Fehler Wahrheit Daten Bericht Studie Umfrage Analyse Argument Meinung
        Idee Entscheidung Stimme Wahlkampf Kandidat Opposition Koalition Mehrheit Minderheit
        Protest Bewegung Kritiker Wähler Nachbarn Städte Dörfer Straßen Häuser Vermieter Mieter
        Technik Internet Plattformen Datenschutz Polizei Kriminalität Gefängnisse Richter Anwälte
        Verfassung Souveränität Unabhängigkeit Integration Zusammenarbeit Wettbewerb Verhandlungen
        Abkommen Sanktionen Exporte Zölle Fabriken Häfen Öl Gas Energie Strom Klima Emissionen
        Wasser Landwirte Boden Verkehr Bahn Straßen Autos Migration Grenzen Flüchtlinge Krieg
        Frieden Armee Verteidigung Bündnis Vertrag Macht Wandel Jahre Zeit Welt Debatte Region
        Gemeinde Bürgermeister Rat Parlament Institutionen Kanzler Gewerkschaften Streik Beamte
        Länder Kommunen Ampel Schuldenbremse wichtig schwierig möglich notwendig klar ernst
        politisch wirtschaftlich sozial national lokal global europäisch öffentlich privat neu alt
        jung lang kurz groß klein besser schlechter echt einfach modern beliebt gerecht ungerecht
        ehrlich offen stark schwach reich arm frei teuer dringend langsam schnell machen nehmen
        geben finden denken wissen sehen sagen fragen brauchen wollen glauben verteidigen schützen
        verbessern senken erhöhen kürzen ausgeben investieren zahlen verlieren gewinnen scheitern
        entscheiden wählen erklären versprechen regieren fordern fürchten hoffen verstehen
        erinnern vergessen akzeptieren ablehnen unterstützen bauen oft nie noch vielleicht einfach
        deutlich schnell langsam wirklich fast zusammen sogar längst inzwischen
    """,
    "places": """
        Berlin|Hamburg|München|Köln|Frankfurt|Stuttgart|Leipzig|Dresden|Wien|Zürich|
        Brüssel|Europa|Osteuropa|Washington|Peking|das Kanzleramt|Karlsruhe|die Europäische
        Union|die Nato|die Vereinten Nationen|der Bundestag
    """,
    "first_names": """
        Thomas Anna Michael Julia Andreas Katharina Stefan Sabine Christian Claudia Markus Susanne
        Frank Petra Jürgen Monika Tobias Laura Florian Lena Jan Sarah Matthias Nina Sebastian
        Miriam Wolfgang Ursula Felix Johanna Lukas Hannah Martin Birgit Uwe Karin Jens Anja Dirk
        Heike
    """,
    "last_names": """
        Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch
        Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
        Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann
        König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung
    """,
    "surname_particles": "von |van |zu",
    "towns": """
        Göttingen|Freiburg|Heidelberg|Kassel|Rostock|Erfurt|Bamberg|Regensburg|
        Tübingen|Würzburg|Münster|Bielefeld|Kiel|Lübeck|Jena|Augsburg|Graz|Linz|Basel|Bern
    """,
    "months": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "month_abbr": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "weekdays": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "date_forms": """
        {day}. {month} {year}|{weekday}, {day}. {month} {year}|{day}. {month} {year}, {hh}:{mi}
        Uhr| {weekday}, {day2}.{mnum2}.{year}|{day}. {mon} {year}|{year}-{mnum2}-{day2}| {day}.
        {MONTH} {year}|am {day}. {month} {year}
    """,
    "numeric_date_forms": """
        {day2}.{mnum2}.{year}, {hh}:{mi} Uhr|{day2}.{mnum2}.{year}|{day2}.{mnum2}.{year} |
        {hh}:{mi}
    """,
    "date_prefixes": "{date}|{date}|Veröffentlicht am {date}|Erschienen am {date}|Stand: {date}",
    "updated_forms": "Aktualisiert am {date}|Zuletzt aktualisiert: {date}|Geändert am {date}",
    "byline_forms": """
        Von {names}|Von {names}|Von {names}|{names}|Ein Gastbeitrag von {names}|Text: {names}
    """,
    "and": "und",
    "interview_by": "Das Interview führte {names}|Interview: {names}",
    "roles": """
        Professor für Volkswirtschaft an der Universität {town}|Wissenschaftlerin am Institut für
        Europäische Politik|ehemaliger Finanzminister|Kolumnist dieser Zeitung|
        Politikwissenschaftlerin an der Universität {town}|Direktor des Zentrums für
        Sozialpolitik|Historiker und Autor mehrerer Bücher über die Nachkriegszeit|früherer
        Botschafter in {town}|Publizistin und lebt in {town}
    """,
    "bio_forms": """
        {name} ist {role}.|{name} ist {role}. Zuletzt erschien von ihm ein Buch über Europa.
    """,
    "byline_roles": """
        Gastautor|Politikwissenschaftler|Chefredakteur|Ökonomin|Korrespondent in Brüssel
    """,
    "role_orgs": """
        Stiftung Wissenschaft und Politik|Institut der deutschen Wirtschaft|Bertelsmann Stiftung
    """,
    "sections_opinion": "Meinung|Kommentar|Gastbeitrag|Standpunkt|Kolumne|Debatte",
    "sections_editorial": "Leitartikel|Editorial|Unsere Meinung",
    "sections_letter": "Leserbriefe|Leserbrief|Briefe an die Redaktion",
    "sections_analysis": "Analyse|Hintergrund",
    "sections_interview": "Interview|Im Gespräch",
    "sections_review": "Rezension|Kritik|Buchkritik|Literatur",
    "nav": """
        Startseite|Politik|Ausland|Wirtschaft|Meinung|Kultur|Sport|Wissen|Panorama|Digital|Reise|Video|Podcasts|Regional
    """,
    "skip": "Zum Inhalt springen|Direkt zum Inhalt|Menü|Suche|Schließen",
    "login": "Anmelden|Einloggen|Registrieren|Abonnieren|Mein Konto|Jetzt abonnieren",
    "login_form": """
        E-Mail-Adresse|Passwort|Passwort vergessen?|Angemeldet bleiben|Konto erstellen|Mit Google
        anmelden|Noch kein Konto? Jetzt kostenlos registrieren|Passwort anzeigen
    """,
    "cookie_text": """
        Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten, Inhalte zu
        personalisieren und die Nutzung unserer Website zu analysieren. Mit Klick auf Zustimmen
        willigen Sie ein.|Diese Website nutzt Cookies. Einige sind notwendig, andere helfen uns,
        die Seite zu verbessern. Sie können Ihre Auswahl jederzeit ändern.
    """,
    "cookie_buttons": """
        Alle akzeptieren|Alle ablehnen|Einstellungen|Zustimmen|Mehr erfahren|Nur notwendige
        Cookies
    """,
    "newsletter_text": """
        Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen das Beste aus
        {outlet}.|Jeden Tag die wichtigsten Nachrichten in Ihrem Postfach.|Die besten Kommentare
        der Woche, jeden Sonntag per E-Mail.
    """,
    "newsletter_ui": "Ihre E-Mail-Adresse|Jetzt anmelden|Abonnieren|Abmeldung jederzeit möglich.",
    "donation_text": """
        Unabhängiger Journalismus braucht Ihre Unterstützung. {outlet} wird von Leserinnen und
        Lesern finanziert, und jeder Beitrag hilft, unsere Artikel frei zugänglich zu halten.|Wenn
        Ihnen unsere Arbeit etwas wert ist, unterstützen Sie uns mit einem monatlichen Beitrag.
    """,
    "donation_ui": "Jetzt unterstützen|Spenden|Mitglied werden|Einmalig unterstützen",
    "share": """
        Teilen|Auf Facebook teilen|Auf X teilen|WhatsApp|E-Mail|Link kopieren|LinkedIn|Artikel
        teilen
    """,
    "comment_count": "{n} Kommentare|Kommentare ({n})|{n} Kommentare anzeigen|{n} Leserkommentare",
    "comment_heading": "Kommentare|Leserkommentare|Diskutieren Sie mit",
    "comment_ui": """
        Antworten|Melden|Gefällt mir|Zitieren|Weitere Kommentare laden|Antworten
        anzeigen|Sortieren nach: Neueste|Älteste zuerst
    """,
    "comment_ago": "vor {n} Stunden|vor {n} Minuten|vor {n} Tagen|vor {n} Std.",
    "comment_policy": """
        Kommentare werden moderiert und nach Prüfung freigeschaltet. Bitte bleiben Sie
        sachlich.|Die Kommentarfunktion für diesen Artikel ist geschlossen.|Bitte beachten Sie
        unsere Netiquette.
    """,
    "related_heading": """
        Mehr zum Thema|Das könnte Sie auch interessieren|Meistgelesen|Weitere Kolumnen|Andere
        Kommentare|Empfehlungen|Auch interessant|Neueste Meinungen
    """,
    "caption_credit": """
        Foto: {person}/{agency}|Bild: {agency}|© {agency}|Foto: {agency}|Illustration: {person}
    """,
    "agencies": "dpa|Reuters|AFP|imago images|epd|picture alliance",
    "download": """
        Als PDF herunterladen|Drucken|Artikel merken|Artikel vorlesen lassen|Per E-Mail
        versenden|Später lesen
    """,
    "copyright": """
        © {outlet} {year}|© {year} {outlet}. Alle Rechte vorbehalten.|Copyright © {year} {outlet}
    """,
    "copyright_plain": "Alle Rechte vorbehalten.|© Alle Rechte vorbehalten",
    "outlet_line": """
        Quelle: {outlet}|Erschienen in: {outlet}|Dieser Beitrag erschien zuerst in {outlet}.|Aus:
        {outlet}
    """,
    "link_line": "Quelle: {url}|Link: {url}|Online lesen: {url}|{url}|URL: {url}",
    "home": "Startseite",
    "tags": "Themen: {tags}|Schlagworte: {tags}|Mehr zu: {tags}",
    "read_time": "{n} Min. Lesezeit|Lesedauer: {n} Minuten|{n} Min.",
    "disclaimer": """
        Gastbeiträge geben die Meinung der Autoren wieder, nicht unbedingt die von
        {outlet}.|Dieser Text ist ein Meinungsbeitrag. Er gibt die Sicht des Autors wieder.|
        Leitartikel geben die Meinung der Redaktion wieder.|
        Die Kommentare der Redaktion spiegeln die Haltung des Hauses.|
        Das Gespräch wurde gekürzt und redigiert.|
        Das Interview wurde aus Platzgründen gekürzt.
    """,
    "footer": """
        Datenschutz|Impressum|Kontakt|Über
        uns|Werbung|Karriere|Barrierefreiheit|AGB|Cookie-Einstellungen
    """,
    "paywall": """
        Dieser Artikel ist nur für Abonnenten.|Jetzt abonnieren und weiterlesen| Bereits Abonnent?
        Hier anmelden|Sie haben {n} von 5 kostenlosen Artikeln gelesen.|
        Dieser Artikel ist exklusiv für Abonnenten.|
        Bereits Abonnent? Hier anmelden
    """,
    "live_heading": "Newsticker|Live|Aktuell|Eilmeldungen",
    "q_prefix": "Frage:|F:|—",
    "a_prefix": "Antwort:|A:|—",
    "review_item": """
        {work}, von {person} ({house}, {pages} Seiten)|{person}: {work}. {house}, {pages}
        Seiten|Bewertung: {stars}
    """,
    "houses": "Suhrkamp|Hanser|Rowohlt|Kiepenheuer & Witsch|C.H. Beck|Fischer",
    "letter_sign": "{name}, {town}|{name} ({town})",
    "letters_pitch": """
        Leserbriefe geben die Meinung der Einsender wieder; die Redaktion behält sich Kürzungen
        vor.|Schreiben Sie uns: Ihre Meinung ist uns wichtig.
    """,
    "outlet_forms": "{City}er {Noun}|{Adj} {Noun}|Der {Noun}|{Noun} am Sonntag",
    "outlet_adjs": "Neue|Freie|Allgemeine|Badische|Westfälische|Märkische",
    "outlet_nouns": "Rundschau|Zeitung|Post|Nachrichten|Presse|Anzeiger|Kurier|Tagblatt",
    "outlet_cities": "Hannover|Bremen|Lüneburg|Bonn|Mainz|Kassel|Oldenburg",
    "tlds": ".de|.at|.ch|.com|.net",
    "url_sections": "meinung|kommentar|politik/meinung|debatte|kolumne",
    "edition": "Ausgabe Berlin|Ausgabe Süd|E-Paper",
    "advert": "Anzeige|Werbung|Gesponserter Inhalt",
    "apps": "Laden Sie unsere App|Folgen Sie uns|Folgen Sie uns auf Facebook",
    "gallery": "Bildergalerie ansehen|Bild vergrößern|Bild {n} von {m}",
    "inline_related": """
        Lesen Sie auch: {headline}|Mehr zum Thema: {headline}|Auch interessant: {headline}
    """,
    "email_furniture": """
        E-Mail im Browser ansehen|Abmelden|Sie erhalten diese E-Mail, weil Sie unseren Newsletter
        abonniert haben.|An Freunde weiterleiten|Einstellungen ändern
    """,
    "page_marker": "Seite {n} von {m}|{n}/{m}|- {n} -",
    "quotes": "„ “",
}
