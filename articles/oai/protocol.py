"""The OAI-PMH request: which arguments each verb takes, the errors, and resumption tokens."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.core import signing

NAMESPACE = "http://www.openarchives.org/OAI/2.0/"
SCHEMA_LOCATION = f"{NAMESPACE} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"

# verb -> (required arguments, optional arguments); a resumptionToken is exclusive.
VERBS = {
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), {"resumptionToken"}),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set", "resumptionToken"}),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set", "resumptionToken"}),
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_TOKEN_SALT = "articles.oai.resumption"


class OAIError(Exception):
    """An OAI-PMH error reply: `code` is one of the protocol's error codes."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Harvest:
    """What a list request asks for, carried from page to page in the resumption token."""

    metadata_prefix: str = ""
    start: dt.datetime | None = None  # changed at or after
    end: dt.datetime | None = None  # changed before (the day or second after `until`)
    set_spec: str = ""
    # (when it changed, ISO with microseconds; id) of the last record already sent
    after: tuple[str, int] | None = None
    cursor: int = 0  # records sent before this page

    def token(self, *, after: tuple[str, int], cursor: int) -> str:
        state = {
            "m": self.metadata_prefix,
            "f": stamp(self.start) if self.start else "",
            "u": stamp(self.end) if self.end else "",
            "s": self.set_spec,
            "a": list(after),
            "c": cursor,
        }
        return signing.dumps(state, salt=_TOKEN_SALT, compress=True)

    @classmethod
    def from_token(cls, token: str) -> Harvest:
        try:
            state = signing.loads(token, salt=_TOKEN_SALT)
            after = state["a"]
            return cls(
                metadata_prefix=state["m"],
                start=parse_stamp(state["f"]) if state["f"] else None,
                end=parse_stamp(state["u"]) if state["u"] else None,
                set_spec=state["s"],
                after=(str(after[0]), int(after[1])),
                cursor=int(state["c"]),
            )
        except (signing.BadSignature, KeyError, TypeError, ValueError, IndexError) as error:
            raise OAIError("badResumptionToken", "The resumption token is not valid.") from error


def stamp(moment: dt.datetime) -> str:
    """A UTC datestamp at the repository's granularity (seconds)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def arguments(query) -> dict[str, str]:
    """The request's arguments, each at most once (a repeated one is a badArgument)."""
    found = {}
    for key in query:
        values = query.getlist(key)
        if len(values) > 1:
            raise OAIError("badArgument", f"The argument {key!r} is repeated.")
        found[key] = values[0]
    return found


def check_verb(args: dict[str, str]) -> str:
    verb = args.get("verb", "")
    if verb not in VERBS:
        detail = f"{verb!r} is not an OAI-PMH verb." if verb else "The verb is missing."
        raise OAIError("badVerb", detail)
    required, optional = VERBS[verb]
    given = set(args) - {"verb"}
    unknown = given - required - optional
    if unknown:
        raise OAIError("badArgument", f"{verb} does not take {', '.join(sorted(unknown))}.")
    if "resumptionToken" in given:
        if given != {"resumptionToken"}:
            raise OAIError("badArgument", "A resumptionToken is the only argument it allows.")
        return verb
    missing = required - given
    if missing:
        raise OAIError("badArgument", f"{verb} needs {', '.join(sorted(missing))}.")
    return verb


def harvest_from(args: dict[str, str]) -> Harvest:
    """The list request `args` describe, from a resumption token or from its own arguments."""
    if "resumptionToken" in args:
        return Harvest.from_token(args["resumptionToken"])
    start_text, end_text = args.get("from", ""), args.get("until", "")
    start = _bound(start_text, "from", after=False)
    # `until` is inclusive at its granularity, and datestamps drop the fraction of a second.
    end = _bound(end_text, "until", after=True)
    if start_text and end_text and len(start_text) != len(end_text):
        raise OAIError("badArgument", "'from' and 'until' must have the same granularity.")
    if start and end and start >= end:
        raise OAIError("badArgument", "'from' is later than 'until'.")
    return Harvest(
        metadata_prefix=args["metadataPrefix"], start=start, end=end, set_spec=args.get("set", "")
    )


def _bound(text: str, name: str, *, after: bool) -> dt.datetime | None:
    """The moment `text` names, or with `after` the first moment past it."""
    if not text:
        return None
    try:
        if _DAY.fullmatch(text):
            moment = dt.datetime.combine(dt.date.fromisoformat(text), dt.time.min, dt.UTC)
            return moment + dt.timedelta(days=1) if after else moment
        if _SECOND.fullmatch(text):
            moment = parse_stamp(text)
            return moment + dt.timedelta(seconds=1) if after else moment
    except (ValueError, OverflowError):
        pass
    raise OAIError("badArgument", f"{name!r} must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")
