"""The engine's message templates, for pylupdate5 (``make translations``).

Usage:  python3 tools/core_messages.py OUTPUT.py

core/ has no Qt, so pylupdate5 finds no tr() there. This reads core/*.py with
``ast`` and writes every message template (the string literal that is the first
argument of ``Message(...)``, of an engine error's constructor (core/errors.py), or of
``super().__init__(...)`` in an error class; or the second, the problem, of
``SpecError(field, "...")``) as ``QT_TRANSLATE_NOOP("core", ...)`` lines, which
pylupdate5 reads; ``bridge.translation.text`` looks them up under "core".
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = "core"


def _name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def error_classes(path=ROOT / "core" / "errors.py"):
    """The engine's error classes (a ValueError's words never reach a user)."""
    return {node.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.ClassDef)}


class _Finder(ast.NodeVisitor):
    def __init__(self, errors):
        self.errors = errors
        self.found = []
        self._classes = []

    def visit_ClassDef(self, node):  # noqa: N802 (ast API)
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node):  # noqa: N802
        name = _name(node.func)
        in_error_class = bool(self._classes) and self._classes[-1] in self.errors
        is_super_init = name == "__init__" and isinstance(node.func, ast.Attribute) and (
            isinstance(node.func.value, ast.Call) and _name(node.func.value.func) == "super"
        )
        arguments = []
        if name == "Message" or name in self.errors or (is_super_init and in_error_class):
            arguments = node.args[:1]
        if name == "SpecError":
            arguments = node.args[1:2]
        for argument in arguments:
            template = _literal(argument)
            if template:
                self.found.append((template, node.lineno))
        self.generic_visit(node)


def templates(folder=ROOT / "core"):
    """[(template, "core/file.py:line")] in file order, each template once."""
    seen, result, errors = set(), [], error_classes()
    for path in sorted(folder.glob("*.py")):
        finder = _Finder(errors)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for template, line in finder.found:
            if template not in seen:
                seen.add(template)
                result.append((template, f"{path.relative_to(ROOT)}:{line}"))
    return result


def stub(found):
    lines = ["# Written by tools/core_messages.py for pylupdate5: the engine's message templates.", ""]
    for template, where in found:
        lines.append(f"QT_TRANSLATE_NOOP({CONTEXT!r}, {template!r})  # {where}")
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    output = Path(argv[1])
    output.parent.mkdir(parents=True, exist_ok=True)
    found = templates()
    output.write_text(stub(found), encoding="utf-8")
    print(f"{len(found)} engine message templates -> {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
