"""Vocabulary of page furniture, per language, and the stop words that mark prose.

Every pattern describes furniture many outlets share (navigation, login forms, comment counts,
share bars, cookie and copyright lines, newsletter prompts, related-article lists), never one
outlet's wording. `furniture_reason` names what a short line is, for the line features and the
extraction audit.
"""

import re

# --- Vocabulary of page furniture ------------------------------------------------------------
# Lines that are boilerplate when they make up the whole line (case-insensitive).
FURNITURE_LINE = re.compile(
    r"^(?:log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|login|logout|my account|"
    r"lost your password\??|forgot (?:your )?password\??|remember me|password|username|"
    r"back to top|skip to (?:main )?content|edit post|edit|menu|main menu|search|home|"
    r"share(?: this(?: article| story| page)?)?(?: on \w+)?|print|e-?mail|tweet|facebook|twitter|"
    r"linkedin|whatsapp|telegram|copy link|comments?(?: \(\d+\))?|\d+ comments?|"
    r"leave a (?:comment|reply)|post a comment|read more|show more|load more|see more|close|"
    r"advertisement|advert|sponsored(?: content)?|continue reading|next(?: article| post)?|"
    r"previous(?: article| post)?|subscribe(?: now)?|donate(?: now)?|support us|"
    r"become a (?:member|supporter|subscriber)|join us|contact us|about us|newsletters?|"
    r"cookies?|accept(?: all)?(?: cookies)?|privacy policy|terms of (?:use|service)|"
    r"tags?:.*|filed under:.*|categor(?:y|ies):.*|posted in:.*|"
    r"listen(?: to this article)?|audio|play|pause|\d+ min(?:ute)?s? read|"
    r"[\d:]+ ?(?:am|pm)?|(?:visa|mastercard|master card|americanexpress|american express|amex|"
    r"paypal|apple pay|google pay|[\s,/|])+)$",
    re.IGNORECASE,
)
# Phrases that mark a whole (short) line as boilerplate wherever they occur in it.
FURNITURE_PHRASE = re.compile(
    r"indicates required|enter (?:a |your )?(?:valid |correct )?e-?mail|"
    r"enter your email|your email address|in your inbox|sign up for|"
    r"success(?:ful)?l?y subscribed|thank you for (?:signing up|subscribing)|confirmation e-?mail|"
    r"subscribe to (?:our|the)|our newsletter|newsletter|support us|become a (?:member|patron)|"
    r"support (?:independent|our) journalism|join us in|donate|one-time (?:gift|donation)|"
    r"min(?:ute)?s? read\b|this audio is|listen to this (?:article|story)|follow us on|"
    r"all rights reserved|privacy policy|terms of (?:use|service)|cookie|skip to (?:main )?content",
    re.IGNORECASE,
)
# Fundraising vocabulary: two or more hits in a paragraph spoken as "we/our/us" mark a pitch.
PITCH_TERMS = re.compile(
    r"support us|support (?:independent|our) journalism|\bdonat\w*|contribution|"
    r"\bmember(?:ship)?s?\b|subscri\w+|reader[- ]funded|revenue|paywall|"
    r"keep (?:our|the) (?:articles|journalism|reporting) free|this banner|join us|"
    r"your (?:support|gift)",
    re.IGNORECASE,
)
# A reader-funding appeal as outlets word it in each language, whether or not it says "we".
DONATION_APPEAL = re.compile(
    r"\bsmall favou?r to ask\b|\bwe rely on (?:readers|your support|you)\b|"
    r"\bindependent journalism needs (?:you|your support)\b|"
    r"\bjournalisme indépendant a besoin de (?:vous|votre soutien)\b|\bsoutenez-nous\b|"
    r"\bfinancée? (?:uniquement )?par (?:ses|nos) lecteurs\b|"
    r"\bperiodismo independiente necesita\b|\bapóyanos\b|\bfinanciad[oa] por (?:sus|nuestros) "
    r"lectores\b|\bunabhängiger journalismus braucht\b|\bunterstützen sie uns\b|"
    r"\bfinanziert (?:sich )?(?:durch|von) (?:ihre|unsere|seine) leser|"
    r"\bgiornalismo indipendente ha bisogno\b|\bsostienici\b|\bfinanziat[oa] dai (?:suoi |nostri )?"
    r"lettori\b|\bjornalismo independente precisa\b|\bapoie-nos\b|\bfinanciad[oa] pel[oa]s "
    r"(?:seus |nossos )?leitores\b|\bнезалежн\w* журналістик\w* потребує\b|\bпідтримайте нас\b|"
    r"\bнезависим\w* журналистик\w* нуждается\b|\bподдержите нас\b|"
    r"\bniezależne dziennikarstwo potrzebuje\b|\bwesprzyj(?:cie)? nas\b|"
    r"\bif you value (?:what we do|our work|our journalism)\b|"
    r"\bconsider (?:a|making a) (?:monthly |one-off |regular )?(?:contribution|donation)\b|"
    r"\bsi vous appréciez notre travail\b|\bsi valoras nuestro trabajo\b|"
    r"\bwenn ihnen unsere arbeit etwas wert ist\b|\bse apprezzi il nostro lavoro\b|"
    r"\bse valoriza o nosso trabalho\b|\bjeśli cenisz naszą pracę\b|"
    r"\bнужна ваша поддержка\b|\bпотрібна ваша підтримка\b|"
    r"\bна деньги читателей\b|\bна гроші читачів\b",
    re.IGNORECASE,
)
OUTLET_VOICE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# Self-promotion of the outlet's other products ("Watch it on our YouTube channel").
PROMO = re.compile(
    r"\b(?:watch|listen|read) (?:it|them|more) (?:on|in|at) our\b|"
    r"\bour (?:new )?(?:youtube|podcast|documentary|channel|app)\b",
    re.IGNORECASE,
)
# Headings that open a widget (feed, picks, related links) rather than article text.
WIDGET_HEADING = re.compile(
    r"^(?:news ?feed|latest(?: news| stories| articles)?|editors?['’]? ?picks?|"
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|related(?: articles| stories| posts)?|"
    r"recommended(?: for you)?|you (?:may|might) also like|more (?:from|on|in) .{1,40}|"
    r"top stories|read (?:next|also)|popular(?: posts)?|recent posts|in other news|"
    r"what to read next|further reading|comments?)$",
    re.IGNORECASE,
)
# Picture and news agencies many outlets credit beside a photograph, in the scripts they use.
_AGENCIES = (
    r"(?:reuters|afp|ap|efe|dpa|ansa|pap|epa|lusa|belga|xinhua|anadolu|bloomberg|alamy|"
    r"getty(?: images)?|shutterstock|keystone|europa press|picture alliance|imago(?: images)?|"
    r"epd|sipa|hans lucas|east news|forum|pa(?: images)?|lapresse|imagoeconomica|"
    r"ria novosti|риа новости|тасс|интерфакс|укрінформ|уніан|суспільне|ukrinform|interfax|tass)"
)
# "© AFP", "© imago images": a picture's credit, not the page's copyright notice.
AGENCY_COPYRIGHT = re.compile(rf"^(?:©|\(c\))\s*{_AGENCIES}$", re.IGNORECASE)
IMAGE_CREDIT = re.compile(
    r"^(?:cc\b|©|\(c\)|photo(?:graph)?s?\b|image\b|picture\b|illustration\b|credit\b|"
    r"source: (?:getty|reuters|ap|afp|shutterstock))|"
    # A caption closed by its credit, in several languages: "… Foto: Name", "… Crédit : X".
    r"\b(?:photo|foto|фото|ilustración|illustration|ilustração|illustrazione|ілюстрація|"
    r"иллюстрация|crédito|crédit|credit|bild|immagine|imagem|зображення|изображение|"
    r"fotografia|fotografía|zdjęcie|photograph|image|picture|imagen|ilustracja)\s*:\s*[^.:]{2,60}$|"
    r"\bfot\.\s*[^.:]{2,60}$|\billustrazione di\s+[^.:]{2,40}$|"
    # A credit without a label: "… Name (Agency)", "… Name / Agency", "… Foto Agency".
    rf"\({_AGENCIES}\)$|/\s*{_AGENCIES}$|\b(?:foto|photo|фото)\s+{_AGENCIES}$|"
    r"[.!?]\s*(?:©|zdjęcie\b)[^.]{0,60}$|"
    # A gallery's counter and its zoom link: "Bild 1 von 9", "Ampliar imagen".
    r"^(?:bild|image|photo|foto|фото|imagen|immagine|imagem|zdjęcie)\s+\d+\s+"
    r"(?:von|of|de|di|из|з|z|sur|su)\s+\d+$|^(?:ampliar imagen|enlarge (?:image|photo)|"
    r"agrandir (?:l'image|la photo)|bild vergrößern|ingrandisci (?:l'immagine|la foto)|"
    r"ampliar (?:imagem|foto)|збільшити фото|увеличить фото)$|"
    r"wiki ?commons|wikimedia|getty images|shutterstock|\(photo by|photo credit|"
    r"\.(?:jpe?g|png|gif|webp)\b",
    re.IGNORECASE,
)
DISCLAIMER = re.compile(
    r"(?:views|opinions) expressed (?:in this (?:article|piece|op-ed|column) )?are"
    r"|do(?:es)? not necessarily (?:reflect|represent)"
    # The same notice as outlets print it in other languages.
    r"|opiniones expresadas|no reflejan? necesariamente|opinions exprimées|"
    r"n'engagent que (?:leurs?|son) auteur|ne reflètent? pas nécessairement|"
    r"opinioni espresse|non riflett(?:e|ono) necessariamente|opiniões expressas|"
    r"não refletem? necessariamente|geben die meinung de[rs] autor|nicht unbedingt die (?:meinung|"
    r"position)|думка автора може не збігатися|не обов'язково збігається|"
    r"мнение автора может не совпадать|не обязательно совпадает|"
    r"(?:this is an|an) opinion piece|artículo de opinión|article d'opinion|"
    r"articolo d'opinione|artigo de opinião|meinungsbeitrag|авторська колонка|"
    r"авторская колонка|opinie wyrażone|nie muszą odzwierciedlać|"
    r"nie muszą być zgodne ze stanowiskiem",
    re.IGNORECASE,
)
_OUTLET_WORDS = (
    r"[A-ZÀ-ÝА-ЯІЇЄҐ][\w.&’'-]*"
    r"(?: (?:[A-ZÀ-ÝА-ЯІЇЄҐ]|de |del |di |da |do |am |l'|d')[\w.&’'-]*){0,5}"
)
DISCLAIMER_OUTLET = re.compile(
    r"(?:(?:reflect|represent)(?:s)? (?:those|the (?:views|opinions|position)) of (?:the )?|"
    # The same notice in other languages, and "first published in Outlet" notes.
    r"\bnicht unbedingt die (?:von|der|des) |\bla position de |\bla posizione (?:di|de) |"
    r"\bпозицией редакции |\bпозицією редакції |"
    r"\bpublicó originalmente en |\bpublié (?:initialement|à l'origine) dans |"
    r"\berschien zuerst (?:in|im|bei) |\bpubblicato originariamente su |"
    r"\bpublicado originalmente (?:em|no|na) |\bopublikowano (?:pierwotnie )?w |"
    r"\bопубликовано в издании |\bопубліковано у виданні |\boriginally published (?:in|by) |"
    r"\bfirst appeared (?:in|on) )"
    rf"(?P<outlet>{_OUTLET_WORDS})",
)
LINK_LINE = re.compile(
    r"^(?:link|source|url|original(?:ly published)?(?: (?:at|on|in))?|read (?:it )?online|"
    r"published (?:at|on)|canonical)\s*[:\-–—]?\s*(?P<url>https?://\S+)\s*$|"
    # Any short label and a colon before the page's address, in any language
    # ("Fuente:", "Lien vers l'article :", "Посилання на матеріал:").
    r"^[^\W\d_][\w'’ -]{0,40}?\s*:\s*(?P<labelled>https?://\S+)\s*$",
    re.IGNORECASE,
)
BARE_URL_LINE = re.compile(r"^(?P<url>https?://\S+)$", re.IGNORECASE)
NOTE_PREFIX = re.compile(
    r"^(?:note|about the authors?|author(?:'s)? (?:note|bio)|bio)\s*[:\-–—]\s*", re.IGNORECASE
)
# Standing notes an outlet prints beside a piece, about the piece rather than in it: what its
# editorials are (the outlet's voice), and how an interview was edited. Each kind is written
# the way outlets word it in every language handled.
GENRE_NOTE = re.compile(
    r"\beditorials?\b.{0,80}\b(?:represent|reflect|express|are|is)\b.{0,60}"
    r"\b(?:views?|voice|opinions?|position|stance) of\b|"
    r"\beditorials? (?:are|is) (?:written|produced|decided) by\b|"
    r"\b(?:unsigned )?editorials?\b.{0,60}\beditorial (?:board|team|staff)\b|"
    r"\b(?:les |nos )?éditoriaux\b.{0,60}\b(?:engagent|expriment|reflètent|représentent)\b|"
    r"\bl['’]éditorial\b.{0,40}\b(?:engage|exprime|reflète)\b.{0,30}\b(?:rédaction|journal)\b|"
    r"\b(?:los |nuestros )?editoriales\b.{0,60}\b(?:expresan|reflejan|representan|son)\b.{0,60}"
    r"\b(?:opinión|posición|voz|postura)\b|"
    r"\b(?:leitartikel|kommentare der redaktion)\b.{0,60}\b(?:meinung|haltung|position|stimme)\b|"
    r"\b(?:gli )?editoriali\b.{0,60}\b(?:esprimono|rappresentano|riflettono)\b|"
    r"\b(?:os )?editoriais\b.{0,60}\b(?:expressam|representam|refletem)\b|"
    r"\bредакційн\w* (?:статт\w*|колонк\w*)\b.{0,60}\b(?:позиці\w*|думк\w*|голос\w*)|"
    r"\bредакционн\w* (?:стать\w*|колонк\w*)\b.{0,60}\b(?:позици\w*|мнени\w*|голос\w*)|"
    r"\bartykuły redakcyjne\b.{0,60}\b(?:wyrażają|stanowisko|zdanie)",
    re.IGNORECASE,
)
EDITING_NOTE = re.compile(
    r"\b(?:interview|conversation|q&a|transcript|exchange|discussion|remarks|answers)s? "
    r"(?:has|have|was|were) been (?:\w+ )?(?:edited|condensed|shortened)\b|"
    r"\b(?:edited|condensed|shortened)(?: and (?:edited|condensed))? for "
    r"(?:length|clarity|brevity|space)\b|"
    r"\b(?:l['’]entretien|l['’]entrevue|cet entretien|les propos)\b.{0,40}"
    r"\b(?:a|ont) été (?:\w+ )?(?:édités?|éditées?|condensés?|raccourcis?|resserrés?|relus?)\b|"
    r"\bpropos recueillis\b.{0,60}\b(?:édités|édités|condensés|raccourcis|relus)\b|"
    r"\b(?:das )?(?:gespräch|interview)\b.{0,20}\bwurde(?:n)? (?:\w+ ){0,2}(?:gekürzt|redigiert|"
    r"bearbeitet)\b|\bgekürzt und (?:redigiert|bearbeitet)\b|"
    r"\b(?:la |esta )?(?:entrevista|conversación|charla)\b.{0,20}\b(?:ha sido|fue) "
    r"(?:\w+ )?(?:editada|condensada|resumida|abreviada)\b|"
    r"\beditad[ao]s? (?:y condensad[ao]s? )?(?:por razones de|para mayor|por) "
    r"(?:claridad|extensión|espacio|brevedad)\b|"
    r"\b(?:l['’]|questa )?(?:intervista|conversazione)\b.{0,20}\bè stata (?:\w+ )?"
    r"(?:modificata|editata|condensata|ridotta|accorciata)\b|"
    r"\b(?:a |esta )?(?:entrevista|conversa)\b.{0,20}\bfoi (?:\w+ )?(?:editada|condensada|"
    r"resumida|encurtada)\b|\beditad[ao]s? por (?:questões|razões) de (?:clareza|extensão)\b|"
    r"\bінтерв['’]ю\b.{0,20}\b(?:скорочено|відредаговано|скорочене|відредаговане)\b|"
    r"\bинтервью\b.{0,20}\b(?:сокращено|отредактировано)\b|"
    r"\bwywiad\b.{0,20}\b(?:został|był) (?:\w+ )?(?:zredagowany|skrócony|zredagowane)\b",
    re.IGNORECASE,
)
EDITORS_NOTE = re.compile(r"^editor(?:['’]s)? note\s*[:\-–—]\s*(?P<note>.+)$", re.IGNORECASE)
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<outlet>[A-Z][\w.&’' -]{1,60}?)\.?\s*(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)
SOCIAL_OR_DONATION_HOSTS = re.compile(
    r"(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|youtube\.com|youtu\.be|"
    r"t\.me|telegram\.me|linkedin\.com|tiktok\.com|patreon\.com|paypal\.com|paypal\.me|"
    r"donorbox\.org|gofundme\.com|buymeacoffee\.com|ko-fi\.com|wikimedia\.org|wikipedia\.org)$"
)


# --- Furniture in many languages ------------------------------------------------------------
# (reason, pattern over the whole line, lower-cased; longest line it may describe in words).
_FURNITURE_KINDS = [
    (
        "login prompt",
        r"(?:log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|create (?:an |your )?account|"
        r"my account|(?:lost|forgot) (?:your )?password\??|remember me|password|username|"
        r"iniciar sesi[oó]n|cerrar sesi[oó]n|reg[ií]strate|registrarse|acceder|entrar|mi cuenta|"
        r"contraseña|se connecter|connexion|d[ée]connexion|s'inscrire|cr[ée]er un compte|"
        r"mon compte|mot de passe(?: oubli[ée])?|anmelden|abmelden|einloggen|registrieren|"
        r"mein konto|passwort(?: vergessen)?|accedi|registrati|esci|il mio account|"
        r"iniciar sess[ãa]o|minha conta|entrar|senha|увійти|вхід|вийти|зареєструватися|"
        r"войти|вход|выйти|регистрация|zaloguj(?: się)?|wyloguj|zarejestruj(?: się)?|"
        r"e-?mail(?: address)?|correo electr[oó]nico|adresse e-?mail|e-?mail-adresse)",
        6,
    ),
    (
        "comment count",
        r"(?:\(?\d+\)?\s*)?(?:comments?|comentarios?|coment[aá]rios?|commentaires?|kommentare?|"
        r"commenti|коментар\w*|комментари\w*|komentarz\w*|reactions?|r[ée]actions?|replies)"
        r"(?:\s*\(?\d+\)?)?|(?:leave|post|add|write) a (?:comment|reply)|"
        r"(?:deja|escribe) (?:un|tu) comentario|laisser un commentaire|"
        r"(?:kommentar|kommentieren) schreiben|jetzt kommentieren|lascia un commento|"
        r"deixe (?:um|seu) coment[aá]rio|залишити коментар|оставить комментарий|"
        r"\d+ (?:likes?|me gusta|j'aime|gef[äa]llt mir)",
        8,
    ),
    (
        "share bar",
        r"(?:share|partager|compartir|compartilhar|teilen|condividi|поділитися|поделиться|"
        r"udostępnij)(?: (?:this|on|sur|en|em|auf|su|в)?\s?(?:article|story|page|artículo|"
        r"l'article|artikel|articolo|artigo|статтею|статьей)?)?(?:[\s:|/,·•]+(?:facebook|"
        r"twitter|x|linkedin|whatsapp|telegram|e-?mail|email|reddit|copy link|print|"
        r"pinterest|mail|imprimer|drucken|stampa|imprimir))*|"
        r"(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|reddit|pinterest|"
        r"copy link|print|mail|messenger|bluesky|threads)[\s:|/,·•]*){2,}|"
        r"facebook|twitter|linkedin|whatsapp|telegram|tweet|print|copy link|imprimer|drucken|"
        r"stampa|imprimir|imprimer l'article",
        10,
    ),
    (
        "cookie notice",
        r".*\bcookies?\b.*|.*\bgdpr\b.*|.*\brgpd\b.*|.*\bdsgvo\b.*|"
        # The consent banner's buttons.
        r"(?:(?:accept|reject|decline|allow) all|accepter tout|tout (?:accepter|refuser)|"
        r"aceptar todo|rechazar todo|alle (?:akzeptieren|ablehnen)|accetta tutt[oi]|"
        r"rifiuta tutt[oi]|aceitar tudo|rejeitar tudo|прийняти всі|відхилити всі|"
        r"принять все|отклонить все|zaakceptuj wszystkie|odrzuć wszystkie|"
        r"manage (?:preferences|settings)|налаштувати|настроить|preferenze|préférences)"
        r"(?:\s+(?:(?:accept|reject|decline|allow) all|accepter tout|tout (?:accepter|refuser)|"
        r"aceptar todo|rechazar todo|alle (?:akzeptieren|ablehnen)|прийняти всі|відхилити всі|"
        r"принять все|отклонить все|налаштувати|настроить|докладніше|подробнее|"
        r"manage (?:preferences|settings)|more info|got it|okay|ok|d'accord|entendido|verstanden|"
        r"ho capito|entendi|rozumiem|гаразд|зрозуміло|понятно|хорошо))*",
        40,
    ),
    (
        "copyright line",
        r"(?:©|\(c\)|copyright).*|.*all rights reserved.*|.*todos los derechos reservados.*|"
        r".*tous droits r[ée]serv[ée]s.*|.*alle rechte vorbehalten.*|"
        r".*tutti i diritti riservati.*|.*todos os direitos reservados.*|"
        r".*(?:всі|усі) права захищен\w*.*|.*все права защищен\w*.*|"
        r".*wszelkie prawa zastrzeżone.*",
        25,
    ),
    (
        "newsletter prompt",
        r".*\b(?:newsletters?|bolet[ií]n|infolettre|lettre d'information|subscribe|"
        r"suscr[ií]b\w*|s'abonner|abonnez-vous|abonnieren|abonnement|abbonati|abbonamento|"
        r"assine|assinatura|підпис\w*|подпис\w*|subskrybuj|in your inbox|"
        r"dans votre bo[iî]te|en tu (?:correo|bandeja)|no seu (?:e-?mail|correio)|"
        r"in your email|in ihr postfach|nella tua casella)\b.*",
        14,
    ),
    (
        "related list heading",
        r"(?:related(?: articles| stories| posts| content| reading)?|more (?:from|on|in|by)\b.*|"
        r"(?:other|more) (?:columns|opinions?|stories|articles|news)|read (?:next|also|more)|"
        r"you (?:may|might) also (?:like|be interested in)|recommended(?: for you)?|"
        r"most (?:read|popular|viewed|shared)|trending(?: now)?|latest(?: news| stories)?|"
        r"top stories|editors?['’]? ?picks?|news ?feed|what to read next|further reading|"
        r"(?:à )?lire aussi|lire (?:la suite|plus)|sur le m[êe]me sujet|les plus lus|"
        r"autres (?:chroniques|tribunes|articles)|dans la m[êe]me rubrique|"
        r"lee (?:también|más)|leer más|te puede interesar|m[áa]s (?:le[ií]do|noticias|de)\b.*|"
        r"otras (?:columnas|opiniones)|noticias relacionadas|relacionad[oa]s|"
        r"mehr (?:zum thema|aus|von|dazu)\b.*|weiterlesen|auch interessant|meistgelesen|"
        r"das k[öo]nnte sie (?:auch )?interessieren|leggi anche|potrebbe interessarti|"
        r"i più letti|altri articoli|leia (?:também|mais)|mais lidas|veja também|"
        r"читайте (?:також|также)|по темі|по теме|популярне|популярное|"
        r"czytaj (?:też|także|więcej)|zobacz też|voir aussi|ver también|veja também|"
        r"lesen sie (?:auch|mehr)|approfondisci|saiba mais|learn more|en savoir plus|"
        r"más información|mehr erfahren|scopri di più|дізнатися більше|узнать больше|"
        r"dowiedz się więcej|siehe auch|vedi anche|see also|більше на тему|більше за темою|"
        r"дивіться також|"
        r"больше по теме|смотрите также|читайте по теме)",
        8,
    ),
    (
        "navigation label",
        r"(?:menu|main menu|men[úu]|home|inicio|portada|accueil|startseite|pagina iniziale|"
        r"in[ií]cio|головна|главная|strona g[łl][óo]wna|search|buscar|b[úu]squeda|rechercher|"
        r"recherche|suche|cerca|pesquisar|buscar|пошук|поиск|szukaj|skip to (?:main )?content|"
        r"back to top|volver arriba|haut de page|nach oben|torna su|voltar ao topo|"
        r"(?:next|previous) (?:article|post)|art[ií]culo (?:siguiente|anterior)|"
        r"article (?:suivant|pr[ée]c[ée]dent)|n[äa]chster artikel|close|cerrar|fermer|"
        r"schlie[ßs]en|chiudi|fechar|закрити|закрыть|edit|edit post|load more|show more|"
        r"see more|ver m[áa]s|voir plus|mehr anzeigen|mostra altro|ver mais|"
        r"показати більше|показать больше|continue reading|seguir leyendo|continuer la lecture|"
        r"advertisement|advert|publicidad|publicit[ée]|anzeige|werbung|pubblicit[àa]|"
        r"реклама|sponsored(?: content)?|contenido patrocinado|contenu sponsoris[ée]|"
        r"listen(?: to this article)?|[ée]couter (?:cet )?article|escuchar|anh[öo]ren|ascolta|"
        r"ouvir|слухати|слушать|\d+ min(?:ute)?s? (?:read|de lecture|de lectura|lesezeit|"
        r"di lettura|de leitura)|lecture\s*:?\s*\d+ min(?:utes?)?|lesezeit\s*:?\s*\d+ min\w*|"
        r"download(?: as)? pdf|descargar(?: en)? pdf|t[ée]l[ée]charger(?: en)? pdf|"
        r"pdf (?:herunterladen|download)|scarica(?: il)? pdf|baixar pdf|"
        r"pobierz pdf|скачати pdf|скачать pdf|"
        r"(?:print|imprimir|imprimer|drucken|stampa) (?:this )?(?:article|página|page|seite)?)",
        6,
    ),
    (
        "donation pitch",
        r".*\b(?:donate|donar|faire un don|spenden|donazione|доната?|пожертв\w*|"
        r"support (?:us|our journalism|independent journalism)|become a (?:member|supporter|"
        r"patron)|hazte socio|devenez membre|mitglied werden|diventa socio)\b.*",
        14,
    ),
]
_FURNITURE_KINDS += [
    (
        "letters prompt",
        r".*\b(?:send (?:us )?your letters?|letters? to the editor should|write to us|"
        r"envíanos tu carta|enviar cartas|écrivez-nous|schreiben sie uns|scriveteci|"
        r"escreva-nos|napisz do nas|напишіть нам|напишите нам|czekamy na (?:państwa )?listy|"
        r"envie-nos a sua carta|envíenos su carta|envoyez-nous vos (?:lettres|courriers)|"
        r"letters (?:may|will) be edited|we reserve the right to (?:edit|shorten)|"
        r"die redaktion behält sich (?:\w+ )*?kürzungen vor|leserbriefe geben die meinung|"
        r"la redazione si riserva|la rédaction se réserve|la redacción se reserva|"
        r"a redação reserva-se|редакція залишає за собою право|"
        r"редакция оставляет за собой право|zastrzega sobie prawo do skrótów|"
        r"(?:pueden )?enviar sus cartas|envoyez (?:votre courrier|vos lettres)|"
        r"send (?:us )?(?:your )?letters|inviate (?:le vostre )?lettere|"
        r"schicken sie (?:uns )?(?:ihre )?leserbriefe|envie (?:a sua|as suas) cartas?|"
        r"надсилайте (?:свої )?листи|присылайте (?:свои )?письма|"
        r"листи публікуються у скороченні|письма публикуются в сокращении|"
        r"listy (?:prosimy )?(?:przesyłać|wysyłać)|scrivete al direttore|"
        r"le lettere possono essere|email us your letter|considered for publication|"
        r"cartas? (?:podem|pueden) ser (?:editadas|publicadas|resumidas))\b.*",
        30,
    ),
    (
        "advert",
        r"(?:story continues below(?: advertisement)?|partner content|sponsored by .*|"
        r"партнерський матеріал|партнерский материал|contenido patrocinado|"
        r"conteúdo patrocinado|contenuto sponsorizzato|gesponserte?r? inhalt|anzeige|"
        r"спонсорський матеріал|спонсорский материал|artykuł sponsorowany|"
        r"article réservé aux abonnés|nur für abonnenten|solo para suscriptores|"
        r"riservato agli abbonati|только для подписчиков)",
        8,
    ),
]
_FURNITURE_KINDS = [
    (
        # A paywall's notice, in every language handled: "This article is for subscribers".
        "paywall notice",
        r".*\b(?:(?:article|story|content|piece|report|column)s? (?:is |are )?(?:only )?"
        r"(?:for|available (?:only )?to|reserved for|exclusive to|exclusively for) (?:paying |our |"
        r"digital )?(?:subscribers|members)|(?:for )?subscribers only|subscriber[- ]only|"
        r"already (?:a )?(?:subscriber|member)|subscribe to (?:continue|keep|read|unlock)\w*|"
        r"you have read \d+ of \d+ free|free articles? (?:left|remaining)|"
        r"\d+ (?:dei|di|des|sur|de|von|з|из|z) \d+ (?:\w+ )?(?:articoli gratuiti|articles gratuits|"
        r"artículos gratuitos|artigos gratuitos|kostenlosen artikel\w*|безкоштовних|бесплатных|"
        r"darmowych)|"
        r"réservée? aux (?:abonnés|abonné·e·s|membres)|déjà abonnée?|abonnez-vous pour (?:lire|"
        r"continuer)|(?:exclusiv[oa]|reservad[oa]|sólo|solo) (?:para|a) (?:los |nuestros )?"
        r"(?:suscriptores|abonados|socios|assinantes)|ya eres (?:suscriptor|socio)|"
        r"suscríbete para (?:seguir|continuar|leer)|(?:exklusiv|nur) für (?:abonnenten|"
        r"abonnentinnen|abonnierende|abo-kunden|plus-abonnenten)|bereits abonnent\w*|"
        r"(?:riservat[oa]|esclusiv[oa]) (?:agli|per gli|ai) (?:abbonati|iscritti)|"
        r"sei già abbonat[oa]|exclusiv[oa] para assinantes|reservad[oa] a assinantes|"
        r"já é assinante|assine para (?:continuar|ler)|(?:лише|тільки) для передплатник\w*|"
        r"вже (?:є )?передплатник\w*|(?:только|лишь) для подписчик\w*|уже (?:есть )?подписк\w*|"
        r"(?:tylko|wyłącznie) dla (?:prenumeratorów|subskrybentów)|masz już (?:prenumeratę|"
        r"subskrypcję))\b.*",
        24,
    ),
    # Checked first: "Articolo riservato agli abbonati" is a paywall, not a newsletter prompt.
    *_FURNITURE_KINDS,
]
_FURNITURE_PATTERNS = [
    (reason, re.compile(pattern, re.IGNORECASE), max_words)
    for reason, pattern, max_words in _FURNITURE_KINDS
]
_RELATED = next(p for r, p, _ in _FURNITURE_PATTERNS if r == "related list heading")
_URL = re.compile(r"https?://\S+|www\.\S+\.\w{2,}", re.IGNORECASE)
_LINK_TEXT = re.compile(
    r"read more|more »|»|›|→|continue reading|leer m[áa]s|lire la suite|weiterlesen|leggi tutto|"
    r"leia mais|читати далі|читать далее|czytaj dalej",
    re.IGNORECASE,
)


# "More: <another article's title>": a bare "more" labels a link only before a colon.
_MORE_LABEL = re.compile(r"more|mehr|más|plus|di più|mais|więcej|ещё|еще|більше", re.IGNORECASE)


def _is_related_label(label: str) -> bool:
    return bool(_RELATED.fullmatch(label) or _MORE_LABEL.fullmatch(label))


def furniture_reason(text: str) -> str:
    """What kind of page furniture the whole line is ("share bar", "login prompt"), or ""."""
    stripped = text.strip(" .:!*|·•-–—")
    words = len(stripped.split())
    # "Read also: <another article's title>" between two paragraphs.
    label, colon, rest = stripped.partition(":")
    if colon and rest.strip() and words <= 24 and _is_related_label(label.strip()):
        return "related link inside the text"
    for reason, pattern, max_words in _FURNITURE_PATTERNS:
        if words <= max_words and pattern.fullmatch(stripped):
            return reason
    return ""


def is_link_like(text: str) -> bool:
    """Whether the line holds a URL or link text ("Read more", "»")."""
    return bool(_URL.search(text) or _LINK_TEXT.search(text))


# --- Stop words: what makes a line read as prose, per language ---------------------------------
STOP_WORDS = {
    "en": "the and of to is in that it for with as was on be by are this not but have from "
    "they which an at or has were their will would can its we there".split(),
    "es": "el la los las y que es en de del por una un para con no se lo como más pero sus "
    "al le ya o este esta son fue ha".split(),
    "fr": "le la les et des est une un pour que dans du en au qui ne pas sur se plus par "
    "il elle son sa ses ce cette sont été aux".split(),
    "de": "der die das und ist nicht mit den ein eine zu von im dem des sich auch auf für es "
    "sie er wir ich aber wird sind als bei nach".split(),
    "it": "il la le di che è e un una per non del della dei delle nel in con si da sono più "
    "anche come ma ha alla al lo gli".split(),
    "pt": "o a os as e de do da dos das que é em um uma para com não por no na se mais como "
    "mas foi ao seu sua são".split(),
    "uk": "і та що це на не як до його від але в у з за про ми він вона вони є був була "
    "було також які який яка".split(),
    "ru": "и что это на не как в его от но он она они с по за из у же был была было также "
    "который которые для".split(),
    "pl": "i w na z że się nie do to jest jak o od po dla ale przez być jego jej są był "
    "także który która".split(),
}
# Word -> the languages it is a stop word of, so a line's words are looked up once.
_STOP_LANGUAGES: dict[str, list[int]] = {}
for _number, _words in enumerate(STOP_WORDS.values()):
    for _word in set(_words):
        _STOP_LANGUAGES.setdefault(_word, []).append(_number)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def stop_word_density(words: list[str]) -> float:
    """The share of the words that are stop words of the line's best-matching language."""
    if not words:
        return 0.0
    counts = [0] * len(STOP_WORDS)
    for word in words:
        for number in _STOP_LANGUAGES.get(word.lower(), ()):
            counts[number] += 1
    return max(counts) / len(words)


def words_of(text: str) -> list[str]:
    """The line's words (letters, with inner apostrophes)."""
    return _WORD.findall(text)


# --- Section labels a headline may carry ("Letter: …", "Opinion | …") --------------------------
SECTION_LABELS = frozenset(
    """letter|letters|letter to the editor|letters to the editor|editorial|our view|opinion|
    op-ed|comment|commentary|column|analysis|review|interview|guest essay|essay|tribune|
    tribuna|carta|cartas|carta al director|cartas al director|lettre|courrier des lecteurs|
    éditorial|édito|point de vue|analyse|entretien|critique|leserbrief|leserbriefe|meinung|
    kommentar|gastbeitrag|rezension|lettera|lettere|editoriale|opinione|commento|analisi|
    intervista|recensione|carta do leitor|opinião|análise|análisis|opinión|entrevista|reseña|
    crítica|лист|листи|думка|колонка|рецензія|інтерв'ю|письмо|письма|мнение|рецензия|интервью|
    list do redakcji|felieton|komentarz""".replace("\n", "").split("|")
)
SECTION_LABELS = frozenset(label.strip() for label in SECTION_LABELS)
