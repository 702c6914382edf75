"""Page furniture in one language: everything on a page that is not the article.

Each function returns blocks, `(text, label, kind)` triples, one per line of the dump. Labels are
the reader's: "furniture" for lines a careful reader drops, "meta" for lines that state metadata
without being title, byline, date, standfirst, body or bio (masthead, kicker, "From:" and link
lines, "Updated ..." lines). A template naming the outlet is never used on a page that does not
name its outlet, so such a page states no publisher anywhere.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from . import dates, prose
from .languages import Language

Block = tuple[str, str, str]


class Furniture:
    """Furniture generators bound to one page's language, outlet and random stream."""

    def __init__(
        self, rng: random.Random, language: Language, outlet: str | None, day: date | None
    ):
        self.rng, self.language, self.outlet = rng, language, outlet
        # Pages without a date still show dates in comments and widgets: never the article's.
        self.day = day or dates.random_day(rng)
        self.year = self.day.year

    def other_day(self, *, after: bool) -> str:
        """A date line for a comment (after the article) or another article (before it)."""
        shift = timedelta(days=self.rng.randint(1, 40))
        other = self.day + shift if after else self.day - shift
        return dates.format_day(other, self.language, self.rng)

    # --- helpers ------------------------------------------------------------------------------
    def pick(self, key: str, **values) -> str:
        """One template of `key`, filled; outlet-naming templates only when the page names it."""
        options = self.language.phrases(key)
        if self.outlet is None:
            options = tuple(o for o in options if "{outlet}" not in o) or options[:0]
        if not options:
            return ""
        values.setdefault("outlet", self.outlet or "")
        values.setdefault("n", self.rng.randint(2, 480))
        values.setdefault("year", self.year)
        return self.rng.choice(options).format(**values)

    def some(self, key: str, low: int, high: int) -> list[str]:
        """`low`-`high` distinct phrases of `key`, in the language's order."""
        options = self.language.phrases(key)
        count = min(len(options), self.rng.randint(low, high))
        chosen = set(self.rng.sample(range(len(options)), count))
        return [options[i] for i in sorted(chosen)]

    def _lines_or_joined(
        self, items: list[str], kind: str, separators=(" | ", "  ", " · ", " / ")
    ) -> list[Block]:
        if self.rng.random() < 0.5:
            return [(self.rng.choice(separators).join(items), "furniture", kind)]
        return [(item, "furniture", kind) for item in items]

    def headlines(self, count: int) -> list[str]:
        """Headlines of other articles (related lists, most-read widgets, feeds)."""
        title_case = self.language.code == "en" and self.rng.random() < 0.3
        return [
            prose.headline(self.rng, self.language, title_case=title_case) for _ in range(count)
        ]

    # --- top of the page ----------------------------------------------------------------------
    def masthead(self) -> list[Block]:
        """The outlet's name as a banner, sometimes with the edition."""
        if not self.outlet:
            return []
        blocks: list[Block] = [(self.outlet, "meta", "masthead")]
        if self.rng.random() < 0.25:
            blocks.append((self.rng.choice(self.language.phrases("edition")), "furniture", "nav"))
        return blocks

    def skip_links(self) -> list[Block]:
        """ "Skip to content", "Menu", "Search"."""
        return [(item, "furniture", "nav") for item in self.some("skip", 1, 3)]

    def nav(self) -> list[Block]:
        """A navigation bar, on one line or one item per line."""
        return self._lines_or_joined(self.some("nav", 4, 10), "nav")

    def login_links(self) -> list[Block]:
        """ "Sign in", "Subscribe" links."""
        return [(item, "furniture", "login") for item in self.some("login", 1, 3)]

    def login_form(self) -> list[Block]:
        """A login form: fields, "Forgot password?", "Create an account"."""
        return [(item, "furniture", "login") for item in self.some("login_form", 3, 6)]

    def cookie_banner(self) -> list[Block]:
        """A cookie banner: a long sentence and its buttons."""
        blocks: list[Block] = [(self.pick("cookie_text"), "furniture", "cookie")]
        return blocks + self._lines_or_joined(
            self.some("cookie_buttons", 2, 3), "cookie", ("  ", " | ")
        )

    def breadcrumb(self, section: str) -> list[Block]:
        """ "Home › Opinion › Columnists"."""
        sep = self.rng.choice([" › ", " > ", " / ", " » "])
        parts = [self.language.text("home"), section]
        if self.rng.random() < 0.4:
            parts.append(self.rng.choice(self.language.phrases("nav")))
        return [(sep.join(parts), "furniture", "breadcrumb")]

    def kicker(self, label: str) -> list[Block]:
        """A section label above the headline."""
        text = label.upper() if self.rng.random() < 0.2 else label
        return [(text, "meta", "kicker")]

    def paywall(self) -> list[Block]:
        """A subscription prompt."""
        return [
            (item.format(n=self.rng.randint(2, 4)), "furniture", "paywall")
            for item in self.some("paywall", 1, 3)
        ]

    def live_feed(self) -> list[Block]:
        """A news feed sidebar: times and headlines."""
        blocks: list[Block] = [(self.pick("live_heading"), "furniture", "live_feed")]
        for _ in range(self.rng.randint(3, 5)):
            stamp = f"{self.rng.randrange(24):02d}:{self.rng.randrange(60):02d}"
            headline = self.headlines(1)[0]
            if self.rng.random() < 0.5:
                blocks.append((stamp, "furniture", "live_feed"))
                blocks.append((headline, "furniture", "live_feed"))
            else:
                blocks.append((f"{stamp} {headline}", "furniture", "live_feed"))
        return blocks

    def image(self, *, with_caption: bool = True) -> list[Block]:
        """A photo's caption and credit (a caption always carries a credit, as pages print)."""
        credit = self.pick(
            "caption_credit",
            person=prose.person(self.rng, self.language),
            agency=self.rng.choice(self.language.phrases("agencies")),
        )
        blocks: list[Block] = []
        if self.rng.random() < 0.2:
            total = self.rng.randint(3, 12)
            text = self.pick("gallery", n=self.rng.randint(1, total), m=total)
            blocks.append((text, "furniture", "caption"))
        if with_caption and self.rng.random() < 0.75:
            caption = prose.sentence(self.rng, self.language, words=self.rng.randint(7, 18))
            if self.rng.random() < 0.5:
                blocks.append((f"{caption} {credit}", "furniture", "caption"))
            else:
                blocks += [(caption, "furniture", "caption"), (credit, "furniture", "caption")]
        else:
            blocks.append((credit, "furniture", "caption"))
        return blocks

    def download_links(self) -> list[Block]:
        """ "Download as PDF", "Print", "Listen to this article"."""
        return [(item, "furniture", "download_link") for item in self.some("download", 1, 3)]

    def inline_link(self) -> list[Block]:
        """A "Read more: <headline>" link between two paragraphs."""
        return [
            (self.pick("inline_related", headline=self.headlines(1)[0]), "furniture", "inline_link")
        ]

    def pull_quote(self, paragraph: str) -> list[Block]:
        """A sentence of the article repeated large, in quotation marks, between paragraphs."""
        sentences = [s for s in paragraph.split(". ") if len(s.split()) >= 6] or [paragraph]
        opening, closing = self.language.words("quotes")
        text = opening + self.rng.choice(sentences).rstrip(".") + closing
        return [(text, "furniture", "pull_quote")]

    def running_header(self, title: str, page: int, pages: int) -> list[Block]:
        """A printed page's running header and page number, as a PDF's text carries them."""
        marker = self.pick("page_marker", n=page, m=pages)
        head = self.outlet if self.outlet and self.rng.random() < 0.6 else title
        if self.rng.random() < 0.5:
            return [(f"{head} {marker}", "furniture", "page_marker")]
        return [(head, "furniture", "page_marker"), (marker, "furniture", "page_marker")]

    def email_links(self) -> list[Block]:
        """An emailed newsletter's links: "View in browser", "Unsubscribe"."""
        return [(item, "furniture", "email") for item in self.some("email_furniture", 2, 4)]

    def advert(self) -> list[Block]:
        """An advertisement marker inside the article."""
        return [(self.pick("advert"), "furniture", "advert")]

    # --- bottom of the page -------------------------------------------------------------------
    def share_bar(self) -> list[Block]:
        """ "Share", "Facebook", "Copy link"."""
        return self._lines_or_joined(self.some("share", 2, 6), "share")

    def tags(self) -> list[Block]:
        """ "Topics: A, B, C"."""
        words = self.rng.sample(self.language.words("content_words")[:150], self.rng.randint(2, 5))
        return [
            (self.pick("tags", tags=", ".join(w.capitalize() for w in words)), "furniture", "tags")
        ]

    def comment_count(self) -> list[Block]:
        """ "34 comments"."""
        return [(self.pick("comment_count"), "furniture", "comment_count")]

    def comments(self) -> list[Block]:
        """A comment thread: heading, policy, commenters' names, times and short prose, "Reply"."""
        blocks: list[Block] = [(self.pick("comment_heading"), "furniture", "comment")]
        if self.rng.random() < 0.5:
            blocks.append((self.pick("comment_policy"), "furniture", "comment"))
        ui = self.language.phrases("comment_ui")
        for _ in range(self.rng.randint(2, 6)):
            name = prose.person(self.rng, self.language)
            if self.rng.random() < 0.3:
                name = prose.slug(name).replace("-", "_")[:12] + str(self.rng.randint(1, 99))
            blocks.append((name, "furniture", "comment"))
            if self.rng.random() < 0.3:
                stamp = self.other_day(after=True)
            else:
                stamp = self.pick("comment_ago", n=self.rng.randint(1, 23))
            blocks.append((stamp, "furniture", "comment"))
            blocks.append(
                (prose.short_text(self.rng, self.language, low=5, high=30), "furniture", "comment")
            )
            if self.rng.random() < 0.6:
                blocks.append((self.rng.choice(ui[:4]), "furniture", "comment"))
        blocks.append((self.rng.choice(ui[4:]), "furniture", "comment"))
        return blocks

    def related(self, *, with_authors: bool = False, with_dates: bool = False) -> list[Block]:
        """A related-articles or "other columns" list: a heading and headline-like lines, with
        their authors' names or dates now and then."""
        blocks: list[Block] = [(self.pick("related_heading"), "furniture", "related")]
        for headline in self.headlines(self.rng.randint(3, 6)):
            blocks.append((headline, "furniture", "related"))
            if with_authors:
                blocks.append((prose.person(self.rng, self.language), "furniture", "related"))
            if with_dates:
                blocks.append((self.other_day(after=False), "furniture", "related"))
        return blocks

    def newsletter(self) -> list[Block]:
        """A newsletter pitch and its form."""
        blocks: list[Block] = [(self.pick("newsletter_text"), "furniture", "newsletter")]
        return blocks + [
            (item, "furniture", "newsletter") for item in self.some("newsletter_ui", 1, 3)
        ]

    def donation(self) -> list[Block]:
        """A donation pitch (long, prose-like) and its buttons."""
        blocks: list[Block] = [(self.pick("donation_text"), "furniture", "donation")]
        return blocks + [(item, "furniture", "donation") for item in self.some("donation_ui", 1, 3)]

    def disclaimer(self) -> list[Block]:
        """ "The views expressed are the author's own ..."."""
        return [(self.pick("disclaimer"), "furniture", "disclaimer")]

    def letters_pitch(self) -> list[Block]:
        """ "Send us your letters"."""
        return [(self.pick("letters_pitch"), "furniture", "letters_pitch")]

    def apps(self) -> list[Block]:
        """ "Get the app", "Follow us"."""
        return [(item, "furniture", "apps") for item in self.some("apps", 1, 2)]

    def footer(self) -> list[Block]:
        """Footer links."""
        return self._lines_or_joined(self.some("footer", 3, 7), "footer")

    def copyright(self) -> list[Block]:
        """A copyright line, naming the outlet when the page names it."""
        text = self.pick("copyright") if self.outlet else self.pick("copyright_plain")
        return [(text, "furniture", "copyright")]

    def outlet_line(self) -> list[Block]:
        """ "From: Outlet"."""
        return [(self.pick("outlet_line"), "meta", "outlet_line")] if self.outlet else []

    def link_line(self, url: str | None) -> list[Block]:
        """ "Source: https://..." (tracking parameters now and then, as shared links carry)."""
        if not url:
            return []
        printed = url
        if self.rng.random() < 0.2:
            printed += (
                "?utm_source="
                + self.rng.choice(["twitter", "newsletter", "facebook"])
                + "&utm_medium=social"
            )
        return [(self.pick("link_line", url=printed), "meta", "link_line")]
