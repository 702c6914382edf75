"""Generate the HTML body-extraction corpus: saved article pages with their gold article text.

    python bench/html_corpus/generate.py            # (re)write pages/, gold/ and corpus.json

Each page is one op-ed in one of thirteen page templates (news CMS, blog, magazine, minified,
table layout, comment thread, related lists, author promo, newsletter boxes, class-less div soup,
captioned photo essay, heavy sidebar, lines of furniture inside the text) and one of four
languages (en, fr, es, de): 52 pages. Templates differ the way real outlets differ: semantic
<article> markup or none, meaningful class names or hashed ones, furniture before, inside and
after the article.

The gold text is what a reader would call the article: its paragraphs, subheadings, quotes and
list items, in order. It excludes the headline, byline, dateline, photo captions, the closing
bio paragraph, pull quotes, credits, reading times, editor's notes, and every related-content,
newsletter, share, comment, promotion and navigation block. No sentence repeats within an article.
Everything is drawn from seeded `random.Random` instances, so the corpus is reproducible.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "fr", "es", "de")

PROSE = {
    "en": [
        "The council has promised a better bus network for a decade, and each year the timetable "
        "gets a little thinner.",
        "Nobody disputes that the money is tight, but the choices made with it are political.",
        "When a route loses its evening service, the people who notice first are shift workers "
        "who have no other way home.",
        "Cities that took road space from cars and gave it to buses saw ridership recover within "
        "two years.",
        "The usual objection is that drivers will revolt, yet the evidence from dozens of places "
        "says otherwise.",
        "A fare that can be explained in one sentence is worth more than any marketing campaign.",
        "Our schools face the same arithmetic: fewer teachers, larger classes and a budget that "
        "pretends nothing has changed.",
        "It is tempting to blame the previous administration, but the current one has had six "
        "years to act.",
        "Housing is where the failure is most visible, with rents rising faster than wages in "
        "every district.",
        "The report published last month counted nearly four thousand empty homes in the centre "
        "alone.",
        "There is nothing radical about asking public money to serve the public first.",
        "Critics will say this is naive, and they said the same about clean air rules.",
        "Voters are not asking for miracles; they are asking for a plan that survives an election.",
        "If the budget is a statement of values, this one says that convenience matters more "
        "than fairness.",
        "The parliament could fix this in a single session if it wanted to.",
        "What is missing is not expertise but the will to spend political capital.",
        "Consider the hospital waiting lists, which have doubled while the ministry celebrated "
        "its efficiency savings.",
        "Every serious study of the problem reaches the same unglamorous conclusion.",
        "The next government will inherit these decisions whether it likes them or not.",
        "It would be a mistake to read the protests as a passing mood.",
    ],
    "fr": [
        "La municipalité promet depuis dix ans un meilleur réseau de bus, et chaque année les "
        "horaires s'amenuisent.",
        "Personne ne conteste que l'argent manque, mais les choix faits avec lui sont politiques.",
        "Quand une ligne perd son service du soir, ce sont d'abord les travailleurs de nuit qui "
        "le remarquent.",
        "Les villes qui ont pris de la place aux voitures pour la donner aux bus ont vu la "
        "fréquentation revenir en deux ans.",
        "L'objection habituelle veut que les automobilistes se révoltent, mais les exemples "
        "montrent le contraire.",
        "Un tarif que l'on peut expliquer en une phrase vaut mieux que toute campagne de "
        "publicité.",
        "Nos écoles font face au même calcul : moins d'enseignants, des classes plus chargées et "
        "un budget qui fait comme si rien n'avait changé.",
        "Il est tentant d'accuser le gouvernement précédent, mais celui-ci a eu six ans pour agir.",
        "Le logement est le lieu où l'échec se voit le plus, avec des loyers qui montent plus "
        "vite que les salaires.",
        "Le rapport publié le mois dernier recensait près de quatre mille logements vides dans "
        "le seul centre-ville.",
        "Il n'y a rien de radical à demander que l'argent public serve d'abord le public.",
        "Les critiques diront que c'est naïf, comme ils l'ont dit des règles sur la qualité de "
        "l'air.",
        "Les électeurs ne demandent pas de miracles, ils demandent un plan qui survive à une "
        "élection.",
        "Si le budget est une déclaration de valeurs, celui-ci dit que le confort compte plus "
        "que l'équité.",
        "Le Parlement pourrait régler la question en une seule session s'il le voulait.",
        "Ce qui manque, ce n'est pas l'expertise, mais la volonté de dépenser du capital "
        "politique.",
        "Regardez les listes d'attente des hôpitaux, qui ont doublé pendant que le ministère "
        "célébrait ses économies.",
        "Chaque étude sérieuse du problème aboutit à la même conclusion sans éclat.",
    ],
    "es": [
        "El ayuntamiento lleva una década prometiendo una red de autobuses mejor, y cada año el "
        "horario es un poco más escaso.",
        "Nadie discute que el dinero es escaso, pero las decisiones que se toman con él son "
        "políticas.",
        "Cuando una línea pierde su servicio nocturno, los primeros en notarlo son quienes "
        "trabajan por turnos.",
        "Las ciudades que quitaron espacio a los coches para dárselo a los autobuses recuperaron "
        "viajeros en dos años.",
        "La objeción habitual es que los conductores se rebelarán, pero la experiencia de "
        "decenas de lugares dice lo contrario.",
        "Una tarifa que se explica en una frase vale más que cualquier campaña publicitaria.",
        "Nuestras escuelas se enfrentan a la misma aritmética: menos docentes, aulas más llenas "
        "y un presupuesto que finge que nada ha cambiado.",
        "Es tentador culpar al gobierno anterior, pero el actual ha tenido seis años para actuar.",
        "La vivienda es donde el fracaso se ve con más claridad, con alquileres que suben más "
        "rápido que los salarios.",
        "El informe publicado el mes pasado contó casi cuatro mil viviendas vacías solo en el "
        "centro.",
        "No hay nada radical en pedir que el dinero público sirva primero al público.",
        "Los críticos dirán que es ingenuo, como dijeron de las normas sobre el aire limpio.",
        "Los votantes no piden milagros, piden un plan que sobreviva a unas elecciones.",
        "Si el presupuesto es una declaración de valores, este dice que la comodidad importa "
        "más que la justicia.",
        "El Parlamento podría resolverlo en una sola sesión si quisiera.",
        "Lo que falta no es conocimiento técnico, sino la voluntad de gastar capital político.",
        "Basta mirar las listas de espera de los hospitales, que se han duplicado mientras el "
        "ministerio celebraba sus ahorros.",
        "Todos los estudios serios del problema llegan a la misma conclusión poco vistosa.",
    ],
    "de": [
        "Die Stadt verspricht seit zehn Jahren ein besseres Busnetz, und jedes Jahr wird der "
        "Fahrplan ein wenig dünner.",
        "Niemand bestreitet, dass das Geld knapp ist, aber die Entscheidungen darüber sind "
        "politisch.",
        "Wenn eine Linie ihren Abendverkehr verliert, merken es zuerst die Schichtarbeiter, die "
        "keinen anderen Heimweg haben.",
        "Städte, die den Autos Platz genommen und ihn den Bussen gegeben haben, gewannen binnen "
        "zwei Jahren Fahrgäste zurück.",
        "Der übliche Einwand lautet, die Autofahrer würden rebellieren, doch die Erfahrung "
        "zahlreicher Orte spricht dagegen.",
        "Ein Tarif, der sich in einem Satz erklären lässt, ist mehr wert als jede Werbekampagne.",
        "Unsere Schulen stehen vor derselben Rechnung: weniger Lehrkräfte, größere Klassen und "
        "ein Haushalt, der so tut, als hätte sich nichts geändert.",
        "Es ist verlockend, der Vorgängerregierung die Schuld zu geben, doch die jetzige hatte "
        "sechs Jahre Zeit.",
        "Beim Wohnen ist das Versagen am deutlichsten, die Mieten steigen schneller als die Löhne.",
        "Der Bericht vom vergangenen Monat zählte fast viertausend leere Wohnungen allein in der "
        "Innenstadt.",
        "Es ist nicht radikal, zu verlangen, dass öffentliches Geld zuerst der Öffentlichkeit "
        "dient.",
        "Kritiker werden das naiv nennen, so wie sie es bei den Regeln für saubere Luft taten.",
        "Die Wähler verlangen keine Wunder, sie verlangen einen Plan, der eine Wahl übersteht.",
        "Wenn der Haushalt eine Wertaussage ist, dann sagt dieser, dass Bequemlichkeit mehr "
        "zählt als Gerechtigkeit.",
        "Der Bundestag könnte das in einer einzigen Sitzung lösen, wenn er wollte.",
        "Was fehlt, ist nicht Sachverstand, sondern der Wille, politisches Kapital einzusetzen.",
        "Man betrachte die Wartelisten der Krankenhäuser, die sich verdoppelt haben, während "
        "das Ministerium seine Einsparungen feierte.",
        "Jede ernsthafte Untersuchung des Problems kommt zum selben unspektakulären Ergebnis.",
    ],
}
SUBHEADINGS = {
    "en": ["What went wrong", "A better way", "The cost of waiting", "Who pays"],
    "fr": ["Ce qui a échoué", "Une autre voie", "Le prix de l'attente", "Qui paie"],
    "es": ["Qué salió mal", "Otro camino", "El precio de esperar", "Quién paga"],
    "de": ["Was schiefging", "Ein besserer Weg", "Der Preis des Wartens", "Wer zahlt"],
}
TITLES = {
    "en": [
        "The bus is a political choice",
        "Empty homes, full waiting lists",
        "Fix the schools first",
    ],
    "fr": ["Le bus est un choix politique", "Logements vides, listes pleines", "L'école d'abord"],
    "es": [
        "El autobús es una decisión política",
        "Casas vacías, listas llenas",
        "Primero la escuela",
    ],
    "de": [
        "Der Bus ist eine politische Wahl",
        "Leere Wohnungen, volle Listen",
        "Zuerst die Schulen",
    ],
}
NAMES = {
    "en": ["Amara Okafor", "Daniel Whitcombe", "Priya Natarajan", "Grace O'Neill"],
    "fr": ["Claire Dubois", "Mathieu Lefèvre", "Inès Benali", "Jean-Luc Marchand"],
    "es": ["Lucía Fernández", "Javier Morales", "Carmen de la Vega", "Andrés Rojas"],
    "de": ["Katrin Vogel", "Jonas Albrecht", "Miriam Schulte", "Felix von Brandt"],
}
BIO = {
    "en": "{name} is a senior fellow at the Institute for Urban Policy and a former city planner.",
    "fr": "{name} est chercheuse associée à l'Institut des politiques urbaines et ancienne "
    "urbaniste.",
    "es": "{name} es investigadora del Instituto de Políticas Urbanas y exconcejala de transporte.",
    "de": "{name} ist Wissenschaftlerin am Institut für Stadtpolitik und ehemalige Stadtplanerin.",
}
CAPTIONS = {
    "en": "Passengers wait for a delayed bus at the central station on a wet Monday morning. "
    "Photograph: City Press Agency",
    "fr": "Des voyageurs attendent un bus en retard à la gare centrale, un lundi matin pluvieux. "
    "Photo : Agence Ville Presse",
    "es": "Viajeros esperan un autobús con retraso en la estación central un lunes lluvioso. "
    "Foto: Agencia Ciudad",
    "de": "Fahrgäste warten an einem verregneten Montagmorgen am Hauptbahnhof auf einen "
    "verspäteten Bus. Foto: Stadtpresse",
}
COMMENTS = {
    "en": [
        "I have been saying this for years and nobody at the council listens to residents.",
        "The author forgets that most of us drive because the buses never come on time.",
        "Great piece, although I would have liked more about the rural routes, which are worse.",
        "Who exactly is going to pay for all of this? Taxes are already far too high.",
    ],
    "fr": [
        "Je le dis depuis des années et personne à la mairie n'écoute les habitants.",
        "L'auteur oublie que nous prenons la voiture parce que les bus ne passent jamais.",
        "Très bon texte, même si j'aurais aimé en lire plus sur les lignes rurales.",
        "Qui va payer tout cela ? Les impôts sont déjà beaucoup trop élevés.",
    ],
    "es": [
        "Llevo años diciéndolo y nadie en el ayuntamiento escucha a los vecinos.",
        "El autor olvida que conducimos porque los autobuses nunca llegan a su hora.",
        "Buen artículo, aunque me habría gustado leer más sobre las líneas rurales.",
        "¿Quién va a pagar todo esto? Los impuestos ya son demasiado altos.",
    ],
    "de": [
        "Das sage ich seit Jahren, und niemand im Rathaus hört den Bürgern zu.",
        "Der Autor vergisst, dass wir Auto fahren, weil die Busse nie pünktlich kommen.",
        "Guter Text, auch wenn ich gern mehr über die Linien auf dem Land gelesen hätte.",
        "Wer soll das alles bezahlen? Die Steuern sind ohnehin viel zu hoch.",
    ],
}
TEASERS = {
    "en": [
        ("Why the tram plan failed", "A decade of promises and a depot nobody wanted."),
        ("Rents are a policy choice", "The housing market did not set itself on fire."),
        ("Teachers deserve better", "Class sizes have grown for the fifth year in a row."),
    ],
    "fr": [
        (
            "Pourquoi le tramway a échoué",
            "Dix ans de promesses et un dépôt dont personne ne voulait.",
        ),
        ("Les loyers sont un choix", "Le marché du logement ne s'est pas enflammé tout seul."),
        ("Les enseignants méritent mieux", "Les classes grossissent pour la cinquième année."),
    ],
    "es": [
        ("Por qué fracasó el tranvía", "Una década de promesas y unas cocheras que nadie quería."),
        ("El alquiler es una decisión", "El mercado de la vivienda no ardió por sí solo."),
        ("Los docentes merecen más", "Las aulas crecen por quinto año consecutivo."),
    ],
    "de": [
        ("Warum die Tram scheiterte", "Zehn Jahre Versprechen und ein Depot, das niemand wollte."),
        ("Mieten sind eine Entscheidung", "Der Wohnungsmarkt hat sich nicht selbst entzündet."),
        ("Lehrkräfte verdienen mehr", "Die Klassen wachsen das fünfte Jahr in Folge."),
    ],
}
WORDS = {
    "en": {
        "related": "Related",
        "more_by": "More from {name}",
        "newsletter": "Sign up for our opinion newsletter",
        "newsletter_text": "Get the week's best commentary delivered to your inbox every Friday.",
        "comments": "Comments",
        "share": "Share this article",
        "by": "By",
        "most_read": "Most read",
        "home": "Home",
        "opinion": "Opinion",
        "subscribe": "Subscribe",
        "ad": "Advertisement",
        "follow": "Follow {name} on social media",
        "copyright": "© 2024 The Daily Meridian. All rights reserved.",
        "about": "About the author",
        "read_more": "Read more",
        "reply": "Reply",
    },
    "fr": {
        "related": "À lire aussi",
        "more_by": "Plus de {name}",
        "newsletter": "Inscrivez-vous à notre newsletter",
        "newsletter_text": "Recevez chaque vendredi le meilleur de nos tribunes par courriel.",
        "comments": "Commentaires",
        "share": "Partager cet article",
        "by": "Par",
        "most_read": "Les plus lus",
        "home": "Accueil",
        "opinion": "Tribunes",
        "subscribe": "S'abonner",
        "ad": "Publicité",
        "follow": "Suivez {name} sur les réseaux sociaux",
        "copyright": "© 2024 Le Quotidien. Tous droits réservés.",
        "about": "À propos de l'auteur",
        "read_more": "Lire la suite",
        "reply": "Répondre",
    },
    "es": {
        "related": "Te puede interesar",
        "more_by": "Más de {name}",
        "newsletter": "Suscríbete a nuestro boletín",
        "newsletter_text": "Recibe cada viernes lo mejor de nuestra opinión en tu correo.",
        "comments": "Comentarios",
        "share": "Compartir este artículo",
        "by": "Por",
        "most_read": "Lo más leído",
        "home": "Portada",
        "opinion": "Opinión",
        "subscribe": "Suscríbete",
        "ad": "Publicidad",
        "follow": "Sigue a {name} en redes sociales",
        "copyright": "© 2024 El Diario. Todos los derechos reservados.",
        "about": "Sobre el autor",
        "read_more": "Leer más",
        "reply": "Responder",
    },
    "de": {
        "related": "Mehr zum Thema",
        "more_by": "Mehr von {name}",
        "newsletter": "Newsletter abonnieren",
        "newsletter_text": "Erhalten Sie jeden Freitag die besten Kommentare der Woche per E-Mail.",
        "comments": "Kommentare",
        "share": "Artikel teilen",
        "by": "Von",
        "most_read": "Meistgelesen",
        "home": "Startseite",
        "opinion": "Meinung",
        "subscribe": "Abonnieren",
        "ad": "Anzeige",
        "follow": "Folgen Sie {name} in den sozialen Medien",
        "copyright": "© 2024 Die Zeitung. Alle Rechte vorbehalten.",
        "about": "Über den Autor",
        "read_more": "Weiterlesen",
        "reply": "Antworten",
    },
}

TEMPLATES = (
    "news_cms",
    "blog",
    "magazine",
    "minified",
    "table_layout",
    "comments",
    "related_lists",
    "author_promo",
    "newsletter",
    "div_soup",
    "captions",
    "sidebar_heavy",
    "inline_furniture",
)
# Lines that sit inside many articles' text without being part of it.
INLINE = {
    "en": {
        "time": "5 min read",
        "credit": "Photo: Dale Pruitt/City Press",
        "ad": "ADVERTISEMENT",
        "also": "Read also:",
        "note": "Editor's note: an earlier version misstated a figure.",
        "topics": "Topics:",
        "follow": "Follow {name} on Twitter.",
        "origin": "This article was originally published by The Valley Review.",
    },
    "fr": {
        "time": "Temps de lecture : 5 min",
        "credit": "Photo : Loïc Venat / AFP",
        "ad": "Publicité",
        "also": "Lire aussi :",
        "note": "Note de la rédaction : une version précédente comportait une erreur.",
        "topics": "Sujets :",
        "follow": "Suivez {name} sur Twitter.",
        "origin": "Cet article a d'abord été publié par La Revue du Val.",
    },
    "es": {
        "time": "5 minutos de lectura",
        "credit": "Foto: J. Alcaide / EFE",
        "ad": "Publicidad",
        "also": "Lee también:",
        "note": "Nota de la redacción: se corrigió una cifra.",
        "topics": "Temas:",
        "follow": "Sigue a {name} en Twitter.",
        "origin": "Este artículo fue publicado originalmente por La Revista del Valle.",
    },
    "de": {
        "time": "Lesezeit: 5 Minuten",
        "credit": "Foto: dpa/Oliver Berg",
        "ad": "Anzeige",
        "also": "Lesen Sie auch:",
        "note": "Anmerkung der Redaktion: Eine Zahl wurde korrigiert.",
        "topics": "Themen:",
        "follow": "Folgen Sie {name} auf Twitter.",
        "origin": "Dieser Artikel erschien zuerst in der Talrundschau.",
    },
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


class Article:
    """One op-ed: its parts, and the gold text built from them."""

    def __init__(self, rng: random.Random, language: str):
        self.language = language
        self.words = WORDS[language]
        self.title = rng.choice(TITLES[language])
        self.author = rng.choice(NAMES[language])
        self.date = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        # Sentences are dealt from a shuffled deck, so no sentence appears twice in an article
        # (real articles do not repeat themselves; a repeat would look like a pull quote).
        deck = PROSE[language][:]
        rng.shuffle(deck)
        self.blocks: list[tuple[str, str]] = []  # (kind, text): p, h2, quote, li
        for number in range(rng.randint(6, 11)):
            if len(deck) < 3:
                break
            if number in (3, 7) and rng.random() < 0.6:
                self.blocks.append(("h2", rng.choice(SUBHEADINGS[language])))
            if number == 5 and rng.random() < 0.3:
                for _item in range(3):
                    self.blocks.append(("li", deck.pop()))
                continue
            if rng.random() < 0.15:
                self.blocks.append(("p", deck.pop()))  # a one-sentence paragraph
            else:
                sentences = [deck.pop() for _ in range(min(len(deck), rng.randint(2, 3)))]
                self.blocks.append(("quote" if rng.random() < 0.05 else "p", " ".join(sentences)))
        self.bio = BIO[language].format(name=self.author)

    def gold(self) -> str:
        return "\n\n".join(text for _kind, text in self.blocks)

    def body_html(self, *, p_tag: str = "p", insert=None, cls: str = "") -> str:
        """The article's blocks as markup; `insert(i)` may return markup to put before block i."""
        out = []
        attr = f' class="{cls}"' if cls else ""
        in_list = False
        for i, (kind, text) in enumerate(self.blocks):
            if insert:
                out.append(insert(i) or "")
            if kind == "li" and not in_list:
                out.append("<ul>")
                in_list = True
            if kind != "li" and in_list:
                out.append("</ul>")
                in_list = False
            if kind == "li":
                out.append(f"<li>{esc(text)}</li>")
            elif kind == "h2":
                out.append(f"<h2>{esc(text)}</h2>")
            elif kind == "quote":
                out.append(f"<blockquote><p>{esc(text)}</p></blockquote>")
            else:
                out.append(f"<{p_tag}{attr}>{esc(text)}</{p_tag}>")
        if in_list:
            out.append("</ul>")
        return "\n".join(out)


