"""Outlet layouts: which furniture a page carries, and in what order, around the article.

Every layout works in every language and genre: `Parts` prints nothing for what the article
lacks (no byline for an editorial, a signature only for a letter, no date line when the page
states no date), so each layout's function only orders the pieces.
"""

from __future__ import annotations

from collections.abc import Callable

from .furniture import Block
from .parts import Parts


def _maybe(p: Parts, chance: float, blocks: list[Block]) -> list[Block]:
    return blocks if p.rng.random() < chance else []


def broadsheet(p: Parts) -> list[Block]:
    """Quality daily: masthead, nav, login, kicker, headline, standfirst, byline, date, lead photo,
    body with captions, bio, share bar, tags, comments, related, newsletter, footer, ©."""
    f = p.furniture
    return [
        *f.skip_links(), *f.masthead(), *f.nav(), *f.login_links(),
        *f.kicker(p.article.section_label), *p.title(), *p.standfirst(), *p.byline(),
        *p.dateline(updated=True), *p.review_item(), *f.image(),
        *p.body(captions=0.15, dateline_town=0.1, links=0.15), *p.signature(), *p.bio(),
        *f.share_bar(), *f.tags(), *f.comment_count(), *_maybe(p, 0.5, f.comments()),
        *f.related(), *f.newsletter(), *f.footer(), *f.copyright(),
    ]  # fmt: skip


def tabloid(p: Parts) -> list[Block]:
    """Popular daily: cookie banner first, masthead, long nav, headline in title case, byline and
    date on one line, adverts in the body, share bar, related with authors, comments, ©."""
    f = p.furniture
    return [
        *f.cookie_banner(), *f.masthead(), *f.nav(), *f.nav(), *p.title(suffix_chance=0.2),
        *(p.byline(with_date=True) or p.dateline()), *p.review_item(), *f.image(),
        *p.body(adverts=0.25, captions=0.1), *p.signature(), *f.share_bar(),
        *f.related(with_authors=True), *f.comment_count(), *f.comments(), *f.copyright(),
    ]  # fmt: skip


def magazine(p: Parts) -> list[Block]:
    """Magazine: masthead, nav, headline, standfirst, byline, "date · N min read", photo credit,
    body, bio, disclaimer, link line, share, newsletter, related, ©."""
    f = p.furniture
    return [
        *f.masthead(), *f.nav(), *f.login_links(), *p.title(), *p.standfirst(), *p.byline(),
        *p.dateline(read_time=True), *p.review_item(), *f.image(with_caption=False),
        *p.body(quotes=0.15), *p.signature(), *p.bio(), *_maybe(p, 0.6, f.disclaimer()),
        *f.link_line(p.article.url),
        *f.share_bar(), *f.newsletter(), *f.related(), *f.copyright(),
    ]  # fmt: skip


def thinktank(p: Parts) -> list[Block]:
    """Think-tank blog: headline, date, image credit, body, bio (often the only signature),
    disclaimer, link line, "back to top", login links."""
    f = p.furniture
    return [
        *p.title(), *p.dateline(), *f.image(with_caption=False), *p.byline(), *p.body(),
        *p.signature(), *p.bio(), *f.disclaimer(), *f.link_line(p.article.url),
        *f.skip_links(), *f.login_form(),
    ]  # fmt: skip


def syndication(p: Parts) -> list[Block]:
    """Syndicating newsletter: masthead, nav on one line, headline, byline, date with "Updated",
    body, bio, link line."""
    f = p.furniture
    return [
        *f.masthead(), *f.nav(), *f.skip_links(), *p.title(), *p.byline(),
        *p.dateline(updated=True), *p.body(), *p.signature(), *p.bio(),
        *f.link_line(p.article.url), *f.skip_links(),
    ]  # fmt: skip


def european(p: Parts) -> list[Block]:
    """European weekly: menu, a most-read widget above the headline, kicker, standfirst, byline,
    date, image credit, "listen" link, body, bio, link, donation pitch, related, ©."""
    f = p.furniture
    return [
        *f.skip_links(), *f.login_links(), *f.related(with_dates=p.rng.random() < 0.4),
        *f.kicker(p.article.section_label),
        *p.title(), *p.standfirst(), *p.byline(), *p.dateline(), *f.image(with_caption=False),
        *f.download_links(), *p.review_item(), *p.body(), *p.signature(), *p.bio(),
        *f.link_line(p.article.url), *f.donation(), *f.related(), *f.copyright(),
    ]  # fmt: skip


