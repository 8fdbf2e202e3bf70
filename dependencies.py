"""What Secure Corridor needs in QGIS's Python, checked before anything imports it.

The geometry engine (``core/``) needs shapely 2 or newer, pyproj and numpy in
the Python that QGIS runs. :func:`check` looks for exactly those, tries that
shapely works in this process, and returns a :class:`Report`: the problems in
plain words and the commands that fix them on this platform.

This module imports neither QGIS nor Qt nor the engine, so that it also runs
in a plain ``/usr/bin/python3`` (``tools/check_environment.py``, run by
``make install``) and in a QGIS whose Python lacks the engine's packages.

>>> report = check()
>>> report.ready
True
>>> sorted(report.versions)[:3]
['GEOS', 'PROJ', 'numpy']
>>> print(fix_commands({"shapely"}, platform="win32")[1][0])
python -m pip install "shapely>=2"
"""

from __future__ import annotations

import os
import re
import shlex
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Problem", "Report", "check", "fix_commands", "import_shapely", "read_os_release", "shapely_requirement"]

PLUGIN = "Secure Corridor"
# The Python that QGIS runs on Debian and Ubuntu (python3-qgis is built for it).
DEBIAN_PYTHON = "/usr/bin/python3"
DEBIAN_DIST_PACKAGES = "/usr/lib/python3/dist-packages"
# QGIS's Python on macOS: current official builds have a wrapper `python` next
# to the QGIS binary in Contents/MacOS; older ones (QGIS-Mac-Packager) had
# Contents/MacOS/bin/python3. The app's name varies (QGIS.app, QGIS-LTR.app, ...).
MACOS_DEFAULT_APP = "/Applications/QGIS.app"
MACOS_PYTHONS = ("python", "bin/python3")

# The GEOS that each series of shapely wheels bundles (2.0.x: 3.11, 2.1.x: 3.13,
# 2.2.x: 3.14). A wheel whose GEOS is newer than the GEOS QGIS has already loaded
# must not have its calls land in QGIS's (see _check_shapely).
SHAPELY_WHEEL_GEOS = (((2, 0), (3, 11)), ((2, 1), (3, 13)), ((2, 2), (3, 14)))
_BOUND_HERE = "_secure_corridor_deepbind"  # core/_shapely.py's MARK

_CODENAMES = {
    "debian": {"buster": (10,), "bullseye": (11,), "bookworm": (12,), "trixie": (13,), "forky": (14,)},
    "ubuntu": {
        "focal": (20, 4), "jammy": (22, 4), "lunar": (23, 4), "mantic": (23, 10), "noble": (24, 4),
        "oracular": (24, 10), "plucky": (25, 4), "questing": (25, 10), "resolute": (26, 4),
    },
}
# The first releases whose python3-shapely is 2 or newer (Debian 13: 2.1.0; Ubuntu 24.04: 2.0.3),
_APT_HAS_SHAPELY_2 = {"debian": (13,), "ubuntu": (24, 4)}
# and the first whose Python refuses pip outside a venv without --break-system-packages (PEP 668).
_EXTERNALLY_MANAGED = {"debian": (12,), "ubuntu": (23, 4)}


@dataclass(frozen=True)
class Problem:
    """One thing missing or broken, in plain words (``text``), for one package."""

    package: str
    text: str
    detail: str = ""


