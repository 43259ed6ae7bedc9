# Everything a reader or maintainer runs. The first target run creates .venv from requirements.lock.
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1  # mkdocs<2 is pinned on purpose (pyproject.toml): no banner on every build
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: serve build offline check addresses test test-fast bench lighthouse lock clean

$(INSTALLED): requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(NODE_INSTALLED): package.json package-lock.json  ## axe-core and Lighthouse, exact versions from package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

serve: $(INSTALLED)  ## check, then serve the site on http://127.0.0.1:8000/ with live reload
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(INSTALLED)  ## check, then build the site into site/
	$(BIN)/mkdocs build --strict --clean

offline: $(INSTALLED)  ## a copy of the site that works opened from disk (file://), search included, into site-offline/
	OFFLINE=true $(BIN)/mkdocs build --strict --clean --site-dir site-offline

check: $(INSTALLED)  ## the edition check alone
	$(BIN)/python scripts/docs.py check

addresses: $(INSTALLED)  ## build, and rewrite data/addresses.txt, every address the site has published, from the site
	$(BIN)/python scripts/docs.py addresses

test: $(INSTALLED) $(NODE_INSTALLED)  ## every test, browser tests included, then the budgets and Lighthouse gates
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/pytest
	$(BIN)/python -m measure.bench_site
	$(BIN)/python -m measure.lighthouse

test-fast: $(INSTALLED)  ## the check, ruff and every test that needs no browser (about 30 s): before each commit
	$(BIN)/python scripts/docs.py check
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/pytest -m "not browser"

bench: $(INSTALLED)  ## measure size and speed budgets into bench/*.json
	$(BIN)/python -m measure.bench_site
	$(BIN)/python -m measure.bench_search

lighthouse: $(INSTALLED) $(NODE_INSTALLED)  ## the Lighthouse gate alone (mobile): every page's median score must be 100
	$(BIN)/python -m measure.lighthouse

lock: $(INSTALLED)  ## re-pin every dependency after editing pyproject.toml
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --all-build-deps --extra test --strip-extras -o requirements.lock pyproject.toml

clean:
	rm -rf site site-offline .cache $(VENV) node_modules
