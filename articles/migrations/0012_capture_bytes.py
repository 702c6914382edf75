"""Keep each capture's original bytes; fill them in for captures imported before this existed.

Older captures kept only their decoded text, so their bytes are reconstructed: the text is
encoded again with the encoding detected at import. When one of the ways a file could have
looked (with or without a byte-order mark) hashes to the stored SHA-256, those are the original
bytes. Otherwise the original cannot be recovered: the re-encoded bytes are stored, the SHA-256
is set to theirs (so a fixity check can pass from now on) and `bytes_reconstructed` says so.
"""

import codecs
import hashlib

from django.db import migrations, models



def _candidates(text: str, encoding: str):
    name = codecs.lookup(encoding).name
    if name == "utf-16":
        yield codecs.BOM_UTF16_LE + text.encode("utf-16-le")
        yield codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        return
    data = text.encode(name, errors="replace")
    yield data
    if name == "utf-8":
        yield codecs.BOM_UTF8 + data


def fill_bytes(apps, schema_editor):
    Capture = apps.get_model("articles", "Capture")
    taken = set(Capture.objects.values_list("sha256", flat=True))
    for capture in Capture.objects.order_by("pk").iterator(chunk_size=200):
        try:
            candidates = list(_candidates(capture.raw_text, capture.encoding or "utf-8"))
        except LookupError:
            candidates = list(_candidates(capture.raw_text, "utf-8"))
        exact = [c for c in candidates if hashlib.sha256(c).hexdigest() == capture.sha256]
        capture.raw_bytes = exact[0] if exact else candidates[0]
        capture.bytes_reconstructed = not exact
        if not exact:
            sha = hashlib.sha256(capture.raw_bytes).hexdigest()
            if sha not in taken:  # two rows can only share a hash if they share the bytes
                taken.discard(capture.sha256)
                taken.add(sha)
                capture.sha256 = sha
        capture.save(update_fields=["raw_bytes", "bytes_reconstructed", "sha256"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_slug_history"),
    ]

    operations = [
        migrations.AddField(
            model_name="capture",
            name="raw_bytes",
            field=models.BinaryField(
                default=b"",
                help_text="The capture's bytes exactly as received (a BOM included).",
            ),
        ),
        migrations.AddField(
            model_name="capture",
            name="bytes_reconstructed",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "The bytes were re-encoded from the decoded text by a migration, not received."
                ),
            ),
        ),
        migrations.AlterField(
            model_name="capture",
            name="raw_text",
            field=models.TextField(help_text="The bytes decoded with the detected encoding."),
        ),
        migrations.AlterField(
            model_name="capture",
            name="sha256",
            field=models.CharField(
                help_text="SHA-256 of the stored bytes.", max_length=64, unique=True
            ),
        ),
        migrations.RunPython(fill_bytes, migrations.RunPython.noop),
    ]