@dataclass(frozen=True)
class Report:
    """What :func:`check` found: problems (none when ready), versions, and the fix."""

    problems: tuple = ()
    versions: dict = field(default_factory=dict)
    where: str = ""
    commands: tuple = ()
    python: str = ""

    @property
    def ready(self):
        return not self.problems

    def found(self):
        """The versions found, e.g. ``shapely 2.0.7 (GEOS 3.11.4), pyproj 3.4.1 (PROJ 9.1.1), numpy 1.24.2``."""
        v = self.versions
        parts = []
        for name, library in (("shapely", "GEOS"), ("pyproj", "PROJ"), ("numpy", None)):
            if name in v:
                parts.append(f"{name} {v[name]}" + (f" ({library} {v[library]})" if library in v else ""))
        return ", ".join(parts)

    def problem_text(self):
        """Every problem in one sentence each."""
        return " ".join(problem.text for problem in self.problems)

    def fix_text(self):
        """Where to run the commands, the commands one a line, and what to do after."""
        if not self.commands:
            return ""
        lines = "\n".join(f"    {command}" for command in self.commands)
        return f"{self.where}\n{lines}\nThen restart QGIS."

    def message(self):
        """The message for people: what is wrong and the commands that fix it."""
        if self.ready:
            return f"{PLUGIN} has what it needs: {self.found()}."
        return f"{self.problem_text()}\n{self.fix_text()}"

    def details(self):
        """Longer text: the Python checked, what was found, each problem with its error (not the commands)."""
        lines = [f"Python checked: {self.python} (Python {sys.version.split()[0]}, in {sys.prefix})"]
        if self.found():
            lines.append(f"Found: {self.found()}.")
        lines.append(f"{PLUGIN} needs shapely 2 or newer, pyproj and numpy in this Python.")
        for problem in self.problems:
            lines.append(f"- {problem.text}")
            if problem.detail:
                lines.append(f"  ({problem.detail})")
        return "\n".join(lines)


# --- importing -------------------------------------------------------------------------------


def import_shapely():
    """Import shapely the way the engine does (``core/_shapely.py``) and return it.

    The engine's loader is run by its path, not as ``secure_corridor.core._shapely``:
    importing the engine would import pyproj too, which may be what is missing.
    Whoever imports shapely first in a process decides how it is bound: at plugin
    load that is this check.
    """
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "_secure_corridor_shapely_loader", Path(__file__).resolve().parent / "core" / "_shapely.py"
    )
    loader = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loader)
    return loader.shapely


def _version_tuple(text):
    """(2, 0, 7) from "2.0.7" or "2.1.0rc1"; None when there is no usable version ("0+unknown")."""
    match = re.match(r"(\d+(?:\.\d+)*)", str(text or "").strip())
    if not match:
        return None
    numbers = tuple(int(n) for n in match.group(1).split("."))
    return numbers if numbers[0] > 0 else None


def _has_shapely_2_api(shapely):
    """Whether ``shapely`` has the shapely 2 API (for builds that report no usable version)."""
    if not callable(getattr(shapely, "union_all", None)):
        return False
    try:
        import shapely.lib  # noqa: F401  (shapely 2's compiled core)
    except Exception:  # noqa: BLE001 - any failure means no shapely 2
        return False
    return True


def _global_geos():
    """Version string of a GEOS in this process's global symbol scope (Linux), else None.

    In the QGIS desktop on Linux this is QGIS's own libgeos_c, loaded by
    qgis.bin before any plugin. In a plain Python it is normally absent.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        function = ctypes.CDLL(None).GEOSversion
    except (OSError, AttributeError):
        return None
    function.restype = ctypes.c_char_p
    function.argtypes = []
    try:
        return function().decode("ascii", "replace")
    except Exception:  # noqa: BLE001
        return None


def _system_geos():
    """Version string of the system's libgeos_c (the one QGIS links on Linux), else None."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        function = ctypes.CDLL("libgeos_c.so.1").GEOSversion
        function.restype = ctypes.c_char_p
        function.argtypes = []
        return function().decode("ascii", "replace")
    except Exception:  # noqa: BLE001
        return None


