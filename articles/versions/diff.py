"""Word-level differences between two versions of an article, ready for a template.

A field's text becomes a stream of words with a paragraph-break token between paragraphs, and
difflib's SequenceMatcher aligns the two streams (autojunk off: in a long body, common words
must still anchor the alignment rather than be ignored). Unchanged stretches longer than twice
the context are cut to their edges and a gap that says how many words it hides. The output is
plain text in segments; the template escapes it and adds the <ins>/<del> marks, so nothing from
an imported page is ever trusted as markup.
"""

from dataclasses import dataclass, field
from difflib import SequenceMatcher

PARAGRAPH = "\n\n"  # the token between two paragraphs (words never contain a blank line)
CONTEXT_WORDS = 12  # unchanged words kept on each side of a change
PARAGRAPH_MARK = "¶"  # what a paragraph break added or removed looks like in the diff


@dataclass(frozen=True)
class Segment:
    """A run of words that is unchanged ("same"), "added", "removed", or a "gap" left out."""

    kind: str
    text: str = ""
    words: int = 0


@dataclass
class FieldDiff:
    """One field of the two versions compared: its paragraphs of segments and word counts."""

    name: str
    label: str
    old: str
    new: str
    blocks: list[list[Segment]] = field(default_factory=list)
    added: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)

    @property
    def word_count(self) -> int:
        return len(self.new.split())


@dataclass
class Comparison:
    """Two versions compared field by field."""

    fields: list[FieldDiff]

    @property
    def added(self) -> int:
        return sum(diff.added for diff in self.fields)

    @property
    def removed(self) -> int:
        return sum(diff.removed for diff in self.fields)

    @property
    def changed(self) -> list[FieldDiff]:
        return [diff for diff in self.fields if diff.changed]

    @property
    def unchanged(self) -> list[str]:
        """The labels of the fields that read the same, in lower case ("byline", "date")."""
        return [diff.label.lower() for diff in self.fields if not diff.changed]


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs (separated by blank lines), each with its spacing normalised."""
    blocks = (" ".join(block.split()) for block in (text or "").replace("\r", "").split("\n\n"))
    return [block for block in blocks if block]


def tokens(text: str) -> list[str]:
    """The words of `text`, with a PARAGRAPH token between paragraphs."""
    stream: list[str] = []
    for paragraph in paragraphs(text):
        if stream:
            stream.append(PARAGRAPH)
        stream.extend(paragraph.split())
    return stream


def _words(run: list[str]) -> int:
    return sum(1 for token in run if token != PARAGRAPH)


def _operations(old: list[str], new: list[str]) -> list[tuple[str, list[str]]]:
    """(kind, tokens) runs that turn `old` into `new`: removals before additions."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    runs: list[tuple[str, list[str]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            runs.append(("same", old[i1:i2]))
            continue
        if i2 > i1:
            runs.append(("removed", old[i1:i2]))
        if j2 > j1:
            runs.append(("added", new[j1:j2]))
    return runs


def _collapse(runs: list[tuple[str, list[str]]], context: int) -> list[tuple[str, list[str]]]:
    """Cut each long unchanged run to `context` words beside its neighbouring changes."""
    collapsed: list[tuple[str, list[str]]] = []
    last = len(runs) - 1
    for index, (kind, run) in enumerate(runs):
        if kind != "same":
            collapsed.append((kind, run))
            continue
        # Context stays within the changed paragraph: words across a break would stand as a
        # stub paragraph of their own.
        head = run[:context] if index > 0 else []
        if PARAGRAPH in head:
            head = head[: head.index(PARAGRAPH)]
        tail = run[-context:] if index < last else []
        if PARAGRAPH in tail:
            tail = tail[len(tail) - tail[::-1].index(PARAGRAPH) :]
        hidden = len(run) - len(head) - len(tail)
        # A gap is only worth it when it hides more than a short phrase.
        if hidden <= context // 2:
            collapsed.append((kind, run))
            continue
        middle = run[len(head) : len(run) - len(tail)]
        if head:
            collapsed.append(("same", head))
        collapsed.append(("gap", middle))
        if tail:
            collapsed.append(("same", tail))
    return collapsed


def _blocks(runs: list[tuple[str, list[str]]]) -> list[list[Segment]]:
    """Group runs into paragraphs of segments; a gap stands as a paragraph of its own."""
    blocks: list[list[Segment]] = []
    current: list[Segment] = []

    def close():
        nonlocal current
        if current:
            blocks.append(current)
        current = []

    for kind, run in runs:
        if kind == "gap":
            close()
            blocks.append([Segment("gap", words=_words(run))])
            continue
        words: list[str] = []
        for token in [*run, None]:
            if token is not None and token != PARAGRAPH:
                words.append(token)
                continue
            if words:
                current.append(Segment(kind, " ".join(words), len(words)))
                words = []
            if token == PARAGRAPH:
                if kind != "same":
                    current.append(Segment(kind, PARAGRAPH_MARK))
                close()
    close()
    return blocks


def diff_field(
    name: str, label: str, old: str, new: str, *, context: int = CONTEXT_WORDS
) -> FieldDiff:
    """The word-level difference of one field between two versions."""
    runs = _operations(tokens(old), tokens(new))
    diff = FieldDiff(name=name, label=label, old=old, new=new)
    diff.added = sum(_words(run) for kind, run in runs if kind == "added")
    diff.removed = sum(_words(run) for kind, run in runs if kind == "removed")
    if diff.changed:
        diff.blocks = _blocks(_collapse(runs, context))
    return diff


@dataclass(frozen=True)
class ParagraphChanges:
    added: int
    removed: int
    edited: int


def paragraph_changes(old: str, new: str) -> ParagraphChanges:
    """How many paragraphs were added, removed or edited between two bodies.

    An edited paragraph is one replaced in the same place by a paragraph sharing at least half
    its words (in order); a replacement that shares less counts as one removed and one added.
    """
    before, after = paragraphs(old), paragraphs(new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    added = removed = edited = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        # Zipped in place: the shorter side's count bounds how many can be edits.
        pairs = zip(before[i1:i2], after[j1:j2], strict=False) if tag == "replace" else []
        similar = sum(1 for a, b in pairs if _similar(a, b))
        edited += similar
        removed += i2 - i1 - similar
        added += j2 - j1 - similar
    return ParagraphChanges(added=added, removed=removed, edited=edited)


def _similar(old: str, new: str) -> bool:
    return SequenceMatcher(None, old.split(), new.split(), autojunk=False).ratio() >= 0.5
