"""The plugin inside the real QGIS desktop application, as a user runs it.

The other tests load QGIS as a Python module. Here the QGIS binary itself
(``qgis``, i.e. qgis.bin) starts on a virtual X server (Xvfb, the xcb platform)
with a throwaway profile in which the plugin is installed (a link in the
profile's python/plugins) and enabled (``[PythonPlugins] secure_corridor=true``),
and runs desktop_session.py with ``--code``. That script opens the sample
project, opens the dock with the plugin's action, builds the corridor 6 km +
6 km with the dock's button, runs ``secure_corridor:buildcorridor`` through
Processing, notes which GEOS shapely's calls go to, saves a screenshot of the
main window to build/screenshots/desktop.png and quits QGIS.

This is where qgis.bin has QGIS's own GEOS in the global symbol scope before
the plugin imports shapely (core/_shapely.py opens shapely with RTLD_DEEPBIND
so that its calls stay in its own GEOS). The QGIS child imports the same
shapely as this test's interpreter: the venv's site-packages go on its
PYTHONPATH (QGIS runs /usr/bin/python3's libpython, which knows no venv).
"""

import json
import os
import select
import shutil
import signal
import site
import subprocess
import sys
import time
from pathlib import Path

import pytest
import shapely

import secure_corridor
from secure_corridor.core import assemble_route, build_corridor

import desktop_session

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PLUGIN_DIR = Path(secure_corridor.__file__).resolve().parent
SAMPLE = PLUGIN_DIR / "resources" / "sample"
PROJECT = SAMPLE / "secure_corridor_sample.qgs"
ROAD_FILE = SAMPLE / "m4_parts.geojson"
ROAD_LAYER = "M4 road parts (synthetic, OSM-like)"  # its name in the sample project
SCREENSHOT = ROOT / "build" / "screenshots" / "desktop.png"
WIDTHS_KM = (6.0, 6.0)
SCREEN = (1600, 1000)
QGIS_TIMEOUT_S = 90  # the whole run; the session inside gives up at SESSION_TIMEOUT_S
SESSION_TIMEOUT_S = 70
TASK_TIMEOUT_S = 40
STARTUP_TIMEOUT_S = 45  # QGIS up and the session script running (normally 3 to 8 s)
# Windows QGIS opens modally when something went wrong at start-up.
BLOCKING_TITLES = ("Couldn't load plugin", "Python error", "Error loading plugin")
# What the throwaway profile's QGIS3.ini holds: the plugin enabled, and no
# question that would block the exit (temporary layers, an unsaved project).
QGIS3_INI = """\
[PythonPlugins]
secure_corridor=true

[app]
askToSaveMemoryLayers=false

[qgis]
askToSaveProjectChanges=false
checkVersion=false

[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true
"""
# Variables of the test run that the desktop must not inherit: it draws on X,
# preloads nothing (qgis.bin loads its GEOS itself) and gets its own PYTHONPATH.
NOT_INHERITED = ("QT_QPA_PLATFORM", "LD_PRELOAD", "PYTHONPATH", "PYTHONSAFEPATH", "PYTHONHOME", "PROJ_DATA", "DISPLAY")

pytestmark = pytest.mark.skipif(
    not (shutil.which("qgis") and shutil.which("Xvfb")) or not sys.platform.startswith("linux"),
    reason="needs the QGIS desktop (qgis) and Xvfb on Linux",
)


def venv_site_dirs():
    """This interpreter's own site-packages when it runs in a venv (none outside one)."""
    if sys.prefix == sys.base_prefix:
        return []
    prefix = os.path.realpath(sys.prefix) + os.sep
    return [p for p in site.getsitepackages() if os.path.realpath(p).startswith(prefix) and os.path.isdir(p)]