def _smoke_test(shapely):
    """A tiny run of the shapely calls the engine relies on; raises when one fails."""
    import numpy as np

    line = shapely.linestrings([0.0, 1.0, 2.0], [0.0, 0.5, 0.0])
    area = shapely.union_all([shapely.buffer(line, 0.5), shapely.buffer(line, 0.25)])
    round_trip = shapely.from_wkb(shapely.to_wkb(area, output_dimension=2))
    if not shapely.equals(round_trip, area) or not shapely.is_valid(round_trip):
        raise RuntimeError("a WKB round trip of a small buffer gave a different polygon")
    moved = shapely.transform(round_trip, lambda xy: xy + 1.0)
    inside = shapely.contains_xy(moved, np.array([2.0, 10.0]), np.array([1.25, 10.0]))
    if inside.tolist() != [True, False]:
        raise RuntimeError(f"contains_xy gave {inside.tolist()} instead of [True, False]")


def _module_path(module):
    return str(getattr(module, "__file__", "") or "")


# --- platforms -------------------------------------------------------------------------------


def read_os_release(path="/etc/os-release"):
    """/etc/os-release as a dict ({} where there is none)."""
    values = {}
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return values
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() and not key.startswith("#"):
            try:
                value = " ".join(shlex.split(value))
            except ValueError:
                value = value.strip().strip("\"'")
            values[key.strip()] = value
    return values


def _debian_family(os_release):
    """("debian", (12,)) or ("ubuntu", (24, 4)) for Debian, Ubuntu and their derivatives; else (None, None).

    The version is None where it cannot be told (Debian testing, an unknown derivative).
    """
    ident = os_release.get("ID", "").lower()
    like = os_release.get("ID_LIKE", "").lower().split()
    family = None
    if ident == "ubuntu" or "ubuntu" in like:
        family = "ubuntu"
    elif ident == "debian" or "debian" in like:
        family = "debian"
    if family is None:
        return None, None
    version = None
    if ident == family:
        version = _version_tuple(os_release.get("VERSION_ID"))
    if version is None:
        codename = os_release.get("UBUNTU_CODENAME" if family == "ubuntu" else "VERSION_CODENAME", "")
        version = _CODENAMES[family].get(codename.lower())
    return family, version


def _externally_managed_here():
    """Whether the running Python refuses pip outside a venv (PEP 668's EXTERNALLY-MANAGED)."""
    try:
        return (Path(sysconfig.get_path("stdlib", "posix_prefix")) / "EXTERNALLY-MANAGED").is_file() or (
            Path(sysconfig.get_path("stdlib")) / "EXTERNALLY-MANAGED"
        ).is_file()
    except Exception:  # noqa: BLE001
        return False


def _macos_python(executable):
    """The path of QGIS's own Python on macOS, from ``sys.executable`` inside QGIS where possible.

    Inside QGIS, ``sys.executable`` is the QGIS binary in ``<name>.app/Contents/MacOS``.
    """
    marker = "/Contents/MacOS"
    executable = str(executable or "")
    if marker in executable:
        folder = executable[: executable.index(marker) + len(marker)]
    else:
        folder = MACOS_DEFAULT_APP + marker
    candidates = [f"{folder}/{name}" for name in MACOS_PYTHONS]
    for candidate in candidates:
        if os.path.isfile(candidate):
            return candidate
    return candidates[0]


def _running_python():
    """This process's Python as a program to run: inside QGIS ``sys.executable`` may be a shim found on PATH."""
    candidate = Path(sys.base_exec_prefix) / "bin" / f"python{sys.version_info[0]}"
    if sys.platform.startswith("linux") and candidate.is_file():
        return str(candidate)
    return sys.executable or "python3"


def _quote(path):
    """A path quoted for a POSIX shell only where it needs it."""
    return shlex.quote(path)


def shapely_requirement(qgis_geos=None):
    """The pip requirement for shapely; bounded so that the wheel's GEOS is not newer than ``qgis_geos``.

    >>> shapely_requirement()
    'shapely>=2'
    >>> shapely_requirement((3, 11))
    'shapely>=2,<2.1'
    """
    if qgis_geos is None:
        return "shapely>=2"
    fitting = [series for series, geos in SHAPELY_WHEEL_GEOS if geos <= tuple(qgis_geos)[:2]]
    if not fitting:
        return "shapely>=2,<2.1"  # no wheel fits: built from source (see fix_commands)
    newest = fitting[-1]
    return f"shapely>=2,<{newest[0]}.{newest[1] + 1}"


