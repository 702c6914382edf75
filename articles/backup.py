"""Database-independent backup and restore of the archive (`backup_archive`, `restore_archive`).

A backup is a directory of deterministic files: one JSON Lines file per table
(`<db_table>.jsonl`), rows ordered by primary key, keys sorted, fixed separators, datetimes in ISO
8601 UTC, dates ISO, binary (capture bytes) as base64, JSON fields as JSON with sorted keys; and a
`manifest.json` with the format version, the row count and SHA-256 of every file. The manifest
holds no timestamp, so two backups of the same data are byte-identical, whichever database
(SQLite or PostgreSQL) they were taken from.

What is kept: editors' users (and their group names), outlets, authors, topics (with aliases and
match phrases), reprint groups, articles (status, locks, provenance, corrections, hashes), byline
entries with affiliations, article topics, slug history, possible-reprint review entries,
captures with their bytes (and WARC records and snapshots), sources, their items and capture
requests, import runs, and the simple-history tables (history rows keep their
primary keys, so history links survive).

What is derived and rebuilt on restore instead of stored: the full-text index (PostgreSQL search
vectors, SQLite FTS5 table; `articles.search.rebuild_search_index`) and the LSH band rows
(`ArticleBand`, from each body by `articles.importers.identity.band_hashes`). Not kept: sessions,
the admin's log entries, permissions and content types (made by `migrate`), groups themselves
(the Editors group is made by a migration; users are linked to groups by name).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.color import no_style
from django.db import connection, models, transaction

FORMAT_NAME = "commentary-archive-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
BATCH_SIZE = 1000
USER_GROUPS_FILE = "auth_user_groups.jsonl"

# Columns that are derived from others and rebuilt on restore.
DERIVED_FIELDS = {"search_vector", "rank_vector"}


class BackupError(Exception):
    """A backup directory that cannot be written or restored (the message names it)."""


@dataclass(frozen=True)
class RestoreSummary:
    """What a restore loaded."""

    rows: int
    tables: int
    articles: int


def archive_models() -> list[type[models.Model]]:
    """The models backed up, in the order they are loaded (referenced tables first)."""
    from articles import models as m

    main = [
        get_user_model(),
        m.Publisher,
        m.Author,
        m.Topic,
        m.ReprintGroup,
        m.Article,
        m.ArticleAuthor,
        m.Article.topics.through,
        m.SlugHistory,
        m.PossibleReprint,
        m.Source,
        m.CaptureRequest,
        m.SourceItem,
        m.Capture,
        m.ImportRun,
    ]
    history = [
        m.Publisher.history.model,
        m.Author.history.model,
        m.Topic.history.model,
        m.Article.history.model,
    ]
    # simple-history's tables for the byline and topics recorded with each article entry.
    history += [
        field.related_model
        for field in m.Article.history.model._meta.related_objects
        if field.related_model._meta.app_label == "articles"
    ]
    return main + sorted(set(history) - set(main), key=lambda model: model._meta.db_table)


def file_name(model: type[models.Model]) -> str:
    """The backup file of one model's table."""
    return f"{model._meta.db_table}.jsonl"


def _columns(model: type[models.Model]) -> list[models.Field]:
    return [field for field in model._meta.concrete_fields if field.name not in DERIVED_FIELDS]


def _dump_value(field: models.Field, value):
    if value is None:
        return None
    kind = field.get_internal_type()
    if kind == "DateTimeField":
        return value.astimezone(dt.UTC).isoformat()
    if kind in ("DateField", "TimeField"):
        return value.isoformat()
    if kind == "BinaryField":
        return base64.b64encode(bytes(value)).decode("ascii")
    if kind == "DecimalField":
        return str(value)
    if kind == "FloatField":
        return float(value)
    return value


