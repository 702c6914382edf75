"""The archive's data: articles with their people, outlets and topics, and the raw captures."""

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import EmptyResultSet
from django.db import connections, models
from django.db.models import F
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class Genre(models.TextChoices):
    """What kind of piece an article is, as the page states it (or as the importer infers it)."""

    OPINION = "opinion", "Op-ed / column"
    EDITORIAL = "editorial", "Editorial"
    LETTER = "letter", "Letter to the editor"
    ANALYSIS = "analysis", "Analysis"
    INTERVIEW = "interview", "Interview"
    REVIEW = "review", "Review"


class Status(models.TextChoices):
    PUBLISHED = "published", "Published"
    HIDDEN = "hidden", "Hidden"


# Path segments the site uses beside slugs (/articles/feed/, /articles/export/): never a record's.
RESERVED_SLUGS = {"feed", "export", "new", "search", "capture"}


def unique_slug(model, text: str, *, max_length: int = 200, exclude_pk=None) -> str:
    """Return a slug for `text` that no other row of `model` uses (adds -2, -3, … on clashes)."""
    base = slugify(text)[:max_length].strip("-") or "untitled"
    candidate, counter = base, 2
    others = model.objects.all()
    if exclude_pk is not None:
        others = others.exclude(pk=exclude_pk)
    while candidate in RESERVED_SLUGS or others.filter(slug=candidate).exists():
        suffix = f"-{counter}"
        candidate = base[: max_length - len(suffix)] + suffix
        counter += 1
    return candidate


class SlugKind(models.TextChoices):
    ARTICLE = "article", "Article"
    AUTHOR = "author", "Author"
    PUBLISHER = "publisher", "Outlet"
    TOPIC = "topic", "Topic"


class SlugHistory(models.Model):
    """A slug a record no longer uses: its old address answers 301 to the record's current page.

    One row per kind and old slug, pointing at the record by id (so later renames need no
    update). Written by `RemembersOldSlugs.save` and by merges (articles.addresses).
    """

    kind = models.CharField(max_length=10, choices=SlugKind.choices)
    old_slug = models.SlugField(max_length=220, db_index=False)
    target_id = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "slug history"
        constraints = [
            models.UniqueConstraint(fields=["kind", "old_slug"], name="slug_history_kind_old_slug")
        ]
        indexes = [models.Index(fields=["kind", "target_id"], name="slug_history_target_idx")]

    def __str__(self) -> str:
        return f"{self.kind} {self.old_slug} -> #{self.target_id}"


class RemembersOldSlugs(models.Model):
    """Records the slug a saved record leaves behind, so its old addresses keep working.

    The slug as loaded is kept from `from_db`, so a save costs no extra read; the bookkeeping
    itself lives in articles.addresses.
    """

    slug_kind = ""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        from articles import addresses

        previous = addresses.slug_before_save(self)
        super().save(*args, **kwargs)
        addresses.slug_saved(self, previous)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        if "slug" in field_names:
            instance._loaded_slug = values[list(field_names).index("slug")]
        return instance


