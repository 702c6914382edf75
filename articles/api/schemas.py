"""What the API answers with: the OpenAPI schema is generated from these classes."""

import datetime as dt
from typing import Literal

from ninja import Schema
from pydantic import Field

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


class PageParams(Schema):
    page: int = Field(1, ge=1, description="1 for the first page.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description=f"At most {MAX_PAGE_SIZE}."
    )


class ArticleParams(PageParams):
    """The HTML list's parameters, read by the same FilterSet."""

    q: str = Field(
        "",
        description=(
            'The query language: words, "phrases", OR, -word, (groups), author:, topic:, '
            "publisher:, genre:, after:, before:, title:, body:, NEAR/n."
        ),
    )
    author: str = Field("", description="An author's slug or name.")
    topic: str = Field("", description="A topic's slug or name.")
    publisher: str = Field("", description="An outlet's slug or name.")
    genre: str = Field("", description="opinion, editorial, letter, analysis, interview, review.")
    date_after: str = Field("", description="YYYY, YYYY-MM or YYYY-MM-DD (from its first day).")
    date_before: str = Field("", description="YYYY, YYYY-MM or YYYY-MM-DD (to its last day).")
    sort: Literal["", "relevance", "newest", "oldest"] = Field(
        "", description="Default: relevance for a search, newest first for a listing."
    )


class EntityParams(PageParams):
    name: str = Field("", description="Only those whose name contains this.")


class Error(Schema):
    detail: str = Field(description="What was wrong, in a sentence.")


class ValidationErrors(Schema):
    """A parameter of the wrong type or outside its range (django-ninja's own 422 body)."""

    detail: list[dict]


class Named(Schema):
    name: str
    slug: str


class NamedCount(Named):
    count: int


class YearCount(Schema):
    year: int
    count: int


class MonthCount(Schema):
    month: str = Field(description='"YYYY-MM".')
    count: int


class Facets(Schema):
    """Counts over the result set (over its first 5,000 results when `sampled`)."""

    sampled: bool
    authors: list[NamedCount]
    topics: list[NamedCount]
    publishers: list[NamedCount]
    genres: list[NamedCount]
    years: list[YearCount]
    months: list[MonthCount]


class Page(Schema):
    count: int = Field(
        description="Results, counted up to 10,000; `count_capped` says when there are more."
    )
    count_capped: bool
    page: int
    pages: int
    page_size: int
    next: str | None = Field(description="Absolute URL of the next page, null on the last.")
    previous: str | None = Field(
        description="Absolute URL of the previous page, null on the first."
    )


class ArticleSummary(Schema):
    id: int
    slug: str
    title: str
    url: str = Field(description="The article's page on the site.")
    api_url: str
    published_on: dt.date | None
    date_precision: str = Field(description='"day", "month", "year", or "" without a date.')
    authors: list[Named]
    publisher: Named | None
    topics: list[Named]
    genre: str
    language: str
    standfirst: str
    snippet: str = Field(description="About 30 words around the best match, as plain text.")


EXPORTS_DESCRIPTION = (
    "The whole result set (every page, up to the export maximum) as a file, by format: "
    "csv, jsonl, bibtex, ris and csl-json."
)


class ArticlePage(Page):
    exports: dict[str, str] = Field(description=EXPORTS_DESCRIPTION)
    results: list[ArticleSummary]
    facets: Facets
    notices: list[str] = Field(description="Parts of the query that were cut or left out.")


class BylineEntry(Schema):
    position: int
    name: str
    slug: str
    affiliation: str = Field(description="The bio line printed with this article.")
    url: str
    api_url: str


class Outlet(Named):
    domain: str
    url: str
    api_url: str


class CaptureEntry(Schema):
    id: int
    version: int = Field(description="Version number, 1 for the first capture.")
    captured_at: dt.datetime | None = Field(description="When the page was fetched, if known.")
    imported_at: dt.datetime
    seen_at: dt.datetime = Field(description="`captured_at`, else `imported_at`.")
    served_from: str = Field(description="The address the capture came from, if known.")
    url: str = Field(description="The permanent page of this version.")


class Versions(Schema):
    count: int
    url: str = Field(description="The page listing and comparing every version.")
    timemap_url: str = Field(description="Memento TimeMap of the captures.")


class ArticleLink(Schema):
    slug: str
    title: str
    publisher: Named | None
    url: str
    api_url: str


class ArticleDetail(Schema):
    id: int
    slug: str
    title: str
    url: str
    api_url: str
    published_on: dt.date | None
    date_precision: str
    byline: list[BylineEntry]
    outlet: Outlet | None
    topics: list[Named]
    genre: str
    language: str
    standfirst: str
    body: str = Field(description="The article text, paragraphs separated by blank lines.")
    word_count: int
    source_url: str | None
    also_published_in: list[ArticleLink]
    captures: list[CaptureEntry]
    versions: Versions


class Entity(Named):
    url: str
    api_url: str
    article_count: int = Field(description="Published articles naming it.")
    articles_url: str = Field(description="Its articles in the API.")
    exports: dict[str, str] = Field(description=EXPORTS_DESCRIPTION)


class AuthorDetail(Entity):
    bio: str


class TopicDetail(Entity):
    description: str


class OutletDetail(Entity):
    domain: str


class EntityPage(Page):
    results: list[Entity]
