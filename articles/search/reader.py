"""Reads the query language's tokens into a tree (articles/search/tree.py).

From loosest to tightest: juxtaposition (AND), OR, NEAR, then `-` and parentheses. Whatever
cannot be read as an operator is dropped or read as words, so any input gives a tree.
"""

import re
from itertools import pairwise

from articles.search.query import (
    FILTER_FIELDS,
    MAX_DEPTH,
    MAX_FILTERS,
    MAX_NAME_LENGTH,
    MAX_NEAR_DISTANCE,
    MAX_TERMS,
    NEAR_DISTANCE,
    ParsedQuery,
    _term,
    _words,
    date_bound,
)
from articles.search.tree import SCOPES, AllOf, AnyOf, Filter, Near, Not, Term

_TOKEN = re.compile(
    r"""(?P<open>(?P<open_neg>-)?(?:(?P<open_field>[A-Za-z]+):)?\()
      | (?P<close>\))
      | (?P<neg>-)?(?:(?P<field>[A-Za-z]+):)?
        (?:"(?P<quoted>[^"]*)"?(?:~(?P<slop>\d{1,4}))? | (?P<bare>[^\s"()]+))""",
    re.VERBOSE,
)
_NEAR = re.compile(r"NEAR(?:/(\d{1,4}))?")


def _flattened(nodes):
    for node in nodes:
        if isinstance(node, AllOf):
            yield from _flattened(node.children)
        else:
            yield node


def read_query(text: str, parsed: ParsedQuery) -> list:
    """The query's top-level parts (ANDed), groups of ANDed parts flattened into them.

    Dates are set on `parsed` as they are read, and what had to be cut is noted there.
    """
    reader = _Reader(_TOKEN.finditer(text), parsed)
    return list(_flattened(reader.sequence(depth=0)))


def _all_of(nodes: list):
    nodes = [node for node in nodes if node is not None]
    if len(nodes) <= 1:
        return nodes[0] if nodes else None
    return AllOf(tuple(nodes))


