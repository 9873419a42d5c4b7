# Marketdesk: `make run` serves the demo, `make test` runs every check. Both work on a fresh machine.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres
HOST ?= 127.0.0.1
PORT ?= 8000
# Two test processes, handed tests one or two at a time: the slow ones (worker processes, the browser, the API's
# conformance run) sit together in the suite's order, and larger hand-outs left one process running them alone.
# Tests sharing expensive data (the full demo, a generated load, the scored evaluation set) carry an xdist_group
# mark and run in one process, so the data is made once. The suite's order is kept: the tests that commit and flush
# the tables come last, after the tests that expect the migrations' rows (storefronts).
XDIST ?= -n 2 --dist loadgroup --no-loadscope-reorder

.PHONY: run test lint typecheck install install-dev chromium test-sqlite test-postgres clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

# Browser tests drive Debian's Chromium (a browser download cannot work here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Chromium from Debian's packages…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

run: export MARKETDESK_DEBUG ?= 1
run: export MARKETDESK_EMAIL_BACKEND ?= django.core.mail.backends.filebased.EmailBackend
run: export MARKETDESK_PUBLIC_BASE_URL ?= http://$(HOST):$(PORT)
run: install
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py seed_demo --if-empty
	@echo "Marketdesk is at http://$(HOST):$(PORT)/ with its background worker  (Ctrl-C stops both)"
	@echo "Notification e-mails are written to var/mail/ (MARKETDESK_EMAIL_BACKEND chooses another backend)"
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py run_worker & worker=$$!; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT) --noreload

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-dev
	MARKETDESK_DEBUG=1 $(BIN)/mypy

test-sqlite: install-dev chromium
	MARKETDESK_SECRET_KEY=test-only DATABASE_URL= $(BIN)/pytest $(XDIST)

# `make test` sets DATABASE_ONLY=1 for its PostgreSQL pass: the tests that never touch the database ran in its
# SQLite pass (tests/conftest.py).
DATABASE_ONLY ?=
test-postgres: install-dev chromium
	MARKETDESK_SECRET_KEY=test-only MARKETDESK_DB_CONN_MAX_AGE=0 MARKETDESK_TESTS_DATABASE_ONLY=$(DATABASE_ONLY) \
		DATABASE_URL=$(PG_URL) $(BIN)/pytest $(XDIST)

test: install-dev chromium lint typecheck
	MARKETDESK_DEBUG=1 DATABASE_URL= $(BIN)/python manage.py makemigrations --check --dry-run
	@set -e; ran="SQLite"; \
	$(MAKE) --no-print-directory test-sqlite; \
	if $(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2).close()" 2>/dev/null; then \
		$(MAKE) --no-print-directory test-postgres DATABASE_ONLY=1; ran="$$ran and PostgreSQL (its tests that use the database)"; \
	else echo "PostgreSQL at 127.0.0.1:5432 does not answer: skipped."; fi; \
	echo "Test suite passed on $$ran."

clean:
	rm -rf $(VENV) var
