# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test lint typecheck generate check-generated bench reliability conformance install-all install-dev

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# An editable install leaves sources only: byte-compile them, as pip does for a wheel (with
# PYTHONDONTWRITEBYTECODE set, every process would otherwise compile them on import).
COMPILED := $(PY) -m compileall -q alpaca generated/alpaca_client

install-all: $(PY)
	$(PY) -m pip install -q -e ".[all]"
	$(COMPILED)

install-dev: $(PY)
	$(PY) -m pip install -q -e ".[dev,all]"
	$(COMPILED)

demo: install-all
	$(VENV)/bin/alpaca demo

LINTED := alpaca codegen tests $(wildcard benchmarks examples)

lint: install-dev
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)

typecheck: install-dev
	$(VENV)/bin/mypy alpaca codegen tests examples

check-generated: install-dev
	$(PY) -m codegen --check

test: lint typecheck check-generated
	$(VENV)/bin/pytest -q -p no:cacheprovider

# Fault, concurrency, stream and fuzz scenarios at full size (`make test` runs them small);
# prints the figures, saved in build/reliability/full.json, then as Markdown for the README.
reliability: install-dev
	ALPACA_RELIABILITY=full $(VENV)/bin/pytest -q -p no:cacheprovider tests/reliability
	$(PY) -m tests.reliability._figures --markdown build/reliability/full.json

generate: install-dev
	$(PY) -m codegen

bench: install-all
	$(PY) benchmarks/run_all.py --json benchmarks/.data/latest.json
	$(PY) benchmarks/stream_throughput.py

# Validate the sandbox's answers against Alpaca's published OpenAPI documents (developer check,
# not part of `make test`: the repository does not hold those documents).
DOCS ?= ../shared/reference
conformance: install-dev
	$(PY) -m tests.conformance $(DOCS)