def plain(p: Parts) -> list[Block]:
    """Copied text: headline, date, body, bio, link line, ©."""
    f = p.furniture
    return [
        *p.title(suffix_chance=0.25), *p.byline(), *p.dateline(), *p.body(), *p.signature(),
        *p.bio(), *f.link_line(p.article.url), *f.copyright(),
    ]  # fmt: skip


def regional(p: Parts) -> list[Block]:
    """Regional paper: breadcrumb, headline with a site suffix, date and update, byline with
    a role, body with captions, comment count, login form to comment, comments, footer."""
    f = p.furniture
    return [
        *f.masthead(), *f.breadcrumb(p.article.section_label), *p.title(suffix_chance=0.7),
        *p.dateline(updated=True), *p.byline(), *p.review_item(),
        *p.body(captions=0.2, dateline_town=0.3, links=0.1),
        *p.signature(), *p.bio(), *f.comment_count(), *f.login_form(), *f.comments(), *f.footer(),
        *f.copyright(),
    ]  # fmt: skip


def portal(p: Parts) -> list[Block]:
    """News portal: long nav, a live feed before the article, headline, byline, date, body with
    adverts, share bar, related, another feed, a cookie banner last."""
    f = p.furniture
    return [
        *f.masthead(), *f.nav(), *f.nav(), *f.live_feed(), *f.kicker(p.article.section_label),
        *p.title(), *p.byline(), *p.dateline(), *p.standfirst(), *p.review_item(),
        *p.body(adverts=0.2), *p.signature(), *p.bio(), *f.share_bar(), *f.related(),
        *f.live_feed(), *f.apps(), *f.cookie_banner(),
    ]  # fmt: skip


def paywalled(p: Parts) -> list[Block]:
    """Subscription site: paywall banner, masthead, login, headline, standfirst, byline, date,
    body, bio, paywall prompt, footer."""
    f = p.furniture
    return [
        *f.paywall(), *f.masthead(), *f.login_links(), *f.kicker(p.article.section_label),
        *p.title(), *p.standfirst(), *p.byline(), *p.dateline(), *p.review_item(), *f.image(),
        *p.body(captions=0.1), *p.signature(), *p.bio(), *f.paywall(), *f.footer(), *f.copyright(),
    ]  # fmt: skip


def print_view(p: Parts) -> list[Block]:
    """Print view: "Print" / "Download as PDF" links, "From: Outlet", headline, byline, date,
    body, bio, ©, link line."""
    f = p.furniture
    return [
        *f.download_links(), *f.outlet_line(), *p.title(), *p.byline(), *p.dateline(),
        *p.review_item(), *p.body(), *p.signature(), *p.bio(), *f.copyright(),
        *f.link_line(p.article.url),
    ]  # fmt: skip


def blog(p: Parts) -> list[Block]:
    """Personal or group blog: headline, date, byline, tags, body, bio, share, long comment
    thread with a login form to reply."""
    f = p.furniture
    return [
        *f.masthead(), *f.nav(), *p.title(suffix_chance=0.3), *p.dateline(), *p.byline(), *f.tags(),
        *p.review_item(), *p.body(), *p.signature(), *p.bio(), *f.share_bar(), *f.comment_count(),
        *f.comments(), *f.comments(), *f.login_form(),
    ]  # fmt: skip


def letters_page(p: Parts) -> list[Block]:
    """Letters page (any genre prints here too): masthead, nav, kicker, headline with a suffix,
    date, body, signature, letters pitch, other letters, footer."""
    f = p.furniture
    return [
        *f.masthead(), *f.nav(), *f.kicker(p.article.section_label), *p.title(suffix_chance=0.4),
        *p.dateline(), *p.byline(), *p.standfirst(), *p.review_item(), *p.body(), *p.signature(),
        *p.bio(), *f.letters_pitch(), *f.related(), *f.footer(),
    ]  # fmt: skip


def mobile(p: Parts) -> list[Block]:
    """Mobile page: masthead, "Menu", headline, date, byline, photo, body, related ("Read more"),
    app links, footer."""
    f = p.furniture
    return [
        *f.masthead(), *f.skip_links(), *p.title(suffix_chance=0.3), *p.dateline(), *p.byline(),
        *f.image(), *p.review_item(), *p.body(captions=0.1), *p.signature(), *p.bio(), *f.related(),
        *f.apps(), *f.footer(),
    ]  # fmt: skip


