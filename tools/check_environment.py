"""Check that a Python has what Secure Corridor needs, as the plugin does when QGIS loads it.

Usage:  /usr/bin/python3 tools/check_environment.py      (run by `make install`)

Run it with QGIS's Python (/usr/bin/python3 on Debian and Ubuntu). It runs the
plugin's own check (dependencies.py, loaded by its path: the plugin is not an
installed package) and prints either "ready" with the versions found, or each
problem and the commands that fix it on this platform. Exit status 0 when
ready, 1 when not.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_dependencies(path=ROOT / "dependencies.py"):
    """The plugin's dependencies.py as a module, without importing the plugin package."""
    spec = importlib.util.spec_from_file_location("secure_corridor_dependencies", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def main():
    dependencies = load_dependencies()
    report = dependencies.check()
    python = f"{report.python} (Python {sys.version.split()[0]})"
    if report.ready:
        print(f"{python} has what Secure Corridor needs: {report.found()}: ready.")
        return 0
    print(f"{python} lacks what Secure Corridor needs:")
    for problem in report.problems:
        print(f"  - {problem.text}")
        if problem.detail:
            print(f"    ({problem.detail})")
    if report.found():
        print(f"Found: {report.found()}.")
    print(report.where)
    for command in report.commands:
        print(f"    {command}")
    print(f"Then run this check again: {report.python} tools/check_environment.py")
    return 1


if __name__ == "__main__":
    sys.exit(main())
