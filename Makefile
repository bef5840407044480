# The README's two commands: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/pind

.PHONY: run test install install-dev lint format system-packages

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

install: $(PY)
	$(PIP) install -q -e .

install-dev: $(PY)
	$(PIP) install -q -e '.[dev]'

system-packages:
	@bash scripts/system-packages.sh

run: install system-packages
	@bash scripts/run.sh

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: install-dev lint
	@DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(PY) scripts/check_db.py
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(VENV)/bin/pytest $(PYTEST_ARGS)

# `make bench` prints every figure of issue #12 beside its reference (bench/run_all.py);
# `make bench QUICK=1` is a shorter run. Run `make install-dev` first (celery; wrk from apt).
.PHONY: bench
bench:
	BENCH_DATABASE_URL=$${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/pind_bench} \
		$(PY) bench/run_all.py $(if $(QUICK),--quick,)
