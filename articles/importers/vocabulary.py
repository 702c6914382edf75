"""Words that page metadata is written in, per language, shared by `dates` and `people`.

Languages: English, Spanish, French, German, Italian, Portuguese, Ukrainian, Russian and Polish.
Every list describes how pages in general state a date, a byline or an outlet, never one outlet's
wording. Words are lower case and NFC; accented words are listed with their unaccented spelling
too, because dumps of old pages often lose accents.
"""


def _words(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


# Month number -> every spelling: full names, genitive and locative forms (Slavic languages
# write "18 листопада", "в ноябре"), and abbreviations (matched with or without a dot).
MONTH_NAMES: dict[int, str] = {
    1: "january jan enero ene janvier janv januar jänner jaenner gennaio gen janeiro "
    "січень січня січні січ январь января январе янв styczeń stycznia styczniu sty",
    2: "february feb febrero febr février fevrier févr fevr fév fev februar febbraio "
    "fevereiro лютий лютого лютому лют февраль февраля феврале фев февр luty lutego lut",
    3: "march mar marzo mars märz maerz marz mär mrz março marco березень березня березні "
    "бер март марта марте мар marzec marca marcu",
    4: "april apr abril abr avril avr aprile квітень квітня квітні квіт апрель апреля "
    "апреле апр kwiecień kwietnia kwi",
    5: "may mayo mai maggio mag maio травень травня травні трав май мая мае maj maja",
    6: "june jun junio juin juni giugno giu junho червень червня червні черв июнь июня "
    "июне июн czerwiec czerwca cze",
    7: "july jul julio juillet juil juli luglio lug julho липень липня липні лип июль "
    "июля июле июл lipiec lipca lip",
    8: "august aug agosto ago août aout серпень серпня серпні серп август "
    "августа августе авг sierpień sierpnia sie",
    9: "september sep sept septiembre setiembre set septembre settembre setembro "
    "вересень вересня вересні вер сентябрь сентября сентябре сен сент wrzesień września "
    "wrz",
    10: "october oct octubre octobre oktober okt ottobre ott outubro out жовтень жовтня "
    "жовтні жовт октябрь октября октябре окт październik października paź",
    11: "november nov noviembre novembre novembro листопад листопада листопаді лист "
    "ноябрь ноября ноябре ноя нояб listopad listopada lis",
    12: "december dec diciembre dic décembre decembre déc dezember dez dicembre dezembro "
    "грудень грудня грудні груд декабрь декабря декабре дек grudzień grudnia gru",
}
MONTHS: dict[str, int] = {
    name: number for number, names in MONTH_NAMES.items() for name in names.split()
}
# Month spellings that are also ordinary words ("may", Portuguese "out", Spanish "mar" = sea,
# Ukrainian "лист" = letter): a bare "month year" with one of them needs an initial capital.
AMBIGUOUS_MONTHS = _words("may mar ago out set gen lip lis sie mag лист")

WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun",
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo lun mié jue vie sáb",
    "lundi mardi mercredi jeudi vendredi samedi dimanche mer jeu ven sam dim",
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so",
    "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato "
    "domenica",
    "segunda terça terca quarta quinta sexta feira seg ter qua qui sex",
    "понеділок вівторок середа четвер п'ятниця пятниця субота неділя пн вт ср чт пт сб нд",
    "понедельник вторник среда четверг пятница суббота воскресенье вс",
    "poniedziałek wtorek środa czwartek piątek sobota niedziela",
)

# Words a date line may hold besides the date: lead-ins ("Publié le", "Veröffentlicht am"),
# clock words, year markers ("2019 г.", "2019 року"), reading time ("4 min read").
DATE_LINE_WORDS = _words(
    "published publish posted updated update last first modified created date dated on at "
    "originally am pm a.m p.m in",
    "publié publiée publie publiee mis mise à a jour le modifié modifie actualisé h",
    "publicado publicada publicación publicacion actualizado actualizada actualización "
    "actualizacion fecha el de del las los a hace hs hrs",
    "veröffentlicht veroeffentlicht aktualisiert zuletzt stand erschienen am um uhr vom den",
    "pubblicato pubblicata aggiornato aggiornata alle ore il del",
    "atualizado atualizada actualizado publicado em às as no dia",
    "опубліковано оновлено дата публікації о об року р у в",
    "опубликовано обновлено обновлен опубликован публикации в во года г",
    "opublikowano zaktualizowano aktualizacja dnia o godz r",
    "min mins minute minutes read reading time lecture lectura leitura lettura lesezeit "
    "lesedauer хв хвилин мин минут чтения читання czytania",
)

# Lead-in words that start a date statement; a byline is cut where one begins.
DATE_LEAD_INS = (
    r"published|updated|posted|last updated|first published|"
    r"publié|publiée|mis à jour|publicado|publicada|actualizado|actualizada|atualizado|"
    r"veröffentlicht|aktualisiert|pubblicato|pubblicata|aggiornato|"
    r"опубліковано|оновлено|опубликовано|обновлено|opublikowano|zaktualizowano"
)

