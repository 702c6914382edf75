"""Held-out pages: templates written after the body extractor's rules, never tuned on.

    python bench/html_corpus/heldout.py     # (re)write the held-out pages, gold and manifest

Seven more page templates in the style of common publishing systems (a Ghost-style blog, a
newsletter platform, a French daily's op-ed page, a WordPress news theme, a Drupal site, a
paywalled page, prose full of inline links), three languages each: 21 pages. The gold text
follows the same rules as generate.py. bench/html_bench.py reports them as their own set, so
the score on pages the rules were not written against stays visible.
"""

from __future__ import annotations

import json
import random
import re

from generate import HERE, TEASERS, Article, esc, figure, footer, nav

LANGUAGES_BY_TEMPLATE = {
    "ghost_blog": ("en", "fr", "de"),
    "newsletter_platform": ("en", "es", "fr"),
    "daily_tribune": ("fr", "en", "es"),
    "wordpress_news": ("es", "en", "de"),
    "drupal_site": ("de", "fr", "en"),
    "paywall": ("en", "de", "es"),
    "linked_prose": ("en", "fr", "es"),
}


def ghost_blog(a: Article, rng: random.Random) -> str:
    cards = "".join(
        f"<article class='gh-card'><a class='gh-card-link' href='/p{i}/'><h3 class='gh-card-title'>"
        f"{esc(t)}</h3><p class='gh-card-excerpt'>{esc(s)} {esc(a.blocks[0][1][:90])}</p></a>"
        "</article>"
        for i, (t, s) in enumerate(TEASERS[a.language])
    )
    return (
        f"<html lang='{a.language}'><head><title>{esc(a.title)}</title></head><body>"
        f"<header class='gh-head'>{nav(a.words, 'gh-head-menu')}</header><main class='gh-main'>"
        f"<article class='gh-article post'><header class='gh-article-header'>"
        f"<h1 class='gh-article-title'>{esc(a.title)}</h1><div class='gh-article-meta'>"
        f"<a href='/author/x/'>{esc(a.author)}</a> <time datetime='{a.date}'>{a.date}</time></div>"
        f"</header><section class='gh-content gh-canvas'>{a.body_html()}"
        f"<aside class='gh-cta'><p>{esc(a.words['newsletter'])}</p>"
        f"<a href='#/portal/signup'>{esc(a.words['subscribe'])}</a></aside></section></article>"
        f"<section class='gh-container is-grid gh-outer'><h2>{esc(a.words['read_more'])}</h2>"
        f"<div class='gh-feed'>{cards}</div></section></main>{footer(a.words)}</body></html>"
    )


def newsletter_platform(a: Article, rng: random.Random) -> str:
    w = a.words
    widget = (
        "<div class='subscription-widget-wrap'><div class='subscription-widget'>"
        f"<p class='cta-caption'>{esc(w['newsletter_text'])}</p><form><input type='email'>"
        f"<input type='submit' value='{esc(w['subscribe'])}'></form></div></div>"
    )

    def insert(i):
        return widget if i == 4 else ""

    return (
        f"<html lang='{a.language}'><head><title>{esc(a.title)}</title></head><body>"
        f"<div class='main-menu'>{nav(w, 'topbar')}</div><div class='single-post'>"
        f"<div class='post-header'><h1 class='post-title'>{esc(a.title)}</h1>"
        f"<h3 class='subtitle'>A note on the timetable</h3><div class='post-meta'>"
        f"<a href='/@x'>{esc(a.author)}</a> · {a.date}</div></div>"
        f"<div class='available-content'><div class='body markup'>{a.body_html(insert=insert)}"
        f"</div></div>{widget}<div class='post-footer'><a>{esc(w['share'])}</a>"
        f"<a>{esc(w['comments'])}</a></div></div></body></html>"
    )


def daily_tribune(a: Article, rng: random.Random) -> str:
    w = a.words
    other = TEASERS[a.language][0][0]

    def insert(i):
        if i == 3:
            return (
                f"<section class='inread'><p>{esc(w['related'])} | "
                f"<a href='/o/1'>{esc(other)}</a></p></section>"
            )
        return ""

    return (
        f"<html lang='{a.language}'><head><title>{esc(a.title)}</title>"
        f"<meta property='og:title' content='{esc(a.title)}'></head><body>{nav(w, 'menu')}"
        f"<main><section class='zone--article'><p class='article__kicker'>{esc(w['opinion'])}</p>"
        f"<h1 class='article__title'>{esc(a.title)}</h1>"
        f"<span class='author__name'>{esc(a.author)}</span>"
        f"<section class='article__content'>"
        + a.body_html(insert=insert, cls="article__paragraph")
        + f"</section><div class='article__reactions'><a>{esc(w['comments'])} 12</a></div>"
        f"<div class='services'><p>Offre spéciale : {esc(w['subscribe'])} à partir de 1 €</p>"
        f"</div></section></main>{footer(w)}</body></html>"
    )


