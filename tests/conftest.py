import pytest


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Serve static files unhashed: the suite does not run collectstatic before each run."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
