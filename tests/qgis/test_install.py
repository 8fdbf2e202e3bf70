"""README.md's "Installing into QGIS", followed to the letter, gives a QGIS in which the plugin works.

The test reads the commands for the Debian it runs on from README.md itself
(the ```sh block under "**Debian 12 (and Ubuntu 22.04).**" on Debian 12, under
"**Debian 13, Ubuntu 24.04 and newer.**" on Debian 13 and sid) and follows them:

- ``sudo apt install ...``: not run; each package it names must be installed
  (``dpkg-query``), as the Makefile's ``system`` step or the chroot made it;
- ``/usr/bin/python3 -m pip install --user ...``: run as written, with
  ``PYTHONUSERBASE`` set to a folder of the test's own instead of ``~/.local``
  (and a pip cache of its own), so that nothing outside the test is touched.

Then, with that user base and nothing of the test's venv, it proves that:

- QGIS's Python (``/usr/bin/python3``) finds a shapely 2 where the README says
  (the user base on Debian 12; Debian's ``python3-shapely`` on 13 and sid), and
  on Debian 12 a numpy 1.x with which GDAL's ``gdal_array`` still imports;
- ``tools/check_environment.py`` (run by ``make install``) says "ready", with
  that shapely, with QGIS's GEOS preloaded as in the desktop;
- the real QGIS desktop (test_desktop.py's launcher, with no PYTHONPATH) loads
  the plugin itself, not its "unavailable" stand-in; the dock builds the
  corridor the core builds in this process; shapely comes from where the README
  put it; no Python error, no critical message.

A README whose commands no longer work here, or name a package this system does
not have, fails the test. It runs on Debian 12, 13 (and newer) and sid; other
systems skip it. On Debian 12 pip needs PyPI (about 5 s).
"""

import json
import os
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from test_desktop import (  # the desktop launcher, and the core's corridor to compare with
    NOT_INHERITED,
    PLUGIN_DIR,
    ROOT,
    TASK_TIMEOUT_S,
    VirtualDisplay,
    about,
    assert_clean,
    expected,  # noqa: F401 - a fixture
    recorded,
    run_desktop,
)

README = ROOT / "README.md"
SCREENSHOT = ROOT / "build" / "screenshots" / "desktop-install.png"
DEBIAN_PACKAGES = "/usr/lib/python3/dist-packages"
# The README paragraphs, and where each puts shapely ("user base": PYTHONUSERBASE).
DEBIAN_12 = ("**Debian 12 (and Ubuntu 22.04).**", "user base")
DEBIAN_13_AND_NEWER = ("**Debian 13, Ubuntu 24.04 and newer.**", DEBIAN_PACKAGES)
# Variables of the test run that a user's shell does not have.
NOT_THE_USERS = (*NOT_INHERITED, "VIRTUAL_ENV", "PYTHONUSERBASE", "PYTHONNOUSERSITE", "PIP_CACHE_DIR")


def this_debian():
    """"12", "13" (or newer) or "sid" (no VERSION_ID) from /etc/os-release; None on anything else."""
    try:
        lines = Path("/etc/os-release").read_text().splitlines()
    except OSError:
        return None
    release = dict(line.split("=", 1) for line in lines if "=" in line)
    release = {key: value.strip().strip('"') for key, value in release.items()}
    if release.get("ID") != "debian":
        return None
    version = release.get("VERSION_ID", "sid")
    return version if version == "sid" or version.isdigit() and int(version) >= 12 else None


DEBIAN = this_debian()
PARAGRAPH, SHAPELY_FROM = DEBIAN_12 if DEBIAN == "12" else DEBIAN_13_AND_NEWER

pytestmark = pytest.mark.skipif(
    DEBIAN is None, reason="README.md's install commands are tested on Debian 12, 13 and newer, and sid only"
)


# --- README.md's commands ----------------------------------------------------------------


def readme_commands(paragraph):
    """The command lines of the ```sh block right under ``paragraph`` in README.md."""
    text = README.read_text(encoding="utf-8")
    start = text.find(paragraph)
    assert start >= 0, f"README.md has no paragraph starting {paragraph!r}"
    fence = text.find("```sh\n", start)
    next_paragraph = text.find("\n**", start + len(paragraph))
    assert 0 <= fence and (next_paragraph < 0 or fence < next_paragraph), (
        f"README.md has no ```sh block under {paragraph!r}"
    )
    block = text[fence + len("```sh\n") : text.index("\n```", fence)]
    block = block.replace("\\\n", " ")  # continued lines
    return [line.strip() for line in block.splitlines() if line.strip() and not line.strip().startswith("#")]


def apt_packages(words):
    """The packages of ``apt install ...`` (``apt-get`` too), or None for another command."""
    if words[:1] not in (["apt"], ["apt-get"]) or "install" not in words:
        return None
    return [word for word in words[words.index("install") + 1 :] if not word.startswith("-")]


