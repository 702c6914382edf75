"""Stress pages: layouts the body extractor has no rule for, scored once and never tuned on.

    python bench/html_corpus/stress.py      # (re)write the stress pages, gold and manifest

Five templates, two languages each (10 pages), written to find the extractor's limits rather
than to show its strengths: furniture with no telling class names (a comment thread and a
"more stories" strip marked up like the article), sponsored sentences between paragraphs, a
page holding two articles (the second one is not the gold), a story split across many sections
with summary cards between them, and a page where every paragraph carries several links.
bench/html_bench.py reports them as their own set.
"""

from __future__ import annotations

import json
import random

from generate import COMMENTS, HERE, TEASERS, Article, esc, footer, head, nav

LANGUAGES = ("en", "de")


def unmarked_furniture(a: Article, rng: random.Random) -> str:
    comments = "".join(
        f"<div class='x'><b>reader{i}</b><p>{esc(text)}</p></div>"
        for i, text in enumerate(COMMENTS[a.language])
    )
    strip = "".join(
        f"<div class='x'><h3><a href='/s{i}'>{esc(t)}</a></h3><p>{esc(s)}</p></div>"
        for i, (t, s) in enumerate(TEASERS[a.language])
    )
    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(a.words)}<div class='x'><h1>"
        f"{esc(a.title)}</h1><div class='x'>{a.body_html()}</div><div class='x'>{strip}</div>"
        f"<div class='x'>{comments}</div></div></body></html>"
    )


def sponsored_sentences(a: Article, rng: random.Random) -> str:
    ads = [
        "Homeowners in your area are switching to this simple solar plan and saving hundreds.",
        "Doctors are stunned by this one habit that helps you sleep through the night.",
    ]

    def insert(i):
        return f"<p>{esc(ads[i % 2])}</p>" if i in (2, 5) else ""

    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(a.words)}<article><h1>{esc(a.title)}"
        f"</h1>{a.body_html(insert=insert)}</article>{footer(a.words)}</body></html>"
    )


def two_articles(a: Article, rng: random.Random) -> str:
    other = Article(random.Random(a.title + "next"), a.language)
    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(a.words)}<article><h1>{esc(a.title)}"
        f"</h1>{a.body_html()}</article><article class='next-article'><h2>{esc(other.title)}"
        f"</h2>{other.body_html()}</article>{footer(a.words)}</body></html>"
    )


def split_sections(a: Article, rng: random.Random) -> str:
    cards = [
        f"<div class='card'><a href='/c{i}'>{esc(t)}</a><span>{esc(s)}</span></div>"
        for i, (t, s) in enumerate(TEASERS[a.language])
    ]
    parts, section = [], []
    for number, (kind, text) in enumerate(a.blocks):
        tag = "h2" if kind == "h2" else "p"
        section.append(f"<{tag}>{esc(text)}</{tag}>")
        if number % 3 == 2:
            parts.append(f"<section class='chunk'>{''.join(section)}</section>")
            parts.append(cards[(number // 3) % len(cards)])
            section = []
    if section:
        parts.append(f"<section class='chunk'>{''.join(section)}</section>")
    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(a.words)}<main><h1>{esc(a.title)}</h1>"
        f"{''.join(parts)}</main>{footer(a.words)}</body></html>"
    )


def link_heavy(a: Article, rng: random.Random) -> str:
    paragraphs = []
    for kind, text in a.blocks:
        if kind == "h2":
            paragraphs.append(f"<h2>{esc(text)}</h2>")
            continue
        words = text.split(" ")
        marked = [
            f"<a href='/w{i}'>{esc(word)}</a>" if i % 3 != 2 else esc(word)
            for i, word in enumerate(words)
        ]
        paragraphs.append(f"<p>{' '.join(marked)}</p>")
    return (
        f"<html lang='{a.language}'>{head(a)}<body>{nav(a.words)}<article><h1>{esc(a.title)}"
        f"</h1>{''.join(paragraphs)}</article>{footer(a.words)}</body></html>"
    )


TEMPLATES = (
    "unmarked_furniture",
    "sponsored_sentences",
    "two_articles",
    "split_sections",
    "link_heavy",
)


def generate() -> list[dict]:
    """Write the stress pages and their gold text; return their manifest entries."""
    manifest = []
    for template in TEMPLATES:
        for language in LANGUAGES:
            name = f"{template}-{language}"
            rng = random.Random(name)
            article = Article(rng, language)
            page = globals()[template](article, rng)
            (HERE / "pages" / f"{name}.html").write_text(page, encoding="utf-8")
            (HERE / "gold" / f"{name}.txt").write_text(article.gold() + "\n", encoding="utf-8")
            manifest.append({"name": name, "type": template, "language": language})
    (HERE / "stress.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    print(f"{len(generate())} stress pages written to {HERE}")
