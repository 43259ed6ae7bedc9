# Everything a reader or maintainer runs. The first target run creates .venv from requirements.lock.
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: serve build check test bench lock clean

$(INSTALLED): requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

serve: $(INSTALLED)  ## check, then serve the site on http://127.0.0.1:8000/ with live reload
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(INSTALLED)  ## check, then build the site into site/
	$(BIN)/mkdocs build --strict --clean

check: $(INSTALLED)  ## the edition check alone
	$(BIN)/python scripts/docs.py check

test: $(INSTALLED)  ## every test, browser tests included
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/pytest

bench: $(INSTALLED)  ## measure size and speed budgets into bench/*.json
	$(BIN)/python scripts/bench_site.py
	$(BIN)/python scripts/bench_search.py

lock:  ## re-pin every dependency after editing pyproject.toml
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --all-build-deps --extra test --strip-extras -o requirements.lock pyproject.toml

clean:
	rm -rf site $(VENV)