def head(article: Article, *, json_ld: bool = True, site: str = "The Daily Meridian") -> str:
    ld = ""
    if json_ld:
        data = {
            "@context": "https://schema.org",
            "@type": "OpinionNewsArticle",
            "headline": article.title,
            "datePublished": article.date,
            "author": {"@type": "Person", "name": article.author},
        }
        ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    return (
        f'<head><meta charset="utf-8"><title>{esc(article.title)} | {esc(site)}</title>'
        f'<meta property="og:title" content="{esc(article.title)}">'
        f'<meta property="og:site_name" content="{esc(site)}">{ld}'
        "<style>body{font-family:serif}.nav a{margin:0 4px}</style>"
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "</script></head>"
    )


def nav(w: dict, cls: str = "site-nav") -> str:
    items = [w["home"], w["opinion"], "World", "Politics", "Economy", "Culture", w["subscribe"]]
    links = "".join(f'<li><a href="/{i}">{esc(item)}</a></li>' for i, item in enumerate(items))
    return f'<nav class="{cls}"><ul>{links}</ul></nav>'


def teaser_list(article: Article, *, cls: str, heading: str, with_summary: bool = True) -> str:
    items = []
    for number, (title, summary) in enumerate(TEASERS[article.language]):
        text = f"<p>{esc(summary)}</p>" if with_summary else ""
        items.append(f'<li><a href="/story/{number}">{esc(title)}</a>{text}</li>')
    return f'<div class="{cls}"><h3>{esc(heading)}</h3><ul>{"".join(items)}</ul></div>'


