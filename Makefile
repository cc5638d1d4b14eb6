# canvas-editor: `make run` opens the editor, `make test` installs what the tests need
# and runs the suite. Both work on a fresh Debian/Ubuntu machine. `make bench` runs the
# perf suite (tests/perf, `pytest -m perf`: the start-up budget and what keeps painting
# quick), then the benchmarks; it fails when the perf suite does.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Debian packages Qt's xcb plugin needs beyond the wheel, a virtual X server for the
# end-to-end tests (and libxtst6 to type and click on it), the Korean font and poppler
# (pdftotext, pdftoppm) for PDF checks, LibreOffice Impress, which opens the PowerPoint
# export as a user would and prints it to PDF, CUPS with a cups-pdf queue for the print
# tests (they start a scheduler of their own; the system's is left alone), and the
# desktop's own tools that install-desktop is checked with (desktop-file-validate,
# update-desktop-database, update-mime-database), a headless browser with its
# WebDriver for the live workshop's participant page, and the screen readers' stack
# (a D-Bus session, AT-SPI and pyatspi) for the accessibility test.
APT_PACKAGES := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-shape0 \
	libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 \
	libegl1 libgl1 libfontconfig1 libdbus-1-3 xvfb xauth libxtst6 fonts-nanum poppler-utils \
	libreoffice-impress cups cups-client printer-driver-cups-pdf desktop-file-utils shared-mime-info \
	chromium chromium-driver dbus at-spi2-core python3-pyatspi

# The user interface's catalogues (Qt Linguist sources, kept in git) and their compiled
# form, which the window loads (made here, shipped in the wheel, not kept in git).
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test bench lint system-deps venv clean translations web

run: $(STAMP) $(QM_FILES)
	$(VENV)/bin/canvas-editor --template amazon

test: system-deps $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing what the window or the command line says: collect the texts into the
# catalogues (new ones arrive unfinished, for a translator to fill in with pyside6-linguist).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find canvas_editor -name '*.py' | LC_ALL=C sort) -ts $(TS_FILES) \
		-no-obsolete -locations none

bench: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m perf; status=$$?; $(PY) -m bench && exit $$status

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy canvas_editor
	$(PY) tools/check_translations.py

venv: $(STAMP)

# The participant page's script, from web/ (yjs, y-websocket, esbuild, pinned in its
# lockfile). The built file is committed, so only changing web/ needs Node; the stamp
# lets the tests notice a web/ changed without a rebuild.
web: $(STAMP)
	cd web && npm ci --no-audit --no-fund && npm run -s build
	$(PY) tools/web_stamp.py

$(STAMP): pyproject.toml setup.py
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Installs the missing Debian packages when run as root; otherwise prints the line to run.
system-deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "not a Debian/Ubuntu system: install Xvfb, poppler, CUPS and Qt's xcb libraries yourself"; \
		exit 0; \
	fi; \
	missing=""; \
	for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
		echo "missing Debian packages; run:"; \
		echo "  sudo apt-get install -y$$missing"; \
		exit 1; \
	fi

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