def _load_value(field: models.Field, value):
    if value is None:
        return None
    kind = field.get_internal_type()
    if kind == "DateTimeField":
        return dt.datetime.fromisoformat(value)
    if kind == "DateField":
        return dt.date.fromisoformat(value)
    if kind == "BinaryField":
        return base64.b64decode(value)
    return value


def encode_line(row: dict) -> bytes:
    """One JSON Lines record: sorted keys, fixed separators, UTF-8."""
    return (
        json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
    ).encode()


def _model_rows(model: type[models.Model]) -> Iterator[dict]:
    columns = _columns(model)
    names = [field.attname for field in columns]
    rows = model._base_manager.order_by("pk").values_list(*names)
    for values in rows.iterator(chunk_size=BATCH_SIZE):
        yield {
            field.attname: _dump_value(field, value)
            for field, value in zip(columns, values, strict=True)
        }


def _user_group_rows() -> Iterator[dict]:
    through = get_user_model().groups.through
    rows = through.objects.order_by("pk").values_list("pk", "user_id", "group__name")
    for pk, user_id, group_name in rows.iterator(chunk_size=BATCH_SIZE):
        yield {"group": group_name, "id": pk, "user_id": user_id}


def _write_file(path: Path, rows: Iterator[dict]) -> dict:
    digest = hashlib.sha256()
    count = 0
    with path.open("wb") as out:
        for row in rows:
            line = encode_line(row)
            digest.update(line)
            out.write(line)
            count += 1
    return {"rows": count, "sha256": digest.hexdigest()}


def backup_archive(directory: Path) -> dict:
    """Write a backup of the whole archive into `directory` (new or empty); returns the manifest."""
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise BackupError(f"{directory}: already exists and is not an empty directory")
    directory.mkdir(parents=True, exist_ok=True)
    files = {}
    # One read transaction, so every file describes the same moment (a snapshot on PostgreSQL;
    # the isolation level can only be chosen by the outermost transaction, before any query).
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        for model in archive_models():
            name = file_name(model)
            files[name] = _write_file(directory / name, _model_rows(model))
        files[USER_GROUPS_FILE] = _write_file(directory / USER_GROUPS_FILE, _user_group_rows())
    manifest = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "files": files}
    (directory / MANIFEST).write_bytes(
        (json.dumps(manifest, sort_keys=True, indent=1) + "\n").encode()
    )
    return manifest


def read_manifest(directory: Path) -> dict:
    """The verified manifest of a backup: right format, every file present with its checksum."""
    path = directory / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{path}: no manifest; is this a backup directory?") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(f"{path}: not a valid manifest ({error})") from None
    if manifest.get("format") != FORMAT_NAME or manifest.get("version") != FORMAT_VERSION:
        raise BackupError(
            f"{path}: format {manifest.get('format')!r} version {manifest.get('version')!r}, "
            f"expected {FORMAT_NAME!r} version {FORMAT_VERSION}"
        )
    files = manifest.get("files") or {}
    expected = {file_name(model) for model in archive_models()} | {USER_GROUPS_FILE}
    missing = sorted(expected - set(files))
    if missing:
        raise BackupError(f"{path}: lists no {', '.join(missing)}")
    for name, entry in sorted(files.items()):
        if name not in expected:
            raise BackupError(f"{directory / name}: not a table of this archive")
        actual = _file_digest(directory / name)
        if actual != entry.get("sha256"):
            raise BackupError(
                f"{directory / name}: checksum mismatch (manifest {entry.get('sha256')}, "
                f"file {actual}); the backup is damaged"
            )
    return manifest


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError:
        return "missing"
    return digest.hexdigest()


def _records(path: Path) -> Iterator[dict]:
    with path.open("rb") as source:
        for number, line in enumerate(source, start=1):
            try:
                yield json.loads(line)
            except ValueError as error:
                raise BackupError(f"{path}:{number}: not a JSON record ({error})") from None


