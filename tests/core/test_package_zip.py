"""make package: secure_corridor.zip holds the plugin, only the plugin, with valid metadata."""

import configparser
import importlib.util
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "package.py"


def _load_tool():
    spec = importlib.util.spec_from_file_location("package_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


package = _load_tool()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(zip path, entry names) of a freshly built zip."""
    path = tmp_path_factory.mktemp("package") / "secure_corridor.zip"
    done = subprocess.run(
        [sys.executable, str(TOOL), "--output", str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Wrote {path}" in done.stdout
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
    return path, names


def inside(names):
    """Entry names without the top-level folder."""
    return {name.removeprefix("secure_corridor/") for name in names}


def test_one_top_level_folder_named_like_the_package(built):
    _, names = built
    assert names and all(name.startswith("secure_corridor/") for name in names)
    assert "secure_corridor".isidentifier()


def test_everything_the_plugin_needs_at_run_time(built):
    _, names = built
    files = inside(names)
    for required in ("metadata.txt", "__init__.py", "plugin.py", "README.md", "resources/icon.svg",
                     "resources/help/index.html"):
        assert required in files, required
    for kind in ("corridor", "patrol", "route", "checkpoints", "incidents"):
        assert f"resources/styles/{kind}.qml" in files
    for folder in ("dependencies", "core", "bridge", "processing_provider", "ui"):
        for source in (ROOT / folder).glob("*.py"):
            assert f"{folder}/{source.name}" in files, f"{folder}/{source.name}"
    assert ("LICENSE" in files) == (ROOT / "LICENSE").is_file()
    for language in ("ar", "tr", "ru", "fr"):  # the translations QGIS loads
        assert f"i18n/secure_corridor_{language}.qm" in files, language


def test_nothing_else(built):
    _, names = built
    for name in inside(names):
        top = name.split("/")[0]
        assert top in package.TOP_FOLDERS or (name == top and top in package.TOP_FILES), name
        assert "__pycache__" not in name and not name.endswith((".pyc", ".pyo")), name
        assert not any(part.startswith(".") for part in name.split("/")), name
    files = inside(names)
    for forbidden in ("tests", "benchmarks", "tools", "demo", "build", ".venv", ".ci", ".git", "out"):
        assert not any(name.split("/")[0] == forbidden for name in files), forbidden
    for forbidden in ("Makefile", "requirements.txt", "pytest.ini", ".gitignore", "secure_corridor.zip"):
        assert forbidden not in files


@pytest.mark.parametrize(
    "path, expected",
    [
        ("core/route.py", True),
        ("resources/sample/places.geojson", True),
        ("metadata.txt", True),
        ("core/__pycache__/route.cpython-311.pyc", False),
        ("tests/core/test_flags.py", False),
        ("demo/run.py", False),
        ("tools/package.py", False),
        (".ci/run", False),
        ("ui/.dock.py.swp", False),
        ("Makefile", False),
        ("i18n/secure_corridor_ar.qm", True),
        ("i18n/secure_corridor_ar.ts", False),
    ],
)
def test_what_is_wanted(path, expected):
    assert package.wanted(Path(path)) is expected


def test_metadata_is_what_the_plugin_repository_requires(built):
    path, names = built
    with zipfile.ZipFile(path) as archive:
        metadata = package.read_metadata(archive)
    # The same parse the repository does.
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    with zipfile.ZipFile(path) as archive:
        parser.read_string(archive.read("secure_corridor/metadata.txt").decode("utf-8"))
    assert dict(parser.items("general")) == metadata

    for key in package.REQUIRED_METADATA:
        assert metadata.get(key, "").strip(), f"metadata.txt lacks {key}"
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?", metadata["qgisMinimumVersion"])
    assert tuple(map(int, metadata["qgisMinimumVersion"].split("."))) <= (3, 22)
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", metadata["version"])
    assert "/" not in metadata["author"]
    assert metadata["hasProcessingProvider"].strip().lower() == "yes"
    assert f"secure_corridor/{metadata['icon']}" in names


def test_the_check_finds_no_errors(built):
    path, _ = built
    errors, warnings = package.check(path)
    assert errors == []
    # Only the placeholder addresses remain, until the project has real ones.
    assert all("placeholder" in w for w in warnings), warnings


def test_licensed_gpl_2_or_later_and_offered_to_qgis_4(built):
    path, names = built
    assert "secure_corridor/LICENSE" in names
    assert "GNU GENERAL PUBLIC LICENSE\n                       Version 2, June 1991" in (ROOT / "LICENSE").read_text()
    with zipfile.ZipFile(path) as archive:
        metadata = package.read_metadata(archive)
    assert tuple(map(int, metadata["qgisMaximumVersion"].split("."))) >= (4, 0)
    assert metadata["changelog"].startswith(metadata["version"] + ":")
    # CHANGELOG.md's newest entry is this version.
    newest = re.search(r"^## (\S+)", (ROOT / "CHANGELOG.md").read_text(), re.M)[1]
    assert newest == metadata["version"]


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda files: files.pop("secure_corridor/LICENSE"), "no LICENSE file"),
        (lambda files: files.update({"secure_corridor/metadata.txt": METADATA.replace("author=A", "author=A/B")}), "slash"),
        (lambda files: files.update({"secure_corridor/metadata.txt": METADATA.replace("https://t.example", "t.example")}), "tracker"),
    ],
)
def test_the_check_applies_the_repository_rules(tmp_path, change, expected):
    files = {
        "secure_corridor/__init__.py": "",
        "secure_corridor/metadata.txt": METADATA,
        "secure_corridor/icon.png": b"",
        "secure_corridor/LICENSE": "GPL",
    }
    change(files)
    zipped = tmp_path / "plugin.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    errors, _ = package.check(zipped)
    assert any(expected in error for error in errors), errors


def test_the_check_warns_when_qgis_4_would_not_offer_it(tmp_path):
    zipped = tmp_path / "plugin.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("secure_corridor/__init__.py", "")
        archive.writestr("secure_corridor/metadata.txt", METADATA.replace("qgisMaximumVersion=4.99\n", ""))
        archive.writestr("secure_corridor/icon.png", b"")
        archive.writestr("secure_corridor/LICENSE", "GPL")
    errors, warnings = package.check(zipped)
    assert errors == []
    assert any("QGIS 4 will not offer" in w for w in warnings), warnings


METADATA = """[general]
name=x
qgisMinimumVersion=3.22
qgisMaximumVersion=4.99
description=d
about=a
version=1.0.0
changelog=1.0.0: first
author=A
email=a@b.c
tracker=https://t.example
repository=https://r.example
icon=icon.png
"""


def test_the_check_catches_a_bad_zip(tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("secure_corridor/__init__.py", "")
        archive.writestr("secure_corridor/metadata.txt", "[general]\nname=x\nicon=icon.png\n")
        archive.writestr("secure_corridor/core/__pycache__/a.cpython-311.pyc", b"")
        archive.writestr("other/readme.txt", "")
    errors, _ = package.check(bad)
    text = "\n".join(errors)
    assert "one folder secure_corridor/" in text
    assert "a.cpython-311.pyc" in text
    assert "lacks qgisMinimumVersion" in text
    assert "icon icon.png" in text


def test_the_unzipped_plugin_imports(built, tmp_path):
    path, _ = built
    with zipfile.ZipFile(path) as archive:
        archive.extractall(tmp_path)
    code = (
        "import secure_corridor, secure_corridor.core as core; "
        "assert callable(secure_corridor.classFactory); "
        "print(core.__file__)"
    )
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(tmp_path),
           "PROJ_DATA": os.environ.get("PROJ_DATA", "/usr/share/proj")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(str(tmp_path))
