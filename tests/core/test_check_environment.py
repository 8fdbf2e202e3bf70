"""tools/check_environment.py (run by make install) says "ready" or the problems and the commands."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import numpy
import pyproj
import pytest
import shapely

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "check_environment.py"
SYSTEM_GEOS = Path("/usr/lib/x86_64-linux-gnu/libgeos_c.so.1")


def _load(folder, name):
    """The package in ``folder``, loaded by its path (as tools/check_environment.py does)."""
    spec = importlib.util.spec_from_file_location(
        name, folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


dependencies = _load(ROOT / "dependencies", "dependencies_under_test")
# Loaded by its path in a subprocess, as 'deps': the package, its relative imports found through sys.modules.
LOAD_DEPS = (
    "import importlib.util, sys; "
    "spec = importlib.util.spec_from_file_location('deps', sys.argv[1] + '/dependencies/__init__.py', "
    "submodule_search_locations=[sys.argv[1] + '/dependencies']); "
    "m = importlib.util.module_from_spec(spec); sys.modules['deps'] = m; spec.loader.exec_module(m); "
)


def run(python=sys.executable, pythonpath=None, preload=None, code=None):
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"), "PROJ_DATA": "/usr/share/proj"}
    if pythonpath:
        env["PYTHONPATH"] = str(pythonpath)
    if preload:
        env["LD_PRELOAD"] = str(preload)
    command = [python, "-c", code, str(ROOT)] if code else [python, str(TOOL)]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def fake_shapely(folder, body):
    package = folder / "shapely"
    package.mkdir()
    (package / "__init__.py").write_text(body)
    return folder


def test_ready_names_the_versions_found():
    done = run()
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert out.strip().endswith("ready.")
    assert f"shapely {shapely.__version__} (GEOS {'.'.join(map(str, shapely.geos_version))})" in out
    assert f"pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str})" in out
    assert f"numpy {numpy.__version__}" in out
    assert sys.executable in out


def test_a_too_old_shapely_prints_the_commands_and_fails(tmp_path):
    done = run(pythonpath=fake_shapely(tmp_path, '__version__ = "1.8.5"\ngeos_version = (3, 11, 1)\n'))
    assert done.returncode == 1, done.stdout + done.stderr
    out = done.stdout
    assert "shapely 1.8.5 is installed, but it needs shapely 2 or newer" in out
    where, commands = dependencies.fix_commands({"shapely"}, numpy_version=numpy.__version__)
    assert where in out and commands
    for command in commands:
        assert f"    {command}\n" in out
    assert "ready" not in out


def test_a_hidden_shapely_is_reported_missing(tmp_path):
    done = run(pythonpath=fake_shapely(tmp_path, 'raise ModuleNotFoundError("No module named \'shapely\'")\n'))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "shapely is not installed" in done.stdout
    assert f"pyproj {pyproj.__version__}" in done.stdout  # what was found is still said


def test_on_this_debian_the_commands_are_the_readme_s(tmp_path):
    # The README's commands for the Debian this runs on (make test-versions runs it on 12, 13 and sid).
    release = dependencies.read_os_release()
    if release.get("ID") != "debian":
        pytest.skip("not Debian")
    done = run(pythonpath=fake_shapely(tmp_path, '__version__ = "1.8.5"\n'))
    assert done.returncode == 1
    if release.get("VERSION_ID") == "12":  # python3-shapely is 1.8: shapely 2 from PyPI, numpy kept below 2
        assert "    sudo apt install python3-pip python3-pyproj python3-numpy\n" in done.stdout
        assert (
            '    /usr/bin/python3 -m pip install --user --break-system-packages "shapely>=2" "numpy<2"\n' in done.stdout
        )
    else:  # Debian 13 and sid: the distribution's shapely 2, and the copy in front of it goes
        assert "    sudo apt install python3-shapely python3-pyproj python3-numpy\n" in done.stdout
        assert "pip uninstall --break-system-packages shapely\n" in done.stdout
        assert "pip install" not in done.stdout


def test_dependencies_imports_neither_qgis_nor_qt_nor_the_engine():
    code = (
        LOAD_DEPS
        + "m.check(); "
        "print(','.join(sorted({n.split('.')[0] for n in sys.modules} & {'qgis', 'PyQt5', 'PyQt6', 'sip'})) "
        "+ '|' + ','.join(n for n in sys.modules if n.startswith('secure_corridor')))"
    )
    for python in (sys.executable, "/usr/bin/python3"):
        if not Path(python).exists():
            continue
        done = run(python=python, code=code)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "|", (python, done.stdout)


@pytest.mark.skipif(not SYSTEM_GEOS.exists(), reason="no system libgeos_c to preload")
def test_qgis_geos_in_the_global_scope_is_seen_and_the_engine_s_shapely_still_passes():
    # LD_PRELOAD puts the system GEOS where qgis.bin puts QGIS's in the desktop.
    code = LOAD_DEPS + (
        "print(m.probe._global_geos()); print(m.probe._system_geos()); print(m.check().ready)"
    )
    plain = run(code=code).stdout.split("\n")
    assert plain[0] == "None" and plain[1].startswith("3.")
    preloaded = run(code=code, preload=SYSTEM_GEOS)
    assert preloaded.returncode == 0, preloaded.stderr
    seen, system, ready = preloaded.stdout.split("\n")[:3]
    assert seen == system == plain[1]
    assert ready == "True"
    done = run(preload=SYSTEM_GEOS)
    assert done.returncode == 0 and done.stdout.strip().endswith("ready."), done.stdout + done.stderr


def test_a_shapely_newer_than_the_loaded_qgis_geos_is_caught_without_running_it():
    # shapely imported before the check: its GEOS is compared with the one in the global scope.
    fake = type(sys)("shapely")
    fake.__version__, fake.geos_version, fake.union_all = "2.2.0", (3, 14, 1), lambda *a: None
    saved = sys.modules.get("shapely")
    sys.modules["shapely"] = fake
    try:
        real = dependencies.probe._global_geos
        dependencies.probe._global_geos = lambda: "3.11.1-CAPI-1.17.1"
        try:
            problem, qgis_geos = dependencies.probe._check_shapely({})
        finally:
            dependencies.probe._global_geos = real
    finally:
        sys.modules["shapely"] = saved
    assert qgis_geos == (3, 11)
    assert "older GEOS 3.11.1" in problem.text and "shapely 2.2.0" in problem.text
    assert dependencies.shapely_requirement(qgis_geos) == "shapely>=2,<2.1"


def test_the_examples_in_dependencies_run():
    import doctest

    # The package's own examples and those of its modules (testmod skips what a module only imports).
    modules = [dependencies, dependencies.report, dependencies.probe, dependencies.commands]
    results = [doctest.testmod(module) for module in modules]
    failures, tried = sum(r.failed for r in results), sum(r.attempted for r in results)
    assert tried >= 5 and failures == 0


def test_a_broken_shapely_is_told_from_a_missing_one(tmp_path):
    done = run(pythonpath=fake_shapely(tmp_path, 'raise OSError("libgeos_c.so.1: cannot open shared object file")\n'))
    assert done.returncode == 1
    assert "shapely is installed but cannot be imported." in done.stdout
    assert "(OSError: libgeos_c.so.1: cannot open shared object file)" in done.stdout
