"""The article's own lines as a layout prints them: headline, byline, date, standfirst, body,
bio, a letter's signature, a review's item line."""

from __future__ import annotations

import random

from . import dates, prose
from .article import Article
from .furniture import Block, Furniture


def _join_names(names: list[str], conjunction: str, rng: random.Random) -> str:
    if len(names) == 1:
        return names[0]
    last = f" {conjunction} " if rng.random() < 0.8 else " & "
    return ", ".join(names[:-1]) + last + names[-1]


def _can_shout(name: str) -> bool:
    # All-caps is printed only where a reader could restore the case unambiguously.
    return all(part[:1].isupper() and part[1:].islower() for part in name.replace("-", " ").split())


class Parts:
    """The article's lines for one page; `Furniture` for everything around them."""

    def __init__(self, rng: random.Random, article: Article):
        self.rng, self.article, self.language = rng, article, article.language
        self.furniture = Furniture(rng, article.language, article.outlet, article.day)

    def title(self, *, suffix_chance: float = 0.0) -> list[Block]:
        """The headline, now and then with a " | Outlet" or " - Section" suffix."""
        text = self.article.title
        if self.rng.random() < suffix_chance:
            options = [self.article.section_label]
            if self.article.outlet:
                options += [self.article.outlet, self.article.outlet]
            text += self.rng.choice([" | ", " - ", " — ", " :: "]) + self.rng.choice(options)
        return [(text, "title", "headline")]

    def standfirst(self) -> list[Block]:
        """The standfirst, when the article has one."""
        return (
            [(self.article.standfirst, "standfirst", "standfirst")]
            if self.article.standfirst
            else []
        )

    def byline(self, *, with_date: bool = False) -> list[Block]:
        """The byline ("By A and B", all caps now and then, a role after a single name);
        nothing for unsigned pieces, letters (signed at the end) and bio-only signatures."""
        article = self.article
        if not article.bylined or article.genre == "letter":
            return []
        names = list(article.authors)
        if self.rng.random() < 0.12 and all(_can_shout(n) for n in names):
            names = [n.upper() for n in names]
        joined = _join_names(names, self.language.text("and"), self.rng)
        if article.byline_role:
            joined += ", " + article.byline_role
        key = (
            "interview_by"
            if article.genre == "interview" and self.rng.random() < 0.6
            else "byline_forms"
        )
        text = self.rng.choice(self.language.phrases(key)).format(names=joined)
        if with_date and article.day:
            text += self.rng.choice([" | ", " · ", " — ", ", "]) + dates.format_day(
                article.day, self.language, self.rng
            )
            return [(text, "byline", "byline_date")]
        return [(text, "byline", "byline")]

    def dateline(self, *, read_time: bool = False, updated: bool = False) -> list[Block]:
        """The published-date line (and an "Updated ..." line after it now and then)."""
        day = self.article.day
        if day is None:
            return []
        text = dates.date_line(day, self.language, self.rng)
        if read_time:
            words = sum(len(p.split()) for p in self.article.paragraphs)
            text += " · " + self.language.phrases("read_time")[0].format(n=max(2, words // 230))
        blocks: list[Block] = [(text, "date", "date")]
        if updated and self.rng.random() < 0.6:
            later = dates.updated_line(day, self.language, self.rng)
            if self.rng.random() < 0.3:
                # "Published 3 March 2023 | Updated 5 March 2023": still the published date.
                return [(text + self.rng.choice([" | ", " · ", ", "]) + later, "date", "date")]
            blocks.append((later, "meta", "updated"))
        return blocks

    def review_item(self) -> list[Block]:
        """A review's item line: the work, its maker, publisher and length, or a rating."""
        if self.article.genre != "review":
            return []
        stars = "★" * self.rng.randint(1, 5)
        stars = stars + "☆" * (5 - len(stars))
        text = self.rng.choice(self.language.phrases("review_item")).format(
            work=self.article.review_work,
            person=prose.person(self.rng, self.language),
            house=self.rng.choice(self.language.phrases("houses")),
            pages=self.rng.randint(180, 620),
            stars=stars,
        )
        return [(text, "meta", "review_item")]

    def body(
        self,
        *,
        captions: float = 0.0,
        adverts: float = 0.0,
        dateline_town: float = 0.0,
        links: float = 0.0,
        quotes: float = 0.0,
    ) -> list[Block]:
        """The paragraphs, one per line, with captions, advert markers, "Read more" links and
        pull quotes between them now and then (furniture, not body), and a "TOWN —" dateline
        opening the first now and then."""
        paragraphs = list(self.article.paragraphs)
        if self.article.genre not in ("letter", "interview") and self.rng.random() < dateline_town:
            dash = self.rng.choice([" — ", " – ", " - ", ": "])
            paragraphs[0] = self.article.town.upper() + dash + paragraphs[0]
        blocks: list[Block] = []
        for index, text in enumerate(paragraphs):
            if index and index < len(paragraphs) - 1:
                if self.rng.random() < captions:
                    blocks += self.furniture.image()
                elif self.rng.random() < adverts:
                    blocks += self.furniture.advert()
                elif self.rng.random() < links:
                    blocks += self.furniture.inline_link()
                elif self.rng.random() < quotes:
                    blocks += self.furniture.pull_quote(paragraphs[index - 1])
            blocks.append((text, "body", "paragraph"))
        return blocks

    def printed_body(self) -> list[Block]:
        """The paragraphs as a printed PDF's text: a running header and page number every few
        paragraphs."""
        paragraphs = self.article.paragraphs
        per_page = self.rng.randint(3, 5)
        pages = (len(paragraphs) + per_page - 1) // per_page + 1
        blocks: list[Block] = []
        for index, text in enumerate(paragraphs):
            if index and index % per_page == 0:
                page = index // per_page
                blocks += self.furniture.running_header(self.article.title, page + 1, pages)
            blocks.append((text, "body", "paragraph"))
        return blocks

    def signature(self) -> list[Block]:
        """A letter's signature, "Name, Town": the author, not body."""
        if self.article.genre != "letter":
            return []
        text = self.rng.choice(self.language.phrases("letter_sign"))
        return [
            (
                text.format(name=self.article.authors[0], town=self.article.town),
                "byline",
                "signature",
            )
        ]

    def bio(self) -> list[Block]:
        """The closing bio lines (one per author, or joined on one line)."""
        bios = self.article.bios
        if not bios:
            return []
        if len(bios) > 1 and self.rng.random() < 0.5:
            return [(" ".join(bios), "bio", "bio")]
        return [(text, "bio", "bio") for text in bios]

    def credit(self) -> list[Block]:
        """Header credit: byline for signed pieces (signature and bio come later)."""
        return self.byline()