def wordpress_news(a: Article, rng: random.Random) -> str:
    w = a.words
    related = "".join(
        f"<div class='jp-relatedposts-post'><h4><a href='/r{i}'>{esc(t)}</a></h4>"
        f"<p class='jp-relatedposts-post-excerpt'>{esc(s)}</p></div>"
        for i, (t, s) in enumerate(TEASERS[a.language])
    )
    return (
        f"<html lang='{a.language}'><head><title>{esc(a.title)}</title></head><body>"
        f"<div class='td-header-wrap'>{nav(w, 'td-header-menu')}</div><div class='td-main-content'>"
        f"<div class='td-post-header'><h1 class='entry-title'>{esc(a.title)}</h1>"
        f"<div class='td-post-author-name'>{esc(w['by'])} <a href='/a/'>{esc(a.author)}</a></div>"
        f"<span class='td-post-date'><time class='entry-date' datetime='{a.date}'>{a.date}</time>"
        f"</span></div><div class='td-post-content'>{figure(a)}{a.body_html()}"
        f"<div class='sharedaddy'><h3>{esc(w['share'])}</h3><ul><li><a>Facebook</a></li>"
        f"<li><a>X</a></li></ul></div><div id='jp-relatedposts' class='jp-relatedposts'>"
        f"<h3 class='jp-relatedposts-headline'>{esc(w['related'])}</h3>{related}</div></div>"
        f"<div class='td-author-by'><p>{esc(a.bio)}</p></div></div>{footer(w)}</body></html>"
    )


def drupal_site(a: Article, rng: random.Random) -> str:
    w = a.words

    def insert(i):
        if i == 2:
            return f"<div class='paragraph paragraph--type--image'>{figure(a)}</div>"
        return ""

    rows = "".join(
        f"<div class='views-row'><h3><a href='/n/{i}'>{esc(t)}</a></h3>"
        f"<div class='field--name-field-teaser'>{esc(s)}</div></div>"
        for i, (t, s) in enumerate(TEASERS[a.language])
    )
    return (
        f"<html lang='{a.language}'><head><title>{esc(a.title)}</title></head><body>"
        f"<div class='region region-header'>{nav(w, 'menu--main')}</div>"
        f"<div class='region region-content'><div class='node node--type-article'>"
        f"<h1 class='page-title'><span>{esc(a.title)}</span></h1>"
        f"<div class='field field--name-field-author'>{esc(a.author)}</div>"
        f"<div class='field field--name-body field--type-text-with-summary'>"
        f"<div class='field__item'>{a.body_html(insert=insert)}</div></div></div>"
        f"<div class='block block-views'><h2>{esc(w['related'])}</h2>"
        f"<div class='view-content'>{rows}</div></div></div>{footer(w)}</body></html>"
    )


def paywall(a: Article, rng: random.Random) -> str:
    w = a.words
    return (
        f"<html lang='{a.language}'><head><title>{esc(a.title)}</title></head><body>"
        f"{nav(w)}<article class='article'><h1>{esc(a.title)}</h1>"
        f"<div class='meta'><span class='author'>{esc(a.author)}</span></div>"
        f"<div class='article-text'>{a.body_html()}</div>"
        f"<div class='piano-offer'><h3>{esc(w['subscribe'])}</h3><p>{esc(w['newsletter_text'])}"
        f"</p><a href='/abo'>{esc(w['subscribe'])}</a></div></article>"
        f"<div class='outbrain-widget'><h3>{esc(w['most_read'])}</h3>"
        + "".join(f"<a href='/x{i}'>{esc(t)}</a>" for i, (t, _s) in enumerate(TEASERS[a.language]))
        + f"</div>{footer(w)}</body></html>"
    )


def linked_prose(a: Article, rng: random.Random) -> str:
    w = a.words
    body = a.body_html(cls="p")

    def link_phrase(match: re.Match) -> str:
        words = match.group(2).split(" ")
        if len(words) < 8:
            return match.group(0)
        start = rng.randint(0, len(words) - 5)
        linked = " ".join(words[start : start + rng.randint(2, 4)])
        before, after = " ".join(words[:start]), " ".join(words[start + len(linked.split()) :])
        return f"{match.group(1)}{before} <a href='/src'>{linked}</a> {after}</p>"

    body = re.sub(r"(<p class=\"p\">)([^<]+)</p>", link_phrase, body)
    return (
        f"<html lang='{a.language}'><head><title>{esc(a.title)}</title></head><body>{nav(w)}"
        f"<div id='story'><h1>{esc(a.title)}</h1><p class='by'>{esc(w['by'])} {esc(a.author)}</p>"
        f"{body}<p class='tags'><a href='/t/1'>Transport</a> <a href='/t/2'>Politics</a></p>"
        f"</div>{footer(w)}</body></html>"
    )


def generate() -> list[dict]:
    """Write the held-out pages and their gold text; return their manifest entries."""
    manifest = []
    for template, languages in LANGUAGES_BY_TEMPLATE.items():
        for language in languages:
            name = f"{template}-{language}"
            rng = random.Random(name)
            article = Article(rng, language)
            page = globals()[template](article, rng)
            (HERE / "pages" / f"{name}.html").write_text(page, encoding="utf-8")
            (HERE / "gold" / f"{name}.txt").write_text(article.gold() + "\n", encoding="utf-8")
            manifest.append({"name": name, "type": template, "language": language})
    (HERE / "heldout.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    print(f"{len(generate())} held-out pages written to {HERE}")
