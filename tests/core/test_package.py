"""The engine imports without QGIS or Qt, and the plugin entry stays lazy."""

import os
import subprocess
import sys
from pathlib import Path

import secure_corridor.core as core

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_neither_qgis_nor_qt():
    code = (
        "import sys, secure_corridor.core; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip')]; "
        "print(','.join(bad))"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(core.__file__).parents[2])}
    if "PROJ_DATA" in os.environ:  # where a distribution's pyproj finds PROJ's data from a venv
        env["PROJ_DATA"] = os.environ["PROJ_DATA"]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == ""


def test_no_qgis_or_qt_import_in_core_sources():
    for path in (ROOT / "core").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("import qgis", "from qgis", "PyQt5", "PyQt6"):
            assert word not in text, f"{path.name} mentions {word}"


def test_public_names_exist():
    for name in core.__all__:
        assert hasattr(core, name), name
