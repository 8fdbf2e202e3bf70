# Secure Corridor: make demo, make test, make bench, make install, make package.
# Every target installs what it needs and is safe to run again.

SHELL := /bin/bash
APT_PACKAGES := python3-qgis qgis-providers qgis python3-venv python3-pyproj python3-numpy
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The repository is the plugin folder; tests import it as `secure_corridor`.
IMPORT_DIR := build/python
LINK := $(IMPORT_DIR)/secure_corridor

export QT_QPA_PLATFORM := offscreen
export PYTHONPATH := $(CURDIR)/$(IMPORT_DIR)
export PYTHONDONTWRITEBYTECODE := 1
# Never put the current folder on sys.path: the repository root is the plugin package.
export PYTHONSAFEPATH := 1
# Debian's pyproj finds PROJ's data by the interpreter's prefix, which a venv moves.
export PROJ_DATA := /usr/share/proj

.PHONY: test test-core test-qgis bench demo install package system venv clean

test: test-core test-qgis

# The core tier runs with the QGIS and Qt pytest plugins switched off.
test-core: venv
	$(PY) -m pytest -p no:pytest_qgis -p no:pytest-qt tests/core --doctest-modules $(LINK)/core

test-qgis: venv
	$(PY) -m pytest tests/qgis

bench: venv
	$(PY) benchmarks/run.py

# The M4 case end to end in headless QGIS, through the plugin's algorithms: writes out/.
demo: venv
	$(PY) -m secure_corridor.demo --out out

# Link this folder into the current user's QGIS profile (QGIS_PROFILE=name for another one).
QGIS_PROFILE := default
QGIS_PLUGINS := $(HOME)/.local/share/QGIS/QGIS3/profiles/$(QGIS_PROFILE)/python/plugins
install:
	@target="$(QGIS_PLUGINS)/secure_corridor"; \
	if [ -e "$$target" ] && [ ! -L "$$target" ]; then \
	  echo "$$target exists and is not a link: move it away, then run make install again."; exit 1; \
	fi; \
	mkdir -p "$(QGIS_PLUGINS)" && ln -sfn "$(CURDIR)" "$$target" && \
	echo "Linked $$target -> $(CURDIR)"
	@echo "Enable it in QGIS: Plugins > Manage and Install Plugins > Installed > tick Secure Corridor"
	@echo "(restart QGIS first if it is running)."
	@if /usr/bin/python3 -c 'import sys, numpy, pyproj, shapely; sys.exit(int(shapely.__version__.split(".")[0]) < 2 or int(numpy.__version__.split(".")[0]) >= 2)' 2>/dev/null; then \
	  echo "QGIS's Python (/usr/bin/python3) has shapely >= 2, pyproj and numpy < 2: ready."; \
	else \
	  echo "QGIS's Python (/usr/bin/python3) needs shapely >= 2, pyproj and numpy < 2. On Debian 12:"; \
	  echo "  apt install python3-pyproj python3-numpy"; \
	  echo "  /usr/bin/python3 -m pip install --user --break-system-packages 'shapely>=2'"; \
	fi

# secure_corridor.zip for the QGIS plugin repository (only what the plugin needs at run time).
package:
	python3 tools/package.py --output secure_corridor.zip

venv: system $(STAMP) $(LINK)

system:
	@installed=$$(dpkg-query -W -f='$${Status}\n' $(APT_PACKAGES) 2>/dev/null | grep -c '^install ok installed$$'); \
	if [ "$$installed" != "$(words $(APT_PACKAGES))" ]; then \
	  echo "Installing QGIS from Debian: $(APT_PACKAGES)"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi

$(STAMP): requirements.txt
	[ -x $(PY) ] || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

$(LINK):
	mkdir -p $(IMPORT_DIR)
	ln -sfn ../.. $(LINK)

clean:
	rm -rf build out $(VENV)
