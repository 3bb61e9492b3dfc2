# childguard: `make run` serves a demo on SQLite; `make test` installs and runs the tests.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export CHILDGUARD_DATA_DIR ?= ./var

.PHONY: run test install lint bench fuzz migration clean worker

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Video hashing (vpdq) needs FFmpeg's development libraries; without them everything else
# installs and video uploads get a clear "not installed" error.
EXTRAS := dev$(shell pkg-config --exists libavcodec libavformat libavutil libswscale 2>/dev/null && echo ,video)

$(STAMP): pyproject.toml | $(BIN)/python
	@case "$(EXTRAS)" in *video*) ;; *) echo "note: FFmpeg development libraries not found; installing without video hashing (see README)";; esac
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[$(EXTRAS)]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/childguard db upgrade
	$(BIN)/childguard demo --no-upgrade
	$(BIN)/childguard serve

worker: $(STAMP)
	$(BIN)/childguard worker

# Tests run on every core (pytest-xdist); each worker has its own database.
PYTEST_ARGS ?= -n auto
test: $(STAMP)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	@set -e; for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f; done

fuzz: $(STAMP)
	CHILDGUARD_FUZZ_EXAMPLES=100 $(BIN)/python -m pytest -q tests/platform/test_api_fuzz.py

# make migration CTX=media MSG="add entry notes"
migration: $(STAMP)
	$(BIN)/python -m childguard.platform.new_migration $(CTX) "$(MSG)"

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