def newsletter_box(w: dict, cls: str = "newsletter-signup") -> str:
    return (
        f'<div class="{cls}"><h4>{esc(w["newsletter"])}</h4><p>{esc(w["newsletter_text"])}</p>'
        '<form><input type="email" placeholder="Email"><button>OK</button></form></div>'
    )


def comment_thread(article: Article, cls: str = "comments") -> str:
    rng = random.Random(article.title + article.language)
    items = []
    for i, text in enumerate(COMMENTS[article.language]):
        user = f"reader{rng.randint(10, 999)}"
        items.append(
            f'<li class="comment"><div class="comment-author">{user}</div>'
            f"<p>{esc(text)}</p><a href='#r{i}'>{esc(article.words['reply'])}</a></li>"
        )
    return (
        f'<section class="{cls}" id="comments"><h3>{esc(article.words["comments"])} (4)</h3>'
        f"<ol>{''.join(items)}</ol></section>"
    )


def footer(w: dict) -> str:
    return (
        '<footer class="site-footer"><p>About us · Contact · Privacy · Terms</p>'
        f"<p>{esc(w['copyright'])}</p></footer>"
    )


def byline(article: Article, cls: str = "byline") -> str:
    return f'<p class="{cls}">{esc(article.words["by"])} {esc(article.author)}</p>'


