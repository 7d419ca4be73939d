# mixmax-sdk developer commands. Every target sets up its own virtualenv first, so a fresh clone
# needs only Python >= 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SPEC := openapi/mixmax.yaml
GEN_DIR := generated/mixmax_openapi
# One virtualenv, two stamps: what a user needs (the package, editable, with the `cli` extra: enough for
# `make demo`), then the development tools of requirements-dev.txt added to the same venv.
RUNTIME := $(VENV)/.installed-runtime
DEV := $(VENV)/.installed-dev

.PHONY: venv redis-server sdk test test-fast demo bench lint typecheck check record clean docs

## venv: the development virtualenv (runtime + requirements-dev.txt)
venv: $(DEV)

# The packages go in through the interpreter's own pip when it can install into another environment
# (`pip --python`, pip >= 22.3): the venv is then made without a pip of its own, in a fraction of a
# second instead of the seconds ensurepip takes. Otherwise ensurepip gives the venv its own pip, which
# then installs. (requirements-dev.txt adds pip to the venv: a development venv always has its own.)
PIP = sh -c 'if [ -x $(BIN)/pip ]; then exec $(BIN)/python -m pip "$$@"; fi; exec $(PYTHON) -m pip --python $(BIN)/python "$$@"' pip

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required (set PYTHON=...)")'
	$(PYTHON) -m venv --without-pip $(VENV)
	@$(PYTHON) -m pip --python $(BIN)/python --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip --default-pip >/dev/null

# _version.py too: the installed metadata's version is computed at install time.
$(RUNTIME): pyproject.toml mixmax_sdk/_version.py | $(BIN)/python
	@echo "pip install -e '.[cli]'  (into $(VENV))"
	@$(PIP) install --quiet -e '.[cli]'
	@touch $@

$(DEV): $(RUNTIME) requirements-dev.txt
	@echo "pip install -r requirements-dev.txt  (into $(VENV))"
	@$(PIP) install --quiet -r requirements-dev.txt
	@touch $@

## redis-server: the binary the shared rate limiter's tests start: found on PATH, or installed with the
## platform's package manager (apt-get, dnf, brew), or one line saying what to install and exit 1.
## The tests fail, never skip, without it.
redis-server:
	@sh scripts/ensure_redis_server.sh

## sdk: validate the spec, regenerate generated/ from it, then the facade's resource groups, the client's
## group registry and api.md (scripts/gen_facade.py, templates/facade/), print the coverage summary
sdk: $(DEV)
	$(BIN)/openapi-spec-validator $(SPEC)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) \
	  --config generator-config.yaml --custom-template-path templates \
	  --meta none --output-path $(GEN_DIR) --overwrite --fail-on-warning
	rm -rf $(GEN_DIR)/.ruff_cache
	$(BIN)/python scripts/spec_to_json.py $(SPEC) $(GEN_DIR)/openapi.json
	touch $(GEN_DIR)/py.typed
	$(BIN)/python scripts/gen_facade.py $(SPEC)
	$(BIN)/python scripts/spec_summary.py $(SPEC)

# The suite runs in parallel (pytest-xdist; `auto` is three workers for two cores: see
# pytest_xdist_auto_num_workers in tests/conftest.py): its tests share no port, file, environment
# variable or global state. `make test WORKERS=0` runs it in one process.
WORKERS ?= auto

## test: the whole test suite (offline: fake transports and replay-only cassettes), in parallel
test: $(DEV) redis-server
	$(BIN)/python -m pytest -n $(WORKERS)

## test-fast: the inner loop: the suite without the tests marked slow or memory (`make test` runs them all)
test-fast: $(DEV) redis-server
	$(BIN)/python -m pytest -n $(WORKERS) -m "not slow and not memory"

## demo: the quickstart, against the built-in fake Mixmax (or the real API when MIXMAX_API_KEY is set);
## it needs what a user has (the runtime stamp), none of the development tools
demo: $(RUNTIME)
	$(BIN)/python examples/quickstart.py

## bench: every performance figure as a ratio to its baseline (raw httpx, json.loads, ...) measured
## side by side in one run, the server in another process; prints the table and writes bench/RESULTS.md
## (with bench/baseline.md, the figures before the optimisations, appended). Exit 1 if a goal is missed.
bench: $(DEV)
	$(BIN)/python scripts/bench.py --baseline bench/baseline.md

## docs: the docs site in site/ (mkdocs-material; mkdocs.yml): the guides in docs/, api.md as written by
## `make sdk`, and reference pages rendered from the docstrings. --strict: a broken link or reference fails.
docs: $(DEV)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

lint: $(DEV)
	$(BIN)/ruff check mixmax_sdk tests scripts examples
	$(BIN)/ruff format --check mixmax_sdk tests scripts examples

typecheck: $(DEV)
	$(BIN)/mypy mixmax_sdk
	$(BIN)/mypy examples

check: lint typecheck

## record: re-record the read-only cassettes against the real API (needs MIXMAX_API_KEY; cassettes
## that hold writes are skipped). Review the diff: tests assert the documented example values.
record: $(DEV)
	@test -n "$$MIXMAX_API_KEY" || (echo "MIXMAX_API_KEY must be set to record cassettes" >&2; exit 2)
	MIXMAX_RECORD=1 $(BIN)/python -m pytest tests -m cassette

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
