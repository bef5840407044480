# The README's two commands: `make run` and `make test`; `make test-fast` for the edit loop.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/pind
# What `test-fast` leaves to `make test`: processes, media, the browser, model weights.
FAST_MARKERS := not slow and not browser and not ml
DEV_STAMP := $(VENV)/.pind-dev-installed

.PHONY: run test test-fast install install-dev lint format system-packages check-db

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

install: $(PY)
	$(PIP) install -q -e .

install-dev: $(PY)
	$(PIP) install -q -e '.[dev]'
	@touch $(DEV_STAMP)

# The dev install again only when pyproject.toml changed (keeps `test-fast` fast).
$(DEV_STAMP): pyproject.toml | $(PY)
	$(PIP) install -q -e '.[dev]'
	@touch $@

system-packages:
	@bash scripts/system-packages.sh

run: install system-packages
	@bash scripts/run.sh

# ruff, then the layers (import-linter contracts in pyproject.toml).
lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check-db:
	@DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(PY) scripts/check_db.py

# Everything CI runs: lint, layers, and the whole suite (browser, real workers, media).
test: install-dev lint check-db
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(VENV)/bin/pytest $(PYTEST_ARGS)

# `make bench` prints every figure of issue #12 beside its reference (bench/run_all.py);
# `make bench QUICK=1` is a shorter run. Run `make install-dev` first (celery; wrk from apt).
.PHONY: bench
bench:
	BENCH_DATABASE_URL=$${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/pind_bench} \
		$(PY) bench/run_all.py $(if $(QUICK),--quick,)

# Unit and API tests only (no browser, no qcluster, no media, no ML): under two minutes.
# A fresh test database each time: --reuse-db would keep what a browser test's flush wiped
# (the reaper's schedule, made by a data migration). Run `make lint test-fast` before pushing.
test-fast: $(DEV_STAMP) check-db
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(VENV)/bin/pytest -q \
		-m "$(FAST_MARKERS)" $(PYTEST_ARGS)
