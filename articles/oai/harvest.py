"""The six OAI-PMH verbs, answered from the database as one XML document each."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Min, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from lxml import etree

from articles.citations import SITE_NAME
from articles.models import Article, Publisher, Status, Topic
from articles.oai import dublin_core
from articles.oai.protocol import (
    GRANULARITY,
    NAMESPACE,
    SCHEMA_LOCATION,
    XSI,
    Harvest,
    OAIError,
    arguments,
    check_verb,
    harvest_from,
    stamp,
)

SET_KINDS = {"outlet": "Outlets", "topic": "Topics"}


def respond(request) -> bytes:
    """The OAI-PMH reply to `request` (GET or POST), as UTF-8 XML."""
    base_url = request.build_absolute_uri(reverse("oai"))
    root = etree.Element(f"{{{NAMESPACE}}}OAI-PMH", nsmap={None: NAMESPACE, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    _add(root, "responseDate", stamp(timezone.now()))
    echo = _add(root, "request", base_url)
    query = request.POST if request.method == "POST" else request.GET
    try:
        args = arguments(query)
        verb = check_verb(args)
        for key, value in args.items():  # the request is echoed only once it is well-formed
            echo.set(key, dublin_core.xml_text(value))
        answer = VERB_HANDLERS[verb](args, request)
        root.append(answer)
    except OAIError as error:
        if error.code in ("badVerb", "badArgument"):
            echo.attrib.clear()
        _add(root, "error", error.message).set("code", error.code)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _add(parent, name: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, f"{{{NAMESPACE}}}{name}")
    if text is not None:
        element.text = text
    return element


# --- Identifiers and sets -------------------------------------------------------------------------
def identifier(article_id: int) -> str:
    return f"oai:{settings.ARCHIVE_OAI_REPOSITORY_ID}:{article_id}"


def article_for(text: str) -> Article:
    prefix = f"oai:{settings.ARCHIVE_OAI_REPOSITORY_ID}:"
    number = text[len(prefix) :] if text.startswith(prefix) else ""
    article = Article.objects.filter(pk=int(number)).first() if number.isdigit() else None
    if article is None:
        raise OAIError("idDoesNotExist", f"{text!r} is not an identifier of this repository.")
    return article


def _set_condition(spec: str) -> Q:
    kind, _, slug = spec.partition(":")
    if spec == "outlet":
        return Q(publisher__isnull=False)
    if spec == "topic":
        return Q(topics__isnull=False)
    if kind == "outlet" and slug:
        return Q(publisher__slug=slug)
    if kind == "topic" and slug:
        return Q(topics__slug=slug)
    raise OAIError("noRecordsMatch", f"There is no set {spec!r}.")


def _check_prefix(prefix: str) -> None:
    if prefix != dublin_core.PREFIX:
        raise OAIError("cannotDisseminateFormat", f"Records are served as oai_dc, not {prefix!r}.")


# --- Verbs ----------------------------------------------------------------------------------------
def identify(args, request) -> etree._Element:
    answer = etree.Element(f"{{{NAMESPACE}}}Identify")
    earliest = Article.objects.aggregate(first=Min("updated_at"))["first"] or timezone.now()
    _add(answer, "repositoryName", SITE_NAME)
    _add(answer, "baseURL", request.build_absolute_uri(reverse("oai")))
    _add(answer, "protocolVersion", "2.0")
    _add(answer, "adminEmail", settings.ARCHIVE_OAI_ADMIN_EMAIL)
    _add(answer, "earliestDatestamp", stamp(earliest))
    _add(answer, "deletedRecord", "transient")
    _add(answer, "granularity", GRANULARITY)
    return answer


def list_metadata_formats(args, request) -> etree._Element:
    if "identifier" in args:
        article_for(args["identifier"])
    answer = etree.Element(f"{{{NAMESPACE}}}ListMetadataFormats")
    entry = _add(answer, "metadataFormat")
    _add(entry, "metadataPrefix", dublin_core.PREFIX)
    _add(entry, "schema", dublin_core.SCHEMA)
    _add(entry, "metadataNamespace", dublin_core.OAI_DC)
    return answer


def list_sets(args, request) -> etree._Element:
    if "resumptionToken" in args:
        raise OAIError("badResumptionToken", "Sets are listed in one reply; no token is issued.")
    answer = etree.Element(f"{{{NAMESPACE}}}ListSets")
    for kind, label in SET_KINDS.items():
        entry = _add(answer, "set")
        _add(entry, "setSpec", kind)
        _add(entry, "setName", label)
    for kind, model in (("outlet", Publisher), ("topic", Topic)):
        for slug, name in model.objects.order_by("slug").values_list("slug", "name"):
            entry = _add(answer, "set")
            _add(entry, "setSpec", f"{kind}:{slug}")
            _add(entry, "setName", dublin_core.xml_text(name))
    return answer


def get_record(args, request) -> etree._Element:
    _check_prefix(args["metadataPrefix"])
    article = _with_record_data(Article.objects.filter(pk=article_for(args["identifier"]).pk))[0]
    answer = etree.Element(f"{{{NAMESPACE}}}GetRecord")
    answer.append(_record(article, request))
    return answer


def list_identifiers(args, request) -> etree._Element:
    return _list(args, request, "ListIdentifiers", with_metadata=False)


def list_records(args, request) -> etree._Element:
    return _list(args, request, "ListRecords", with_metadata=True)


VERB_HANDLERS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
}


# --- Lists and records ----------------------------------------------------------------------------
def _matching(harvest: Harvest) -> QuerySet:
    articles = Article.objects.all()
    if harvest.start:
        articles = articles.filter(updated_at__gte=harvest.start)
    if harvest.end:
        articles = articles.filter(updated_at__lt=harvest.end)
    if harvest.set_spec:
        # A subquery, so an article in two topics of the set is listed once.
        inside = Article.objects.filter(_set_condition(harvest.set_spec)).values("pk")
        articles = articles.filter(pk__in=inside)
    return articles


def _list(args, request, verb: str, *, with_metadata: bool) -> etree._Element:
    harvest = harvest_from(args)
    _check_prefix(harvest.metadata_prefix)
    matching = _matching(harvest)
    page = matching.order_by("updated_at", "pk")
    if harvest.after:
        moment, last_id = dt.datetime.fromisoformat(harvest.after[0]), harvest.after[1]
        page = page.filter(Q(updated_at__gt=moment) | Q(updated_at=moment, pk__gt=last_id))
    size = settings.ARCHIVE_OAI_PAGE_SIZE
    if with_metadata:
        articles = _with_record_data(page[: size + 1])
    else:
        articles = list(page.select_related("publisher").prefetch_related("topics")[: size + 1])
    if not articles and harvest.after is None:
        raise OAIError("noRecordsMatch", "No records match the request.")
    answer = etree.Element(f"{{{NAMESPACE}}}{verb}")
    for article in articles[:size]:
        if with_metadata:
            answer.append(_record(article, request))
        else:
            answer.append(_header(article))
    more = len(articles) > size
    if more or harvest.after is not None:
        sent = harvest.cursor + min(len(articles), size)
        token = _add(answer, "resumptionToken")
        token.set("cursor", str(harvest.cursor))
        token.set("completeListSize", str(matching.count()))
        if more:
            last = articles[size - 1]
            token.text = harvest.token(after=(last.updated_at.isoformat(), last.pk), cursor=sent)
    return answer


def _with_record_data(articles: QuerySet) -> list[Article]:
    return list(
        articles.defer("search_vector", "rank_vector")
        .select_related("publisher")
        .prefetch_related("article_authors__author", "topics")
    )


def _header(article: Article) -> etree._Element:
    header = etree.Element(f"{{{NAMESPACE}}}header")
    if article.status != Status.PUBLISHED:
        header.set("status", "deleted")
    _add(header, "identifier", identifier(article.pk))
    _add(header, "datestamp", stamp(article.updated_at))
    if article.publisher:
        _add(header, "setSpec", f"outlet:{article.publisher.slug}")
    for topic in article.topics.all():
        _add(header, "setSpec", f"topic:{topic.slug}")
    return header


def _record(article: Article, request) -> etree._Element:
    record = etree.Element(f"{{{NAMESPACE}}}record")
    record.append(_header(article))
    if article.status == Status.PUBLISHED:  # a hidden article's text is never served
        metadata = _add(record, "metadata")
        metadata.append(
            dublin_core.dublin_core(
                article, page_url=lambda a: request.build_absolute_uri(a.get_absolute_url())
            )
        )
    return record
