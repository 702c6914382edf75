"""Learn the text-dump reader's line model from generated, labelled pages.

    python bench/train_line_model.py             # train on seeds 1-3, score seed 42, save
    python bench/train_line_model.py --pages 100 --dry-run

Pages come from two generators: `bench/pagegen` (21 outlet layouts in nine languages, one label
per line: `generate_pages(count, seed=...)`) and `bench/corpus.py`'s six layouts, labelled from
the generated article's known parts, with page furniture of many outlets and languages added
around and inside the article (comment blocks, login forms, cookie, share and copyright lines,
related lists, kickers, navigation rows), and now and then without a bio, byline, date,
headline or anything after the text.

The lines are the reader's own (`articles.importers.text.lines`), so the features are exactly
those the reader computes. Two logistic regressions are fitted by stochastic gradient descent
(AdaGrad steps, L2): p(body) over every line, p(title) over the lines above the article. The
weights are written to `articles/importers/text/line_model.json` with the line accuracy on seed
42, which training never uses; pagegen's own held-out seeds (9000 and up, scored by
tests/test_extraction_corpus.py) are never used here either.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT, ROOT / "bench"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import corpus  # noqa: E402

from articles.importers.normalize import clean_text  # noqa: E402
from articles.importers.text import dates, labels, people  # noqa: E402
from articles.importers.text.lines import classify_cue, compute_features, split_lines  # noqa: E402

HELD_OUT_SEED = 42
TRAIN_SEEDS = (1, 2, 3)

# Page furniture of many outlets, per language, added to the generated layouts.
FURNITURE_BLOCKS = {
    "comments": [
        ["Comments", "12 comments", "Leave a comment", "Log in to comment"],
        ["Comentarios (8)", "Deja un comentario", "Iniciar sesión"],
        ["Commentaires", "Laisser un commentaire", "Se connecter"],
        ["Kommentare", "Kommentar schreiben", "Anmelden"],
        ["Commenti", "Lascia un commento"],
        ["Comentários", "Deixe um comentário"],
        ["Коментарі", "Залишити коментар"],
        ["Комментарии", "Оставить комментарий"],
    ],
    "login": [
        ["Sign in", "Username", "Password", "Remember me", "Forgot your password?"],
        ["Iniciar sesión", "Correo electrónico", "Contraseña", "Regístrate"],
        ["Se connecter", "Adresse e-mail", "Mot de passe oublié", "Créer un compte"],
        ["Anmelden", "E-Mail-Adresse", "Passwort vergessen", "Registrieren"],
        ["Accedi", "Registrati"],
        ["Entrar", "Senha", "Minha conta"],
        ["Увійти", "Зареєструватися"],
        ["Войти", "Регистрация"],
    ],
    "share": [
        ["Share this article", "Facebook", "Twitter", "WhatsApp"],
        ["Share on Facebook", "Share on X", "Copy link"],
        ["Compartir", "Facebook Twitter WhatsApp"],
        ["Partager", "Facebook | X | LinkedIn | E-mail"],
        ["Teilen", "Drucken"],
        ["Condividi"],
        ["Поділитися", "Telegram Facebook"],
    ],
    "cookies": [
        ["We use cookies to improve your experience. Accept all"],
        ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios."],
        ["Nous utilisons des cookies pour vous offrir la meilleure expérience."],
        ["Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten."],
        ["Questo sito utilizza cookie tecnici e di profilazione."],
        ["Ми використовуємо файли cookie."],
    ],
    "newsletter": [
        ["Sign up for our daily newsletter", "Enter your email address", "Subscribe"],
        ["Suscríbete a nuestro boletín", "Suscribirse"],
        ["Abonnez-vous à notre newsletter", "S'abonner"],
        ["Newsletter abonnieren"],
        ["Iscriviti alla newsletter"],
        ["Підписатися на розсилку"],
    ],
    "nav": [
        ["Menu", "Home", "Search"],
        ["Menú", "Inicio", "Buscar"],
        ["Accueil", "Rechercher", "Menu"],
        ["Startseite", "Suche"],
        ["Головна", "Пошук"],
        ["Главная", "Поиск"],
        ["Download as PDF", "Print"],
        ["Advertisement"],
        ["Publicité"],
        ["Anzeige"],
    ],
    "related": [
        ["Related articles"],
        ["More from Opinion"],
        ["Other columns"],
        ["Lire aussi"],
        ["Lee también"],
        ["Mehr zum Thema"],
        ["Leggi anche"],
        ["Leia também"],
        ["Читайте також"],
        ["Читайте также"],
        ["Most read"],
    ],
    "copyright": [
        ["© {year} {outlet}. All rights reserved."],
        ["© {outlet} {year}. Todos los derechos reservados."],
        ["© {outlet} - Tous droits réservés"],
        ["Copyright {year} {outlet}. Alle Rechte vorbehalten."],
        ["Privacy Policy", "Terms of Use"],
    ],
}
_BLOCK_NAMES = sorted(FURNITURE_BLOCKS)
# Section links of a site's navigation, one a line, in several languages.
NAV_SECTIONS = (
    "News Sports Business Culture Opinion World Politics Obituaries E-Edition Weather "
    "Noticias Deportes Economía Cultura Opinión Internacional Actualités Économie Sport "
    "Politik Wirtschaft Kultur Meinung Region Cronaca Esteri Economia Política Esportes "
    "Новини Політика Економіка Новости Политика Экономика"
).split()
# Kickers and section labels printed above headlines.
KICKERS = (
    "OPINION|COMMENTARY|EDITORIAL|COLUMN|ANALYSIS|Opinion|Editorial|Letters|Tribune|Meinung|"
    "Kommentar|Opinión|Tribuna|Editoriale|Opinião|Думка|Мнение|Point of view|Guest essay"
).split("|")


def _furniture(rng: random.Random, article: dict) -> list[str]:
    block = rng.choice(FURNITURE_BLOCKS[rng.choice(_BLOCK_NAMES)])
    lines = [line.format(year=article["date"].year, outlet=article["publisher"]) for line in block]
    if block in FURNITURE_BLOCKS["related"]:
        lines += corpus._related_titles(rng, rng.randint(2, 4))
    return lines


def _augment(page: list[str], article: dict, rng: random.Random) -> list[str]:
    """The layout with furniture blocks added above, below and (a share bar) inside the body."""
    body = article["body"].split("\n\n")
    # Not every outlet prints a bio, a byline or a date: drop them now and then.
    bios = corpus._bios(article)
    optional = {bios, "NOTE: " + bios} if rng.random() < 0.4 else set()
    if rng.random() < 0.2:
        optional |= {e for e in page if dates.is_date_line(e) or people.parse_byline(e)}
    if rng.random() < 0.15:
        optional.add(article["title"])  # text copied without its headline
    if rng.random() < 0.3:
        optional |= {e for e in page if classify_cue(e)[0] in ("credit", "caption")}
    page = [element for element in page if element not in optional]
    if rng.random() < 0.25:
        # A byline without "By": the name alone, now and then in capitals.
        names = corpus._join_names(corpus._names(article["authors"][:1]))
        bare = names.upper() if rng.random() < 0.3 else names
        page = [bare if people.parse_byline(e) else e for e in page]
        article["authors"] = article["authors"][:1]
    if rng.random() < 0.2:
        page = [e.rstrip(".") if e == article["standfirst"] else e for e in page]
    if rng.random() < 0.2 and article["body"] in page:
        page = page[page.index(article["body"]) :]  # only the article text was copied
    if rng.random() < 0.2 and article["body"] in page:
        page = page[: page.index(article["body"]) + 1]  # ... or the page ends with it
    ends_with_body = page[-1] == article["body"]
    result: list[str] = []
    if page[0] != article["body"]:
        if rng.random() < 0.3:
            result += [*rng.sample(NAV_SECTIONS, rng.randint(3, 7)), ""]
        for _ in range(rng.randint(0, 2)):
            result += [*_furniture(rng, article), ""]
    for element in page:
        if element == article["title"] and rng.random() < 0.3:
            result += [rng.choice(KICKERS), ""]  # a section label above the headline
        if element == article["body"]:
            if rng.random() < 0.3 and page[0] != article["body"]:
                # Share links, a caption or "listen" prompts between the header and the text.
                block = rng.choice(FURNITURE_BLOCKS["share"] + FURNITURE_BLOCKS["nav"][-4:])
                result += [*block, ""]
            if rng.random() < 0.25 and not ends_with_body:
                # Comments, share or login blocks straight after the text.
                result += [element, "", *_furniture(rng, article), ""]
                continue
            if rng.random() < 0.5 and len(body) > 4:
                cut = rng.randint(2, len(body) - 2)
                share = rng.choice(FURNITURE_BLOCKS["share"] + FURNITURE_BLOCKS["nav"][-3:])
                result += ["\n\n".join(body[:cut]), "", *share, "", "\n\n".join(body[cut:])]
                continue
        result.append(element)
    for _ in range(rng.randint(0, 3) if not ends_with_body else 0):
        result += ["", *_furniture(rng, article)]
    return result


def _capitalise_nouns(body: str, rng: random.Random) -> str:
    """The body with a share of its longer words capitalised, as German prints nouns."""
    words = body.split(" ")
    for position, word in enumerate(words):
        if len(word) > 4 and word.isalpha() and rng.random() < 0.35:
            words[position] = word.capitalize()
    return " ".join(words)


def _short_ending(body: str, rng: random.Random) -> str:
    """The body closed by one short sentence, as many pieces end."""
    writer = corpus._BodyWriter(rng)
    return body + "\n\n" + corpus._BodyWriter.finish(writer.words(rng.randint(5, 12)), ".")


def generated_pages(count: int, seed: int) -> list[tuple[str, dict]]:
    """(dump text, truth) pairs from the corpus layouts, with furniture added."""
    pages = []
    for index, article in enumerate(corpus.generate_articles(count, seed=seed)):
        rng = random.Random(f"{seed}:augment:{index}")
        if rng.random() < 0.25:  # short headlines ("Kharkiv rebuilds") as well as long ones
            article["title"] = " ".join(article["title"].split()[: rng.randint(2, 4)])
        if rng.random() < 0.15:
            article["body"] = _capitalise_nouns(article["body"], rng)
        if rng.random() < 0.3:
            article["body"] = _short_ending(article["body"], rng)
        style = index % corpus.NUM_STYLES
        page = corpus.STYLES[style](article, random.Random(f"{article['source_url']}:{style}"))
        if rng.random() < 0.8:
            page = _augment(page, article, rng)
        pages.append(("\n".join(page) + "\n", article))
    return pages


def labelled_lines(text: str, truth: dict) -> list[tuple[dict, bool, bool, bool]]:
    """(features, is_body, is_title, above_article) per line of one page."""
    lines = split_lines(clean_text(text))
    compute_features(lines)
    body = {" ".join(p.split()) for p in truth["body"].split("\n\n")}
    title = " ".join(truth["title"].split())
    result = []
    seen_body = False
    for line in lines:
        stripped, _ = dates.strip_dateline(line.text)
        is_body = line.text in body or stripped in body
        is_title = line.text == title or line.text.endswith(": " + title)
        seen_body = seen_body or is_body
        result.append((line.features, is_body, is_title, not seen_body))
    return result


def pagegen_lines(count: int, seed: int) -> list[tuple[dict, bool, bool, bool]] | None:
    """Labelled lines from `bench/pagegen` when it is there, else None."""
    try:
        from pagegen import generate_pages
    except ImportError:
        return None
    rows = []
    for page in generate_pages(count, seed=seed):
        lines = split_lines(clean_text(page.text))
        compute_features(lines)
        if len(lines) != len(page.labels):
            continue  # the generator split lines differently: skip rather than mislabel
        seen_body = False
        for line, label in zip(lines, page.labels, strict=True):
            seen_body = seen_body or label == "body"
            rows.append((line.features, label == "body", label == "title", not seen_body))
    return rows


def rows_for(count: int, seed: int) -> list[tuple[dict, bool, bool, bool]]:
    """Labelled lines for one seed: pagegen's pages and the corpus layouts."""
    rows = pagegen_lines(count, seed) or []
    for text, truth in generated_pages(count, seed):
        rows += labelled_lines(text, truth)
    return rows