def is_user_pip_install(words):
    return words[:4] == ["/usr/bin/python3", "-m", "pip", "install"] and "--user" in words


def package_status(package):
    """dpkg's status of ``package`` ("install ok installed" when it is), or why there is none."""
    run = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return run.stdout.strip() or run.stderr.strip() or f"dpkg-query exited {run.returncode}"


@dataclass
class Followed:
    """What following the README's commands did."""

    commands: list
    userbase: Path
    env: dict  # a user's shell: this test's environment without the venv's, and the user base
    apt: dict = field(default_factory=dict)  # package: dpkg status
    pip: list = field(default_factory=list)  # (command, exit code, output)

    def missing(self):
        return {package: status for package, status in self.apt.items() if status != "install ok installed"}


@pytest.fixture(scope="module")
def readme(tmp_path_factory):
    """README.md's commands for this Debian, followed into a user base of the test's own."""
    folder = tmp_path_factory.mktemp("install")
    userbase = folder / "userbase"
    env = {key: value for key, value in os.environ.items() if key not in NOT_THE_USERS}
    env.update(PYTHONUSERBASE=str(userbase), PIP_CACHE_DIR=str(folder / "pip-cache"),
               PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    followed = Followed(readme_commands(PARAGRAPH), userbase, env)
    for command in followed.commands:
        command = command.removeprefix("sudo ")  # we are root here, and there is no sudo
        words = shlex.split(command)
        packages = apt_packages(words)
        if packages is not None:
            followed.apt.update((package, package_status(package)) for package in packages)
        elif is_user_pip_install(words):
            run = subprocess.run(command, shell=True, executable="/bin/bash", env=env, cwd=folder,
                                 stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
            followed.pip.append((command, run.returncode, run.stdout + run.stderr))
        else:
            pytest.fail(f"README.md's Debian {DEBIAN} block has a command this test cannot follow: {command!r}")
    print(f"\nREADME.md for Debian {DEBIAN}: {followed.commands}; user base {userbase}")
    return followed


@pytest.fixture(scope="module")
def found(readme):
    """What /usr/bin/python3 finds with the user base: shapely's and numpy's version and file, whether
    that shapely has shapely 2's functions, and whether GDAL's gdal_array imports (it does not beside
    a numpy it was not built for)."""
    probe = """if True:
        import json, os, numpy, shapely
        try:
            from osgeo import gdal_array
            gdal = "ok"
        except Exception as error:
            gdal = f"{type(error).__name__}: {error}"
        print(json.dumps({"shapely": shapely.__version__, "shapely_file": os.path.realpath(shapely.__file__),
                          "shapely_2_api": all(hasattr(shapely, name) for name in ("from_wkb", "union_all")),
                          "numpy": numpy.__version__, "numpy_file": os.path.realpath(numpy.__file__),
                          "gdal_array": gdal}))
    """
    run = subprocess.run(["/usr/bin/python3", "-c", probe], env=readme.env, cwd=readme.userbase.parent,
                         capture_output=True, text=True, timeout=60)
    if run.returncode:
        pytest.fail(f"/usr/bin/python3 with the README's packages (PYTHONUSERBASE={readme.userbase}):\n{run.stderr}")
    return json.loads(run.stdout)


def shapely_folder(readme):
    """Where the README puts the shapely QGIS's Python imports on this Debian."""
    return os.path.realpath(readme.userbase) if SHAPELY_FROM == "user base" else SHAPELY_FROM


def is_shapely_2(found):
    """shapely 2 or newer by its version; by its functions where it has no version (Debian sid's
    python3-shapely 2.2.0 says "0+unknown", as the plugin's own check allows for)."""
    major = found["shapely"].split(".")[0]
    if major.isdigit() and int(major) > 0:
        return int(major) >= 2
    return found["shapely_2_api"]


def qgis_geos():
    """The libgeos_c that QGIS's core library links (what qgis.bin has in its global scope)."""
    import qgis._core

    not_preloaded = {key: value for key, value in os.environ.items() if key != "LD_PRELOAD"}  # make test-qgis's
    linked = subprocess.run(["ldd", qgis._core.__file__], env=not_preloaded, capture_output=True, text=True).stdout
    for line in linked.splitlines():  # "libgeos_c.so.1 => /lib/x86_64-linux-gnu/libgeos_c.so.1 (0x...)"
        words = line.split()
        if len(words) > 2 and words[0].startswith("libgeos_c.so"):
            return words[2]
    pytest.fail(f"no libgeos_c among the libraries of {qgis._core.__file__}:\n{linked}")


# --- following the README ----------------------------------------------------------------


def test_the_packages_the_readme_has_apt_install_are_installed(readme):
    assert readme.apt, f"README.md's Debian {DEBIAN} block names no `apt install`: {readme.commands}"
    missing = readme.missing()
    assert not missing, (
        f"README.md tells Debian {DEBIAN} users to apt install {sorted(readme.apt)}, but here these are not "
        f"installed: {missing}. Add them to APT_PACKAGES in the Makefile (the host) or PACKAGES in "
        f"tools/test_versions.sh (the chroots)."
    )


def test_the_readme_pip_commands_succeed(readme):
    for command, code, output in readme.pip:
        assert code == 0, (
            f"README.md's `{command}` failed ({code}) with PYTHONUSERBASE={readme.userbase}"
            f"{f'; not installed: {readme.missing()}' if readme.missing() else ''}:\n{output[-4000:]}"
        )


def test_qgis_python_finds_shapely_2_where_the_readme_put_it(readme, found):
    assert is_shapely_2(found), f"not shapely 2 or newer: {found}"
    assert found["shapely_file"].startswith(shapely_folder(readme) + os.sep), (
        f"/usr/bin/python3 imports shapely from {found['shapely_file']}, not from {shapely_folder(readme)}"
    )
    assert found["gdal_array"] == "ok", f"GDAL's gdal_array beside numpy {found['numpy']}: {found['gdal_array']}"
    if DEBIAN == "12":
        assert int(found["numpy"].split(".")[0]) < 2, f"the README's \"numpy<2\" did not hold: {found}"


def test_check_environment_says_ready_with_that_shapely(readme, found):
    shapely = found["shapely"]
    run = subprocess.run(["/usr/bin/python3", "tools/check_environment.py"], cwd=ROOT,
                         env=dict(readme.env, LD_PRELOAD=qgis_geos()), capture_output=True, text=True, timeout=60)
    output = run.stdout + run.stderr
    assert run.returncode == 0 and "ready" in output, f"check_environment.py exited {run.returncode}:\n{output}"
    assert f"shapely {shapely} " in output, f"shapely {shapely} is not the one it names:\n{output}"


# --- the desktop a user gets -------------------------------------------------------------


@pytest.fixture(scope="module")
def desktop(readme, tmp_path_factory):
    """The QGIS desktop with the plugin, seeing only what the README installed: no PYTHONPATH."""
    folder = tmp_path_factory.mktemp("desktop-install")
    display = VirtualDisplay(folder)
    try:
        result, events, code, stderr, seconds, command, env = run_desktop(
            folder, display.display, python_path=[], extra_env={"PYTHONUSERBASE": str(readme.userbase)},
            screenshot=SCREENSHOT,
        )
    finally:
        display.stop()
    geos = result.get("geos", {})
    print(f"\nQGIS desktop {result.get('qgis')}: {seconds:.1f} s, exit {code}; shapely {geos.get('shapely')} "
          f"from {geos.get('shapely_file')}\n  env: {env}")
    return dict(result=result, events=events, code=code, stderr=stderr, seconds=seconds, command=command, env=env)


def test_the_desktop_loads_the_plugin_itself(desktop):
    result, context = desktop["result"], about(desktop)
    plugin = recorded(desktop, "plugin")
    assert plugin["loaded"] and plugin["active"], f"{context} {plugin}"
    assert plugin["class"] == "Plugin", (
        f"QGIS loaded the stand-in ({plugin['class']}), not the plugin: {result['message_bar_at_start']} {context}"
    )
    assert Path(plugin["module_file"]).resolve().parent == PLUGIN_DIR, plugin


def test_the_desktop_sees_no_venv_and_the_readme_shapely(desktop, readme, found):
    result, context = desktop["result"], about(desktop)
    assert "PYTHONPATH" not in desktop["env"], desktop["env"]
    venv = os.path.realpath(sys.prefix) + os.sep
    if sys.prefix != sys.base_prefix:
        assert not [p for p in result["sys_path"] if os.path.realpath(p).startswith(venv)], result["sys_path"]
    shapely = result["geos"]
    assert (shapely["shapely"], shapely["shapely_file"]) == (found["shapely"], found["shapely_file"]), (
        f"the desktop imported another shapely than /usr/bin/python3 with the README's packages ({found}) {context}"
    )
    assert shapely["shapely_file"].startswith(shapely_folder(readme) + os.sep), context
    assert shapely["wkb_round_trip"] is True, f"to_wkb/from_wkb in the desktop: {shapely['wkb_round_trip']} {context}"


def test_the_dock_builds_the_corridor_the_core_builds(desktop, expected):  # noqa: F811 - the fixture
    context = about(desktop)
    step = recorded(desktop, "dock_corridor")
    assert step["finished"], f"the dock's task did not finish within {TASK_TIMEOUT_S} s {context}"
    layer = step["corridor"]
    assert layer["feature_count"] == 1 and layer["valid_geometries"] == [True], f"{layer} {context}"
    (row,) = layer["rows"]
    assert row["area_km2"] == pytest.approx(expected.area_km2, rel=1e-6), (
        f"dock: {row['area_km2']} km², core: {expected.area_km2} km² {context}"
    )


def test_no_python_error_and_no_critical_message(desktop):
    assert_clean(desktop)