def figure(article: Article) -> str:
    return (
        f'<figure><img src="/img/bus.jpg" alt=""><figcaption>{esc(CAPTIONS[article.language])}'
        "</figcaption></figure>"
    )


# --- templates --------------------------------------------------------------------------------


def news_cms(a: Article, rng: random.Random) -> str:
    w = a.words

    def insert(i):
        if i == 2:
            return f'<div class="ad-slot"><span>{esc(w["ad"])}</span></div>'
        if i == 4:
            return teaser_list(a, cls="inline-related", heading=w["related"], with_summary=False)
        return ""

    return (
        f"<!DOCTYPE html><html lang='{a.language}'>{head(a)}<body><header class='masthead'>"
        f"{nav(w)}</header><main><article class='story'><h1>{esc(a.title)}</h1>{byline(a)}"
        f"<time datetime='{a.date}'>{a.date}</time>{figure(a)}"
        f"<div class='story-body'>{a.body_html(insert=insert)}</div>"
        f"<div class='share-tools'><a href='#'>{esc(w['share'])}</a></div></article>"
        f"{teaser_list(a, cls='related-stories', heading=w['related'])}</main>{footer(w)}"
        "</body></html>"
    )


def blog(a: Article, rng: random.Random) -> str:
    w = a.words
    return (
        f"<html lang='{a.language}'>{head(a, json_ld=False)}<body class='single-post'>"
        f"<div id='page'>{nav(w, 'main-navigation')}<div id='content' class='site-content'>"
        f"<div id='primary'><div class='post type-post'><h1 class='entry-title'>{esc(a.title)}"
        f"</h1><div class='entry-meta'>Posted on {a.date} by {esc(a.author)}</div>"
        f"<div class='entry-content'>{a.body_html()}</div>"
        f"<div class='entry-footer'>Tags: <a href='/t/1'>transport</a>, <a href='/t/2'>city</a>"
        f"</div><div class='author-bio'><h4>{esc(w['about'])}</h4><p>{esc(a.bio)}</p></div>"
        f"</div>{comment_thread(a, 'comments-area')}</div>"
        f"<div id='secondary' class='widget-area'><section class='widget'><h2>Archives</h2>"
        f"<ul><li><a href='/2023/05'>May 2023</a></li><li><a href='/2023/04'>April 2023</a></li>"
        f"</ul></section></div></div>{footer(w)}</div></body></html>"
    )


