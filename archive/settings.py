"""Settings for Commentary Archive, driven entirely by environment variables.

Every variable is documented in the README. The defaults give a working development setup on SQLite
with no server; production sets DJANGO_DEBUG=0, DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS.
"""

import os
import re
import sys
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list, dropping blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        # A clear one-line refusal beats Django's ImproperlyConfigured traceback.
        sys.exit(
            "Refusing to start: DJANGO_DEBUG is off and DJANGO_SECRET_KEY is not set. "
            "Set DJANGO_SECRET_KEY to a long random string (or DJANGO_DEBUG=1 for development)."
        )
    SECRET_KEY = "insecure-development-key-only-used-with-debug-on"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    # Listed so the API's docs page serves Swagger UI from the app's own static files.
    "ninja",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise must come directly after SecurityMiddleware to serve static files before the rest.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the query string: NUL and control characters answer 400 here.
    "archive.middleware.RejectHostileInputMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Lets history entries written during a request (re-extraction, bulk actions) name the user.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Innermost, so it sees the views' own 404s: an old slug answers 301 to the current page.
    "articles.addresses.OldSlugRedirectMiddleware",
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DEFAULT_SQLITE_PATH = VAR_DIR / "archive.sqlite3"
DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{DEFAULT_SQLITE_PATH}")
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Searches are short OLTP queries: JIT compilation costs more than it saves on them. The
    # archive's tables and indexes are read from memory or SSD, where a random read costs about
    # what a sequential one does; with the default random_page_cost of 4 the planner hashes the
    # whole byline table to count the authors of 5,000 matches (40 ms) instead of looking each
    # one up in its index (10 ms). A page is a handful of short queries: parallel workers cost
    # more to start than they save, and take cores from the other requests.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c jit=off -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Persistent connections buy nothing on SQLite and keep WAL files open longer.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
    # Many readers and one writer: WAL lets readers proceed during a write, the busy timeout makes
    # a second writer wait instead of failing, and IMMEDIATE takes the write lock at BEGIN so a
    # transaction never has to upgrade a read lock (the usual cause of "database is locked").
    # A 64 MiB page cache and memory-mapped reads: ranking a common word visits tens of thousands
    # of rows (263 -> 179 ms at 100,000 articles, see the benchmark).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
            "PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824;"
        ),
    }
    db_name = str(DATABASES["default"]["NAME"])
    if db_name not in ("", ":memory:") and not db_name.startswith("file:"):
        Path(db_name).parent.mkdir(parents=True, exist_ok=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth -----------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Security -------------------------------------------------------------------------------
# Behind a TLS-terminating proxy (nginx, a load balancer) the app sees plain HTTP; trust the
# proxy's X-Forwarded-Proto header only when told to, or anyone could claim HTTPS.
BEHIND_TLS_PROXY = env_bool("DJANGO_BEHIND_TLS_PROXY", default=False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    # trafilatura logs "discarding data" warnings for every page without text; the importer
    # already reports such pages as failed captures.
    "loggers": {"trafilatura": {"level": "ERROR"}},
}

# --- Archive --------------------------------------------------------------------------------
# Largest capture the importer accepts; bigger files are rejected with a clear error.
ARCHIVE_MAX_CAPTURE_BYTES = int(os.environ.get("ARCHIVE_MAX_CAPTURE_BYTES", str(5 * 1024 * 1024)))

# JSON API (/api/v1/): requests an anonymous client may make, as "N/period" (s, min, hour, day;
# "60/min", "1000/day") or "off". Counted per client address in the cache (per process with the
# default local-memory cache, so each worker counts on its own).
ARCHIVE_API_ANON_RATE = os.environ.get("ARCHIVE_API_ANON_RATE", "60/min").strip().lower()
if ARCHIVE_API_ANON_RATE != "off" and not re.fullmatch(
    r"[1-9]\d*/([1-9]\d*)?(s|sec|m|min|h|hour|d|day)", ARCHIVE_API_ANON_RATE
):
    sys.exit(
        f"Refusing to start: ARCHIVE_API_ANON_RATE={ARCHIVE_API_ANON_RATE!r} is not a rate. "
        'Use "N/period" with a period of s, min, hour or day (e.g. "60/min"), or "off".'
    )
# The client's address for the rate limit: behind the TLS proxy, the one it appends to
# X-Forwarded-For; otherwise the connection's own, so a client cannot pick its own address.
NINJA_NUM_PROXIES = 1 if BEHIND_TLS_PROXY else 0

# OAI-PMH (/oai/): identifiers are oai:<repository id>:<article id>, so the id must never change
# once harvesters have records; the address is the contact the protocol's Identify reply names.
ARCHIVE_OAI_REPOSITORY_ID = os.environ.get("ARCHIVE_OAI_REPOSITORY_ID", "commentary-archive")
ARCHIVE_OAI_ADMIN_EMAIL = os.environ.get("ARCHIVE_OAI_ADMIN_EMAIL", "archive@example.org")
ARCHIVE_OAI_PAGE_SIZE = int(os.environ.get("ARCHIVE_OAI_PAGE_SIZE", "100"))

# Exports of a result set (/articles/export/ and each entity's): at most this many articles per
# file. A larger result set is cut here and the response says so in X-Export-Truncated.
ARCHIVE_EXPORT_MAX_ROWS = int(os.environ.get("ARCHIVE_EXPORT_MAX_ROWS", "100000"))

# --- Capture from the web ---------------------------------------------------------------------
# Fetching refuses loopback, private, link-local and other non-public addresses, so the capture
# form cannot be used to probe the server's own network; tests allow them for their local server.
ARCHIVE_CAPTURE_ALLOW_PRIVATE = env_bool("ARCHIVE_CAPTURE_ALLOW_PRIVATE", False)
ARCHIVE_CAPTURE_USER_AGENT = os.environ.get(
    "ARCHIVE_CAPTURE_USER_AGENT", "CommentaryArchive/0.1 (+https://example.org/about/capture)"
)
# Seconds: connecting and each read; the whole fetch is also bounded by the total.
ARCHIVE_CAPTURE_TIMEOUT = float(os.environ.get("ARCHIVE_CAPTURE_TIMEOUT", "10"))
ARCHIVE_CAPTURE_TOTAL_TIMEOUT = float(os.environ.get("ARCHIVE_CAPTURE_TOTAL_TIMEOUT", "30"))
ARCHIVE_CAPTURE_MAX_BYTES = int(
    os.environ.get("ARCHIVE_CAPTURE_MAX_BYTES", str(ARCHIVE_MAX_CAPTURE_BYTES))
)
ARCHIVE_CAPTURE_MAX_REDIRECTS = int(os.environ.get("ARCHIVE_CAPTURE_MAX_REDIRECTS", "10"))
# Seconds between two requests to the same host (robots.txt's Crawl-delay wins when longer).
ARCHIVE_CAPTURE_HOST_DELAY = float(os.environ.get("ARCHIVE_CAPTURE_HOST_DELAY", "1"))

# Background work (fetching never runs inside a web request): Django's tasks interface with the
# database backend, so no extra server is needed; the README says how to run workers.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("ARCHIVE_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}
# Workers (manage.py capture_worker) beat every ARCHIVE_WORKER_HEARTBEAT seconds; a worker silent
# for ARCHIVE_WORKER_TIMEOUT seconds is taken for dead and its capture is retried by another,
# at most ARCHIVE_CAPTURE_MAX_ATTEMPTS times in all. With ARCHIVE_WORKER_POLLS_SOURCES on, the
# workers also queue the polls of sources that are due (else run poll_sources from cron).
ARCHIVE_WORKER_HEARTBEAT = float(os.environ.get("ARCHIVE_WORKER_HEARTBEAT", "10"))
ARCHIVE_WORKER_TIMEOUT = float(os.environ.get("ARCHIVE_WORKER_TIMEOUT", "60"))
ARCHIVE_CAPTURE_MAX_ATTEMPTS = int(os.environ.get("ARCHIVE_CAPTURE_MAX_ATTEMPTS", "3"))
ARCHIVE_WORKER_POLLS_SOURCES = env_bool("ARCHIVE_WORKER_POLLS_SOURCES", True)
