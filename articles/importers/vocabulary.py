"""Words page metadata is written in, per language: shared by the date and people parsers.

Languages: English, Spanish, French, German, Italian, Portuguese, Ukrainian, Russian and Polish.
Every list describes how pages in general state a date, a byline or an outlet, never one outlet's
wording. Words are lower case and NFC; accented words are listed with their unaccented spelling
too, because dumps of old pages often lose accents.
"""

import re


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
    "pubblicato pubblicata aggiornato aggiornata alle ore il del ultimo aggiornamento",
    # "Last updated", "Última actualización", "Dernière mise à jour", "Letzte Aktualisierung"
    "última ultima dernière derniere letzte aktualisierung последнее обновление останнє "
    "оновлення ostatnia atualização",
    "atualizado atualizada actualizado publicado em às as no dia",
    "опубліковано оновлено дата публікації о об року р у в",
    "опубликовано обновлено обновлен опубликован публикации в во года г",
    "opublikowano zaktualizowano aktualizacja dnia o godz r data publikacji dodano",
    "paru parue мск msk en ligne",
    # a relative update beside the date: "18/11/2019 18h54 - Atualizado há 2 horas"
    "ago hour hours hace hora horas il y heures vor stunden minuten fa há тому годин годину "
    "назад часов часа modifica modificato",
    "min mins minute minutes read reading time lecture lectura leitura lettura lesezeit "
    "lesedauer хв хвилин мин минут чтения читання czytania",
)

# Lead-in words that start a date statement; a byline is cut where one begins.
DATE_LEAD_INS = (
    r"published|updated|posted|last updated|first published|"
    r"publié|publiée|mis à jour|publicado|publicada|actualizado|actualizada|atualizado|"
    r"veröffentlicht|aktualisiert|pubblicato|pubblicata|aggiornato|"
    r"опубліковано|оновлено|опубликовано|обновлено|opublikowano|zaktualizowano|paru le"
)

TIME_ZONES = _words(
    "gmt utc bst ist cet cest eet eest wet west msk est edt cst cdt mst mdt pst pdt et pt ct mt "
    "aest aedt hkt sgt jst kst z mez mesz"
)

# Name particles: kept inside a name and written lower case when title-casing an all-caps name.
PARTICLES = _words(
    "van von der den de da di du del della delle dei degli la le bin ibn al el ten ter dos das do "
    "des af av zu y e wa bint ben lo li"
)
# Particles that also start ordinary sentences; never the first word of a title-cased name.
LOWER_PARTICLES = PARTICLES - {"y", "e"}

