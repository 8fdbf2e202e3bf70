"""Build secure_corridor.zip, the plugin as the QGIS plugin repository expects it.

Usage (from anywhere):  python3 tools/package.py [--output secure_corridor.zip]

The zip holds one top-level folder, secure_corridor/, with only what the plugin
needs at run time: metadata.txt, __init__.py, plugin.py, unavailable.py,
dependencies/, core/, bridge/, processing_provider/, ui/, resources/, the
translations (i18n/*.qm), README.md,
CHANGELOG.md and a LICENSE if there is one.
Tests, benchmarks, tools, the demo, build output, the venv, caches and VCS files
stay out. In a git work tree, files git ignores stay out too.

It then checks the zip with the plugin repository's own rules (plugins.qgis.org's
plugins/validator.py in qgis/QGIS-Django): size, one top-level folder named like
a package, no .pyc, __pycache__ or .git, metadata.txt's required fields, the
icon, a LICENSE, no slash in the author, well-formed addresses. Exit status 1
on any of those. What only the repository can check (that the addresses can be
reached) and what would keep the plugin from QGIS 4 users are warnings.
"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "secure_corridor"
TOP_FILES = ("metadata.txt", "__init__.py", "plugin.py", "unavailable.py", "README.md", "CHANGELOG.md", "LICENSE")
TOP_FOLDERS = ("dependencies", "core", "bridge", "processing_provider", "ui", "resources", "i18n")
JUNK_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", ".bak", ".swp", "~")
JUNK_FOLDERS = ("__pycache__", "__MACOSX")
# What plugins.qgis.org requires in metadata.txt's [general] section.
REQUIRED_METADATA = (
    "name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "tracker", "repository",
)
PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net")
MAX_SIZE = 25_000_000  # bytes: the repository's PLUGIN_MAX_UPLOAD_SIZE
PACKAGE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-_]+$")
# QGIS 4 offers a plugin only up to its qgisMaximumVersion (3.99 when missing).
QGIS4 = (4, 0)


def wanted(relative):
    """Whether the file at ``relative`` (a path inside the repository) goes in the zip."""
    parts = relative.parts
    if not parts or any(part.startswith(".") for part in parts):
        return False
    if any(part in JUNK_FOLDERS for part in parts) or relative.name.endswith(JUNK_SUFFIXES):
        return False
    if len(parts) == 1:
        return parts[0] in TOP_FILES
    if parts[0] == "i18n":
        return relative.suffix == ".qm"  # the translations QGIS loads; the .ts sources stay out
    return parts[0] in TOP_FOLDERS


def _git_files(root):
    """Tracked and untracked-but-not-ignored files under ``root``, or None outside git."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            capture_output=True, check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return [Path(name) for name in done.stdout.decode("utf-8").split("\0") if name]


def plugin_files(root=ROOT):
    """The repository's files that go in the zip, sorted, as paths relative to ``root``."""
    root = Path(root)
    candidates = _git_files(root)
    if candidates is None:
        candidates = [path.relative_to(root) for path in root.rglob("*")]
    return sorted(
        {
            relative
            for relative in candidates
            if wanted(relative) and (root / relative).is_file() and not (root / relative).is_symlink()
        }
    )


def build(output, root=ROOT):
    """Write the zip to ``output``; return its entry names."""
    root, output = Path(root), Path(output)
    files = plugin_files(root)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".part")
    names = []
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative in files:
            name = f"{PACKAGE}/{relative.as_posix()}"
            source = root / relative
            info = zipfile.ZipInfo.from_file(source, name)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, source.read_bytes())
            names.append(name)
    os.replace(partial, output)
    return names


def read_metadata(archive):
    """metadata.txt's [general] section from an open zip, as the repository reads it."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive: qgisMinimumVersion
    parser.read_string(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))
    if not parser.has_section("general"):
        raise ValueError("metadata.txt has no [general] section")
    return dict(parser.items("general"))


def check(path):
    """(errors, warnings) for the zip at ``path``, as the plugin repository sees it."""
    errors, warnings = [], []
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        tops = {name.split("/")[0] for name in names}
        if tops != {PACKAGE}:
            errors.append(f"the zip must hold one folder {PACKAGE}/, not {', '.join(sorted(tops))}")
        if not PACKAGE_NAME.match(PACKAGE):
            errors.append(f"the folder name {PACKAGE} must start with an ASCII letter (letters, digits, - and _)")
        if Path(path).stat().st_size > MAX_SIZE:
            errors.append(f"the zip is larger than the repository's {MAX_SIZE / 1e6:.0f} MB")
        bad = archive.testzip()
        if bad:
            errors.append(f"the zip is damaged at {bad}")
        for name in names:
            parts = name.split("/")
            if ".pyc" in name or any(part in (*JUNK_FOLDERS, ".git") for part in parts) or ".." in parts:
                errors.append(f"the repository refuses zips containing {name}")
        for required in ("__init__.py", "metadata.txt"):
            if f"{PACKAGE}/{required}" not in names:
                errors.append(f"no {required}")
        if f"{PACKAGE}/metadata.txt" in names:
            metadata = read_metadata(archive)
            missing = [key for key in REQUIRED_METADATA if not metadata.get(key, "").strip()]
            if missing:
                errors.append(f"metadata.txt lacks {', '.join(missing)}")
            icon = metadata.get("icon", "").strip().removeprefix("./")
            if not icon:
                warnings.append("metadata.txt names no icon")
            elif f"{PACKAGE}/{icon}" not in names:
                errors.append(f"the icon {icon} named in metadata.txt is not in the zip")
            if "/" in metadata.get("author", ""):
                errors.append("metadata.txt's author must not contain a slash")
            for key in ("homepage", "repository", "tracker"):
                errors.extend(_address_errors(key, metadata.get(key, "")))
                if any(host in metadata.get(key, "") for host in PLACEHOLDER_HOSTS):
                    warnings.append(
                        f"metadata.txt's {key} ({metadata[key]}) is a placeholder: the repository checks "
                        "that it can be reached"
                    )
            if _version(metadata.get("qgisMaximumVersion", "3.99")) < QGIS4:
                warnings.append("metadata.txt's qgisMaximumVersion is below 4: QGIS 4 will not offer the plugin")
            if not metadata.get("changelog", "").strip():
                warnings.append("metadata.txt has no changelog: the plugin manager shows none")
        if f"{PACKAGE}/LICENSE" not in names:
            errors.append("no LICENSE file: plugins.qgis.org refuses uploads without one (since June 2024)")
    return errors, warnings


def _address_errors(key, value):
    """The repository refuses an address without a scheme and a host (or its own stand-ins)."""
    if not value.strip():
        return []
    parsed = urlparse(value.strip())
    if not (parsed.scheme and parsed.netloc) or value.strip() in ("http://bugs", "http://repo", "http://homepage"):
        return [f"metadata.txt's {key} ({value}) is not a valid address"]
    return []


def _version(text):
    return tuple(int(part) for part in re.findall(r"\d+", text)[:2])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / f"{PACKAGE}.zip", help="the zip to write")
    args = parser.parse_args(argv)
    names = build(args.output)
    errors, warnings = check(args.output)
    print(f"Wrote {args.output} ({len(names)} files, {args.output.stat().st_size / 1024:.0f} KiB).")
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
