# Commentary Archive. The first two targets are the README's two commands.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check --quiet
export DJANGO_SETTINGS_MODULE := archive.settings
# PostgreSQL used by `make test` for its second pass; its test database is created by the suite.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/commentary_archive
SQLITE_TEST_URL := sqlite:///var/test-run.sqlite3
# True when the PostgreSQL server of TEST_DATABASE_URL answers.
PG_ANSWERS = $(PY) -c "import sys, psycopg; psycopg.connect(sys.argv[1].rsplit('/', 1)[0] + '/postgres', connect_timeout=3).close()" "$(TEST_DATABASE_URL)" 2>/dev/null
# Browser tests (tests/test_browser.py) drive this Chromium and inject axe-core from npm.
CHROMIUM := /usr/bin/chromium
AXE_JS := var/node/node_modules/axe-core/axe.min.js

.PHONY: run test lint format serve bench install install-dev clean

## run: create .venv, install, migrate, import seeds/, serve http://127.0.0.1:8000 (debug on)
## with one background worker beside the server (captures, source polls); it stops with the server
run: install
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py import_articles seeds/
	DJANGO_DEBUG=1 $(PY) manage.py capture_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

## test: install the dev extra and run the whole suite on SQLite, then on PostgreSQL when one answers
## (with CI=true both at once, one per core, each printed whole when it ends)
## (browser tests run when Chromium is installed; with CI=true a missing Chromium is a failure)
test: install-dev
	@if [ -x $(CHROMIUM) ]; then \
		if [ ! -f $(AXE_JS) ]; then \
			if command -v npm >/dev/null 2>&1; then \
				echo "==> Installing axe-core for the browser tests (var/node)"; \
				npm install --no-audit --no-fund --silent --prefix var/node axe-core@4 || exit $$?; \
			else \
				echo "==> npm not found: axe-core cannot be installed, the browser tests will say so"; \
			fi; \
		fi; \
		echo "==> Browser tests: ON (Chromium at $(CHROMIUM))"; \
	elif [ "$$CI" = "true" ]; then \
		echo "==> Chromium not found at $(CHROMIUM): failing, because CI=true"; exit 1; \
	else \
		echo "==> Chromium not found at $(CHROMIUM): SKIPPING the browser tests (apt-get install chromium to run them)"; \
	fi
	@if [ "$$CI" = "true" ] && $(PG_ANSWERS); then \
		echo "==> Test suites on SQLite and PostgreSQL side by side, one per core (logs in var/test-logs/)"; \
		mkdir -p var/test-logs; \
		DATABASE_URL=$(SQLITE_TEST_URL) $(PY) -m pytest $(PYTEST_ARGS) > var/test-logs/sqlite.log 2>&1 & sqlite=$$!; \
		DATABASE_URL=$(TEST_DATABASE_URL) $(PY) -m pytest $(PYTEST_ARGS) > var/test-logs/postgresql.log 2>&1 & postgresql=$$!; \
		wait $$sqlite; sqlite_rc=$$?; wait $$postgresql; postgresql_rc=$$?; \
		echo "==> Test suite on SQLite (exit $$sqlite_rc)"; cat var/test-logs/sqlite.log; \
		echo "==> Test suite on PostgreSQL ($(TEST_DATABASE_URL), exit $$postgresql_rc)"; cat var/test-logs/postgresql.log; \
		[ $$sqlite_rc -eq 0 ] && [ $$postgresql_rc -eq 0 ]; \
	else \
		echo "==> Test suite on SQLite"; \
		DATABASE_URL=$(SQLITE_TEST_URL) $(PY) -m pytest $(PYTEST_ARGS) || exit $$?; \
		if $(PG_ANSWERS); then \
			echo "==> Test suite on PostgreSQL ($(TEST_DATABASE_URL))"; \
			DATABASE_URL=$(TEST_DATABASE_URL) $(PY) -m pytest $(PYTEST_ARGS) || exit $$?; \
		elif [ "$$CI" = "true" ]; then \
			echo "==> PostgreSQL does not answer at $(TEST_DATABASE_URL): failing, because CI=true"; exit 1; \
		else \
			echo "==> PostgreSQL does not answer at $(TEST_DATABASE_URL): SKIPPED the PostgreSQL run"; \
		fi; \
	fi

## lint: ruff check and format check
lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

## format: apply ruff's fixes and formatting
format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## serve: collect static files, then run gunicorn as production does (debug off)
serve: install
	$(PY) manage.py collectstatic --noinput
	$(VENV)/bin/gunicorn archive.wsgi:application --bind 127.0.0.1:8000 --workers 3 --access-logfile -

## bench: search and import benchmarks (see README for the numbers)
bench: install-dev
	$(PY) bench/run.py $(BENCH_ARGS)

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's declared dependencies change.
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PIP) install -e ".[dev]"
	@touch $@

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
