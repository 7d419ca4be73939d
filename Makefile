# mixmax-sdk developer commands. Every target sets up its own virtualenv first, so a fresh clone
# needs only Python >= 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SPEC := openapi/mixmax.yaml
GEN_DIR := generated/mixmax_openapi
STAMP := $(VENV)/.installed

.PHONY: venv redis-server sdk test test-fast demo bench lint typecheck check record clean docs

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

## redis-server: the binary the shared rate limiter's tests start (Debian's package; installed when
## missing, with sudo unless root). The tests fail, never skip, without it.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "redis-server not found: installing Debian's redis-server package"; \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq redis-server >/dev/null; \
	}
	@command -v redis-server >/dev/null 2>&1 || { echo "could not install redis-server" >&2; exit 1; }

## sdk: validate the spec, regenerate generated/ from it, then the facade's resource groups, the client's
## group registry and api.md (scripts/gen_facade.py, templates/facade/), print the coverage summary
sdk: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) \
	  --config generator-config.yaml --custom-template-path templates \
	  --meta none --output-path $(GEN_DIR) --overwrite --fail-on-warning
	rm -rf $(GEN_DIR)/.ruff_cache
	$(BIN)/python scripts/spec_to_json.py $(SPEC) $(GEN_DIR)/openapi.json
	touch $(GEN_DIR)/py.typed
	$(BIN)/python scripts/gen_facade.py $(SPEC)
	$(BIN)/python scripts/spec_summary.py $(SPEC)

## test: the whole test suite (offline: fake transports and replay-only cassettes)
test: $(STAMP) redis-server
	$(BIN)/python -m pytest

## test-fast: the inner loop: the suite without the tests marked slow or memory (`make test` runs them all)
test-fast: $(STAMP) redis-server
	$(BIN)/python -m pytest -m "not slow and not memory"

## demo: the quickstart, against the built-in fake Mixmax (or the real API when MIXMAX_API_KEY is set)
demo: $(STAMP)
	$(BIN)/python examples/quickstart.py

## bench: every performance figure as a ratio to its baseline (raw httpx, json.loads, ...) measured
## side by side in one run, the server in another process; prints the table and writes bench/RESULTS.md
## (with bench/baseline.md, the figures before the optimisations, appended). Exit 1 if a goal is missed.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py --baseline bench/baseline.md

## docs: the docs site in site/ (mkdocs-material; mkdocs.yml): the guides in docs/, api.md as written by
## `make sdk`, and reference pages rendered from the docstrings. --strict: a broken link or reference fails.
docs: venv
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

lint: $(STAMP)
	$(BIN)/ruff check mixmax_sdk tests scripts examples
	$(BIN)/ruff format --check mixmax_sdk tests scripts examples

typecheck: $(STAMP)
	$(BIN)/mypy mixmax_sdk
	$(BIN)/mypy examples

check: lint typecheck

## record: re-record the read-only cassettes against the real API (needs MIXMAX_API_KEY; cassettes
## that hold writes are skipped). Review the diff: tests assert the documented example values.
record: $(STAMP)
	@test -n "$$MIXMAX_API_KEY" || (echo "MIXMAX_API_KEY must be set to record cassettes" >&2; exit 2)
	MIXMAX_RECORD=1 $(BIN)/python -m pytest tests -m cassette

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