def fit(rows: list[tuple[dict, bool]], names: list[str], *, epochs: int, seed: int) -> dict:
    """A logistic regression by stochastic gradient descent (AdaGrad steps) with L2."""
    rng = random.Random(seed)
    weights = dict.fromkeys(names, 0.0)
    squares = dict.fromkeys(names, 1e-8)
    bias, bias_square = 0.0, 1e-8
    positives = sum(label for _, label in rows) or 1
    # Weight the rarer class up so a title (one line a page) is not simply ignored.
    positive_weight = min(max((len(rows) - positives) / positives, 1.0), 10.0) ** 0.5
    order = list(range(len(rows)))
    l2, rate = 1e-4, 0.5
    for _epoch in range(epochs):
        rng.shuffle(order)
        for position in order:
            features, label = rows[position]
            score = bias + sum(weights[name] * value for name, value in features.items() if value)
            p = 1 / (1 + math.exp(-max(min(score, 30), -30)))
            gradient = (p - label) * (positive_weight if label else 1.0)
            bias_square += gradient * gradient
            bias -= rate * gradient / math.sqrt(bias_square)
            for name, value in features.items():
                if value:
                    step = gradient * value + l2 * weights[name]
                    squares[name] += step * step
                    weights[name] -= rate * step / math.sqrt(squares[name])
    return {"bias": round(bias, 4), "weights": {k: round(v, 4) for k, v in weights.items()}}


