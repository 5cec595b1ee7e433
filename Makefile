# The commands the README names. Everything the project needs is installed from here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test test-all lint bench dist screenshots system-deps translations translations-update clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

system-deps:
	@bash packaging/install-debian-packages.sh

run: $(STAMP) translations
	$(BIN)/quadrant

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) system-deps translations lint
	$(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

test-all: $(STAMP) system-deps translations lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Catalogues. `make translations` compiles the committed .ts sources to .qm next to
# them (build outputs, not committed: lrelease ships with PySide6). `make
# translations-update` first brings the .ts sources up to date with every tr() in
# the code (vanished strings dropped; Dutch complete, English only its plural
# forms); a test fails when the committed sources lag behind the code, so the
# test run itself never rewrites them. See resources/translations/README.md.
TS_DIR := resources/translations
LUPDATE := $(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -extensions py

translations: $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS_DIR)/quadrant_nl.ts $(TS_DIR)/quadrant_en.ts

translations-update: $(STAMP)
	$(LUPDATE) desktop/quadrant -ts $(TS_DIR)/quadrant_nl.ts
	$(LUPDATE) -pluralonly desktop/quadrant -ts $(TS_DIR)/quadrant_en.ts
	$(MAKE) translations

bench: $(STAMP) system-deps
	$(BIN)/python benchmarks/run.py

# The one-folder bundle (dist/quadrant) and dist/quadrant-VERSION-linux-ARCH.tar.gz,
# validated and smoke-tested; see packaging/build_dist.py.
$(VENV)/.installed-dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dist]"
	touch $@

dist: $(VENV)/.installed-dist system-deps translations
	$(BIN)/python packaging/build_dist.py

screenshots: $(STAMP) system-deps
	$(BIN)/python -m quadrant --data-dir build/screenshot-data demo --force >/dev/null
	QT_QPA_PLATFORM=offscreen $(BIN)/quadrant --data-dir build/screenshot-data --screenshot docs/screenshot.png

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