class NamedEntity(RemembersOldSlugs):
    """Shared shape of authors, publishers and topics: a display name and a stable slug."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    aliases = models.JSONField(
        default=list, blank=True, help_text="Other spellings that map to this record on import."
    )
    # Who changed what and when, for authors, outlets and topics alike (reverted in the admin).
    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)


class Publisher(NamedEntity):
    slug_kind = SlugKind.PUBLISHER
    domain = models.CharField(
        max_length=253, blank=True, help_text="Web domain without www, e.g. example.com."
    )

    class Meta(NamedEntity.Meta):
        indexes = [models.Index(fields=["domain"], name="publisher_domain_idx")]

    def get_absolute_url(self) -> str:
        return reverse("articles:publisher-detail", kwargs={"slug": self.slug})


class Author(NamedEntity):
    slug_kind = SlugKind.AUTHOR
    # The current bio, curated by editors. What a piece printed about its author when it was
    # written is kept on that piece's byline entry (ArticleAuthor.affiliation): posts change.
    bio = models.TextField(
        blank=True,
        help_text=(
            "The author's current bio, as editors keep it. An import fills it only when it is "
            "empty; each article keeps the affiliation printed with it."
        ),
    )

    def get_absolute_url(self) -> str:
        return reverse("articles:author-detail", kwargs={"slug": self.slug})


class Topic(NamedEntity):
    slug_kind = SlugKind.TOPIC
    description = models.TextField(blank=True)
    match_phrases = models.JSONField(
        default=list,
        blank=True,
        help_text="Lower-case phrases whose presence in a title or body suggests this topic.",
    )

    def get_absolute_url(self) -> str:
        return reverse("articles:topic-detail", kwargs={"slug": self.slug})


# What ArticleQuerySet.match_sample reads of each result.
MATCH_SAMPLE_COLUMNS = ("pk", "publisher_id", "published_on", "genre")


class ArticleQuerySet(models.QuerySet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._attach_snippets = None
        self._match_sample = None
        self._tiers = None

    def _clone(self):
        clone = super()._clone()
        clone._attach_snippets = self._attach_snippets
        return clone

    def _fetch_all(self):
        fresh = self._result_cache is None
        if fresh and self._tiers is not None:
            self._result_cache = self._fetch_from_tiers()
            return
        super()._fetch_all()
        # Snippets are made for the fetched page only: asking the database for one per match
        # before LIMIT would cost a snippet for every matching article.
        results = self._result_cache
        if fresh and self._attach_snippets and results and isinstance(results[0], Article):
            self._attach_snippets(results)

    def match_sample(self) -> list[tuple]:
        """(id, publisher id, date, genre) of the first COUNT_CAP + 1 results, in the database's
        own order, fetched once.

        The list page counts, facets and charts one result set: with these rows fetched once per
        request, a search runs its match condition once rather than once per panel, and the
        outlet, genre, year and month facets need no second visit to the articles (the genre
        costs nothing measurable here: 10,000 rows, both databases). Not carried over to
        clones, which may filter differently (see with_known_match_sample).
        """
        if self._match_sample is None:
            from articles.search import COUNT_CAP

            rows = self.order_by().values_list(*MATCH_SAMPLE_COLUMNS)
            query = rows[: COUNT_CAP + 1].query
            # Read through a plain cursor: Django's per-row converters cost more than the
            # database's own work here (10,000 rows). Dates stay as the driver returns them
            # (text on SQLite); articles.search.year_and_month reads either.
            try:
                sql, params = query.get_compiler(using=self.db).as_sql()
            except EmptyResultSet:  # a filter that names nothing known, `pk IN ()`
                self._match_sample = []
            else:
                with connections[self.db].cursor() as cursor:
                    cursor.execute(sql, params)
                    self._match_sample = cursor.fetchall()
        return self._match_sample

    def with_known_match_sample(self, rows: list[tuple], *, tiers=None):
        """A clone that already knows its match_sample (the same result set, ranked or ordered).

        `tiers`, where given, is a pair of querysets that together hold this result set in this
        order, each cheaper to run than the whole: the results ranked above 0, then the rest
        (see articles.search: huge result sets ranked on the compact index). Fetching a slice
        then reads only what the slice needs from each.
        """
        clone = self._chain()
        clone._match_sample = rows
        clone._tiers = tiers
        return clone

    def __getitem__(self, k):
        if isinstance(k, int) and k >= 0 and self._tiers is not None and self._result_cache is None:
            rows = list(self[k : k + 1])  # read in the same order as any slice
            if not rows:
                raise IndexError("QuerySet index out of range")
            return rows[0]
        result = super().__getitem__(k)
        # Carried over by slicing only: any other change (a filter, an ordering) drops the tiers
        # (see _clone), and the clone is then fetched the ordinary way.
        if isinstance(result, ArticleQuerySet) and self._tiers is not None:
            result._tiers = self._tiers
        return result

    def _fetch_from_tiers(self) -> list:
        """This queryset's slice (or all of it), read from the first tier and then the second."""
        first, rest = self._tiers
        low, high = self.query.low_mark, self.query.high_mark
        # Snippets and prefetched relations come with each tier's own fetch.
        rows = list(first[low:high])
        if high is not None and len(rows) == high - low:
            return rows
        # The first tier ran out inside this slice: it holds `in_first` results in all.
        in_first = low + len(rows) if rows or low == 0 else first.count()
        start = max(low, in_first) - in_first
        stop = None if high is None else high - in_first
        return rows + list(rest[start:stop])

    def ordered_parts(self) -> tuple:
        """Querysets that, read one after the other, hold this result set in the order its
        slices are read: its two tiers where it has them (see with_known_match_sample), else
        itself. A reader of every result (an export) reads them in turn."""
        return self._tiers if self._tiers is not None else (self,)

    def with_snippets(self, attach):
        """Call `attach(articles)` on each fetched batch of results (used by search)."""
        clone = self._chain()
        clone._attach_snippets = attach
        return clone

    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def with_related(self):
        """Fetch what a list of article cards shows in a constant number of queries."""
        return (
            self.defer("search_vector", "rank_vector")
            .select_related("publisher")
            .prefetch_related(
                models.Prefetch(
                    "article_authors",
                    queryset=ArticleAuthor.objects.select_related("author").order_by("position"),
                ),
                "topics",
            )
        )

    def search(self, query: str, *, sort: str = "relevance"):
        """Published articles matching `query` (the archive's query language), ranked."""
        from articles.search import search_articles

        return search_articles(self, query, sort=sort)


