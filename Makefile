# Coordinator: `make run` starts the app, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/coordinator gui

lint: $(STAMP)
	$(BIN)/ruff check coordinator tests main.py $(wildcard benchmarks)

typecheck: $(STAMP)
	$(BIN)/mypy coordinator/domain coordinator/services

# Tests run in parallel, one worker per core by default (each with its own databases and
# QApplication); `make test PYTEST_WORKERS=0` runs them in this one process.
PYTEST_WORKERS ?= auto

pytest: $(STAMP)
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS)

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks

screenshots: $(STAMP)
	$(BIN)/coordinator screenshot --out shots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
