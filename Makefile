# Two entry points for a fresh machine (see README): `make probe` runs the main job,
# `make test` runs the test suite. Each creates .venv and installs what it needs first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.keysent-installed
OFFLINE := HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1
# extra arguments: make probe ARGS="--limit 40", make test PYTEST_ARGS="-k loading"
ARGS ?=
PYTEST_ARGS ?=

.PHONY: probe attention test test-slow install browser clean

probe: $(STAMP)
	$(OFFLINE) $(PY) -m keysent.probe $(ARGS)

attention: $(STAMP)
	$(OFFLINE) $(PY) -m keysent.attention $(ARGS)

test: $(STAMP) browser
	$(OFFLINE) $(PY) -m pytest -n 2 $(PYTEST_ARGS)

test-slow: $(STAMP) browser
	$(OFFLINE) $(PY) -m pytest -m slow $(PYTEST_ARGS)

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# Static figure export (PNG/PDF/SVG) drives a Chromium through kaleido.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
	  || [ -n "$$BROWSER_PATH" ] || bash .ci/install-chromium

clean:
	rm -rf $(VENV) .pytest_cache
