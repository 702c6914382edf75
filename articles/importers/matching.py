"""Telling an update from a reprint: which stored article, if any, a new capture is.

The rules, in order:

1. The same canonical URL (`identity.url_key`) is the same article: the capture updates it, even
   when its text was edited since (a corrected re-publication at the same address).
2. The same outlet and the same or nearly the same text (Jaccard similarity of word shingles at
   least SAME_TEXT) is the same article too: a re-capture of the page, with or without its URL.
   A capture that names no outlet counts as the same outlet (it cannot be told apart).
3. The same or nearly the same text under another outlet is a reprint: a separate article that
   joins the first one's reprint group, keeping its own outlet, link, date and title.
4. A text only somewhat like another (AMBIGUOUS up to SAME_TEXT) is a separate article, and the
   pair waits in the review queue ("possible reprint") rather than being joined or merged.

Near-duplicate candidates come from the LSH band table (one indexed query, at most
MAX_CANDIDATES articles) and are verified on the exact Jaccard similarity of their shingles.
"""

from collections import Counter
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q

from articles.importers import identity
from articles.importers.base import ExtractedArticle
from articles.models import Article, ArticleBand, PossibleReprint, Publisher, ReprintGroup

SAME_TEXT = 0.8
AMBIGUOUS = 0.5
# Candidates verified per capture: the articles sharing the most bands come first, and a text
# syndicated more widely than this still finds its group through any one member.
MAX_CANDIDATES = 8
# Band rows read per lookup: a text shared by hundreds of articles (a standard notice) must not
# make one lookup read them all.
MAX_BAND_ROWS = 32 * 50


@dataclass
class Match:
    """What a capture is: an update of `article`, a reprint of it, or a possible reprint."""

    article: Article | None = None
    kind: str = "new"  # update, reprint, possible_reprint or new
    similarity: float = 0.0
    # The body the match was made on and its band hashes, kept so they are computed once.
    body: str = ""
    bands: list[int] | None = None


def match_capture(extracted: ExtractedArticle, *, body_hash: str) -> Match:
    """Apply the identity rules above to an extraction (`body_hash`: its text_hash)."""
    key = identity.url_key(extracted.source_url)
    if key:
        by_url = Article.objects.filter(url_key=key).first()
        if by_url is not None:
            return Match(by_url, "update", 1.0)
    body = extracted.body
    grams = identity.shingles(body)
    bands = identity.bands_of_shingles(grams)
    similar = _similar_articles(grams, bands, body_hash=body_hash)
    if not similar:
        return Match(body=body, bands=bands)
    outlet = _outlet_of(extracted)
    same_outlet = [(s, a) for s, a in similar if s >= SAME_TEXT and _same_outlet(outlet, a)]
    if same_outlet:
        similarity, article = same_outlet[0]
        return Match(article, "update", similarity, body, bands)
    similarity, article = similar[0]
    if similarity >= SAME_TEXT:
        return Match(article, "reprint", similarity, body, bands)
    if similarity >= AMBIGUOUS:
        return Match(article, "possible_reprint", similarity, body, bands)
    return Match(body=body, bands=bands)


def _similar_articles(
    grams: set[str], bands: list[int], *, body_hash: str
) -> list[tuple[float, Article]]:
    """Stored articles with the same text hash or sharing an LSH band, most similar first."""
    # One IN over the hashes (index on hash, band): cheaper to build and plan than 32 ORed
    # pairs. A hash is kept only when it was found in its own band.
    wanted = dict(enumerate(bands))
    shared: Counter[int] = Counter()
    if bands:
        rows = ArticleBand.objects.filter(hash__in=bands).values_list("article_id", "band", "hash")
        for article_id, band, value in rows[:MAX_BAND_ROWS]:
            if wanted.get(band) == value:
                shared[article_id] += 1
    candidate_ids = [pk for pk, _ in sorted(shared.items(), key=lambda i: (-i[1], i[0]))]
    candidate_ids = candidate_ids[:MAX_CANDIDATES]
    exact = Q(text_hash=body_hash) | Q(uncorrected_text_hash=body_hash)
    candidates = Article.objects.filter(exact | Q(pk__in=candidate_ids)).only(
        "pk",
        "body",
        "text_hash",
        "uncorrected_text_hash",
        "publisher_id",
        "source_url",
        "reprint_group_id",
        "published_on",
        "title",
        "slug",
        "locked_fields",
        "extraction_corrections",
        "provenance",
    )
    scored = []
    for article in candidates[: MAX_CANDIDATES + 1]:
        if body_hash in (article.text_hash, article.uncorrected_text_hash):
            similarity = 1.0
        else:
            similarity = identity.jaccard(grams, identity.shingles(article.body))
        scored.append((similarity, article))
    scored.sort(key=lambda pair: (-pair[0], pair[1].pk))
    return scored