def wire(p: Parts) -> list[Block]:
    """Syndicated copy: headline, byline, date, body opening with a "TOWN —" dateline, bio,
    "This article first appeared in Outlet", ©."""
    f = p.furniture
    return [
        *p.title(), *p.byline(), *p.dateline(), *p.review_item(), *p.body(dateline_town=0.7),
        *p.signature(), *p.bio(), *f.outlet_line(), *f.copyright(),
    ]  # fmt: skip


def columnist(p: Parts) -> list[Block]:
    """Columnist page: masthead, nav, kicker, byline above the headline, headline, standfirst,
    date, body, bio, other columns (headlines with dates), newsletter, footer."""
    f = p.furniture
    return [
        *f.masthead(), *f.nav(), *f.login_links(), *f.kicker(p.article.section_label), *p.byline(),
        *p.title(), *p.standfirst(), *p.dateline(), *p.review_item(), *p.body(), *p.signature(),
        *p.bio(), *f.related(with_authors=True, with_dates=p.rng.random() < 0.5), *f.newsletter(),
        *f.footer(), *f.copyright(),
    ]  # fmt: skip


def forum(p: Parts) -> list[Block]:
    """Discussion-led site: cookie banner, login, headline, byline, date, body, share, a long
    comment thread, comment policy, footer."""
    f = p.furniture
    return [
        *f.cookie_banner(), *f.login_links(), *p.title(suffix_chance=0.2), *p.byline(),
        *p.dateline(), *p.review_item(), *p.body(), *p.signature(), *p.bio(), *f.share_bar(),
        *f.comment_count(), *f.comments(), *f.comments(), *f.comments(), *f.footer(),
    ]  # fmt: skip


def digest(p: Parts) -> list[Block]:
    """Aggregator digest: nav, "From: Outlet" above the headline, headline, date, byline,
    standfirst, body, link line, related, donation pitch."""
    f = p.furniture
    return [
        *f.nav(), *f.outlet_line(), *p.title(), *p.dateline(), *p.byline(), *p.standfirst(),
        *p.review_item(), *p.body(), *p.signature(), *p.bio(), *f.link_line(p.article.url),
        *f.related(), *f.donation(),
    ]  # fmt: skip


def emailed(p: Parts) -> list[Block]:
    """Emailed newsletter: "View in browser", masthead, date, headline, byline, standfirst,
    body with "Read more" links, bio, sharing, unsubscribe links, ©."""
    f = p.furniture
    return [
        *f.email_links(), *f.masthead(), *p.dateline(), *f.kicker(p.article.section_label),
        *p.title(), *p.byline(), *p.standfirst(), *p.review_item(), *p.body(links=0.2),
        *p.signature(), *p.bio(), *f.share_bar(), *f.email_links(), *f.copyright(),
    ]  # fmt: skip


def printed_pdf(p: Parts) -> list[Block]:
    """Text of a printed PDF: masthead, headline, byline, date, body broken by running headers
    and page numbers, bio, link line, ©."""
    f = p.furniture
    return [
        *f.masthead(), *p.title(), *p.byline(), *p.dateline(), *p.standfirst(), *p.review_item(),
        *p.printed_body(), *p.signature(), *p.bio(), *f.link_line(p.article.url), *f.copyright(),
    ]  # fmt: skip


def longread(p: Parts) -> list[Block]:
    """Long-read magazine: nav, kicker, headline, standfirst, illustration credit, byline, date
    with reading time, body with pull quotes and "Read more" links, bio, tags, newsletter, ©."""
    f = p.furniture
    return [
        *f.skip_links(), *f.masthead(), *f.nav(), *f.kicker(p.article.section_label), *p.title(),
        *p.standfirst(), *f.image(with_caption=False), *p.byline(), *p.dateline(read_time=True),
        *p.review_item(), *p.body(quotes=0.2, links=0.1, captions=0.1), *p.signature(),
        *p.bio(), *f.tags(), *f.newsletter(), *f.related(), *f.footer(), *f.copyright(),
    ]  # fmt: skip


LAYOUTS: dict[str, Callable[[Parts], list[Block]]] = {
    render.__name__: render
    for render in (
        broadsheet, tabloid, magazine, thinktank, syndication, european, plain, regional, portal,
        paywalled, print_view, blog, letters_page, mobile, wire, columnist, forum, digest,
        emailed, printed_pdf, longread,
    )
}  # fmt: skip

# Layouts that separate blocks with a blank line, as a browser's "copy all" of them does; the
# rest print one block per line with no blank lines between them.
BLANK_SEPARATED = frozenset(
    {
        "broadsheet",
        "magazine",
        "thinktank",
        "syndication",
        "european",
        "plain",
        "wire",
        "digest",
        "columnist",
        "longread",
        "emailed",
    }
)
