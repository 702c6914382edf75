from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Archive"

    def ready(self):
        # Connects the receivers that drop a deleted record's old slugs.
        from articles import addresses  # noqa: F401