class VirtualDisplay:
    """Xvfb on a display it picks itself (-displayfd); stopped on exit."""

    def __init__(self, folder, size=SCREEN):
        self.log = folder / "xvfb.log"
        read_end, write_end = os.pipe()
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp",
                 "-noreset"],
                pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
            )
        os.close(write_end)
        number = b""
        try:
            deadline = time.monotonic() + 15
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                ready, _, _ = select.select([read_end], [], [], 0.5)
                if ready:
                    chunk = os.read(read_end, 16)
                    if not chunk:
                        break
                    number += chunk
        finally:
            os.close(read_end)
        if not number.strip().isdigit():
            self.stop()
            pytest.fail(f"Xvfb did not start: {self.log.read_text(errors='replace')[-2000:]}")
        self.display = f":{number.strip().decode()}"

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def tail(path, size=4000):
    try:
        return path.read_text(errors="replace")[-size:]
    except OSError:
        return "(none)"


def kill(process):
    """Stop ``process`` and its process group (it was started in a session of its own)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(5)
            return
        except subprocess.TimeoutExpired:
            continue


def window_titles(display):
    """The titles of the top-level windows on ``display`` (no window manager: the root's children)."""
    if not shutil.which("xwininfo"):
        return []
    try:
        tree = subprocess.run(["xwininfo", "-root", "-children", "-display", display], capture_output=True,
                              text=True, timeout=10).stdout
    except subprocess.TimeoutExpired:
        return ["(xwininfo timed out)"]
    return [line.split('"')[1] for line in tree.splitlines() if line.count('"') >= 2]


def wait_for_qgis(process, display, events_file):
    """(exit code, None) once QGIS has exited; (None, why) when it hangs: still running after
    QGIS_TIMEOUT_S, the session script not started after STARTUP_TIMEOUT_S, or a modal dialog up
    that nobody will close (QGIS 3.22 shows "Couldn't load plugin" modally on a new profile)."""
    started = time.monotonic()
    while True:
        try:
            return process.wait(2), None
        except subprocess.TimeoutExpired:
            pass
        elapsed = time.monotonic() - started
        blocking = [title for title in window_titles(display) if title.startswith(BLOCKING_TITLES)]
        if blocking:
            return None, f"QGIS shows a modal dialog after {elapsed:.0f} s: {blocking}"
        if elapsed > STARTUP_TIMEOUT_S and not events_file.is_file():
            return None, f"the session script had not started after {STARTUP_TIMEOUT_S} s"
        if elapsed > QGIS_TIMEOUT_S:
            return None, f"QGIS did not finish within {QGIS_TIMEOUT_S} s"


def hang_screenshot(screenshot):
    """Where the display is saved when QGIS hangs: desktop-hang.png beside desktop.png."""
    return screenshot.with_name(f"{screenshot.stem}-hang.png")


def diagnose_hang(display, env, screenshot=SCREENSHOT):
    """What a hung QGIS shows: its windows' titles, and a screenshot of the display (best effort)."""
    found = [f"windows: {window_titles(display)}"]
    grab = (
        "import sys; from PyQt5.QtWidgets import QApplication; app = QApplication([]); "
        "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)"
    )
    saved_as = hang_screenshot(screenshot)
    try:
        saved = subprocess.run(["/usr/bin/python3", "-c", grab, str(saved_as)], env=dict(env, QT_QPA_PLATFORM="xcb"),
                               capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        saved = False
    found.append(f"screen: {saved_as}" if saved else "screen: not saved")
    return "\n".join(found)


def run_desktop(folder, display, python_path=None, extra_env=None, screenshot=SCREENSHOT, ini=QGIS3_INI):
    """Start qgis with the session script; return (result, events, return code, stderr, seconds, command, env).

    ``python_path``: the folders on the desktop's PYTHONPATH (None: this venv's site-packages,
    :func:`venv_site_dirs`; [] for none). ``extra_env``: more variables for the desktop.
    ``screenshot``: where the session saves the main window; ``ini``: the profile's QGIS3.ini."""
    if python_path is None:
        python_path = venv_site_dirs()
    profiles = folder / "profiles"
    settings = profiles / "profiles" / "test"  # --profiles-path P keeps profile N in P/profiles/N
    (settings / "QGIS").mkdir(parents=True)
    (settings / "QGIS" / "QGIS3.ini").write_text(ini)
    (settings / "python" / "plugins").mkdir(parents=True)
    (settings / "python" / "plugins" / "secure_corridor").symlink_to(PLUGIN_DIR, target_is_directory=True)
    out = folder / "out"
    out.mkdir()
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    screenshot.unlink(missing_ok=True)
    hang_screenshot(screenshot).unlink(missing_ok=True)
    config = folder / "session.json"
    config.write_text(json.dumps({
        "out": str(out),
        "project": str(PROJECT),
        "road_layer": ROAD_LAYER,
        "widths_km": WIDTHS_KM,
        "window": SCREEN,
        "screenshot": str(screenshot),
        "task_timeout_s": TASK_TIMEOUT_S,
        "session_timeout_s": SESSION_TIMEOUT_S,
    }))
    home, runtime = folder / "home", folder / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED and not k.startswith("PYTEST_")}
    env.update(
        # QGIS's embedded Python takes its prefix from the first python3 on PATH: the one QGIS is built for.
        PATH=os.pathsep.join([str(Path(shutil.which("qgis")).parent), env.get("PATH", "")]),
        DISPLAY=display,
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONPATH=os.pathsep.join(python_path),
        PYTHONDONTWRITEBYTECODE="1",
        **{desktop_session.CONFIG_VARIABLE: str(config)},
    )
    env.update(extra_env or {})
    if not env["PYTHONPATH"]:
        del env["PYTHONPATH"]
    command = [
        "qgis", "--profiles-path", str(profiles), "--profile", "test", "--nologo", "--noversioncheck",
        "--code", str(HERE / "desktop_session.py"),
    ]
    stdout, stderr = folder / "qgis.stdout", folder / "qgis.stderr"
    started = time.monotonic()
    with open(stdout, "wb") as out_file, open(stderr, "wb") as err_file:
        process = subprocess.Popen(
            command, env=env, cwd=folder, stdin=subprocess.DEVNULL, stdout=out_file, stderr=err_file,
            start_new_session=True,
        )
        code, hang = wait_for_qgis(process, display, out / "events.jsonl")
        if hang:
            on_screen = diagnose_hang(display, env, screenshot)
            kill(process)
    if hang:
        pytest.fail(
            f"{hang}; it was killed.\n{on_screen}\n"
            f"events:\n{tail(out / 'events.jsonl')}\nstderr:\n{tail(stderr)}"
        )
    seconds = time.monotonic() - started
    result_file = out / "result.json"
    if not result_file.is_file():
        pytest.fail(
            f"QGIS exited ({code}) after {seconds:.1f} s without writing {result_file}.\n"
            f"events:\n{tail(out / 'events.jsonl')}\nstderr:\n{tail(stderr)}"
        )
    events_file = out / "events.jsonl"
    events = [json.loads(line) for line in events_file.read_text().splitlines()] if events_file.is_file() else []
    shown = ("DISPLAY", "HOME", "XDG_RUNTIME_DIR", "PYTHONPATH", desktop_session.CONFIG_VARIABLE, *(extra_env or {}))
    shown_env = {k: env[k] for k in shown if k in env}
    return json.loads(result_file.read_text()), events, code, tail(stderr, 20000), seconds, command, shown_env


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("desktop")
    display = VirtualDisplay(folder)
    try:
        result, events, code, stderr, seconds, command, env = run_desktop(folder, display.display)
    finally:
        display.stop()
    run = dict(result=result, events=events, code=code, stderr=stderr, seconds=seconds, command=command, env=env)
    geos = result.get("geos", {})
    print(
        f"\nQGIS desktop {result.get('qgis')} on {display.display} ({result.get('qpa')}): {seconds:.1f} s, "
        f"exit {code}; shapely {geos.get('shapely')} (GEOS {geos.get('shapely_geos_version_string')}), "
        f"global GEOS {geos.get('global_geos')}\n  {' '.join(command)}\n  env: {env}"
    )
    return run


@pytest.fixture(scope="module")
def expected():
    """The corridor the core builds from the same road parts, in this process."""
    features = json.loads(ROAD_FILE.read_text())["features"]
    parts = [shapely.geometry.shape(feature["geometry"]) for feature in features]
    route = assemble_route(parts, None)  # the GeoJSON is in WGS84
    return build_corridor(route, WIDTHS_KM[0] * 1000, WIDTHS_KM[1] * 1000, "flat")


def about(run):
    """What ran, for assertion messages."""
    result = run["result"]
    geos = result.get("geos", {})
    return (
        f"[QGIS desktop {result.get('qgis')}, shapely {geos.get('shapely', '?')} "
        f"(GEOS {geos.get('shapely_geos_version_string', '?')}) from {geos.get('shapely_file', '?')}; "
        f"test process: shapely {shapely.__version__} (GEOS {shapely.geos_version_string})]"
    )


def errors_of(run):
    """Python errors and session failures: those in events.jsonl (also from QGIS's exit), and any
    only in result.json."""
    errors = [e for e in run["events"] if e["kind"] in ("exception", "session_error")]
    return errors + [e for e in run["result"]["errors"] if e not in errors]


def recorded(desktop, name):
    """What the session recorded for step ``name``; a failure saying why when it did not get there."""
    steps = desktop["result"]["steps"]
    if name not in steps:
        errors = "\n".join(e["text"] for e in errors_of(desktop))
        pytest.fail(f"the desktop session stopped before '{name}' {about(desktop)}:\n{errors}")
    return steps[name]


def test_the_desktop_loads_the_plugin_and_the_action_opens_its_dock(desktop):
    result = desktop["result"]
    context = about(desktop)
    assert result["qpa"] == "xcb", context
    plugin = recorded(desktop, "plugin")
    assert plugin["loaded"] and plugin["active"], f"{context} {plugin}"
    assert plugin["class"] == "Plugin", (
        f"QGIS loaded the stand-in ({plugin['class']}), not the plugin: {result['message_bar_at_start']} {context}"
    )
    assert Path(plugin["module_file"]).resolve().parent == PLUGIN_DIR, plugin
    assert not [e for e in errors_of(desktop) if e["kind"] == "session_error"], f"{context} {errors_of(desktop)}"
    project = recorded(desktop, "project")
    assert project["opened"], project
    assert project["layers"][ROAD_LAYER] == {"valid": True, "features": 30}, project
    dock = recorded(desktop, "dock")
    assert dock["action_found"] and dock["action_on_plugin_toolbar"], dock
    assert dock["vector_menu"] == [["Secure Corridor", "Secure Corridor"]], dock
    assert not dock["visible_before"] and dock["visible_after_action"] and dock["action_checked"], dock
    shot = recorded(desktop, "screenshot")
    assert shot["dock_visible"] and not shot["dock_visible_region_empty"], shot
    assert shot["saved"] and SCREENSHOT.is_file() and shot["canvas_rendered"], shot
    assert not shot["dock_horizontal_scroll_bar"], (
        f"the dock's sections need {shot['dock_content_min_width']} px across, the dock shows "
        f"{shot['dock_viewport_width']} px: they are cut off at the right {shot}"
    )


def test_the_dock_builds_the_corridor_the_core_builds(desktop, expected):
    corridor = expected
    context = about(desktop)
    step = recorded(desktop, "dock_corridor")
    assert step["inputs"]["layer"] == ROAD_LAYER and step["inputs"]["args"][:3] == [6000, 6000, "flat"], step
    assert step["finished"], f"the dock's task did not finish within {TASK_TIMEOUT_S} s {context}"
    assert step["group"] == ["corridor"], f"{step} {context}"
    layer = step["corridor"]
    assert layer["feature_count"] == 1 and layer["valid_geometries"] == [True], f"{layer} {context}"
    (row,) = layer["rows"]
    assert (row["north_m"], row["south_m"]) == (6000, 6000), row
    assert row["area_km2"] == pytest.approx(corridor.area_km2, rel=1e-6), (
        f"dock: {row['area_km2']} km², core: {corridor.area_km2} km² {context}"
    )
    assert row["length_km"] == pytest.approx(corridor.stretch.length_km, rel=1e-6), f"{row} {context}"
    report = corridor.route.report
    assert f"{report.parts_used} of {report.parts_total} parts used" in step["road_summary"], step["road_summary"]
    assert step["side_labels"] == ["North width", "South width"], step


def test_processing_builds_the_corridor_the_core_builds(desktop, expected):
    corridor = expected
    context = about(desktop)
    step = recorded(desktop, "processing")
    layer = step["corridor"]
    assert layer is not None and layer["feature_count"] == 1, f"{step} {context}"
    assert layer["valid_geometries"] == [True], f"{layer} {context}"
    (row,) = layer["rows"]
    assert row["area_km2"] == pytest.approx(corridor.area_km2, rel=1e-6), (
        f"processing: {row['area_km2']} km², core: {corridor.area_km2} km² {context}"
    )
    assert step["AREA_KM2"] == pytest.approx(corridor.area_km2, rel=1e-6), f"{step} {context}"


def test_shapely_calls_reach_a_geos_that_fits_in_the_desktop(desktop):
    geos = desktop["result"]["geos"]
    context = about(desktop)
    assert (geos["shapely"], geos["shapely_file"]) == (shapely.__version__, os.path.realpath(shapely.__file__)), (
        f"the desktop imported another shapely than this test {context}"
    )
    assert geos["global_geos"], f"no GEOS in qgis.bin's global scope? {geos} {context}"
    assert geos["wkb_round_trip"] is True, f"to_wkb/from_wkb in the desktop: {geos['wkb_round_trip']} {context}"
    modules = geos["modules"]
    assert not [m for m in modules if "error" in m], f"{modules} {context}"
    modules = [m for m in modules if m["geos_imports"]]  # those that call GEOS
    assert any(Path(m["module"]).name.startswith("lib.") for m in modules), f"no shapely.lib among {modules}"
    if geos["opened_by_plugin"]:
        for module in modules:
            assert module["own_geos"] and list(module["bound"]) == [module["own_geos"]], (
                f"{Path(module['module']).name}'s GEOS calls go to {module['bound']}, not to the GEOS it was built "
                f"with ({module['own_geos']}, {module.get('own_geos_version')}); the global GEOS is "
                f"{geos['global_geos_file']} ({geos['global_geos']}) {context}"
            )
        return
    # QGIS >= 3.40 imports shapely itself, in qgis.core (QgsGeometry.as_shapely), before
    # any plugin: shapely's calls then go to QGIS's GEOS wherever it has the function.
    # That is sound only while QGIS's GEOS is not older than shapely's own, which the
    # plugin's dependency check insists on (else it refuses to load, with a message).
    qgis = tuple(int(n) for n in desktop["result"]["qgis"].split("-")[0].split(".")[:2])
    assert qgis >= (3, 40), f"shapely was opened before the plugin on QGIS {qgis} {context}"
    for module in modules:
        assert set(module["bound"]) <= {module["own_geos"], geos["global_geos_file"]}, f"{module} {context}"
        assert _geos_version(geos["global_geos"]) >= _geos_version(module["own_geos_version"]), (
            f"QGIS's GEOS {geos['global_geos']} is older than shapely's own {module['own_geos_version']}, "
            f"yet the plugin loaded {context}"
        )


def _geos_version(text):
    """(3, 13) from "3.13.1-CAPI-1.19.2"."""
    return tuple(int(n) for n in text.split("-")[0].split(".")[:2])


def test_no_python_error_and_no_critical_message(desktop):
    assert_clean(desktop)
    result = desktop["result"]
    assert any("lost when QGIS closes" in m["text"] for m in result["message_bar"]), result["message_bar"]


def assert_clean(desktop):
    """No Python error, no warning or critical message of the plugin's, no traceback."""
    result, context = desktop["result"], about(desktop)
    errors = [e["text"] for e in errors_of(desktop)]
    assert not errors, f"Python errors in the desktop {context}:\n" + "\n".join(errors)
    python_errors = [e["text"] for e in result["log"] if e["tag"] == "Python error"]
    python_errors += [text for tab, text in result.get("log_panel", {}).items() if tab == "Python error"]
    assert not python_errors, f"'Python error' in the log panel {context}:\n" + "\n".join(python_errors)
    ours = [e for e in result["log"] if e["tag"] == "Secure Corridor" and e["level"] in ("warning", "critical")]
    assert not ours, f"{ours} {context}"
    bar = result["message_bar"] + result["message_bar_at_start"] + result["message_bar_at_end"]
    critical = [m for m in bar if m["level"] == "critical"]
    assert not critical, f"critical messages in the message bar {context}: {critical}"
    assert "Traceback (most recent call last)" not in desktop["stderr"], f"{context}\n{desktop['stderr']}"


def test_qgis_quits_cleanly(desktop):
    kinds = [event["kind"] for event in desktop["events"]]
    assert "closing" in kinds and "exit_blocked" not in kinds, desktop["events"][-3:]
    assert "unload_done" in kinds and kinds.index("closing") < kinds.index("unload_started"), (
        f"QGIS did not unload the plugin on its way out: {desktop['events'][-3:]}"
    )
    assert desktop["code"] == 0, f"QGIS exited with {desktop['code']} {about(desktop)}\n{desktop['stderr']}"


# -- the desktop in Arabic ---------------------------------------------------------------

ARABIC_SCREENSHOT = ROOT / "build" / "screenshots" / "desktop-ar.png"


@pytest.fixture(scope="module")
def desktop_in_arabic(tmp_path_factory):
    """The same session in a QGIS whose language is Arabic (Options ▸ General ▸
    Override system locale), as an Arabic-speaking monitor runs it."""
    folder = tmp_path_factory.mktemp("desktop-ar")
    display = VirtualDisplay(folder)
    ini = QGIS3_INI + "\n[locale]\noverrideFlag=true\nuserLocale=ar\nglobalLocale=ar\n"
    try:
        result, events, code, stderr, seconds, command, env = run_desktop(
            folder, display.display, screenshot=ARABIC_SCREENSHOT, ini=ini
        )
    finally:
        display.stop()
    return dict(result=result, events=events, code=code, stderr=stderr, seconds=seconds, command=command, env=env)


def test_the_desktop_in_arabic_builds_the_same_corridor_in_an_arabic_right_to_left_dock(desktop_in_arabic, expected):
    import re

    from secure_corridor.bridge.translation import FOLDER

    step = recorded(desktop_in_arabic, "dock_corridor")
    assert step["finished"] and step["right_to_left"], step
    assert re.search("[\u0600-\u06ff]", step["build_button"]) and step["build_button"] != "Build corridor", step
    assert all(re.search("[\u0600-\u06ff]", label) for label in step["side_labels"]), step
    (row,) = step["corridor"]["rows"]
    assert row["area_km2"] == pytest.approx(expected.area_km2, rel=1e-6), row
    assert (FOLDER / "secure_corridor_ar.qm").is_file()
    shot = recorded(desktop_in_arabic, "screenshot")
    assert shot["saved"] and ARABIC_SCREENSHOT.is_file(), shot
    assert_clean(desktop_in_arabic)
    assert desktop_in_arabic["code"] == 0, desktop_in_arabic["stderr"]
