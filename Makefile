# The commands the README names. Everything the project needs is installed from here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test test-all lint bench dist screenshots system-deps translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

system-deps:
	@bash packaging/install-debian-packages.sh

run: $(STAMP)
	$(BIN)/quadrant

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) system-deps lint
	$(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

test-all: $(STAMP) system-deps lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

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