# Words that make a run of capitalised words an organisation, a section or page furniture rather
# than a person's name, in every language handled; NOT_NAME_WORDS is their union.
ORGANISATION_WORDS = _words(
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
    # section labels
    "point vue courrier lecteurs punto vista director editoriale editoriali standpunkt "
    "ponto opinião leitor leitores punkt widzenia listy redakcji opinie komentarze felieton "
    "publicystyka точка зору думки погляд коментарі листи зрения мнения комментарии письма",
    "dieser diese dieses text texte texto testo tekst текст",
    "grand entretien entrevue стаття статья редакційна редакционная",
    # German writes every noun with a capital: the commonest nouns of public debate are no names
    "regierung freiheit macht politik gesellschaft wirtschaft zukunft krise frieden "
    "demokratie staat bürger menschen jahre frage recht gericht gesetz geld arbeit kinder "
    "schule bildung gesundheit kultur umwelt klima energie stadt mehrheit opposition "
    "justiz generation ausgaben plan armut land leute",
)
FURNITURE_WORDS = _words(
    # sections, topics and page furniture
    "opinion opinions comment comments analysis column columns letters letter features "
    "politics business culture sport sports climate crisis war economy health science "
    "technology tech life style travel food books arts music film video podcast newsletter "
    "home menu search login log sign subscribe subscription share follow contact privacy policy "
    "terms cookies cookie more read next previous related latest top stories popular breaking "
    "live about help account register advertisement advertising sponsored photo image gallery "
    "middle east foreign policy edition print download print",
    "us manage preferences settings accept reject site map back copy trending now donate listen "
    "watch play save saved email e-mail continue reading content main edit become member members "
    "join support offer ads feed rss archive archives tags topics categories category prev "
    "bottom go show hide open click here view full story article articles recommended picks miss "
    "must notifications alerts profile logout signin signup subscribers premium exclusive "
    "sections section index weather markets events shop store deals puzzles crossword games "
    "horoscope obituaries",
    "compte accueil rechercher fermer connecter mon mes cuenta inicio buscar iniciar sesión sesion "
    "portada konto startseite suche abo abonnieren mein meine cerca abbonati conta início "
    "pesquisar assine entrar meu minha головна пошук увійти підписатися главная поиск войти "
    "подписаться мій мой ваш",
    "tribune chronique débat debat idées idees lire suite abonnez connexion partager",
    "opinión opinion tribuna cartas leer más mas suscríbete suscribete compartir",
    "meinung kommentar gastbeitrag leserbriefe weiterlesen anmelden teilen",
    "opinione commenti lettere leggi accedi condividi",
    "opinião opiniao artigo cartas leia entrar compartilhar",
    "думка думки колонка блоги читати увійти поділитися",
    "мнение мнения колонка блоги читать войти поделиться",
)
# Words of newspapers' names in many countries ("Kurier am Sonntag", "Nowy Głos", "La Voz de
# Navarra"); some also name towns ("Nowy Sącz"), so a letter's signature may hold them.
NEWSPAPER_WORDS = _words(
    "online digital express mail mirror standard courier courrier kurier rundschau allgemeine "
    "presse corriere gazzetta stampa sera folha estado diário diario noticias notícias mundo "
    "correo welt zeit nouvelles actualités novosti новости новини правда газета вісті известия "
    "today globe sentinel beacon banner bulletin dispatch examiner inquirer ledger register "
    "advocate citizen voice nation spectator atlantic guardian insider intercept leader courant "
    "telegram echo écho dépêche voix voz farol comércio comercio tagblatt anzeiger nachrichten "
    "blatt bote goniec tygodnik dziennik gazeta przegląd wiadomości kurier листок вестник вісник "
    "голос ведомости відомості курьер кур'єр głos nowy nowa nowe новый новая нова новий periódico "
    "progrès progres messager faro телеграф тиждень тижневик неделя tydzień week weekly "
    "mattino voce matin soir mercury newspaper newspapers associated",
)
# A title after a name, never part of it.
ROLE_WORDS = _words(
    "senior junior chief managing deputy executive associate assistant staff writer reporter "
    "correspondent columnist contributor contributing fellow professor lecturer director "
    "president chair chairman founder researcher scholar scientist analyst economist historian "
    "minister secretary ambassador author journalist",
    "professeur professeure chercheur chercheuse directeur directrice journaliste",
    "profesor profesora investigador investigadora director directora periodista",
    "professor professorin direktor direktorin autor autorin journalist journalistin",
    "professore professoressa ricercatore ricercatrice direttore direttrice giornalista",
    "professora pesquisador pesquisadora diretor diretora jornalista",
    # gendered and national forms of the commonest bylined roles
    "economista ökonom ökonomin économiste chefredakteur chefredakteurin redakteur redakteurin "
    "korrespondent korrespondentin kolumnist kolumnistin politologe politologin historikerin "
    "soziologe soziologin politologue sociologue historien historienne éditorialiste "
    "chroniqueur chroniqueuse correspondant correspondante rédacteur rédactrice avocat avocate "
    "politólogo politóloga sociólogo socióloga historiador historiadora columnista corresponsal "
    "redactor redactora abogado abogada catedrático catedrática politologo sociologo storico "
    "storica editorialista corrispondente redattore redattrice avvocato avvocata colunista "
    "correspondente redator redatora advogado advogada ekonomista ekonomistka politolog "
    "politolożka socjolog historyk historyczka publicysta publicystka felietonista "
    "felietonistka korespondent korespondentka badacz badaczka redaktor redaktorka dziennikarz "
    "dziennikarka політолог політологиня економіст економістка історик історикиня соціолог "
    "журналіст журналістка кореспондент кореспондентка колумніст колумністка оглядач оглядачка "
    "редактор редакторка науковець науковиця дослідник дослідниця политолог экономист историк "
    "социолог журналист журналистка корреспондент колумнист обозреватель исследователь научный "
    "сотрудник эксперт аналитик analista analiste analytiker аналітик аналітикиня",
    # offices: "President", "Minister", "Mayor" before or after a name are titles
    "präsident président presidente prezydent президент minister ministre ministro министр "
    "міністр kanzler kanzlerin chancellor senator sénateur senador senatore senadora "
    "abgeordnete député diputado diputada deputato deputado poseł депутат bürgermeister maire "
    "alcalde alcaldesa sindaco prefeito мэр мер governor gouverneur gobernador governatore "
    "governador губернатор mayor",
)
FUNCTION_WORDS = _words(
    # a name holds none of them
    "the a an of in on at to for with and or is are was were by from new how why what who when "
    "this that these our your my we you it all not no if but as than has have",
    "les des un une et ou pour par sur dans avec plus est sont qui que ce cette nos vos",
    "el los las un una y o en por para con es son que este esta nuestro se",
    "die das und oder mit für fuer ist sind ein eine im zum zur vom nicht auch",
    "il lo gli per con più è che nel nella sono",
    "o os as um uma em para com mais é são que no na nos nas",
    "і та в у на з що це не як до від",
    "и в на с что это не как до от",
    # question words and prepositions, which start headlines: "Por qué importa", "Von wegen"
    "after before against without between under over into about through until where which",
    "pourquoi comment quoi quand où sans contre après avant entre chez sous vers depuis",
    "qué cómo como quién dónde cuándo cuál sin contra desde hasta sobre tras",
    "warum wie was wer wann wo wegen trotz nach seit über unter gegen ohne durch bis",
    "perché come cosa chi quando dove tra fra senza contro dopo prima sotto sopra",
    "porque porquê quem onde sem até após",
    "чому де коли хто без після перед проти через почему где когда кто после против",
    "dlaczego jak gdzie kiedy kto bez przed po",
)
CALENDAR_WORDS = _words(
    # "By Tuesday, Kyiv had fallen" names nobody
    " ".join(day for day in WEEKDAYS if len(day) >= 5),
    "january february march april june july august september october november december "
    "today yesterday tomorrow",
    # places that read like two names
    "san santa saint st los las hong tel buenos new",
)
NOT_NAME_WORDS = (
    ORGANISATION_WORDS
    | NEWSPAPER_WORDS
    | FURNITURE_WORDS
    | ROLE_WORDS
    | FUNCTION_WORDS
    | CALENDAR_WORDS
)

