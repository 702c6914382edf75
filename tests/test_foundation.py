import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from tests.factories import make_article, make_author, make_publisher, make_topic

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args: str, **env_overrides: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_debug_off_without_secret_key_refuses_with_one_line():
    result = run_manage("check", DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_production_settings_pass_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="a-long-random-production-secret-key-0123456789-abcdefghijklmnop",
        DJANGO_ALLOWED_HOSTS="archive.example.org",
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_home_and_admin_login_answer(client):
    make_article("A piece on the home page")
    home = client.get("/")
    assert home.status_code == 200
    assert "A piece on the home page" in home.content.decode()
    assert client.get("/admin/login/").status_code == 200


@pytest.mark.django_db
def test_public_models_have_readable_names_and_urls():
    author = make_author("Ada Byline")
    publisher = make_publisher("The Example Review")
    topic = make_topic("Sanctions")
    article = make_article("Why sanctions work", authors=[author], publisher=publisher)
    for obj, expected in [(author, "Ada Byline"), (publisher, "The Example Review")]:
        assert str(obj) == expected
        assert obj.slug
    assert str(topic) == "Sanctions"
    assert author.get_absolute_url() == reverse("articles:author-detail", args=[author.slug])
    assert article.get_absolute_url() == f"/articles/{article.slug}/"


@pytest.mark.django_db
def test_authors_keep_byline_order():
    first, second = make_author("Zed First"), make_author("Amy Second")
    article = make_article(authors=[first, second])
    assert [a.name for a in article.ordered_authors] == ["Zed First", "Amy Second"]


@pytest.mark.django_db
def test_slugs_stay_unique_when_names_clash():
    one, two = make_author("Jane Doe"), make_author("Jane Doe")
    assert one.slug == "jane-doe"
    assert two.slug == "jane-doe-2"