def fix_commands(
    packages,
    platform=None,
    os_release=None,
    *,
    executable=None,
    numpy_version=None,
    qgis_geos=None,
    pip_copies=None,
    externally_managed=None,
):
    """(where, commands) that install ``packages`` (a set of "shapely", "pyproj", "numpy") for QGIS.

    ``platform`` is a ``sys.platform`` value; on Linux ``os_release`` (the
    fields of /etc/os-release) tells Debian and Ubuntu apart. ``numpy_version``
    is the numpy found, if any (a numpy 1.x is kept below 2, for GDAL's
    bindings); ``qgis_geos`` the (major, minor) of a GEOS QGIS has already
    loaded that shapely's calls would reach; ``pip_copies`` maps a package to
    the path of a pip-installed copy that hides the distribution's package.
    """
    platform = sys.platform if platform is None else platform
    packages = set(packages)
    numpy_1 = (_version_tuple(numpy_version) or (0,))[0] == 1
    pip_copies = dict(pip_copies or {})

    if platform.startswith("linux"):
        os_release = read_os_release() if os_release is None else os_release
        family, version = _debian_family(os_release)
        if family is not None:
            return "In a terminal:", _debian_commands(
                packages, family, version, numpy_1, qgis_geos, pip_copies, externally_managed
            )

    wanted = []
    if "shapely" in packages:
        wanted.append(shapely_requirement(qgis_geos if platform.startswith("linux") else None))
    if "pyproj" in packages:
        wanted.append("pyproj")
    if "numpy" in packages:
        # Missing: any numpy. Found, yet a problem: a numpy 2 beside a GDAL built for numpy 1.x.
        wanted.append("numpy" if numpy_version is None else "numpy<2")
    elif numpy_1 and "shapely" in packages:
        wanted.append("numpy<2")  # shapely may pull a newer numpy: keep the one GDAL was built for
    requirements = " ".join(f'"{r}"' if any(c in r for c in "<>=") else r for r in wanted)

    if platform.startswith("win"):
        return "In the OSGeo4W Shell (Start menu, in the QGIS folder):", (f"python -m pip install {requirements}",)
    if platform == "darwin":
        python = _macos_python(executable or sys.executable)
        return "In Terminal:", (f"{_quote(python)} -m pip install --user {requirements}",)
    python = executable or _running_python()
    if externally_managed is None:
        externally_managed = _externally_managed_here()
    flag = " --break-system-packages" if externally_managed else ""
    return "In a terminal:", (f"{_quote(python)} -m pip install --user{flag} {requirements}",)