class _Reader:
    """A recursive-descent reader over the tokens: AND (juxtaposition) < OR < NEAR < -, ( )."""

    def __init__(self, matches, parsed: ParsedQuery):
        self.tokens = [_token(match) for match in matches]
        self.position = 0
        self.parsed = parsed
        self.terms = self.filters = 0

    def _peek(self) -> str:
        return self.tokens[self.position]["kind"] if self.position < len(self.tokens) else ""

    def sequence(self, *, depth: int) -> list:
        """Parts up to the closing parenthesis (consumed) or the end; stray operators dropped."""
        nodes = []
        while kind := self._peek():
            if kind == "close":
                self.position += 1
                if depth:
                    break
            elif kind in ("or", "near"):
                self.position += 1
            elif (node := self._alternatives(depth)) is not None:
                nodes.append(node)
        return nodes

    def _alternatives(self, depth: int):
        options = [self._near(depth)]
        while self._peek() == "or":
            while self._peek() == "or":
                self.position += 1
            if self._peek() not in ("open", "atom"):
                break
            options.append(self._near(depth))
        options = [option for option in options if option is not None]
        if len(options) <= 1:
            return options[0] if options else None
        return AnyOf(tuple(options))

    def _near(self, depth: int):
        node = self._unary(depth)
        while self._peek() == "near":
            distance = self.tokens[self.position]["distance"]
            self.position += 1
            if self._peek() not in ("open", "atom"):
                break
            right = self._unary(depth)
            node = self._join_near(node, right, distance)
        return node

    def _join_near(self, left, right, distance: int):
        tail = left.children[-1] if isinstance(left, AllOf) else left
        last = tail.second if isinstance(tail, Near) else tail
        if isinstance(last, Term) and isinstance(right, Term):
            near = Near(last, right, self._distance(distance))
            return near if last is left else _all_of([left, near])
        return _all_of([left, right])  # NEAR between groups or filters: both must match

    def _distance(self, distance: int) -> int:
        if distance > MAX_NEAR_DISTANCE:
            self._notice(
                f"Words can be at most {MAX_NEAR_DISTANCE} apart: NEAR/{distance} was read "
                f"as NEAR/{MAX_NEAR_DISTANCE}."
            )
        return min(distance, MAX_NEAR_DISTANCE)

    def _unary(self, depth: int):
        token = self.tokens[self.position]
        self.position += 1
        if token["kind"] == "open":
            if depth >= MAX_DEPTH:
                return None  # a stray parenthesis this deep is dropped; what follows is read
            node = _all_of(self.sequence(depth=depth + 1))
            if token["field"] in SCOPES:
                node = _scoped(node, token["field"])
        else:
            node = self._atom(token)
        return Not(node) if token["neg"] and node is not None else node

    def _atom(self, token: dict):
        name, value, quoted = token["field"], token["value"], token["quoted"]
        if name in FILTER_FIELDS:
            value = value.strip()[:MAX_NAME_LENGTH]
            if not value:
                return None
            if self.filters >= MAX_FILTERS:
                self._notice(f"Only the first {MAX_FILTERS} filters were applied.")
                return None
            self.filters += 1
            return Filter(name, value)
        if name in ("after", "before"):
            bound = date_bound(value.strip(), end=name == "before")
            setattr(self.parsed, name, bound or getattr(self.parsed, name))
            return None
        scope = name if name in SCOPES else ""
        if name and not scope:  # "foo:bar" with an unknown field is just words
            value = f"{name} {value}"
        if self.terms >= MAX_TERMS:
            if _words(value):
                self._notice(f"Only the first {MAX_TERMS} words and phrases were searched.")
            return None
        term = _term(value, quoted=quoted, scope=scope)
        if term is None:
            self.parsed.dropped_stop_words = self.parsed.dropped_stop_words or bool(_words(value))
            return None
        self.terms += 1
        if quoted and token["slop"] is not None and term.is_phrase:
            # "sanctions oil"~5: each word within five of the next, in either order.
            words = [Term((word,), scope=scope) for word in term.words]
            distance = self._distance(int(token["slop"]))
            return _all_of([Near(a, b, distance) for a, b in pairwise(words)])
        if not quoted and term.is_phrase:
            # "U.S.-led" or "e-mail" split into several words: each must match.
            return _all_of([Term((word,), scope=scope) for word in term.words])
        return term

    def _notice(self, text: str) -> None:
        if text not in self.parsed.notices:
            self.parsed.notices.append(text)


def _token(match: re.Match) -> dict:
    if match.group("open"):
        field_name = (match.group("open_field") or "").lower()
        return {"kind": "open", "neg": bool(match.group("open_neg")), "field": field_name}
    if match.group("close"):
        return {"kind": "close"}
    quoted = match.group("quoted") is not None
    value = match.group("quoted") if quoted else (match.group("bare") or "")
    neg, field_name = bool(match.group("neg")), (match.group("field") or "").lower()
    if not (quoted or neg or field_name):
        if value == "OR":
            return {"kind": "or"}
        if near := _NEAR.fullmatch(value):
            return {"kind": "near", "distance": int(near.group(1) or NEAR_DISTANCE)}
    return {
        "kind": "atom",
        "neg": neg,
        "field": field_name,
        "value": value,
        "quoted": quoted,
        "slop": match.group("slop"),
    }


def _scoped(node, scope: str):
    """`title:(war crimes)`: every term of the group only in that part of the article."""
    if isinstance(node, Term):
        return Term(node.words, node.prefix, scope)
    if isinstance(node, Near):
        return Near(_scoped(node.first, scope), _scoped(node.second, scope), node.distance)
    if isinstance(node, AnyOf | AllOf):
        return type(node)(tuple(_scoped(child, scope) for child in node.children))
    if isinstance(node, Not):
        return Not(_scoped(node.child, scope))
    return node  # a filter has no scope
