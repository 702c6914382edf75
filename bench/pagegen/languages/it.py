"""Italian (keys as in `en.py`)."""

DATA = {
    "name": "Italiano",
    "function_words": """
        di e il la che in a per un è non del una con le si i da al dei sono della come ma più
        anche nel gli alla lo delle ha o se questo su nella ci dal tra degli cui sua suo loro
        questa ancora però dopo essere molto già quando tutti tutto fra così perché stato quello
        prima noi poi senza sia nei sulla verso contro ogni hanno dove mai sempre qui ora invece
        mentre anzi quindi oppure neanche meno nessuno altri altro
    """,
    "content_words": """
        governo paese politica legge elezioni partito presidente ministro parlamento senato
        diritti giustizia tribunale libertà democrazia cittadini società economia crisi lavoro
        salari case affitti prezzi inflazione crescita mercato imprese banche debito tasse spesa
        bilancio riforma sistema sanità scuola università ospedali pazienti medici insegnanti
        studenti famiglie bambini giovani anziani pensioni povertà disuguaglianza ricchezza
        reddito cultura storia memoria lingua identità religione valori tradizione futuro
        generazione domanda risposta problema soluzione piano strategia promessa fallimento
        successo errore verità dati rapporto studio sondaggio analisi argomento opinione idea
        decisione voto campagna candidato opposizione coalizione maggioranza minoranza protesta
        movimento critici elettori vicini quartieri città paesi strade tecnologia internet
        piattaforme privacy polizia reati carceri giudici avvocati costituzione sovranità
        indipendenza integrazione cooperazione concorrenza negoziato accordo sanzioni esportazioni
        dazi fabbriche porti petrolio gas energia elettricità clima emissioni acqua agricoltori
        terra trasporti treni autostrade automobili migrazione confini rifugiati guerra pace
        esercito difesa alleanza trattato potere cambiamento anni tempo mondo dibattito regione
        comune sindaco consiglio istituzioni sindacati sciopero burocrazia Mezzogiorno importante
        difficile possibile necessario chiaro grave politico economico sociale nazionale locale
        globale europeo pubblico privato nuovo vecchio giovane lungo breve grande piccolo migliore
        peggiore reale semplice moderno popolare giusto ingiusto onesto aperto forte debole ricco
        povero libero caro urgente lento rapido recente fare prendere dare trovare pensare sapere
        vedere dire chiedere volere credere difendere proteggere migliorare ridurre aumentare
        tagliare spendere investire pagare perdere vincere fallire decidere scegliere spiegare
        promettere governare pretendere temere sperare capire ricordare dimenticare accettare
        rifiutare sostenere costruire spesso davvero forse semplicemente chiaramente rapidamente
        lentamente quasi insieme perfino ormai soprattutto
    """,
    "places": """
        Roma|Milano|Napoli|Torino|Bologna|Firenze|Palermo|Genova|Venezia|Bari|
        Bruxelles|Europa|Palazzo Chigi|il Quirinale|Montecitorio|la Consulta|l'Unione europea|la
        Nato|le Nazioni Unite
    """,
    "first_names": """
        Marco Giulia Luca Francesca Andrea Chiara Alessandro Sara Matteo Valentina Giovanni Elena
        Lorenzo Martina Davide Federica Stefano Silvia Paolo Laura Roberto Anna Francesco Paola
        Simone Alessia Antonio Roberta Giuseppe Serena Fabio Claudia Riccardo Elisa Massimo Ilaria
    """,
    "last_names": """
        Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
        Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi
        Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola
        Villa Cattaneo Fabbri Marchetti Parisi Bellini
    """,
    "surname_particles": "De |Di |Lo |Della",
    "towns": """
        Padova|Verona|Trento|Brescia|Parma|Modena|Perugia|Ancona|Pescara|Lecce|
        Salerno|Cagliari|Sassari|Trieste|Udine|Bergamo|Como|Pisa|Siena|Matera
    """,
    "months": """
        gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
        dicembre
    """,
    "month_abbr": "gen feb mar apr mag giu lug ago set ott nov dic",
    "weekdays": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "date_forms": """
        {day} {month} {year}|{weekday} {day} {month} {year}|{day} {month} {year}, {hh}:{mi}| {day}
        {month} {year} ore {hh}:{mi}|{Weekday} {day} {month} {year}|{year}-{mnum2}-{day2}| {day}
        {mon} {year}|{day} {MONTH} {year}
    """,
    "numeric_date_forms": """
        {day2}/{mnum2}/{year} ore {hh}:{mi}|{day2}/{mnum2}/{year} -
        {hh}:{mi}|{day2}.{mnum2}.{year}
    """,
    "date_prefixes": "{date}|{date}|Pubblicato il {date}|Pubblicato: {date}|Roma, {date}",
    "updated_forms": "Aggiornato il {date}|Ultimo aggiornamento: {date}|Modificato il {date}",
    "byline_forms": "Di {names}|Di {names}|di {names}|{names}|Scritto da {names}|A cura di {names}",
    "and": "e",
    "interview_by": "Intervista di {names}|Intervista a cura di {names}",
    "roles": """
        professore di economia all'Università di {town}|ricercatrice all'Istituto per gli studi di
        politica internazionale|ex ministro dell'Economia|editorialista di questo giornale|docente
        di scienza politica a {town}|direttore del Centro studi sociali|storico e autore di
        diversi libri sul dopoguerra|ex ambasciatore a {town}| giornalista e scrittrice che vive a
        {town}
    """,
    "bio_forms": "{name} è {role}.|{name} è {role}. Il suo ultimo libro è appena uscito.",
    "byline_roles": "Economista|Politologo|Editorialista|Ricercatrice|Corrispondente da Bruxelles",
    "role_orgs": """
        Istituto Affari Internazionali|Fondazione Leone Moressa|Osservatorio sui conti pubblici
    """,
    "sections_opinion": "Opinioni|Commento|Il commento|Idee|Punti di vista|Editoriali e commenti",
    "sections_editorial": "Editoriale|L'editoriale|Il fondo",
    "sections_letter": "Lettere al direttore|Lettere|La posta dei lettori",
    "sections_analysis": "Analisi|Il punto",
    "sections_interview": "Intervista|L'intervista",
    "sections_review": "Recensione|Libri|La recensione|Cinema",
    "nav": """
        Home|Cronaca|Politica|Esteri|Economia|Opinioni|Cultura|Sport|Scienze|Tecnologia|Spettacoli|Video|Podcast|Ultima
        ora
    """,
    "skip": "Vai al contenuto|Salta al contenuto principale|Menu|Cerca|Chiudi",
    "login": "Accedi|Entra|Registrati|Abbonati|Il mio account|Abbonati ora",
    "login_form": """
        Indirizzo email|Password|Password dimenticata?|Ricordami|Crea un account| Accedi con
        Google|Non hai un account? Registrati gratis|Mostra password
    """,
    "cookie_text": """
        Utilizziamo cookie propri e di terzi per migliorare la tua esperienza, personalizzare i
        contenuti e analizzare il traffico. Continuando la navigazione accetti il loro
        utilizzo.|Questo sito usa cookie. Alcuni sono necessari, altri ci aiutano a capire come
        usi il sito. Puoi modificare le tue scelte in qualsiasi momento.
    """,
    "cookie_buttons": """
        Accetta tutti|Rifiuta tutti|Personalizza|Accetta e chiudi|Maggiori informazioni|Continua
        senza accettare
    """,
    "newsletter_text": """
        Iscriviti alla nostra newsletter e ricevi ogni mattina il meglio di {outlet}.|Ogni giorno
        le notizie che contano, direttamente nella tua casella.| I migliori commenti della
        settimana, ogni domenica nella tua email.
    """,
    "newsletter_ui": "La tua email|Iscriviti|Iscrivimi|Puoi cancellarti in qualsiasi momento.",
    "donation_text": """
        Il giornalismo indipendente ha bisogno di te. {outlet} è finanziato dai lettori, e ogni
        contributo, grande o piccolo, tiene i nostri articoli liberi per tutti.| Se apprezzi il
        nostro lavoro, sostienici con un contributo mensile: non abbiamo editori alle spalle.
    """,
    "donation_ui": "Sostienici|Dona ora|Diventa socio|Contribuisci",
    "share": """
        Condividi|Condividi su Facebook|Condividi su X|WhatsApp|Email|Copia link|LinkedIn|Telegram
    """,
    "comment_count": "{n} commenti|Commenti ({n})|Leggi i {n} commenti|{n} Commenti",
    "comment_heading": "Commenti|I commenti dei lettori|Partecipa alla discussione",
    "comment_ui": """
        Rispondi|Segnala|Mi piace|Cita|Carica altri commenti|Mostra risposte|Ordina per: più
        recenti|Meno recenti
    """,
    "comment_ago": "{n} ore fa|{n} minuti fa|{n} giorni fa|{n} h fa",
    "comment_policy": """
        I commenti sono moderati e pubblicati dopo l'approvazione. Si prega di mantenere un tono
        civile.|I commenti per questo articolo sono chiusi.|Leggi le regole della community prima
        di commentare.
    """,
    "related_heading": """
        Articoli correlati|Altri commenti|I più letti|Potrebbe interessarti|Leggi anche|Altre
        opinioni|Dalla stessa rubrica|Consigliati
    """,
    "caption_credit": """
        Foto: {person}/{agency}|Foto {agency}|© {agency}|Immagine: {agency}|Illustrazione di
        {person}
    """,
    "agencies": "Ansa|LaPresse|Imagoeconomica|Reuters|AFP|Getty Images",
    "download": "Scarica il PDF|Stampa|Salva|Ascolta l'articolo|Invia per email|Leggi più tardi",
    "copyright": """
        © {year} {outlet}. Tutti i diritti riservati.|Copyright © {outlet} {year}|© {outlet}
        {year} - Riproduzione riservata
    """,
    "copyright_plain": "Tutti i diritti riservati.|Riproduzione riservata ©",
    "outlet_line": """
        Fonte: {outlet}|Pubblicato su {outlet}|Questo articolo è uscito su {outlet}.|Da: {outlet}
    """,
    "link_line": "Fonte: {url}|Link: {url}|Leggi online: {url}|{url}|URL: {url}",
    "home": "Home",
    "tags": "Argomenti: {tags}|Tag: {tags}|Temi: {tags}",
    "read_time": "{n} min di lettura|Tempo di lettura: {n} minuti|{n} min",
    "disclaimer": """
        Le opinioni espresse in questo articolo sono dell'autore e non riflettono necessariamente
        quelle di {outlet}.|Questo è un articolo d'opinione: le tesi sono dell'autore.|
        Gli editoriali esprimono la posizione del giornale.|
        Gli editoriali rappresentano l'opinione della redazione.|
        L'intervista è stata condensata per chiarezza.|
        Questa conversazione è stata modificata per brevità.
    """,
    "footer": """
        Privacy|Note legali|Contatti|Chi siamo|Pubblicità|Lavora con noi|Accessibilità|Mappa del
        sito|Cookie policy
    """,
    "paywall": """
        Questo articolo è riservato agli abbonati.|Abbonati per continuare a leggere| Sei già
        abbonato? Accedi|Hai letto {n} dei 5 articoli gratuiti di questo mese.|
        Articolo riservato agli abbonati|
        Sei già abbonato? Accedi
    """,
    "live_heading": "Ultima ora|In diretta|Le ultime notizie|Live",
    "q_prefix": "D.|Domanda:|—",
    "a_prefix": "R.|Risposta:|—",
    "review_item": """
        {work}, di {person} ({house}, {pages} pagine)|{person}, {work}, {house}, pp. {pages}|Voto:
        {stars}
    """,
    "houses": "Einaudi|Feltrinelli|Adelphi|Mondadori|Sellerio|Laterza",
    "letter_sign": "{name}, {town}|{name} ({town})",
    "letters_pitch": """
        Scrivete al direttore: le lettere possono essere pubblicate e, se necessario,
        abbreviate.|Inviate le vostre lettere indicando nome e città.
    """,
    "outlet_forms": "Il {Noun} di {City}|Corriere {Adj}|La Voce di {City}|Il {Noun} {Adj}",
    "outlet_adjs": "Adriatico|Tirreno|Padano|Nazionale|Libero|Meridionale|Alpino",
    "outlet_nouns": "Giornale|Messaggero|Gazzettino|Tempo|Mattino|Secolo|Piccolo|Corriere",
    "outlet_cities": "Romagna|Sicilia|Toscana|Puglia|Marche|Liguria|Irpinia",
    "tlds": ".it|.com|.net|.eu",
    "url_sections": "opinioni|commenti|editoriali|idee|lettere",
    "edition": "Edizione nazionale|Edizione locale|Edicola digitale",
    "advert": "Pubblicità|Contenuto sponsorizzato|Annuncio",
    "apps": "Scarica la nostra app|Seguici|Seguici su Facebook",
    "gallery": "Guarda la gallery|Ingrandisci l'immagine|Foto {n} di {m}",
    "inline_related": """
        Leggi anche: {headline}|Potrebbe interessarti: {headline}|Approfondisci: {headline}
    """,
    "email_furniture": """
        Visualizza questa email nel browser|Annulla l'iscrizione|Ricevi questa email perché sei
        iscritto alla nostra newsletter.|Inoltra a un amico|Aggiorna le preferenze
    """,
    "page_marker": "Pagina {n} di {m}|{n}/{m}|- {n} -",
    "quotes": "« »",
}