def magazine(a: Article, rng: random.Random) -> str:
    w = a.words

    def insert(i):
        return figure(a) if i == 3 else ""

    more = teaser_list(a, cls="more-by-author", heading=w["more_by"].format(name=a.author))
    return (
        f"<html lang='{a.language}'>{head(a)}<body><div class='topbar'>{nav(w, 'menu')}</div>"
        f"<article class='longform'><header><p class='kicker'>{esc(w['opinion'])}</p>"
        f"<h1>{esc(a.title)}</h1><p class='dek'>A long look at a short timetable.</p>"
        f"{byline(a, 'author-line')}</header><section class='article-body'>"
        f"{a.body_html(insert=insert)}<p><em>{esc(a.bio)}</em></p></section>{more}</article>"
        f"{footer(w)}</body></html>"
    )


def minified(a: Article, rng: random.Random) -> str:
    w = a.words
    script = "".join(
        f"var m{i}=function(e,t){{return e&&t?e[t]:null}};window.__s{i}={{'a':{i},'b':[1,2,3]}};"
        for i in range(120)
    )
    style = "".join(f".c{i}{{margin:{i}px;padding:0 {i}px}}" for i in range(200))
    page = (
        f"<!DOCTYPE html><html lang='{a.language}'><head><meta charset='utf-8'><title>"
        f"{esc(a.title)}</title><style>{style}</style><script>{script}</script></head><body>"
        f"<div class='c1'>{nav(w, 'c2')}</div><div class='c3'><h1 class='c4'>{esc(a.title)}</h1>"
        f"<div class='c5'>{esc(w['by'])} {esc(a.author)}</div><div class='c6'>"
        f"{a.body_html(cls='c7')}</div>{teaser_list(a, cls='c8', heading=w['read_more'])}</div>"
        f"<script>{script}</script>{footer(w)}</body></html>"
    )
    return page.replace("\n", "")


