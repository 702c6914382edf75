"""The nodes a parsed query is made of, and the walks the backends share.

A text node is a `Term` (a word or a phrase, optionally a prefix, optionally only in the title
or only in the body), a `Near` (two terms close together), or an `AnyOf` / `AllOf` / `Not` of
other nodes. A `Filter` is an `author:`, `topic:`, `publisher:` or `genre:` value; it may appear
in the same tree (`author:a OR topic:b`, `-author:x`).
"""

from collections.abc import Iterator
from dataclasses import dataclass

# Where a term may be restricted to: the headline, or the article's text.
SCOPES = ("title", "body")


@dataclass(frozen=True)
class Term:
    """A word (one entry in `words`) or an exact phrase (several), optionally a prefix.

    `scope` is "" (anywhere: title, names, standfirst, body), "title" or "body". `tags` are
    the languages (and names) it is looked up in (articles.search.languages); () is all of them.
    """

    words: tuple[str, ...]
    prefix: bool = False
    scope: str = ""
    tags: tuple[str, ...] = ()

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class Near:
    """Two terms with at most `distance` words between them, in either order."""

    first: Term
    second: Term
    distance: int


@dataclass(frozen=True)
class AnyOf:
    children: tuple


@dataclass(frozen=True)
class AllOf:
    children: tuple


@dataclass(frozen=True)
class Not:
    child: object


@dataclass(frozen=True)
class Filter:
    """`field` is author, topic, publisher or genre; `value` as typed (at most MAX_NAME_LENGTH)."""

    field: str
    value: str


def children(node) -> tuple:
    if isinstance(node, AnyOf | AllOf):
        return node.children
    if isinstance(node, Not):
        return (node.child,)
    if isinstance(node, Near):
        return (node.first, node.second)
    return ()


def walk(node) -> Iterator:
    """The node and every node below it, depth first."""
    yield node
    for child in children(node):
        yield from walk(child)


def has_filter(node) -> bool:
    return any(isinstance(n, Filter) for n in walk(node))


def has_negation(node) -> bool:
    return any(isinstance(n, Not) for n in walk(node))


def has_scope(node) -> bool:
    return any(isinstance(n, Term) and n.scope for n in walk(node))


def positive_terms(node) -> Iterator[Term]:
    """The terms a match must (or may) contain: every term not under a Not."""
    if isinstance(node, Term):
        yield node
    elif not isinstance(node, Not | Filter):
        for child in children(node):
            yield from positive_terms(child)


def engine_can_match(node) -> bool:
    """Whether a full-text engine matches this node by itself (both FTS5 and tsquery can).

    Not: a filter (resolved to ids in SQL), or a negation that is not beside a positive part
    (`nato OR -eu`: FTS5's NOT needs something to subtract from).
    """
    if isinstance(node, Term | Near):
        return True
    if isinstance(node, Filter | Not):
        return False
    if isinstance(node, AllOf):
        positives = [child for child in node.children if not isinstance(child, Not)]
        negatives = [child.child for child in node.children if isinstance(child, Not)]
        return bool(positives) and all(map(engine_can_match, positives + negatives))
    return all(map(engine_can_match, node.children))


def without_negations(node):
    """A node every match of `node` also matches: negated parts dropped (None if nothing is
    left). Used where only the positive words are checked first, such as the compact index."""
    if isinstance(node, Not | Filter):
        return None
    if isinstance(node, AnyOf):
        kept = [without_negations(child) for child in node.children]
        # One alternative that may be anything makes the whole alternative anything.
        return None if None in kept else AnyOf(tuple(kept))
    if isinstance(node, AllOf):
        kept = tuple(k for k in map(without_negations, node.children) if k is not None)
        return AllOf(kept) if kept else None
    return node


def group_node(group: tuple):
    """One node for a ParsedQuery group (a tuple of alternatives)."""
    return group[0] if len(group) == 1 else AnyOf(tuple(group))


def with_tags(node, tags: tuple[str, ...]):
    """The node with every term looked up only in these languages (see Term.tags)."""
    if isinstance(node, Term):
        return Term(node.words, node.prefix, node.scope, tags)
    if isinstance(node, Near):
        return Near(with_tags(node.first, tags), with_tags(node.second, tags), node.distance)
    if isinstance(node, AnyOf | AllOf):
        return type(node)(tuple(with_tags(child, tags) for child in node.children))
    if isinstance(node, Not):
        return Not(with_tags(node.child, tags))
    return node  # a filter
