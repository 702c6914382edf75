"""Polish (keys as in `en.py`). Months are in the genitive, as dates write them."""

DATA = {
    "name": "Polski",
    "function_words": """
        i w nie na się z do to że jest o jak po co ale za od tak jego jej ich przez dla czy już
        być może tylko który która które tym tego też przy kiedy bardzo przed nad pod bez między
        jednak więc ani ten ta te tej a nawet także teraz gdzie tu tam było była były był będzie
        są my wy oni one ona on go mu jeszcze albo lub gdy aby żeby bo ponieważ właśnie wszystko
        wszyscy każdy nic coś sobie siebie swoje swój swoich u ze
    """,
    "content_words": """
        rząd kraj polityka ustawa wybory partia prezydent minister sejm senat prawa sąd wolność
        demokracja obywatele społeczeństwo gospodarka kryzys praca płace mieszkania ceny inflacja
        wzrost rynek firmy banki dług podatki wydatki budżet reforma system zdrowie edukacja
        szkoły uczelnie szpitale pacjenci lekarze nauczyciele studenci rodziny dzieci młodzież
        emeryci emerytury bieda nierówności bogactwo dochody kultura historia pamięć język
        tożsamość religia wartości tradycja przyszłość pokolenie pytanie odpowiedź problem
        rozwiązanie plan strategia obietnica porażka sukces błąd prawda dane raport badanie sondaż
        analiza argument opinia pomysł decyzja głosowanie kampania kandydat opozycja koalicja
        większość mniejszość protest ruch krytycy wyborcy sąsiedzi dzielnice miasta wsie ulice
        domy czynsze technologie internet platformy policja przestępczość więzienia sędziowie
        adwokaci konstytucja suwerenność niepodległość integracja współpraca konkurencja
        negocjacje porozumienie sankcje eksport cła fabryki porty ropa gaz energia prąd klimat
        emisje woda rolnicy ziemia transport pociągi drogi samochody migracja granice uchodźcy
        wojna pokój armia obrona sojusz traktat władza zmiana lata czas świat debata region gmina
        burmistrz rada parlament instytucje związki strajk urzędnicy samorząd województwo ważny
        trudny możliwy konieczny jasny poważny polityczny gospodarczy społeczny narodowy lokalny
        globalny europejski publiczny prywatny nowy stary młody długi krótki duży mały lepszy
        gorszy prawdziwy prosty nowoczesny popularny sprawiedliwy uczciwy otwarty silny słaby
        bogaty biedny wolny drogi pilny powolny szybki robić brać dawać znaleźć myśleć wiedzieć
        widzieć mówić pytać potrzebować chcieć wierzyć bronić chronić poprawiać obniżać zwiększać
        wydawać inwestować płacić tracić wygrywać decydować wybierać wyjaśniać obiecywać rządzić
        żądać bać się mieć nadzieję rozumieć pamiętać zapominać przyjmować odrzucać popierać
        budować często nigdy zawsze wciąż może po prostu wyraźnie szybko powoli naprawdę prawie
        razem dawno wreszcie
    """,
    "places": """
        Warszawa|Kraków|Gdańsk|Wrocław|Poznań|Łódź|Lublin|Szczecin|Bruksela|Berlin|
        Europa|Sejm|Trybunał Konstytucyjny|Unia Europejska|NATO|ONZ
    """,
    "first_names": """
        Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Adam Łukasz Grzegorz Wojciech
        Mateusz Rafał Bartosz Kamil Jan Marek Szymon Maciej
    """,
    "female_first_names": """
        Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika
        Zofia Natalia Karolina Marta Beata Dorota Justyna Paulina Weronika
    """,
    "feminine_endings": "ski:ska cki:cka dzki:dzka",
    "last_names": """
        Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
        Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski
        Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król
        Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski
        Rutkowski Michalak Sikora Ostrowski Baran Szewczyk
    """,
    "surname_particles": "",
    "towns": """
        Toruń|Bydgoszcz|Katowice|Rzeszów|Olsztyn|Białystok|Kielce|Opole|Zielona Góra|
        Gorzów|Płock|Radom|Tarnów|Nowy Sącz|Zamość|Elbląg|Gniezno|Sopot|Legnica|Przemyśl
    """,
    "months": """
        stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada
        grudnia
    """,
    "month_abbr": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    "weekdays": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "date_forms": """
        {day} {month} {year}|{day} {month} {year} r.|{day} {month} {year}, {hh}:{mi}| {weekday},
        {day} {month} {year}|{Weekday}, {day} {month} {year} r., godz. {hh}:{mi}|
        {year}-{mnum2}-{day2}|{day} {mon} {year}|{day} {MONTH} {year}
    """,
    "numeric_date_forms": """
        {day2}.{mnum2}.{year} {hh}:{mi}|{day2}.{mnum2}.{year}|{day2}.{mnum2}.{year}, godz.
        {hh}:{mi}
    """,
    "date_prefixes": "{date}|{date}|Opublikowano: {date}|Data publikacji: {date}|Dodano: {date}",
    "updated_forms": "Aktualizacja: {date}|Zaktualizowano {date}|Ostatnia aktualizacja: {date}",
    "byline_forms": """
        Autor: {names}|Autor: {names}|{names}|{names}|Tekst: {names}|Felieton: {names}
    """,
    "and": "i",
    "interview_by": "Rozmawiał {names}|Wywiad: {names}",
    "roles": """
        profesorem ekonomii na uniwersytecie w mieście {town}|badaczką w Instytucie Spraw
        Publicznych|byłym ministrem finansów|felietonistą naszej gazety|politolożką z
        {town}|dyrektorem Ośrodka Badań Społecznych|historykiem, autorem kilku książek o czasach
        powojennych|byłym ambasadorem|dziennikarką i pisarką z {town}
    """,
    "bio_forms": "{name} jest {role}.|{name} jest {role}. Publikuje w każdy czwartek.",
    "byline_roles": "ekonomista|politolog|publicysta|badaczka|korespondent w Brukseli",
    "role_orgs": "Instytut Spraw Publicznych|Fundacja Batorego|Ośrodek Studiów Wschodnich",
    "sections_opinion": "Opinie|Komentarz|Felieton|Publicystyka|Punkt widzenia",
    "sections_editorial": "Od redakcji|Komentarz redakcji|Wstępniak",
    "sections_letter": "Listy do redakcji|Listy czytelników|Listy",
    "sections_analysis": "Analiza|Analizy",
    "sections_interview": "Wywiad|Rozmowa",
    "sections_review": "Recenzja|Książki|Krytyka|Kino",
    "nav": """
        Strona
        główna|Wiadomości|Kraj|Świat|Polityka|Gospodarka|Opinie|Kultura|Sport|Nauka|Technologie|Wideo|Podcasty|Regiony
    """,
    "skip": "Przejdź do treści|Pomiń nawigację|Menu|Szukaj|Zamknij",
    "login": "Zaloguj się|Logowanie|Zarejestruj się|Subskrybuj|Moje konto|Kup prenumeratę",
    "login_form": """
        Adres e-mail|Hasło|Nie pamiętasz hasła?|Zapamiętaj mnie|Załóż konto|Zaloguj się przez
        Google|Nie masz konta? Zarejestruj się za darmo|Pokaż hasło
    """,
    "cookie_text": """
        Używamy plików cookie, aby poprawić działanie serwisu, dopasować treści i analizować ruch.
        Korzystając ze strony, zgadzasz się na ich użycie.|Ta strona używa plików cookie. Niektóre
        są niezbędne, inne pomagają nam zrozumieć, jak korzystasz z serwisu. Możesz zmienić wybór
        w dowolnym momencie.
    """,
    "cookie_buttons": """
        Akceptuję wszystkie|Odrzuć wszystkie|Ustawienia|Akceptuję i zamykam|Więcej
        informacji|Zgadzam się
    """,
    "newsletter_text": """
        Zapisz się na nasz newsletter i otrzymuj co rano to, co najlepsze w
        {outlet}.|Najważniejsze wiadomości dnia, co wieczór w Twojej skrzynce.|Najlepsze felietony
        tygodnia, w każdą niedzielę na Twój e-mail.
    """,
    "newsletter_ui": "Twój e-mail|Zapisz się|Zapisuję się|Możesz zrezygnować w każdej chwili.",
    "donation_text": """
        Niezależne dziennikarstwo potrzebuje Twojego wsparcia. {outlet} utrzymuje się dzięki
        czytelnikom, a każda wpłata, duża czy mała, pomaga nam pozostać wolnymi.|Jeśli cenisz
        naszą pracę, wesprzyj nas comiesięczną wpłatą: nie mamy właściciela ani wielkich
        reklamodawców.
    """,
    "donation_ui": "Wesprzyj nas|Wpłać teraz|Zostań patronem|Przekaż darowiznę",
    "share": "Udostępnij|Facebook|X|WhatsApp|E-mail|Kopiuj link|LinkedIn|Udostępnij na Facebooku",
    "comment_count": "{n} komentarzy|Komentarze ({n})|Pokaż {n} komentarzy|Komentarze: {n}",
    "comment_heading": "Komentarze|Dyskusja|Komentarze czytelników",
    "comment_ui": """
        Odpowiedz|Zgłoś|Lubię to|Cytuj|Załaduj więcej komentarzy|Pokaż
        odpowiedzi|Najnowsze|Najstarsze
    """,
    "comment_ago": "{n} godzin temu|{n} minut temu|{n} dni temu|{n} godz. temu",
    "comment_policy": """
        Komentarze są moderowane i publikowane po sprawdzeniu. Prosimy o zachowanie
        kultury.|Komentowanie tego artykułu zostało wyłączone.|Przed dodaniem komentarza zapoznaj
        się z regulaminem.
    """,
    "related_heading": """
        Czytaj także|Inne felietony|Najczęściej czytane|Może Cię zainteresować|Podobne
        artykuły|Więcej na ten temat|Polecamy|Najnowsze opinie
    """,
    "caption_credit": """
        Fot. {person}/{agency}|Fot. {agency}|© {agency}|Zdjęcie: {agency}|Ilustracja: {person}
    """,
    "agencies": "PAP|Forum|East News|Reuters|AFP|Getty Images",
    "download": "Pobierz PDF|Drukuj|Zapisz|Posłuchaj artykułu|Wyślij e-mailem|Przeczytaj później",
    "copyright": """
        © {year} {outlet}. Wszelkie prawa zastrzeżone.|© {outlet}, {year}|Copyright © {outlet}
        {year}
    """,
    "copyright_plain": "Wszelkie prawa zastrzeżone.|© Wszelkie prawa zastrzeżone",
    "outlet_line": """
        Źródło: {outlet}|Opublikowano w: {outlet}|Tekst ukazał się pierwotnie w: {outlet}.|Z:
        {outlet}
    """,
    "link_line": "Źródło: {url}|Link: {url}|Czytaj online: {url}|{url}|URL: {url}",
    "home": "Strona główna",
    "tags": "Tematy: {tags}|Tagi: {tags}|Więcej na temat: {tags}",
    "read_time": "{n} min czytania|Czas czytania: {n} minut|{n} min",
    "disclaimer": """
        Opinie wyrażone w tekście są opiniami autora i nie muszą odzwierciedlać stanowiska
        {outlet}.|To jest felieton. Poglądy autora nie muszą być zgodne ze stanowiskiem redakcji.|
        Artykuły redakcyjne wyrażają stanowisko redakcji.|
        Artykuły redakcyjne wyrażają zdanie wydawcy.|
        Wywiad został zredagowany i skrócony.|
        Wywiad został skrócony dla przejrzystości.
    """,
    "footer": """
        Polityka prywatności|Regulamin|Kontakt|O nas|Reklama|Praca|Mapa strony|Ustawienia cookie
    """,
    "paywall": """
        Ten artykuł jest dostępny tylko dla prenumeratorów.|Wykup prenumeratę, aby czytać
        dalej|Masz już prenumeratę? Zaloguj się|Przeczytałeś {n} z 5 darmowych artykułów w tym
        miesiącu.|
        Artykuł tylko dla prenumeratorów|
        Masz już prenumeratę? Zaloguj się
    """,
    "live_heading": "Na żywo|Najnowsze wiadomości|Z ostatniej chwili|Najważniejsze",
    "q_prefix": "—|Pytanie:|P:",
    "a_prefix": "—|Odpowiedź:|O:",
    "review_item": """
        {person}, „{work}”, {house}, {pages} s.|„{work}”, {person} ({house}, {pages} stron)|Ocena:
        {stars}
    """,
    "houses": "Znak|Czarne|Wydawnictwo Literackie|Karakter|W.A.B.|Agora",
    "letter_sign": "{name}, {town}|{name} ({town})",
    "letters_pitch": """
        Czekamy na Państwa listy; redakcja zastrzega sobie prawo do skrótów.| Napisz do nas: podaj
        imię, nazwisko i miejscowość.
    """,
    "outlet_forms": "{Adj} {Noun}|{Noun} {City}|{Adj} {Noun} {City}",
    "outlet_adjs": "Nowy|Wieczorny|Miejski|Wolny|Pomorski|Mazowiecki|Śląski",
    "outlet_nouns": "Kurier|Dziennik|Głos|Tygodnik|Przegląd|Goniec",
    "outlet_cities": "Wielkopolski|Podlasia|Kujaw|Warmii|Podkarpacia|Mazur",
    "tlds": ".pl|.com.pl|.com|.eu",
    "url_sections": "opinie|komentarze|felietony|publicystyka|listy",
    "edition": "Wydanie papierowe|E-wydanie|Wydanie regionalne",
    "advert": "Reklama|Materiał partnera|Artykuł sponsorowany",
    "apps": "Pobierz naszą aplikację|Obserwuj nas|Jesteśmy na Facebooku",
    "gallery": "Zobacz galerię|Powiększ zdjęcie|Zdjęcie {n} z {m}",
    "inline_related": "Czytaj także: {headline}|Zobacz też: {headline}|Więcej: {headline}",
    "email_furniture": """
        Zobacz tę wiadomość w przeglądarce|Wypisz się|Otrzymujesz tę wiadomość, bo zapisałeś się
        na nasz newsletter.|Prześlij znajomemu|Zmień ustawienia
    """,
    "page_marker": "Strona {n} z {m}|{n}/{m}|- {n} -",
    "quotes": "„ ”",
}
