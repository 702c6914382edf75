"""The extraction audit: what the reader made of each line of a capture, and editors' corrections.

A capture's `extraction_audit` lists every line (text dump) or block (HTML) with the label the
reader gave it and why. An editor who disagrees marks a dropped line as body, or a kept line as
furniture; the verdict is stored on the article (`Article.extraction_corrections`, keyed by
`line_key`) and the article is re-extracted with it at once. The readers follow the corrections
over their own judgement on every later extraction, so a correction is a lock on that line: it
survives re-imports of the page, changed re-captures of it and `import_articles --reextract`.

Field locks still win. A correction changes what the reader extracts, but a field an editor
locked (the body edited by hand, say) keeps the editor's value: the correction is stored and
the editor is told, and unlocking the body (`unlock_body=True`) applies it. Nothing is unlocked
without being asked, because a hand-edited body may hold work the capture does not.
"""

import hashlib
import json
from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser as User
from django.db import transaction

from articles.editing import LOCK_LABELS, record_change
from articles.importers.base import line_key
from articles.importers.pipeline import extract, reextract_capture
from articles.importers.storage import capture_text
from articles.models import Article, Capture

LABELS = {
    "title": "Title",
    "byline": "Byline",
    "date": "Date",
    "standfirst": "Standfirst",
    "body": "Body",
    "bio": "Author's bio",
    "meta": "Metadata note",
    "furniture": "Furniture (dropped)",
}
VERDICTS = ("body", "furniture")
READER_NAMES = {"text": "text-dump", "html": "HTML", "jsonl": "JSON Lines"}
EDITOR_REASON = "editor's correction"
# Fields a line correction can change; if one is locked it keeps the editor's value.
EXTRACTED_FIELDS = ("title", "authors", "published_on", "standfirst", "body")


@dataclass
class AuditLine:
    """One line of a capture as the audit page shows it."""

    index: int
    text: str
    label: str
    reason: str
    correction: str = ""  # the editor's verdict on this line, if any

    @property
    def label_display(self) -> str:
        return LABELS.get(self.label, self.label.capitalize() or "Unlabelled")

    @property
    def offers(self) -> list[str]:
        """The verdicts an editor may give: body for a dropped line, furniture for a kept one."""
        if self.correction:
            return []
        if self.label == "body":
            return ["furniture"]
        if self.label == "furniture":
            return ["body"]
        return ["body", "furniture"]  # a title, date or bio line may be either, really


@dataclass
class CorrectionOutcome:
    """What a correction did, for the editor's message."""

    ok: bool
    message: str
    warnings: list[str] = field(default_factory=list)


def audit_lines(*, capture: Capture, corrections: dict[str, str]) -> list[AuditLine]:
    """The capture's audit, each line with the editor's correction of it, if any."""
    lines = []
    for position, entry in enumerate(capture.extraction_audit or []):
        text = str(entry.get("text", ""))
        lines.append(
            AuditLine(
                index=int(entry.get("index", position)),
                text=text,
                label=str(entry.get("label", "")),
                reason=str(entry.get("reason", "")),
                correction=corrections.get(line_key(text), ""),
            )
        )
    return lines


def orphan_corrections(*, capture: Capture, corrections: dict[str, str]) -> list[tuple[str, str]]:
    """Corrections of the article that match no line of this capture (made on another one)."""
    keys = {line_key(str(entry.get("text", ""))) for entry in capture.extraction_audit or []}
    return sorted((key, verdict) for key, verdict in corrections.items() if key not in keys)


