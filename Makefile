# Secure Corridor: make demo, make test, make bench, make install, make package.
# Every target installs what it needs and is safe to run again.

SHELL := /bin/bash
APT_PACKAGES := python3-qgis qgis-providers qgis python3-venv python3-pyproj python3-numpy python3-pip xvfb xauth
VENV := .venv
PY := $(VENV)/bin/python
# SHAPELY=x.y.z: that shapely from PyPI instead of requirements.txt's pin;
# SHAPELY=system: the distribution's (python3-shapely). Use a VENV of its own.
SHAPELY :=
STAMP := $(VENV)/.installed$(if $(SHAPELY),-shapely-$(SHAPELY))
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

.PHONY: test test-core test-core-preloaded test-qgis test-versions bench demo install package system venv clean translations i18n-tools

test: test-core test-core-preloaded test-qgis

CORE_TESTS := -p no:pytest_qgis -p no:pytest-qt tests/core --doctest-modules $(LINK)/core
# QGIS's own libgeos_c, which qgis.bin has in the global symbol scope before any
# plugin imports shapely (the desktop's situation); evaluated only where used.
QGIS_GEOS = $(shell ldd $$($(PY) -c 'import qgis._core as m; print(m.__file__)') | awk '$$1 ~ /^libgeos_c\.so/ {print $$3}')
# QGIS 3 is built with Qt 5; the venv's PyQt6 is only read by the Qt 6 name check.
QT_API := pyqt5

# The core tier runs with the QGIS and Qt pytest plugins switched off: in plain
# Python, then again with QGIS's GEOS preloaded, as the engine runs in the desktop.
test-core: venv
	@echo "== core tier"
	$(PY) -m pytest $(CORE_TESTS)

test-core-preloaded: venv
	@[ -n "$(QGIS_GEOS)" ] || { echo "QGIS's libgeos_c not found"; exit 1; }
	@echo "== core tier, QGIS's GEOS preloaded ($(QGIS_GEOS)), as in the desktop"
	LD_PRELOAD=$(QGIS_GEOS) $(PY) -m pytest $(CORE_TESTS)

test-qgis: venv i18n-tools
	@[ -n "$(QGIS_GEOS)" ] || { echo "QGIS's libgeos_c not found"; exit 1; }
	@echo "== QGIS tier, QGIS's GEOS preloaded ($(QGIS_GEOS)), as in the desktop"
	LD_PRELOAD=$(QGIS_GEOS) PYTEST_QT_API=$(QT_API) $(PY) -m pytest tests/qgis

# Both tiers on QGIS 3.22 (Debian 12), 3.40 LTR (Debian 13) and 3.44 (Debian sid),
# the other Debian releases in chroots under build/chroots (made when missing).
test-versions: system
	tools/test_versions.sh

bench: venv
	$(PY) benchmarks/run.py

# The M4 case end to end in headless QGIS, through the plugin's algorithms: writes out/.
demo: venv
	$(PY) -m secure_corridor.demo --out out

# i18n/secure_corridor_LANG.ts from every tr() in the plugin and the engine's
# message templates (pylupdate5 keeps the translations already made), then the
# .qm files the plugin loads. The .qm files are committed: QGIS reads only those.
LANGUAGES := ar tr ru fr
TS_FILES := $(LANGUAGES:%=i18n/secure_corridor_%.ts)
TR_SOURCES := plugin.py $(wildcard ui/*.py bridge/*.py processing_provider/*.py)
CORE_STUB := build/i18n/core_messages.py
I18N_PACKAGES := pyqt5-dev-tools qttools5-dev-tools
translations: i18n-tools
	python3 tools/core_messages.py $(CORE_STUB)
	LANG=C.UTF-8 pylupdate5 -noobsolete $(TR_SOURCES) $(CORE_STUB) -ts $(TS_FILES)
	lrelease -removeidentical $(TS_FILES)

# Also for the QGIS tier, which checks the translation files against the code
# (where a Debian release has no PyQt5 tools, those checks skip).
i18n-tools:
	@installed=$$(dpkg-query -W -f='$${Status}\n' $(I18N_PACKAGES) 2>/dev/null | grep -c '^install ok installed$$'); \
	if [ "$$installed" != "$(words $(I18N_PACKAGES))" ]; then \
	  echo "Installing pylupdate5 and lrelease from Debian: $(I18N_PACKAGES)"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(I18N_PACKAGES) || \
	  echo "No $(I18N_PACKAGES) here: the checks that the translation files are up to date are skipped."; \
	fi

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
	@/usr/bin/python3 tools/check_environment.py

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
	$(if $(SHAPELY),grep -v '^shapely' requirements.txt > $(VENV)/requirements.txt,cp requirements.txt $(VENV)/requirements.txt)
	$(PY) -m pip install -q --disable-pip-version-check -r $(VENV)/requirements.txt $(if $(filter-out system,$(SHAPELY)),shapely==$(SHAPELY))
	touch $@

$(LINK):
	mkdir -p $(IMPORT_DIR)
	ln -sfn ../.. $(LINK)

# The chroots' mounts first: rm must never walk into /proc or /dev.
clean:
	tools/test_versions.sh --unmount
	rm -rf --one-file-system build out $(VENV)