def table_layout(a: Article, rng: random.Random) -> str:
    w = a.words
    paragraphs = "<br><br>\n".join(esc(text) for _kind, text in a.blocks)
    side = "".join(
        f"<a href='/s{i}'>{esc(t)}</a><br>" for i, (t, _s) in enumerate(TEASERS[a.language])
    )
    return (
        f"<html><head><title>{esc(a.title)}</title></head><body bgcolor='#ffffff'>"
        "<table width='100%' border='0'><tr><td colspan='2'><img src='/logo.gif'>"
        f"<a href='/'>{esc(w['home'])}</a> | <a href='/op'>{esc(w['opinion'])}</a></td></tr>"
        f"<tr><td width='160' valign='top'>{side}</td><td valign='top'>"
        f"<font size='5'><b>{esc(a.title)}</b></font><br><font size='2'>{esc(w['by'])} "
        f"{esc(a.author)} - {a.date}</font><br><br>\n<font face='Georgia'>{paragraphs}</font>"
        f"</td></tr><tr><td colspan='2'><font size='1'>{esc(w['copyright'])}</font></td></tr>"
        "</table></body></html>"
    )


def comments(a: Article, rng: random.Random) -> str:
    w = a.words
    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(w)}<div class='wrapper'>"
        f"<article><h1>{esc(a.title)}</h1>{byline(a)}<div class='content'>{a.body_html()}</div>"
        f"</article>{comment_thread(a)}{comment_thread(a, 'user-discussion')}</div>{footer(w)}"
        "</body></html>"
    )