TIME_ZONES = _words(
    "gmt utc bst ist cet cest eet eest wet west msk est edt cst cdt mst mdt pst pdt et pt ct mt "
    "aest aedt hkt sgt jst kst z mez mesz"
)

# Name particles: kept inside a name and written lower case when title-casing an all-caps name.
PARTICLES = _words(
    "van von der den de da di du del della delle dei degli la le bin ibn al el ten ter dos das do "
    "des af av zu y e"
)
# Particles that also start ordinary sentences; never the first word of a title-cased name.
LOWER_PARTICLES = PARTICLES - {"y", "e"}

# Words that make a run of capitalised words an organisation, a section or page furniture rather
# than a person's name, in every language handled.
NOT_NAME_WORDS = _words(
    # organisations and newsrooms
    "news daily times post journal review institute institution university college school "
    "union states council ministry department agency agencies group committee house court party "
    "nations republic kingdom federation independent monitor press media editorial editors "
    "editor board staff desk team network foundation association society center centre company "
    "corporation limited ltd inc llc plc office service bureau reporters correspondents "
    "contributors herald tribune gazette chronicle telegraph observer weekly magazine radio "
    "television tv wire project syndicate bank fund forum trust alliance coalition campaign "
    "commission organisation organization world international national global europe european "
    "america american",
    # words of newspapers' names in many countries
    "online digital express mail mirror standard courier courrier kurier rundschau allgemeine "
    "presse corriere gazzetta stampa sera folha estado diário diario noticias notícias mundo "
    "correo welt zeit nouvelles actualités novosti новости новини правда газета вісті известия "
    "today",
    "rédaction redaction équipe equipe comité comite conseil université universite institut "
    "ministère ministere groupe agence collectif éditorial édito edito journal",
    "redacción redaccion equipo consejo universidad instituto ministerio grupo agencia diario "
    "periódico periodico",
    "redaktion zeitung verlag universität universitaet ministerium gruppe agentur rat stiftung",
    "redazione gruppo agenzia università universita istituto ministero consiglio giornale",
    "redação redacao redacção equipa agência universidade ministério ministerio conselho jornal",
    "редакція редакції агентство університет інститут міністерство рада група служба",
    "редакция редакции университет институт министерство совет группа",
    "redakcja zespół",
    # sections, topics and page furniture
    "opinion opinions comment comments analysis column columns letters letter features "
    "politics business culture sport sports climate crisis war economy health science "
    "technology tech life style travel food books arts music film video podcast newsletter "
    "home menu search login log sign subscribe subscription share follow contact privacy policy "
    "terms cookies cookie more read next previous related latest top stories popular breaking "
    "live about help account register advertisement advertising sponsored photo image gallery "
    "middle east foreign policy edition print download print",
    "tribune chronique débat debat idées idees lire suite abonnez connexion partager",
    "opinión opinion tribuna cartas leer más mas suscríbete suscribete compartir",
    "meinung kommentar gastbeitrag leserbriefe weiterlesen anmelden teilen",
    "opinione commenti lettere leggi accedi condividi",
    "opinião opiniao artigo cartas leia entrar compartilhar",
    "думка думки колонка блоги читати увійти поділитися",
    "мнение мнения колонка блоги читать войти поделиться",
    # roles: a title after a name, never part of it
    "senior junior chief managing deputy executive associate assistant staff writer reporter "
    "correspondent columnist contributor contributing fellow professor lecturer director "
    "president chair chairman founder researcher scholar scientist analyst economist historian "
    "minister secretary ambassador author journalist",
    "professeur professeure chercheur chercheuse directeur directrice journaliste",
    "profesor profesora investigador investigadora director directora periodista",
    "professor professorin direktor direktorin autor autorin journalist journalistin",
    "professore professoressa ricercatore ricercatrice direttore direttrice giornalista",
    "professora pesquisador pesquisadora diretor diretora jornalista",
    # function words: a name holds none of them
    "the a an of in on at to for with and or is are was were by from new how why what who when "
    "this that these our your my we you it all not no if but as than has have",
    "les des un une et ou pour par sur dans avec plus est sont qui que ce cette nos vos",
    "el los las un una y o en por para con es son que este esta nuestro",
    "die das und oder mit für fuer ist sind ein eine im zum zur vom nicht auch",
    "il lo gli per con più è che nel nella sono",
    "o os as um uma em para com mais é são que no na nos nas",
    "і та в у на з що це не як до від",
    "и в на с что это не как до от",
    # calendar words: "By Tuesday, Kyiv had fallen" names nobody
    " ".join(day for day in WEEKDAYS if len(day) >= 5),
    "january february march april june july august september october november december "
    "today yesterday tomorrow",
    # places that read like two names
    "san santa saint st los las hong tel buenos new",
)

# Honorifics before a name; dropped from the name they precede.
HONORIFICS = _words(
    "dr dr. prof prof. professor rev rev. sir dame mr mr. mrs mrs. ms ms. mx lord lady cllr "
    "mme mme. mlle m. sra sra. sr. srta dña. dña don doña herr frau dott. dott dott.ssa sig. "
    "sig.ra avv. ing. пан пані г-н г-жа"
)