def _debian_commands(packages, family, version, numpy_1, qgis_geos, pip_copies, externally_managed):
    """The commands for Debian, Ubuntu and derivatives, where QGIS runs /usr/bin/python3."""
    apt_shapely_2 = version is None or version >= _APT_HAS_SHAPELY_2[family]
    if externally_managed is None:
        externally_managed = _externally_managed_here() if version is None else version >= _EXTERNALLY_MANAGED[family]
    flag = " --break-system-packages" if externally_managed else ""
    pip = f"{DEBIAN_PYTHON} -m pip"
    commands = []
    if apt_shapely_2:
        # Debian 13, Ubuntu 24.04 and newer: the distribution's packages are right;
        # a pip-installed copy in front of them goes.
        for package in ("shapely", "numpy"):
            path = pip_copies.get(package)
            if package in packages and path:
                sudo = "" if path.startswith(os.path.expanduser("~") + os.sep) else "sudo "
                commands.append(f"{sudo}{pip} uninstall{flag} {package}")
        commands.append("sudo apt install python3-shapely python3-pyproj python3-numpy")
        return tuple(commands)
    if packages & {"shapely", "numpy"}:
        # Debian 12, Ubuntu 22.04: python3-shapely is 1.8, so shapely 2 comes from pip into the
        # user's site, and numpy stays below 2 beside Debian's GDAL bindings (built on numpy 1.x).
        if qgis_geos is not None and not any(geos <= tuple(qgis_geos)[:2] for _, geos in SHAPELY_WHEEL_GEOS):
            # No wheel's GEOS is as old as QGIS's: build shapely against the system GEOS.
            commands.append(
                "sudo apt install python3-pip python3-pyproj python3-numpy python3-dev libgeos-dev build-essential"
            )
            commands.append(
                f'{pip} install --user{flag} --no-binary shapely "{shapely_requirement(qgis_geos)}" "numpy<2"'
            )
            return tuple(commands)
        commands.append("sudo apt install python3-pip python3-pyproj python3-numpy")
        commands.append(f'{pip} install --user{flag} "{shapely_requirement(qgis_geos)}" "numpy<2"')
        return tuple(commands)
    debs = [f"python3-{name}" for name in ("pyproj",) if name in packages]
    return (f"sudo apt install {' '.join(debs)}",) if debs else ()


# --- the check -------------------------------------------------------------------------------


def check(platform=None, os_release=None):
    """Check that this Python has what the engine needs; return a :class:`Report`.

    ``platform`` (a ``sys.platform`` value) and ``os_release`` only choose the
    commands in the report; the packages checked are always this process's.
    """
    problems = []
    versions = {}
    fix = set()
    pip_copies = {}
    qgis_geos = None

    numpy = _try_import("numpy")
    if isinstance(numpy, Exception):
        problems.append(Problem("numpy", _not_importable("numpy", numpy), _describe(numpy)))
        fix.add("numpy")
        numpy = None
    else:
        versions["numpy"] = str(getattr(numpy, "__version__", "?"))

    pyproj = _try_import("pyproj")
    if isinstance(pyproj, Exception):
        problems.append(Problem("pyproj", _not_importable("pyproj", pyproj), _describe(pyproj)))
        fix.add("pyproj")
    else:
        versions["pyproj"] = str(getattr(pyproj, "__version__", "?"))
        proj = getattr(pyproj, "proj_version_str", None)
        if proj:
            versions["PROJ"] = str(proj)

    if numpy is not None:
        shapely_problem, qgis_geos = _check_shapely(versions)
        if shapely_problem is not None:
            problems.append(shapely_problem)
            fix.add("shapely")
            path = _module_path(sys.modules.get("shapely"))
            if path and not path.startswith(DEBIAN_DIST_PACKAGES):
                pip_copies["shapely"] = path
        numpy_problem = _check_numpy_with_gdal(numpy)
        if numpy_problem is not None:
            problems.append(numpy_problem)
            fix.add("numpy")
            path = _module_path(numpy)
            if path and not path.startswith(DEBIAN_DIST_PACKAGES):
                pip_copies["numpy"] = path
    else:
        shapely_problem = _check_shapely_without_numpy()
        if shapely_problem is not None:
            problems.append(shapely_problem)
            fix.add("shapely")

    where, commands = ("", ())
    if problems:
        where, commands = fix_commands(
            fix,
            platform,
            os_release,
            numpy_version=versions.get("numpy"),
            qgis_geos=qgis_geos,
            pip_copies=pip_copies,
        )
    return Report(tuple(problems), versions, where, tuple(commands), sys.executable or "")


def _try_import(name):
    try:
        return __import__(name)
    except Exception as error:  # noqa: BLE001 - a broken install raises more than ImportError
        return error


