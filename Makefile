# Coordinator: `make run` starts the app, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench bench-county screenshots clean translations translations-update

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

# The translations the app loads: each coordinator/assets/translations/coordinator_<code>.ts
# compiled to its .qm (built here, never committed). Nothing to do while there is no .ts.
TRANSLATIONS_TS := $(wildcard coordinator/assets/translations/coordinator_*.ts)

translations: $(TRANSLATIONS_TS:.ts=.qm)

coordinator/assets/translations/%.qm: coordinator/assets/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Brings coordinator_es.ts up to date with the texts in coordinator/ui and the reports' words
# the services mark with said() (new texts are added unfinished, vanished ones dropped); a
# test fails while any is missing or unfinished.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -source-language en \
	    -tr-function-alias QT_TRANSLATE_NOOP+=said \
	    -target-language es $$(git ls-files 'coordinator/ui/*.py' 'coordinator/ui/**/*.py') \
	    $$(git grep -l -F "said(" -- 'coordinator/*.py' ':!coordinator/ui' ':!coordinator/domain/words.py') \
	    -ts coordinator/assets/translations/coordinator_es.ts

run: $(STAMP) translations
	$(BIN)/coordinator gui

lint: $(STAMP)
	$(BIN)/ruff check coordinator tests main.py $(wildcard benchmarks) packaging && $(BIN)/lint-imports --no-cache

typecheck: $(STAMP)
	$(BIN)/mypy coordinator

# Tests run in parallel, one worker per core by default (each with its own databases and
# QApplication); `make test PYTEST_WORKERS=0` runs them in this one process.
PYTEST_WORKERS ?= auto

pytest: $(STAMP) translations
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS)

test: lint typecheck pytest

# One workstation on the SQLite file: every headline operation against its floor.
bench: $(STAMP)
	$(BIN)/python -m benchmarks

# County scale: simulated workstations, each its own process, at once: PostgreSQL (a
# throwaway server the harness starts and deletes) with 1, 10 and 50, then 1 and 4 processes
# on one SQLite file. Both go into bench-results/county.json and county.png; the README's
# table and curve are docs/county/county.json and .png (the harness's --json and --png add a
# run to them). `make bench-county COUNTY_CLIENTS=1000000` for the county's size
# (COUNTY_ARGS="--pg-data DIR" keeps the server's files, so its demo is generated once).
COUNTY_CLIENTS ?= 100000
COUNTY_ARGS ?=
bench-county: $(STAMP)
	$(BIN)/python -m benchmarks.county --engine postgresql --clients $(COUNTY_CLIENTS) \
	    --workstations 1,10,50 $(COUNTY_ARGS)
	$(BIN)/python -m benchmarks.county --engine sqlite --clients $(COUNTY_CLIENTS) \
	    --workstations 1,4

screenshots: $(STAMP)
	$(BIN)/coordinator screenshot --out shots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# --- distribution: the wheel and the frozen one-folder app (packaging/) -------------------
# `make dist` builds dist/coordinator-VERSION-py3-none-any.whl (with its sdist) and
# dist/coordinator/coordinator with PyInstaller, for the operating system it runs on;
# `make dist-check` builds them and checks them as a workstation would meet them.
.PHONY: dist dist-check
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	@set -e; started=$$(date +%s); mkdir -p build; \
	rm -rf dist/coordinator dist/coordinator-*.whl dist/coordinator-*.tar.gz; \
	echo "==> wheel (python -m build: the sdist, then the wheel from it)"; \
	$(BIN)/python -m build --outdir dist . >build/dist-wheel.log 2>&1 \
		|| { cat build/dist-wheel.log; exit 1; }; \
	echo "    $$(ls dist/coordinator-*.whl) ($$(( $$(date +%s) - started )) s)"; \
	echo "==> one-folder app (PyInstaller, packaging/coordinator.spec)"; \
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/coordinator.spec; \
	echo "    dist/coordinator/coordinator, $$(du -sh dist/coordinator | cut -f1)"; \
	echo "==> make dist took $$(( $$(date +%s) - started )) s"

dist-check: dist
	PYTHON=$(PYTHON) packaging/check_dist.sh