# Defined before Article: history records the byline through this model, which must exist
# when Article is prepared.
class ArticleAuthor(models.Model):
    """An author's place in an article's byline."""

    article = models.ForeignKey("Article", on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="article_links")
    position = models.PositiveSmallIntegerField(default=0)
    affiliation = models.TextField(
        blank=True,
        help_text="The bio or affiliation line printed with this article: the author's post then.",
    )

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_article_author")
        ]
        # An author's last added articles from the index alone (articles.selectors, related).
        indexes = [models.Index(fields=["author", "article"], name="article_author_recent_idx")]

    def __str__(self) -> str:
        return f"{self.author} on {self.article}"


class ReprintGroup(models.Model):
    """Articles that are one text published by several outlets (a syndicated column).

    Each member keeps its own outlet, link, date and title; the earliest one leads the group in
    search results (see articles/reprints.py).
    """

    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"Reprint group {self.pk}"


class Article(RemembersOldSlugs):
    slug_kind = SlugKind.ARTICLE
    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=220, unique=True)
    authors = models.ManyToManyField(
        Author, through=ArticleAuthor, related_name="articles", blank=True
    )
    publisher = models.ForeignKey(
        Publisher, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    published_on = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        blank=True,
        help_text="How much of the date the capture states; empty when there is no date.",
    )
    source_url = models.URLField(max_length=2000, null=True, blank=True, unique=True)
    # The canonical key of source_url (articles.importers.identity.url_key): http/https, www.,
    # AMP renderings and tracking parameters of one page share it, so they are one article.
    url_key = models.CharField(max_length=2000, null=True, blank=True, unique=True, editable=False)
    reprint_group = models.ForeignKey(
        ReprintGroup,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="The same text published by other outlets.",
    )
    standfirst = models.TextField(blank=True, help_text="Summary line; empty when none is stated.")
    body = models.TextField(help_text="Clean article text, paragraphs separated by blank lines.")
    language = models.CharField(max_length=16, default="en")
    genre = models.CharField(
        max_length=10,
        choices=Genre.choices,
        blank=True,
        help_text="Op-ed, editorial, letter, …; its provenance says whether the page states it.",
    )
    # Line-level corrections an editor made in the extraction audit, applied on every later
    # extraction of this article's captures: {"<normalised line text>": "body" | "furniture"}.
    extraction_corrections = models.JSONField(default=dict, blank=True)
    word_count = models.PositiveIntegerField(default=0)
    topics = models.ManyToManyField(Topic, related_name="articles", blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    provenance = models.JSONField(
        default=dict,
        blank=True,
        help_text='How each field was found: {"field": {"source": "...", "inferred": bool}}.',
    )
    locked_fields = models.JSONField(
        default=list, blank=True, help_text="Fields an editor set; imports never overwrite them."
    )
    text_hash = models.CharField(
        max_length=64,
        help_text="SHA-256 of the normalised body: one outlet's same text is one article.",
    )
    # For an article with line corrections only: the hash of the body its capture gives before
    # the corrections, so a later capture of the page (read without them) still finds it.
    uncorrected_text_hash = models.CharField(max_length=64, blank=True, default="")
    # PostgreSQL only: the weighted document kept by articles.search.update_search_index. SQLite
    # keeps its index in the FTS5 table `article_fts` instead and leaves this column empty.
    search_vector = SearchVectorField(null=True, editable=False)
    # PostgreSQL only: title, people, standfirst and the body's opening, weighted like
    # search_vector. Small enough to stay in the row, it ranks large result sets cheaply.
    rank_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()
    # Every change with who, when and the old values; the byline and topics are recorded with
    # each entry. The search vectors and the uncorrected hash are derived data, rebuilt from the
    # rest, so they are left out.
    history = HistoricalRecords(
        excluded_fields=["search_vector", "rank_vector", "uncorrected_text_hash", "url_key"],
        m2m_fields=["authors", "topics"],
    )

    class Meta:
        ordering = [F("published_on").desc(nulls_last=True), "title"]
        indexes = [
            models.Index(fields=["published_on"], name="article_published_on_idx"),
            models.Index(fields=["status", "published_on"], name="article_status_date_idx"),
            models.Index(fields=["uncorrected_text_hash"], name="article_uncorrected_hash_idx"),
            models.Index(fields=["text_hash"], name="article_text_hash_idx"),
            # The distinct languages, read by one probe each for every search (articles.search).
            models.Index(fields=["language"], name="article_language_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        from articles.importers.identity import url_key

        # The key follows the link on every write path (import, admin, revert).
        self.url_key = url_key(self.source_url)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "source_url" in update_fields:
            kwargs["update_fields"] = {*update_fields, "url_key"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def byline(self) -> list["ArticleAuthor"]:
        """Byline entries in order, each with its author and the affiliation printed here."""
        return list(self.article_authors.all())

    @property
    def ordered_authors(self) -> list[Author]:
        """Authors in byline order (uses the prefetch from `with_related()` when present)."""
        return [link.author for link in self.byline]

    def is_inferred(self, field: str) -> bool:
        return bool(self.provenance.get(field, {}).get("inferred"))


class ArticleBand(models.Model):
    """One LSH band hash of an article's text (articles.importers.identity.band_hashes).

    Articles sharing a (band, hash) pair are candidates for near-duplicates; the index on the
    pair (hash first, so one `hash IN (...)` serves all bands) makes finding them one lookup
    whatever the archive's size.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bands")
    band = models.PositiveSmallIntegerField()
    hash = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["hash", "band"], name="article_band_hash_idx")]

    def __str__(self) -> str:
        return f"band {self.band} of article {self.article_id}"


class PossibleReprint(models.Model):
    """An imported article whose text resembles another's too little to join them on its own.

    Waits in the review queue until an editor joins the two in a reprint group or dismisses it.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="possible_reprints")
    similar_to = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    similarity = models.FloatField(help_text="Jaccard similarity of the two texts' word shingles.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-similarity"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "similar_to"], name="unique_possible_reprint"
            )
        ]

    def __str__(self) -> str:
        return f"{self.article} may be a reprint of {self.similar_to} ({self.similarity:.2f})"


# Captures, import runs and capture from the web live in their own module; imported here so
# `from articles.models import Capture` keeps working.
from articles.models.captures import (  # noqa: E402, F401
    Capture,
    CaptureRequest,
    ImportRun,
    Source,
    SourceItem,
)
from articles.models.fetching import HostSlot  # noqa: E402, F401
from articles.models.workers import CaptureWorker  # noqa: E402, F401
