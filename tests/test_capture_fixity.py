"""Captures keep their bytes exactly; the fixity check re-hashes them and reports tampering."""

import codecs
import hashlib
import importlib
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from articles.importers.pipeline import import_paths, reextract_capture
from articles.models import Article, Capture
from tests.factories import distinct_prose, make_article, make_capture


def dump(title: str) -> str:
    """A page dump; its body comes from the title's last word, so "Old headline on night buses"
    and "Revised headline on night buses" are two captures of one article, other titles not."""
    topic = title.split()[-1]
    return (
        f"{title}\n\nBy Ana Ortega\n\nMarch 3, 2024\n\n"
        f"{title}: the case is plain to anyone who lives here and works late.\n\n"
        f"{distinct_prose(topic)}\n\n{distinct_prose(topic + ' (2)')}\n"
    )


def verify() -> tuple[int, str, str]:
    """Run verify_captures; returns (exit status, stdout, stderr)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("verify_captures", stdout=out, stderr=err)
    except CommandError as error:
        return error.returncode, out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


@pytest.fixture
def bom_files(tmp_path) -> dict[str, bytes]:
    """A UTF-8 file with a BOM, a UTF-16 (little-endian, BOM) file and a plain UTF-8 one."""
    files = {
        "utf8-bom.txt": codecs.BOM_UTF8 + dump("Fund the night buses").encode(),
        "utf16.txt": codecs.BOM_UTF16_LE + dump("Keep the libraries open").encode("utf-16-le"),
        "plain.txt": dump("Mend the bridges first").encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return {str(tmp_path / name): data for name, data in files.items()}


@pytest.mark.django_db
def test_captures_store_the_bytes_received_bom_included(bom_files):
    summary, _run = import_paths(list({str(Path(f).parent) for f in bom_files}))

    assert summary.count("created") == 3
    for file_name, data in bom_files.items():
        capture = Capture.objects.get(file_name=file_name)
        assert bytes(capture.raw_bytes) == data
        assert capture.sha256 == hashlib.sha256(data).hexdigest()
        assert capture.size_bytes == len(data)
        assert not capture.raw_text.startswith("\ufeff")  # the text is decoded, the BOM is data
        assert not capture.bytes_reconstructed
    assert Capture.objects.get(file_name__endswith="utf16.txt").encoding == "utf-16"
    assert Article.objects.filter(title="Keep the libraries open").exists()


@pytest.mark.django_db
def test_verify_captures_passes_after_import_and_names_a_tampered_capture(bom_files):
    import_paths([str(Path(next(iter(bom_files))).parent)])
    status, out, err = verify()
    assert (status, err) == (0, "")
    assert out.strip() == "3 captures checked, 0 mismatched"

    tampered = Capture.objects.get(file_name__endswith="utf8-bom.txt")
    # A BOM lost in storage is exactly the silent rewrite the check exists to catch.
    Capture.objects.filter(pk=tampered.pk).update(raw_bytes=bytes(tampered.raw_bytes)[3:])
    status, out, err = verify()

    actual = hashlib.sha256(bytes(tampered.raw_bytes)[3:]).hexdigest()
    assert status == 1
    assert err.strip() == (
        f"{tampered.file_name}: sha256 mismatch (stored {tampered.sha256}, actual {actual})"
    )
    assert out.strip() == "3 captures checked, 1 mismatched"


@pytest.mark.django_db
def test_reextraction_reads_the_stored_bytes_not_the_decoded_copy(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + dump("Old headline on night buses").encode("utf-16-le"))
    import_paths([path])
    capture = Capture.objects.get()
    revised = codecs.BOM_UTF16_LE + dump("Revised headline on night buses").encode("utf-16-le")
    Capture.objects.filter(pk=capture.pk).update(
        raw_bytes=revised, sha256=hashlib.sha256(revised).hexdigest()
    )
    capture.refresh_from_db()

    result = reextract_capture(capture)

    assert result.outcome == "updated"
    assert "title" in result.changed_fields
    assert Article.objects.get().title == "Revised headline on night buses"


def _fill_bytes():
    """The data step of the migration that added the bytes (found by name: it may be renumbered)."""
    (module_path,) = Path("articles/migrations").glob("*_capture_bytes.py")
    return importlib.import_module(f"articles.migrations.{module_path.stem}").fill_bytes


@pytest.mark.django_db
def test_migration_recovers_bytes_whose_hash_matches_and_marks_the_rest_reconstructed():
    text = dump("Mend the bridges first")
    with_bom = codecs.BOM_UTF8 + text.encode()
    article = make_article("Mend the bridges first")
    recovered = make_capture(
        article, raw_text=text, raw_bytes=b"", sha256=hashlib.sha256(with_bom).hexdigest()
    )
    lost = make_capture(
        article, raw_text="Entrée libre", raw_bytes=b"", encoding="cp1252", sha256="0" * 64
    )

    _fill_bytes()(apps, None)

    recovered.refresh_from_db()
    lost.refresh_from_db()
    assert bytes(recovered.raw_bytes) == with_bom  # the BOM variant hashes to the stored SHA-256
    assert not recovered.bytes_reconstructed
    assert bytes(lost.raw_bytes) == "Entrée libre".encode("cp1252")
    assert lost.bytes_reconstructed
    assert lost.sha256 == hashlib.sha256(lost.raw_bytes).hexdigest()
    assert verify()[0] == 0
