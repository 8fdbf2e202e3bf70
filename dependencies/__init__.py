"""What Secure Corridor needs in QGIS's Python, checked before anything imports it.

The geometry engine (``core/``) needs shapely 2 or newer, pyproj and numpy in
the Python that QGIS runs. :func:`check` looks for exactly those, tries that
shapely works in this process, and returns a :class:`Report`: the problems in
plain words and the commands that fix them on this platform.

This package imports neither QGIS nor Qt nor the engine, so that it also runs
in a plain ``/usr/bin/python3`` (``tools/check_environment.py``, run by
``make install``) and in a QGIS whose Python lacks the engine's packages.

Its modules:

- ``report``: :class:`Problem` and :class:`Report`, what a check found and how it is told;
- ``probe``: importing and trying the packages in this process, and :func:`check`;
- ``commands``: telling the platform apart and the commands that fix it (:func:`fix_commands`).

>>> report = check()
>>> report.ready
True
>>> sorted(report.versions)[:3]
['GEOS', 'PROJ', 'numpy']
>>> print(fix_commands({"shapely"}, platform="win32")[1][0])
python -m pip install "shapely>=2"
"""

from __future__ import annotations

from .commands import fix_commands, read_os_release, shapely_requirement
from .probe import check, import_shapely
from .report import PLUGIN, Problem, Report

__all__ = ["Problem", "Report", "check", "fix_commands", "import_shapely", "read_os_release", "shapely_requirement"]
