"""What a dependency check found: :class:`Problem` and :class:`Report`, and how they are told to people."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

PLUGIN = "Secure Corridor"


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


def _version_tuple(text):
    """(2, 0, 7) from "2.0.7" or "2.1.0rc1"; None when there is no usable version ("0+unknown")."""
    match = re.match(r"(\d+(?:\.\d+)*)", str(text or "").strip())
    if not match:
        return None
    numbers = tuple(int(n) for n in match.group(1).split("."))
    return numbers if numbers[0] > 0 else None
