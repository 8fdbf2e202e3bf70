"""Importing and trying, in this process, the packages the engine needs: :func:`check`.

shapely is imported the way the engine does (:func:`import_shapely`), its GEOS
compared with one QGIS may already have loaded, and a tiny run of the calls the
engine relies on tried; numpy is checked beside GDAL's Python bindings.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .commands import DEBIAN_DIST_PACKAGES, fix_commands
from .report import PLUGIN, Problem, Report, _version_tuple

_BOUND_HERE = "_secure_corridor_deepbind"  # core/_shapely.py's MARK


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
        "_secure_corridor_shapely_loader", Path(__file__).resolve().parents[1] / "core" / "_shapely.py"
    )
    loader = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loader)
    return loader.shapely


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
        # Imported before this check, so perhaps without RTLD_DEEPBIND (QGIS >= 3.40
        # imports shapely itself in qgis.core): its calls then reach the GEOS QGIS has
        # loaded wherever it has the function. One older than shapely's own crashes it.
        loaded = _version_tuple(_global_geos())
        if loaded is not None and isinstance(geos, tuple) and tuple(loaded[:2]) < tuple(geos[:2]):
            qgis_geos = tuple(loaded[:2])
            return (
                Problem(
                    "shapely",
                    f"shapely {raw} (built with GEOS {versions.get('GEOS')}) was imported before {PLUGIN} "
                    f"could load it safely (QGIS 3.40 and newer import it at start-up), and its calls "
                    f"now go to QGIS's own, older GEOS "
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
