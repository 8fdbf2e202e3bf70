"""Check that a Python has what Secure Corridor needs, as the plugin does when QGIS loads it.

Usage:  /usr/bin/python3 tools/check_environment.py      (run by `make install`)

Run it with QGIS's Python (/usr/bin/python3 on Debian and Ubuntu). It runs the
plugin's own check (the dependencies/ package, loaded by its path: the plugin
is not an installed package) and prints either "ready" with the versions found,
or each problem and the commands that fix it on this platform. Exit status 0
when ready, 1 when not.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_dependencies(folder=ROOT / "dependencies", name="secure_corridor_dependencies"):
    """The plugin's dependencies/ package, loaded by its path, without importing the plugin package."""
    folder = Path(folder)
    spec = importlib.util.spec_from_file_location(
        name, folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    module = importlib.util.module_from_spec(spec)
    # Registered before it runs: its relative imports find their package by this name,
    # and dataclasses look their module up by name.
    sys.modules[spec.name] = module
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