def audit_token(*, capture: Capture, corrections: dict[str, str]) -> str:
    """A digest of what the editor saw: a form posted against an older audit is refused."""
    seen = json.dumps([capture.extraction_audit, corrections], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(seen.encode()).hexdigest()[:20]


def correct_line(
    *,
    article: Article,
    capture: Capture,
    text: str,
    verdict: str | None,
    user: User | None,
) -> CorrectionOutcome:
    """Store an editor's verdict on one line ("body", "furniture", or None to remove it) and
    re-extract the article from `capture` with all its corrections, in one transaction."""
    if verdict is not None and verdict not in VERDICTS:
        raise ValueError(f"unknown verdict {verdict!r}")
    key = line_key(text)
    corrections = dict(article.extraction_corrections)
    if verdict is None:
        corrections.pop(key, None)
        reason = f"Extraction correction removed: {quote_line(text)}"
    else:
        corrections[key] = verdict
        reason = f"Extraction correction: {quote_line(text)} marked as {verdict}"
    if corrections == article.extraction_corrections:
        return CorrectionOutcome(True, "Nothing changed: the line already had that verdict.")
    return reextract_article(
        article=article, capture=capture, corrections=corrections, user=user, reason=reason
    )


def reextract_article(
    *,
    article: Article,
    capture: Capture,
    corrections: dict[str, str] | None = None,
    user: User | None,
    reason: str,
    unlock_body: bool = False,
) -> CorrectionOutcome:
    """Re-extract `article` from one of its captures, with `corrections` (default: its own).

    One transaction: the corrections, any unlocking, the re-extracted fields, the capture's new
    audit and the search index move together, with one history entry; if the reader fails
    (every paragraph marked as furniture, say) nothing is kept.
    """
    if capture.article_id != article.pk:
        raise ValueError("the capture is not one of this article's")
    try:
        with transaction.atomic():
            article = Article.objects.select_for_update().get(pk=article.pk)
            before = {"words": article.word_count, "locks": list(article.locked_fields)}
            previous = dict(article.extraction_corrections)
            if corrections is not None:
                article.extraction_corrections = corrections
            if unlock_body:
                article.locked_fields = [f for f in article.locked_fields if f != "body"]
            # The re-extraction's own save (when a field changes) writes the history entry;
            # it is the editor's, for this reason.
            article._history_user = user
            article._change_reason = history_reason(reason)
            capture.article = article
            result = reextract_capture(capture)
            if result.outcome == "failed":
                raise _Refused(result.error)
            settings_changed = (article.extraction_corrections, article.locked_fields) != (
                previous,
                before["locks"],
            )
            if result.outcome == "unchanged" and settings_changed:
                # No extracted field changed, so nothing was saved: the verdict needs its entry.
                record_change(
                    instance=article,
                    user=user,
                    reason=history_reason(reason),
                    fields=["extraction_corrections", "locked_fields"],
                )
    except _Refused as refusal:
        return CorrectionOutcome(False, f"Not changed: the capture cannot be read so ({refusal}).")
    warnings = _lock_warnings(article, capture, previous)
    if not capture.extraction_audit:
        warnings.append(
            f"The {READER_NAMES.get(capture.format, capture.format)} reader keeps no line "
            "audit, so this capture has no lines to show or correct."
        )
    return CorrectionOutcome(
        True, _summary(reason, result.changed_fields, before, article), warnings
    )


class _Refused(Exception):
    """The reader rejected the capture with these corrections; the transaction is undone."""


def history_reason(reason: str) -> str:
    """`reason` cut to what a history entry holds (100 characters)."""
    return reason if len(reason) <= 100 else reason[:99].rstrip() + "…"


def quote_line(text: str, limit: int = 40) -> str:
    """A line shortened for a message: “first words…”."""
    text = " ".join(text.split())
    return f"“{text[:limit].rstrip()}…”" if len(text) > limit else f"“{text}”"


def _summary(reason: str, changed: list[str], before: dict, article: Article) -> str:
    shown = [LOCK_LABELS.get(name, name).lower() for name in changed if name in LOCK_LABELS]
    if "body" in changed:
        body = f"the body now has {article.word_count} words (was {before['words']})"
        shown = [name for name in shown if name != "body"]
        detail = body + (f"; also changed: {', '.join(shown)}" if shown else "")
    elif shown:
        detail = f"changed: {', '.join(shown)}"
    else:
        detail = "the article's fields are unchanged"
    return f"{reason}. Re-extracted: {detail}."


def _lock_warnings(article: Article, capture: Capture, previous: dict) -> list[str]:
    """What the locks kept from this re-extraction, and how to apply it to the body anyway."""
    warnings = []
    others = [n for n in EXTRACTED_FIELDS if n != "body" and n in article.locked_fields]
    if others:
        names = ", ".join(LOCK_LABELS[name].lower() for name in others)
        warnings.append(
            f"Locked fields kept their edited values: {names}. Unlock a field on the article "
            "to let the corrections set it."
        )
    if "body" in article.locked_fields and previous != article.extraction_corrections:
        # Said only when it matters: does this correction change the body the reader extracts?
        def extracted_body(corrections: dict) -> str:
            return extract(
                capture_text(capture),
                fmt=capture.format,
                file_name=capture.file_name,
                corrections=corrections or None,
            ).body

        body = extracted_body(article.extraction_corrections)
        if body != extracted_body(previous):
            warnings.append(
                "The body is locked (edited by hand), so it kept its text "
                f"({article.word_count} words); with the corrections the extracted body has "
                f"{len(body.split())} words. The corrections are saved: use “Unlock the body "
                "and re-extract” to apply them, which replaces the hand-edited text."
            )
    return warnings
