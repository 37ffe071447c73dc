# Two commands for a new user: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
OUT    ?= out
CORPUS ?= data/examples/niger-2023
export MPLBACKEND := Agg

.DEFAULT_GOAL := help
.PHONY: help install browser demo test lint format bench clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-8s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed ## create .venv and install scorer with its extras

browser: ## headless Chromium for the report test (Debian's package; needs root or sudo)
	@bash tools/ensure_chromium.sh

demo: install ## score the bundled corpus; write scores, the HTML report and executed notebooks to $(OUT)/
	@mkdir -p $(OUT)
	$(PY) -m scorer score $(CORPUS) -o $(OUT)/scores.csv -o $(OUT)/scores.parquet
	$(PY) -m scorer report $(CORPUS) -o $(OUT)/report
	$(PY) tools/run_notebooks.py notebooks --html-dir $(OUT)/notebooks

test: install browser ## ruff, the unit tests, the doctests, every notebook, the report in Chromium
	$(VENV)/bin/ruff check scorer tests benchmarks tools
	$(VENV)/bin/ruff format --check scorer tests benchmarks tools
	$(PY) -m pytest

lint: install ## ruff only
	$(VENV)/bin/ruff check scorer tests benchmarks tools

format: install ## apply ruff's formatter and safe fixes
	$(VENV)/bin/ruff format scorer tests benchmarks tools
	$(VENV)/bin/ruff check --fix scorer tests benchmarks tools

bench: install ## throughput figures for 1k and 10k generated articles
	$(PY) benchmarks/throughput.py --sizes 1000 10000

clean: ## remove the outputs (keeps .venv)
	rm -rf $(OUT) .pytest_cache .ruff_cache
