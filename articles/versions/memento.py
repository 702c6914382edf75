"""Memento (RFC 7089): each version's address is a memento of the article's original page.

The TimeMap lists them in the link format of RFC 6690, one link per line; a version's page
answers with `Memento-Datetime` and a `Link` header naming the original and the TimeMap.
Addresses are made ASCII (percent-encoded) so neither a header nor a link can be broken by
the characters of an imported URL.
"""

import datetime as dt
from dataclasses import dataclass

from django.utils.encoding import iri_to_uri
from django.utils.http import http_date

LINK_FORMAT = "application/link-format"


def rfc1123(moment: dt.datetime) -> str:
    """ "Tue, 20 Jun 2000 18:02:59 GMT", as Memento-Datetime and TimeMap datetimes are written."""
    return http_date(moment.timestamp())


def _uri(url: str) -> str:
    # iri_to_uri percent-encodes <, >, quotes and spaces: nothing can close the <…> of a link.
    return iri_to_uri(url)


def _link(url: str, **params: str) -> str:
    attributes = "".join(f'; {name}="{value}"' for name, value in params.items())
    return f"<{_uri(url)}>{attributes}"


@dataclass(frozen=True)
class Memento:
    url: str
    when: dt.datetime


def memento_rel(index: int, count: int) -> str:
    """ "memento", with "first" and/or "last" for the ends of the list (RFC 7089, 4.1)."""
    ends = [*(["first"] if index == 0 else []), *(["last"] if index == count - 1 else [])]
    return " ".join([*ends, "memento"])


def timemap(*, original: str, self_url: str, mementos: list[Memento]) -> str:
    """The TimeMap of `mementos` (oldest first) in link format."""
    links = [_link(original, rel="original")]
    if mementos:
        links.append(
            _link(
                self_url,
                rel="self",
                type=LINK_FORMAT,
                **{"from": rfc1123(mementos[0].when), "until": rfc1123(mementos[-1].when)},
            )
        )
    else:
        links.append(_link(self_url, rel="self", type=LINK_FORMAT))
    for index, memento in enumerate(mementos):
        rel = memento_rel(index, len(mementos))
        links.append(_link(memento.url, rel=rel, datetime=rfc1123(memento.when)))
    return ",\n".join(links) + "\n"


def memento_headers(*, when: dt.datetime, original: str, timemap_url: str) -> dict[str, str]:
    """The headers a memento answers with."""
    link = ", ".join(
        [_link(original, rel="original"), _link(timemap_url, rel="timemap", type=LINK_FORMAT)]
    )
    return {"Memento-Datetime": rfc1123(when), "Link": link}
