"""Form input normalised before it is compared or saved, so an edit changes only what was edited.

A browser sends a textarea back with CRLF line endings (the HTML standard says so), and an
editor's keyboard or paste may bring trailing spaces or decomposed accents (NFD). Compared
as typed, an untouched body then differs from the stored one: it would be saved with `\\r`,
locked, and recorded in history as a change nobody made. Here every text field's input is
normalised first (line endings to `\\n`, surrounding whitespace stripped, Unicode NFC); a field
whose normalised input equals its normalised stored value is unchanged, and keeps the stored
value exactly, byte for byte.
"""

import unicodedata

from django import forms


def normalize_text(value: str) -> str:
    """`value` with line endings as `\\n`, surrounding whitespace stripped, in Unicode NFC."""
    unified = value.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", unified).strip()


def _normalized(value):
    return normalize_text(value) if isinstance(value, str) else value


class NormalizedInputMixin:
    """For a (model) form: normalise every text field's input, and count a field as changed
    only when its normalised value differs from the normalised stored one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            return
        data = self.data.copy()  # a QueryDict from a request is immutable
        for name in self.text_field_names():
            key = self.add_prefix(name)
            if key in data and isinstance(data[key], str):
                data[key] = normalize_text(data[key])
        self.data = data

    def text_field_names(self) -> list[str]:
        """Fields whose input is free text (titles, bodies, names, slugs, links, codes)."""
        return [
            name
            for name, field in self.fields.items()
            if isinstance(field, forms.CharField) and not field.disabled
        ]

    @property
    def changed_data(self) -> list[str]:
        # Text fields compare normalised input with the normalised stored value; the others as
        # Django's own changed_data compares them (BoundField._has_changed).
        text_fields = set(self.text_field_names())
        changed = []
        for name, field in self.fields.items():
            bound = self[name]
            if name in text_fields:
                if field.has_changed(_normalized(bound.initial), bound.data):
                    changed.append(name)
            elif bound._has_changed():
                changed.append(name)
        return changed

    def clean(self):
        cleaned = super().clean()
        changed = set(self.changed_data)
        for name in self.text_field_names():
            if name not in cleaned:
                continue  # the field has an error
            initial = self[name].initial
            if name in changed or initial is None:  # None: a new record's unset field
                cleaned[name] = _normalized(cleaned[name])
            else:
                # Unchanged: keep the stored value as it is, even where it is not normalised.
                cleaned[name] = initial
        return cleaned


class NormalizedModelForm(NormalizedInputMixin, forms.ModelForm):
    """A ModelForm whose text input is normalised (see NormalizedInputMixin)."""