def related_lists(a: Article, rng: random.Random) -> str:
    w = a.words
    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(w)}<div class='container'>"
        f"<div class='article'><h1>{esc(a.title)}</h1>{byline(a)}<div class='text'>"
        f"{a.body_html()}<h3>{esc(w['related'])}</h3><ul>"
        + "".join(
            f"<li><a href='/x{i}'>{esc(t)}</a></li>"
            for i, (t, _s) in enumerate(TEASERS[a.language])
        )
        + f"</ul></div></div>{teaser_list(a, cls='recommended-for-you', heading=w['most_read'])}"
        f"</div>{footer(w)}</body></html>"
    )


def author_promo(a: Article, rng: random.Random) -> str:
    w = a.words
    promo = (
        f"<div class='author-card'><p><strong>{esc(a.author)}</strong></p>"
        f"<p>{esc(w['follow'].format(name=a.author))}</p></div>"
    )
    more = teaser_list(a, cls="author-more", heading=w["more_by"].format(name=a.author))
    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(w)}<main><article><h1>{esc(a.title)}</h1>"
        f"{byline(a)}<div class='article-content'>{a.body_html()}<p><i>{esc(a.bio)}</i></p>"
        f"</div>{promo}{more}"
        f"</article></main>{footer(w)}</body></html>"
    )


