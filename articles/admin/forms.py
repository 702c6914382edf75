"""Forms of the archive's admin: the article form, action questions and entity lists."""

from django import forms

from articles import editing
from articles.admin.cleaning import NormalizedModelForm, normalize_text
from articles.importers.pipeline import LOCKABLE_FIELDS
from articles.models import Article, ArticleAuthor, Topic


class LinesField(forms.Field):
    """A list of strings edited one per line (aliases, match phrases)."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 60})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        lines = (normalize_text(line) for line in (value or "").splitlines())
        return [line for line in lines if line]


class ArticleAdminForm(NormalizedModelForm):
    # Declared for its scheme: a link typed without one is taken as https. Empty is None, as the
    # model stores "no link" (source_url is unique, so "" could be stored only once).
    source_url = forms.URLField(
        label="Source URL", max_length=2000, required=False, empty_value=None, assume_scheme="https"
    )
    # Not required: "" is how the archive records a language the importer could not tell.
    language = forms.RegexField(
        label="Language",
        regex=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$",
        max_length=16,
        required=False,
        help_text="ISO 639-1 code (en, es, uk…); empty when unknown.",
        error_messages={"invalid": "Enter a language code such as en, es or pt-BR."},
    )
    locked_fields = forms.MultipleChoiceField(
        choices=[(name, editing.LOCK_LABELS[name]) for name in LOCKABLE_FIELDS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Locked fields",
        help_text=(
            "Imports and re-extraction never overwrite a locked field. Saving a changed field "
            "locks it; untick a field to let the next re-extraction set it again."
        ),
    )

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "status",
            "publisher",
            "published_on",
            "date_precision",
            "source_url",
            "language",
            "genre",
            "topics",
            "standfirst",
            "body",
            "locked_fields",
        ]

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if body and "body" in self.changed_data:
            duplicate = editing.find_text_duplicate(
                body=body, exclude_pk=self.instance.pk, publisher=cleaned.get("publisher")
            )
            if duplicate is not None:
                self.add_error(
                    "body",
                    f"Another article of this outlet has the same text: “{duplicate.title}”.",
                )
        if cleaned.get("date_precision") and not cleaned.get("published_on"):
            self.add_error("date_precision", "A precision needs a date.")
        return cleaned


class TopicActionForm(forms.Form):
    topic = forms.ModelChoiceField(queryset=Topic.objects.order_by("name"), label="Topic")


class ArticleAuthorForm(NormalizedModelForm):
    """A byline entry: who, where in the byline, and the affiliation printed with the piece."""

    class Meta:
        model = ArticleAuthor
        fields = ["author", "position", "affiliation"]
        widgets = {"affiliation": forms.Textarea(attrs={"rows": 2, "cols": 50})}


class EntityForm(NormalizedModelForm):
    aliases = LinesField(
        required=False,
        help_text="One per line. Imports map these spellings to this record.",
    )


class TopicForm(EntityForm):
    match_phrases = LinesField(
        required=False,
        help_text="Lower-case phrases, one per line, that suggest this topic on import.",
    )