def accuracy(model: dict, rows: list[tuple[dict, bool]]) -> float:
    """Share of rows the model labels right at p = 0.5."""
    right = sum((labels.probability(model, features) >= 0.5) == label for features, label in rows)
    return right / max(len(rows), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="pages per training seed")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--dry-run", action="store_true", help="train and score, do not save")
    args = parser.parse_args(argv)

    train = [row for seed in TRAIN_SEEDS for row in rows_for(args.pages, seed)]
    test = rows_for(args.pages, HELD_OUT_SEED)
    names = sorted(train[0][0])
    body_model = fit([(f, b) for f, b, _, _ in train], names, epochs=args.epochs, seed=1)
    header = [(f, t) for f, _, t, above in train if above]
    title_model = fit(header, names, epochs=args.epochs, seed=2)
    scores = {
        "body_line_accuracy": round(accuracy(body_model, [(f, b) for f, b, _, _ in test]), 4),
        "title_line_accuracy": round(
            accuracy(title_model, [(f, t) for f, _, t, above in test if above]), 4
        ),
    }
    print(f"train lines: {len(train)}, held-out lines (seed {HELD_OUT_SEED}): {len(test)}")
    print(json.dumps(scores))
    if args.dry_run:
        return 0
    model = {
        "about": "line model of the text-dump reader; written by bench/train_line_model.py",
        "train_seeds": list(TRAIN_SEEDS),
        "held_out_seed": HELD_OUT_SEED,
        "held_out": scores,
        "features": names,
        "body": body_model,
        "title": title_model,
    }
    labels.MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"saved {labels.MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