def newsletter(a: Article, rng: random.Random) -> str:
    w = a.words

    def insert(i):
        return newsletter_box(w, "nl-box") if i == 3 else ""

    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(w)}<article><h1>{esc(a.title)}</h1>"
        f"{byline(a)}<div class='body'>{a.body_html(insert=insert)}</div></article>"
        f"{newsletter_box(w)}{footer(w)}</body></html>"
    )


def div_soup(a: Article, rng: random.Random) -> str:
    w = a.words
    hashed = [f"x{rng.randint(1000, 9999):x}" for _ in range(8)]
    teasers = "".join(
        f"<div class='{hashed[5]}'><a href='/r{i}'>{esc(t)}</a><div>{esc(s)}</div></div>"
        for i, (t, s) in enumerate(TEASERS[a.language])
    )
    return (
        f"<html>{head(a, json_ld=False)}<body><div class='{hashed[0]}'>"
        + "".join(
            f"<a href='/n{i}'>{x}</a> " for i, x in enumerate(("Home", "News", "Opinion", "Sport"))
        )
        + f"</div><div class='{hashed[1]}'><div class='{hashed[2]}'>{esc(a.title)}</div>"
        f"<div class='{hashed[3]}'>{esc(w['by'])} {esc(a.author)}</div>"
        f"{a.body_html(p_tag='div', cls=hashed[4])}</div><div class='{hashed[6]}'>{teasers}</div>"
        f"<div class='{hashed[7]}'>{esc(w['copyright'])}</div></body></html>"
    )


def captions(a: Article, rng: random.Random) -> str:
    w = a.words

    def insert(i):
        return figure(a) if i in (1, 4) else ""

    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(w)}<article><h1>{esc(a.title)}</h1>"
        f"{byline(a)}<div class='article__body'>{a.body_html(insert=insert)}</div></article>"
        f"{footer(w)}</body></html>"
    )


def sidebar_heavy(a: Article, rng: random.Random) -> str:
    w = a.words
    most_read = "".join(
        f"<li><span>{i + 1}</span><a href='/m{i}'>{esc(t)}</a><p>{esc(s)}</p></li>"
        for i, (t, s) in enumerate(TEASERS[a.language])
    )
    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(w)}<div class='layout'>"
        f"<div class='main-column'><h1>{esc(a.title)}</h1>{byline(a)}{a.body_html()}"
        f"<div class='social-share'><a href='#'>{esc(w['share'])}</a></div></div>"
        f"<aside class='rail'><h3>{esc(w['most_read'])}</h3><ol>{most_read}</ol>"
        f"{newsletter_box(w, 'rail-signup')}</aside></div>{footer(w)}</body></html>"
    )


def inline_furniture(a: Article, rng: random.Random) -> str:
    w, x = a.words, INLINE[a.language]
    pull = next(text for kind, text in a.blocks if kind == "p").split(". ")[0]
    other = TEASERS[a.language][1][0]

    def insert(i):
        return {
            1: f"<p class='photo-credit'>{esc(x['credit'])}</p>",
            2: f"<p>{esc(x['ad'])}</p>",
            3: f"<p><strong>{esc(x['also'])}</strong> <a href='/o/2'>{esc(other)}</a></p>",
            4: f"<blockquote><p>{esc(pull)}</p></blockquote>",
            5: f"<p><em>{esc(x['note'])}</em></p>",
        }.get(i, "")

    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(w)}<main><article><h1>{esc(a.title)}"
        f"</h1>{byline(a)}<p class='reading-time'>{esc(x['time'])}</p><div class='entry'>"
        f"{a.body_html(insert=insert)}<p>{esc(x['topics'])} <a href='/t/1'>Transport</a>, "
        f"<a href='/t/2'>{esc(w['opinion'])}</a></p><p>{esc(x['follow'].format(name=a.author))}</p>"
        f"<p><em>{esc(x['origin'])}</em></p></div></article></main>{footer(w)}</body></html>"
    )


RENDERERS = {name: globals()[name] for name in TEMPLATES}


def generate() -> list[dict]:
    """Write every page and its gold text; return the manifest."""
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    manifest = []
    for template in TEMPLATES:
        for language in LANGUAGES:
            name = f"{template}-{language}"
            rng = random.Random(name)
            article = Article(rng, language)
            page = RENDERERS[template](article, rng)
            (HERE / "pages" / f"{name}.html").write_text(page, encoding="utf-8")
            (HERE / "gold" / f"{name}.txt").write_text(article.gold() + "\n", encoding="utf-8")
            manifest.append({"name": name, "type": template, "language": language})
    (HERE / "corpus.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    print(f"{len(generate())} pages written to {HERE}")