def _not_importable(name, error):
    """Plain words for a failed import: not there at all, or there but broken."""
    missing = isinstance(error, ImportError) and getattr(error, "name", None) in (name, None) and (
        isinstance(error, ModuleNotFoundError) or "halted" in str(error)
    )
    return f"{name} is not installed." if missing else f"{name} is installed but cannot be imported."


def _describe(error):
    return f"{type(error).__name__}: {error}"


def _check_shapely(versions):
    """(problem or None, QGIS's GEOS (major, minor) where it matters) for shapely."""
    loaded_before = "shapely" in sys.modules and not getattr(sys.modules["shapely"], _BOUND_HERE, False)
    try:
        shapely = import_shapely()
    except Exception as error:  # noqa: BLE001
        return Problem("shapely", _not_importable("shapely", error), _describe(error)), None
    raw = str(getattr(shapely, "__version__", ""))
    version = _version_tuple(raw)
    versions["shapely"] = raw or "unknown"
    geos = getattr(shapely, "geos_version", None)
    if isinstance(geos, tuple) and geos:
        versions["GEOS"] = ".".join(str(n) for n in geos)
    if version is not None and version < (2,):
        return Problem("shapely", f"shapely {raw} is installed, but it needs shapely 2 or newer."), None
    if version is None and not _has_shapely_2_api(shapely):
        return Problem("shapely", f"shapely ({raw or 'no version'}) is installed, but not shapely 2 or newer."), None

    qgis_geos = None
    if loaded_before:
        # Imported before this check, so perhaps without RTLD_DEEPBIND: its calls may
        # reach a GEOS QGIS already loaded. One older than shapely's own crashes it.
        loaded = _version_tuple(_global_geos())
        if loaded is not None and isinstance(geos, tuple) and tuple(loaded[:2]) < tuple(geos[:2]):
            qgis_geos = tuple(loaded[:2])
            return (
                Problem(
                    "shapely",
                    f"shapely {raw} (built with GEOS {versions.get('GEOS')}) was imported before {PLUGIN} "
                    f"could load it safely, and its calls now go to QGIS's own, older GEOS "
                    f"{'.'.join(map(str, loaded))}, which can crash QGIS.",
                ),
                qgis_geos,
            )
    try:
        _smoke_test(shapely)
    except Exception as error:  # noqa: BLE001
        # Reinstalled as the wheel whose GEOS matches the one QGIS uses, where that can be told.
        return (
            Problem("shapely", f"shapely {raw} is installed but fails a quick test here.", _describe(error)),
            _version_tuple(_global_geos() or _system_geos()),
        )
    return None, None


def _check_shapely_without_numpy():
    """Without numpy shapely cannot be imported: tell from its metadata whether it is there and 2 or newer."""
    import importlib.metadata
    import importlib.util

    try:
        found = importlib.util.find_spec("shapely") is not None
    except Exception:  # noqa: BLE001
        found = False
    if not found:
        return Problem("shapely", "shapely is not installed.")
    try:
        raw = importlib.metadata.version("shapely")
    except Exception:  # noqa: BLE001
        return None
    version = _version_tuple(raw)
    if version is not None and version < (2,):
        return Problem("shapely", f"shapely {raw} is installed, but it needs shapely 2 or newer.")
    return None


def _check_numpy_with_gdal(numpy):
    """A problem when numpy is 2 or newer and GDAL's Python bindings were built for numpy 1.x."""
    version = _version_tuple(getattr(numpy, "__version__", ""))
    if version is None or version < (2,):
        return None
    try:
        import osgeo  # noqa: F401
    except Exception:  # noqa: BLE001 - no GDAL bindings, nothing to clash with
        return None
    try:
        from osgeo import gdal_array  # noqa: F401
    except Exception as error:  # noqa: BLE001
        return Problem(
            "numpy",
            f"numpy {numpy.__version__} is installed, but this QGIS's GDAL was built for numpy 1.x "
            "and cannot load beside it: numpy must stay below 2.",
            _describe(error),
        )
    return None