def _outlet_of(extracted: ExtractedArticle) -> tuple[int | None, str]:
    """The stored outlet a capture names (its key, or None when unknown) and its web domain."""
    from articles.importers.pipeline import _find_by_name_or_alias

    domain = extracted.publisher_domain or identity.url_key(extracted.source_url) or ""
    domain = domain.split("/", 1)[0]
    publisher = None
    if extracted.publisher_name:
        publisher = _find_by_name_or_alias(Publisher, extracted.publisher_name)
    if publisher is None and extracted.publisher_domain:
        publisher = Publisher.objects.filter(domain=extracted.publisher_domain).first()
    if publisher is None and (extracted.publisher_name or domain):
        return (-1, domain)  # an outlet the archive does not hold yet: another outlet
    return (publisher.pk if publisher else None, domain)


def _same_outlet(outlet: tuple[int | None, str], article: Article) -> bool:
    """Whether a capture naming `outlet` can be a capture of `article`'s page."""
    publisher_id, domain = outlet
    if publisher_id is None or article.publisher_id is None:
        if domain and article.source_url:
            other = (identity.url_key(article.source_url) or "").split("/", 1)[0]
            return other == domain
        return True
    return publisher_id == article.publisher_id


# --- After the article is saved ---------------------------------------------------------------
def record_identity(
    article: Article, match: Match, *, body_changed: bool, created: bool = False
) -> None:
    """Store the article's band hashes and join it to its reprint group or the review queue."""
    if body_changed:
        reusable = match.bands is not None and match.body == article.body
        store_bands(article, bands=match.bands if reusable else None, replace=not created)
    if match.article is None or match.article.pk == article.pk:
        return
    if match.kind == "reprint":
        join_reprint_group(article, match.article)
    elif match.kind == "possible_reprint":
        PossibleReprint.objects.get_or_create(
            article=article,
            similar_to=match.article,
            defaults={"similarity": round(match.similarity, 3)},
        )


def store_bands(article: Article, *, bands: list[int] | None = None, replace: bool = True) -> None:
    """Replace the stored LSH band hashes of `article` with those of its current body
    (`bands`, when the caller computed them already; `replace=False` for a new article)."""
    if bands is None:
        bands = identity.band_hashes(article.body)
    if replace:
        ArticleBand.objects.filter(article=article).delete()
    # Written through the cursor: 32 rows per article, where building model instances costs
    # more than the insert itself (measured in bench/import_bench.py).
    table = ArticleBand._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (article_id, band, hash) VALUES (%s, %s, %s)",
            [(article.pk, band, value) for band, value in enumerate(bands)],
        )


def join_reprint_group(article: Article, other: Article) -> ReprintGroup:
    """Put `article` in `other`'s reprint group (made now if `other` has none)."""
    group_id = other.reprint_group_id
    if group_id is None:
        group_id = ReprintGroup.objects.create().pk
        Article.objects.filter(pk=other.pk).update(reprint_group_id=group_id)
        other.reprint_group_id = group_id
    if article.reprint_group_id and article.reprint_group_id != group_id:
        # Both already grouped: the two groups are one.
        Article.objects.filter(reprint_group_id=article.reprint_group_id).update(
            reprint_group_id=group_id
        )
    Article.objects.filter(pk=article.pk).update(reprint_group_id=group_id)
    article.reprint_group_id = group_id
    PossibleReprint.objects.filter(
        Q(article=article, similar_to=other) | Q(article=other, similar_to=article)
    ).delete()
    return ReprintGroup.objects.get(pk=group_id)
