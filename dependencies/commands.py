"""The commands that install what is missing, for the platform at hand.

Telling platforms apart (/etc/os-release for Debian, Ubuntu and their
derivatives; PEP 668's EXTERNALLY-MANAGED; QGIS's own Python on macOS) and
building the commands from it: :func:`fix_commands`, :func:`shapely_requirement`.
"""

from __future__ import annotations

import os
import shlex
import sys
import sysconfig
from pathlib import Path

from .report import _version_tuple

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
# must not have its calls land in QGIS's (see probe._check_shapely).
SHAPELY_WHEEL_GEOS = (((2, 0), (3, 11)), ((2, 1), (3, 13)), ((2, 2), (3, 14)))

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


# --- the commands ----------------------------------------------------------------------------


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