def _batches(items: Iterator, size: int = BATCH_SIZE) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@contextlib.contextmanager
def _stored_timestamps(model_list: list[type[models.Model]]):
    """Switch off auto_now / auto_now_add while loading, so stored timestamps are kept as saved."""
    switched = []
    for model in model_list:
        for field in model._meta.concrete_fields:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                switched.append((field, field.auto_now, field.auto_now_add))
                field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in switched:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def non_empty_tables() -> list[str]:
    """The backed-up tables that already hold rows (a restore needs them all empty).

    Topics are left out: migration 0002 seeds a starting vocabulary into every new database,
    and a restore replaces it with the backup's topics (see `restore_archive`).
    """
    from articles.models import Topic

    return [
        model._meta.db_table
        for model in archive_models()
        if model is not Topic and model._base_manager.exists()
    ]


def _load_model(model: type[models.Model], path: Path) -> int:
    columns = {field.attname: field for field in _columns(model)}
    count = 0
    for batch in _batches(_records(path)):
        objects = []
        for record in batch:
            unknown = set(record) - set(columns)
            if unknown:
                raise BackupError(f"{path}: unknown column(s) {', '.join(sorted(unknown))}")
            objects.append(
                model(**{name: _load_value(columns[name], value) for name, value in record.items()})
            )
        model._base_manager.bulk_create(objects, batch_size=BATCH_SIZE)
        count += len(objects)
    return count


def _load_user_groups(path: Path) -> int:
    through = get_user_model().groups.through
    groups = dict(Group.objects.values_list("name", "pk"))
    count = 0
    for batch in _batches(_records(path)):
        links = []
        for record in batch:
            if record["group"] not in groups:
                groups[record["group"]] = Group.objects.create(name=record["group"]).pk
            links.append(
                through(
                    id=record["id"], user_id=record["user_id"], group_id=groups[record["group"]]
                )
            )
        through.objects.bulk_create(links)
        count += len(links)
    return count


def _rebuild_bands() -> None:
    from articles.importers import identity
    from articles.models import Article, ArticleBand

    table = ArticleBand._meta.db_table
    bodies = Article.objects.order_by("pk").values_list("pk", "body")
    with connection.cursor() as cursor:
        for batch in _batches(bodies.iterator(chunk_size=BATCH_SIZE)):
            cursor.executemany(
                f"INSERT INTO {table} (article_id, band, hash) VALUES (%s, %s, %s)",
                [
                    (pk, band, value)
                    for pk, body in batch
                    for band, value in enumerate(identity.band_hashes(body))
                ],
            )


def restore_archive(directory: Path) -> RestoreSummary:
    """Load a backup into an empty archive, in one transaction; rebuild the derived data."""
    from articles.models import Article, Topic
    from articles.search import rebuild_search_index

    read_manifest(directory)
    model_list = archive_models()
    with transaction.atomic():
        occupied = non_empty_tables()
        if occupied:
            raise BackupError(
                f"the archive is not empty ({', '.join(occupied)} hold rows); restore only into "
                "a freshly migrated database"
            )
        # The seeded vocabulary of a fresh database gives way to the backup's topics (same names,
        # perhaps edited, and the primary keys the backup's articles refer to).
        # A raw delete: the ORM's would record each removal in the topics' history.
        Topic._base_manager.all()._raw_delete(connection.alias)
        rows = 0
        with _stored_timestamps(model_list):
            for model in model_list:
                rows += _load_model(model, directory / file_name(model))
        rows += _load_user_groups(directory / USER_GROUPS_FILE)
        # Rows came with their primary keys: PostgreSQL's sequences must move past them.
        sequence_sql = connection.ops.sequence_reset_sql(
            no_style(), [*model_list, get_user_model().groups.through]
        )
        if sequence_sql:
            with connection.cursor() as cursor:
                for statement in sequence_sql:
                    cursor.execute(statement)
        _rebuild_bands()
        rebuild_search_index()
        articles = Article.objects.count()
    return RestoreSummary(rows=rows, tables=len(model_list) + 1, articles=articles)