# News and picture agencies credited beside a photograph, "Name (Agency)": never a town.
NEWS_AGENCIES = _words(
    "reuters afp ap efe dpa ansa pap tass epa xinhua anadolu belga lusa apa ukrinform укрінформ "
    "interfax интерфакс ria риа sipa getty shutterstock alamy keystone"
)

# Honorifics before a name; dropped from the name they precede.
HONORIFICS = _words(
    "dr dr. prof prof. professor rev rev. sir dame mr mr. mrs mrs. ms ms. mx lord lady cllr "
    "mme mme. mlle m. sra sra. sr. srta dña. dña doña herr frau dott. dott dott.ssa sig. "
    "sig.ra avv. ing. пан пані г-н г-жа",
    # offices written before a name: "Senator Jane Doe" is Jane Doe
    "president senator minister mayor governor ambassador judge gen. col. capt. präsident "
    "président presidente ministre ministro bürgermeister maire alcalde sindaco",
)

# A description of a person says what they do; one of these comes within its first words.
ROLE_STEMS = re.compile(
    r"(?<![^\W\d_])(?:"
    r"director|fellow|professor|lecturer|president|chair|founder|co-founder|writer|author|editor|"
    r"columnist|correspondent|journalist|reporter|analyst|advis|consultant|research|scholar|"
    r"scientist|ambassador|diplomat|minister|secretary|official|member|head|ceo|executive|"
    r"partner|lawyer|attorney|historian|economist|commentator|contributor|candidate|student|"
    r"associate|manager|coordinator|officer|expert|specialist|strategist|veteran|retired|former|"
    r"teaches|writes|lives|works|served|serves|novelist|poet|physician|doctor|teacher|activist|"
    r"technologist|engineer|developer|programmer|designer|architect|organi[sz]er|campaigner|"
    r"advocate|nurse|surgeon|pharmacist|paramedic|midwife|therapist|psychologist|psychiatrist|"
    r"counsel|prosecutor|judge|pastor|priest|rabbi|imam|farmer|rancher|entrepreneur|investor|"
    r"organiser|steward|librarian|curator|planner|biologist|chemist|physicist|ecologist|"
    r"technician|mechanic|firefighter|principal|instructor|educator|trustee|"
    r"ingénieur|ingeniero|ingenieur|ingegnere|engenheir|інженер|инженер|inżynier|"
    r"médecin|médico|medico|arzt|ärztin|лікар|врач|lekarz|infirmi|enfermer|"
    r"militant|militante|aktivist|attivist|ativista|активіст|активист|"
    r"professeur|chercheu|directe?u?r|maître|maitre|enseignant|avocat|ancien|ancienne|politolog|"
    r"sociolog|philosoph|filósof|filosof|économiste|historien|écrivain|ecrivain|journaliste|"
    r"profesor|investigador|catedrátic|catedratic|abogad|exdirector|ex-|escritor|periodista|"
    r"economista|historiador|politólog|sociólog|"
    r"dozent|autor|forscher|leiter|ehemalig|schriftsteller|publizist|historiker|ökonom|"
    r"docente|ricercat|direttor|giornalist|scrittor|avvocat|storico|economist|"
    r"pesquisador|diretor|jornalista|advogad|investigador|"
    r"політолог|журналіст|професор|науков|дослідни|економіст|історик|письменни|директор|"
    r"аналітик|експерт|редактор|викладач|член|голов|депутат|колишн|"
    r"политолог|журналист|профессор|научн|исследовател|экономист|историк|писател|аналитик|"
    r"эксперт|преподавател|бывш|"
    r"politolog|dziennikar|profesor|badacz|ekonomist|historyk|pisarz|redaktor|"
    # former offices and columns, in each language
    r"minist|embaj|embaix|botschaft|früher|antig|exemb|exminist|był|колумніст|колумнист|"
    r"оглядач|обозревател|felietonist|publicyst|kolumnist|columnista|colunista|editorialist|"
    r"chroniqu|éditorialiste|сотрудник|співробітни|кандидат|direkt|dyrektor|wissenschaft|"
    r"politoloż|ambasciat|analist|аналіт|polític|politic)",
    re.IGNORECASE,
)
# German and Dutch write roles as compounds ("Politikwissenschaftlerin"): found inside words.
ROLE_COMPOUNDS = re.compile(
    r"(?:wissenschaftler|forscher|professor|direktor|leiter|experte|expertin|redakteur|"
    r"korrespondent|berater|kolumnist|ökonom|historiker|politolog|botschafter|minister)",
    re.IGNORECASE,
)
