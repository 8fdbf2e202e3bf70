"""Runs inside the real QGIS desktop (``qgis --code``), started by test_desktop.py.

QGIS executes this file in its ``__main__`` namespace after start-up, before
its event loop runs. It then drives the plugin as a user would: opens the
sample project, opens the dock through the plugin's action, builds the
corridor with the dock's button, waits for the background task, runs
``secure_corridor:buildcorridor`` through Processing, notes which GEOS
shapely's calls go to, grabs a screenshot and quits QGIS.

Everything it sees goes to ``result.json`` in the output folder named by the
JSON file in ``$SECURE_CORRIDOR_DESKTOP``; Python errors and log messages are
also appended to ``events.jsonl`` as they happen, so that errors raised while
QGIS shuts down (the plugin's ``unload``) are kept too.

Importing this module does nothing but define the GEOS probe (:func:`geos_report`).
"""

import ctypes
import json
import os
import struct
import sys
import time
import traceback

CONFIG_VARIABLE = "SECURE_CORRIDOR_DESKTOP"
PLUGIN = "secure_corridor"
DOCK_NAME = "SecureCorridorDock"
ACTION_NAME = "SecureCorridorAction"


# --- which GEOS shapely's calls go to ------------------------------------------------------


class _DlInfo(ctypes.Structure):
    _fields_ = [
        ("dli_fname", ctypes.c_char_p),
        ("dli_fbase", ctypes.c_void_p),
        ("dli_sname", ctypes.c_char_p),
        ("dli_saddr", ctypes.c_void_p),
    ]


def _libc():
    libc = ctypes.CDLL(None)
    libc.dladdr.argtypes = [ctypes.c_void_p, ctypes.POINTER(_DlInfo)]
    libc.dladdr.restype = ctypes.c_int
    libc.dlopen.argtypes = [ctypes.c_char_p, ctypes.c_int]
    libc.dlopen.restype = ctypes.c_void_p
    libc.dlsym.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    libc.dlsym.restype = ctypes.c_void_p
    return libc


def _file_of(address):
    """The real path of the loaded object that holds ``address``."""
    info = _DlInfo()
    if not address or not _libc().dladdr(ctypes.c_void_p(address), ctypes.byref(info)) or not info.dli_fname:
        return None
    return os.path.realpath(info.dli_fname.decode())


def _geos_version_at(path):
    """GEOSversion() of the loaded library ``path`` (opened again: the same handle)."""
    function = ctypes.CDLL(path).GEOSversion
    function.restype = ctypes.c_char_p
    function.argtypes = []
    return function().decode("ascii", "replace")


# ELF machine: (GLOB_DAT, JUMP_SLOT) relocation types, whose slots hold the bound addresses.
_GOT_RELOCATIONS = {62: (6, 7), 183: (1025, 1026)}  # x86-64, AArch64


def _result_layer(group, kind):
    """The result layer of ``kind`` ("corridor", …) in a results group, whatever
    its name's language."""
    from secure_corridor.bridge.project import KIND_PROPERTY

    layers = [node.layer() for node in group.findLayers()] if group is not None else []
    return next((layer for layer in layers if layer.customProperty(KIND_PROPERTY) == kind), None)


def _geos_imports(path):
    """{GEOS symbol: offset of its GOT slot} from the dynamic relocations of the ELF64 file ``path``."""
    with open(path, "rb") as file:
        data = file.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:  # 64-bit little-endian only
        return {}
    (machine,) = struct.unpack_from("<H", data, 0x12)
    kinds = _GOT_RELOCATIONS.get(machine)
    if kinds is None:
        raise ValueError(f"no GOT relocation types known for ELF machine {machine}")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + k * shentsize) for k in range(shnum)]
    found = {}
    for _, kind, _, _, offset, size, link, _, _, _ in sections:
        if kind != 4:  # SHT_RELA
            continue
        symtab = sections[link]
        strtab = sections[symtab[6]]
        for k in range(size // 24):
            r_offset, r_info, _ = struct.unpack_from("<QQq", data, offset + k * 24)
            symbol, rtype = r_info >> 32, r_info & 0xFFFFFFFF
            if rtype not in kinds or not symbol:
                continue
            (st_name,) = struct.unpack_from("<I", data, symtab[4] + symbol * 24)
            start = strtab[4] + st_name
            name = data[start : data.index(b"\0", start)].decode("ascii", "replace")
            if name.startswith("GEOS"):
                found[name] = r_offset
    return found


def _module_geos(path):
    """Where one extension module's GEOS calls go: its own GEOS (what its
    dependencies give, looked up from its handle) and the files its bound GOT
    slots point into (a slot not bound yet points back into the module). A
    module that calls no GEOS (shapely 2.2's _geos) has no imports."""
    libc = _libc()
    handle = libc.dlopen(path.encode(), 1 | 4)  # RTLD_LAZY | RTLD_NOLOAD: the loaded module
    if not handle:
        return {"module": path, "error": "not loaded"}
    base = ctypes.c_size_t.from_address(handle).value  # struct link_map starts with l_addr
    imports = _geos_imports(path)
    own = _file_of(libc.dlsym(handle, b"GEOS_init_r")) if imports else None
    bound, unbound = {}, 0
    real = os.path.realpath(path)
    for _, offset in sorted(imports.items()):
        target = _file_of(ctypes.c_void_p.from_address(base + offset).value)
        if target is None or target == real:
            unbound += 1
        else:
            bound[target] = bound.get(target, 0) + 1
    return {"module": path, "geos_imports": len(imports), "own_geos": own, "bound": bound, "not_yet_bound": unbound}


def geos_report():
    """shapely's version and GEOS, the GEOS in the global symbol scope (QGIS's in
    the desktop), and for each of shapely's loaded extension modules the files
    its GEOS calls are bound to. Linux on x86-64 or AArch64; errors are reported."""
    import shapely

    report = {
        "shapely": shapely.__version__,
        "shapely_file": os.path.realpath(shapely.__file__),
        "shapely_geos_version_string": shapely.geos_version_string,
        # Set by core/_shapely.py when it opened shapely (QGIS >= 3.40 opens it first).
        "opened_by_plugin": bool(getattr(shapely, "_secure_corridor_deepbind", False)),
        "global_geos": None,
        "global_geos_file": None,
        "modules": [],
    }
    # Calls first, so that lazily bound slots are bound: buffer, WKB both ways, union.
    point = shapely.Point(36.7, 35.8, 1.0)
    try:
        round_trip = shapely.from_wkb(shapely.to_wkb(point))
        report["wkb_round_trip"] = bool(shapely.equals(round_trip, point))
    except Exception as error:  # noqa: BLE001 - the symptom of a wrong GEOS
        report["wkb_round_trip"] = f"{type(error).__name__}: {error}"
    shapely.union_all([shapely.buffer(point, 1.0), shapely.buffer(shapely.Point(37.5, 35.8), 1.0)])
    try:
        function = ctypes.CDLL(None).GEOSversion
        function.restype = ctypes.c_char_p
        report["global_geos"] = function().decode("ascii", "replace")
        report["global_geos_file"] = _file_of(ctypes.cast(function, ctypes.c_void_p).value)
    except AttributeError:
        pass  # no GEOS in the global scope (a plain Python)
    folder = os.path.dirname(shapely.__file__)
    loaded = {name: module for name, module in sys.modules.items() if name.startswith("shapely.")}
    for module in sorted(loaded.values(), key=lambda m: getattr(m, "__name__", "")):
        path = getattr(module, "__file__", None) or ""
        if path.endswith(".so") and os.path.dirname(path) == folder:
            try:
                entry = _module_geos(path)
                if entry.get("own_geos"):
                    entry["own_geos_version"] = _geos_version_at(entry["own_geos"])
            except Exception as error:  # noqa: BLE001
                entry = {"module": path, "error": f"{type(error).__name__}: {error}"}
            report["modules"].append(entry)
    return report


# --- the session ----------------------------------------------------------------------------


def _level_name(level):
    from qgis.core import Qgis

    for name in ("Info", "Warning", "Critical", "Success"):
        if level == getattr(Qgis.MessageLevel, name, None) or level == getattr(Qgis, name, None):
            return name.lower()
    return str(level)


class Session:
    """One run of the desktop: the steps, what they saw, and the way out."""

    def __init__(self, config):
        self.config = config
        self.watchdog = None
        self.out = config["out"]
        self.result = {"steps": {}, "errors": [], "log": [], "message_bar": [], "timings": {}}
        self.started = time.monotonic()
        self._events = open(os.path.join(self.out, "events.jsonl"), "a", encoding="utf-8")  # noqa: SIM115
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook

    # recording

    def event(self, kind, **fields):
        fields.update(kind=kind, t=round(time.monotonic() - self.started, 3))
        self._events.write(json.dumps(fields, default=str) + "\n")
        self._events.flush()
        return fields

    def _excepthook(self, kind, value, tb):
        text = "".join(traceback.format_exception(kind, value, tb))
        self.result["errors"].append(self.event("exception", text=text))
        self._previous_hook(kind, value, tb)  # QGIS's own: the message bar and the log panel

    def _logged(self, message, tag, level):
        self.result["log"].append(self.event("log", tag=tag, level=_level_name(level), text=message))

    def _bar_item(self, widget):
        try:  # the signal hands over a QWidget; it is a QgsMessageBarItem
            from qgis.gui import QgsMessageBarItem
            from qgis.PyQt import sip

            item = widget if isinstance(widget, QgsMessageBarItem) else sip.cast(widget, QgsMessageBarItem)
            entry = {"title": item.title(), "text": item.text(), "level": _level_name(item.level())}
        except Exception as error:  # noqa: BLE001 - a recorder must never raise into Qt
            entry = {"title": "?", "text": f"(unreadable message bar item: {error!r})", "level": "?"}
        self.result["message_bar"].append(self.event("message_bar", **entry))

    def write(self):
        self.result["timings"]["session_s"] = round(time.monotonic() - self.started, 3)
        path = os.path.join(self.out, "result.json")
        with open(path + ".part", "w", encoding="utf-8") as file:
            json.dump(self.result, file, indent=1, default=str)
        os.replace(path + ".part", path)

    # waiting with the event loop running

    def wait_for(self, signal, timeout_s):
        """True when ``signal`` was emitted within ``timeout_s``; the event loop runs meanwhile."""
        from qgis.PyQt.QtCore import QEventLoop, QTimer

        loop, fired, timer = QEventLoop(), [], QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)

        def done(*_):
            fired.append(True)
            loop.quit()

        signal.connect(done)
        timer.start(int(timeout_s * 1000))
        loop.exec_()
        timer.stop()
        try:
            signal.disconnect(done)
        except TypeError:
            pass
        return bool(fired)

    def pause(self, seconds):
        from qgis.PyQt.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec_()

    # the steps

    def run(self):
        """Every step, then the result and the way out, whatever happened."""
        try:
            self._run()
        except Exception:  # noqa: BLE001 - recorded; the test reports it
            self.result["errors"].append(self.event("session_error", text=traceback.format_exc()))
        finally:
            try:
                if "geos" not in self.result and "shapely" in sys.modules:
                    self.result["geos"] = geos_report()
                self.result["log_panel"] = self._log_panel()
                self.result["message_bar_at_end"] = self._bar_items()
            except Exception:  # noqa: BLE001
                self.result["errors"].append(self.event("session_error", text=traceback.format_exc()))
            if self.watchdog is not None:
                self.watchdog.stop()  # from here on the test's own timeout watches QGIS's exit
            self.write()
            self.quit()

    def _run(self):
        from qgis.core import Qgis, QgsApplication
        from qgis.utils import iface

        QgsApplication.messageLog().messageReceived.connect(self._logged)
        iface.messageBar().widgetAdded.connect(self._bar_item)
        result, steps = self.result, self.result["steps"]
        result["qgis"] = Qgis.QGIS_VERSION
        result["python"] = sys.version.split()[0]
        result["executable"] = sys.executable
        result["qpa"] = QgsApplication.instance().platformName()  # xcb: a real X display
        result["sys_path"] = list(sys.path)
        result["message_bar_at_start"] = self._bar_items()

        self._plugin(steps)
        window = iface.mainWindow()
        window.move(0, 0)
        window.resize(*self.config.get("window", (1600, 1000)))
        self._open_project(steps)
        dock = self._open_dock(steps)
        self._build_in_dock(steps, dock)
        self._build_with_processing(steps)
        result["geos"] = geos_report()
        self._screenshot(steps, dock)

    def _plugin(self, steps):
        import qgis.utils

        instance = qgis.utils.plugins.get(PLUGIN)
        steps["plugin"] = {
            "loaded": instance is not None,
            "active": PLUGIN in qgis.utils.active_plugins,
            "class": type(instance).__name__ if instance is not None else None,
            "module_file": getattr(sys.modules.get(PLUGIN), "__file__", None),
            "plugin_paths": list(qgis.utils.plugin_paths),
            "available": list(qgis.utils.available_plugins),
        }
        if instance is None:
            raise RuntimeError(f"QGIS did not load the plugin: qgis.utils.plugins has {sorted(qgis.utils.plugins)}")
        self._watch_unload(instance)

    def _watch_unload(self, instance):
        """Note in events.jsonl when QGIS unloads the plugin on exit, and how that went."""
        unload = instance.unload

        def watched():
            self.event("unload_started")
            try:
                unload()
            except BaseException:
                self.event("exception", text="unload: " + traceback.format_exc())
                raise
            self.event("unload_done")

        instance.unload = watched

    def _open_project(self, steps):
        from qgis.core import QgsProject
        from qgis.utils import iface

        started = time.monotonic()
        opened = iface.addProject(self.config["project"])
        project = QgsProject.instance()
        layers = {layer.name(): layer for layer in project.mapLayers().values()}
        steps["project"] = {
            "opened": bool(opened),
            "file": project.fileName(),
            "layers": {name: {"valid": layer.isValid(), "features": getattr(layer, "featureCount", lambda: None)()}
                       for name, layer in layers.items()},
            "seconds": round(time.monotonic() - started, 3),
        }
        road = layers.get(self.config["road_layer"])
        if road is None or not road.isValid():
            raise RuntimeError(f"No valid layer '{self.config['road_layer']}' in the sample project: {sorted(layers)}")
        self.road = road

    def _open_dock(self, steps):
        from qgis.gui import QgsDockWidget
        from qgis.PyQt.QtWidgets import QAction, QApplication
        from qgis.utils import iface

        window = iface.mainWindow()
        action = window.findChild(QAction, ACTION_NAME)
        menu_actions = []
        for menu_action in iface.vectorMenu().actions():
            if menu_action.menu() is not None:
                menu_actions += [(menu_action.text(), a.text()) for a in menu_action.menu().actions()]
        dock = window.findChild(QgsDockWidget, DOCK_NAME)
        steps["dock"] = {
            "action_found": action is not None,
            "action_on_plugin_toolbar": action is not None and action in iface.pluginToolBar().actions(),
            "vector_menu": [pair for pair in menu_actions if "Secure Corridor" in pair[0]],
            "visible_before": dock is not None and dock.isVisible(),
        }
        if action is None or dock is None:
            raise RuntimeError(f"The plugin's action ({action}) or dock ({dock}) is not in the main window")
        action.trigger()  # the toolbar button
        for _ in range(20):
            QApplication.processEvents()
            if dock.isVisible():
                break
            self.pause(0.05)
        steps["dock"].update(
            visible_after_action=dock.isVisible(),
            action_checked=action.isChecked(),
            area=str(window.dockWidgetArea(dock)),
            floating=dock.isFloating(),
        )
        return dock

    def _build_in_dock(self, steps, dock):
        from qgis.PyQt.QtCore import Qt
        from secure_corridor.bridge import project as results

        step = steps["dock_corridor"] = {}
        dock.road.layer_combo.setLayer(self.road)
        widths = self.config["widths_km"]
        dock.corridor_box.left_width.setValue(widths[0])
        dock.corridor_box.right_width.setValue(widths[1])
        dock.corridor_box.set_cap("flat")
        dock.corridor_box.set_stretch(None, None)
        step["inputs"] = {
            "layer": dock.road.layer().name() if dock.road.layer() else None,
            "args": list(dock.corridor_args()),
            "gap_tolerance_m": dock.road.tolerance.value(),
        }
        started = time.monotonic()
        dock.corridor_box.build_button.click()
        step["busy_after_click"] = dock.runner.busy()
        step["finished"] = self.wait_for(dock.finished, self.config["task_timeout_s"])
        step["seconds"] = round(time.monotonic() - started, 3)
        step["road_summary"] = dock.road.summary.text()
        step["corridor_summary"] = dock.corridor_box.summary.text()
        step["side_labels"] = [dock.corridor_box.left_label.text(), dock.corridor_box.right_label.text()]
        step["build_button"] = dock.corridor_box.build_button.text()
        step["right_to_left"] = dock.layoutDirection() == Qt.LayoutDirection.RightToLeft
        group = results.find_group(self.road.name())
        step["group"] = None if group is None else [node.name() for node in group.findLayers()]
        step["corridor"] = _corridor_layer(_result_layer(group, "corridor"))

    def _build_with_processing(self, steps):
        import processing
        from qgis.core import QgsProcessingUtils, QgsProject, QgsVectorLayer

        widths = self.config["widths_km"]
        started = time.monotonic()
        results = processing.run(
            "secure_corridor:buildcorridor",
            {
                "INPUT": self.road,
                "NORTH_WIDTH": widths[0] * 1000,
                "SOUTH_WIDTH": widths[1] * 1000,
                "END_CAP": 0,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
        layer = results.get("OUTPUT")
        if isinstance(layer, str):
            layer = QgsProcessingUtils.mapLayerFromString(layer, None) or QgsProject.instance().mapLayer(layer)
        steps["processing"] = {
            "seconds": round(time.monotonic() - started, 3),
            "AREA_KM2": results.get("AREA_KM2"),
            "LENGTH_KM": results.get("LENGTH_KM"),
            "corridor": _corridor_layer(layer if isinstance(layer, QgsVectorLayer) else None),
        }

    def _screenshot(self, steps, dock):
        from qgis.PyQt.QtWidgets import QApplication, QScrollArea
        from qgis.utils import iface
        from secure_corridor.bridge import project as results

        canvas = iface.mapCanvas()
        corridor = _result_layer(results.find_group(self.road.name()), "corridor")
        if corridor is not None:
            extent = canvas.mapSettings().layerExtentToOutputExtent(corridor, corridor.extent())
            extent.scale(1.1)
            canvas.setExtent(extent)
        canvas.refresh()
        rendered = self.wait_for(canvas.mapCanvasRefreshed, 15)
        self.pause(0.3)
        QApplication.processEvents()
        window = iface.mainWindow()
        scroll = dock.findChild(QScrollArea)
        path = self.config["screenshot"]
        saved = window.grab().save(path)
        steps["screenshot"] = {
            "path": path,
            "saved": bool(saved),
            "canvas_rendered": rendered,
            "window": [window.width(), window.height()],
            "dock_visible": dock.isVisible(),
            "dock_geometry": [dock.x(), dock.y(), dock.width(), dock.height()],
            "dock_visible_region_empty": dock.visibleRegion().isEmpty(),
            # the sections fit across the dock: no horizontal scrolling
            "dock_viewport_width": scroll.viewport().width() if scroll else None,
            "dock_content_min_width": scroll.widget().minimumSizeHint().width() if scroll else None,
            "dock_horizontal_scroll_bar": scroll.horizontalScrollBar().isVisible() if scroll else None,
        }

    # what is on screen

    def _bar_items(self):
        from qgis.utils import iface

        bar = iface.messageBar()
        items = bar.items() if hasattr(bar, "items") else [bar.currentItem()]
        return [
            {"title": item.title(), "text": item.text(), "level": _level_name(item.level())}
            for item in items
            if item is not None
        ]

    def _log_panel(self):
        """{tab: text} of the Log Messages panel: everything logged since QGIS started,
        also before this script ran (a plugin that failed to load: "Python error")."""
        from qgis.PyQt.QtWidgets import QDockWidget, QPlainTextEdit, QTabWidget, QTextEdit
        from qgis.utils import iface

        dock = iface.mainWindow().findChild(QDockWidget, "MessageLog")
        tabs = dock.findChild(QTabWidget) if dock is not None else None
        if tabs is None:
            return {}
        panel = {}
        for k in range(tabs.count()):
            widget = tabs.widget(k)
            editor = widget if isinstance(widget, (QPlainTextEdit, QTextEdit)) else (
                widget.findChild(QPlainTextEdit) or widget.findChild(QTextEdit)
            )
            panel[tabs.tabText(k)] = editor.toPlainText() if editor is not None else ""
        return panel

    # the way out

    def quit(self):
        """Project > Exit QGIS; if QGIS is still running 15 s later, say what is on screen and leave."""
        from qgis.core import QgsApplication, QgsProject
        from qgis.PyQt.QtCore import QTimer
        from qgis.utils import iface

        def blocked():
            self.event("exit_blocked", on_screen=_on_screen(self.out))
            QgsApplication.exit(5)

        def close():
            self.event("closing")
            QgsProject.instance().setDirty(False)  # no "save the project?" question
            self._blocked = QTimer()
            self._blocked.setSingleShot(True)
            self._blocked.timeout.connect(blocked)
            self._blocked.start(15_000)
            iface.actionExit().trigger()

        QTimer.singleShot(0, close)


def _corridor_layer(layer):
    """Feature count, area_km2 and widths of a corridor layer (None: no layer)."""
    if layer is None:
        return None
    features = list(layer.getFeatures())
    names = layer.fields().names()
    rows = [{name: feature[name] for name in ("area_km2", "length_km", "north_m", "south_m") if name in names}
            for feature in features]
    return {
        "name": layer.name(),
        "provider": layer.providerType(),
        "crs": layer.crs().authid(),
        "feature_count": layer.featureCount(),
        "rows": rows,
        "valid_geometries": [feature.geometry().isGeosValid() for feature in features],
        "renderer": layer.renderer().type() if layer.renderer() is not None else None,
    }


def _on_screen(folder):
    """The visible top-level windows (title, class, text), each saved as timeout-N.png in ``folder``."""
    from qgis.PyQt.QtWidgets import QApplication, QMessageBox

    seen = []
    modal = QApplication.activeModalWidget()
    for k, widget in enumerate(w for w in QApplication.topLevelWidgets() if w.isVisible()):
        entry = {"class": type(widget).__name__, "title": widget.windowTitle(), "modal": widget is modal}
        if isinstance(widget, QMessageBox):
            entry["text"] = widget.text()
        path = os.path.join(folder, f"timeout-{k}.png")
        entry["saved"] = path if widget.grab().save(path) else None
        seen.append(entry)
    return seen


def _start():
    with open(os.environ[CONFIG_VARIABLE], encoding="utf-8") as file:
        config = json.load(file)
    from qgis.PyQt.QtCore import QTimer

    session = Session(config)
    session.event("started")

    def give_up():  # the last resort: the test kills QGIS later still
        text = "the desktop session timed out"
        try:
            text += "; on screen: " + json.dumps(_on_screen(config["out"]))
        except Exception:  # noqa: BLE001
            text += "; on screen: " + traceback.format_exc()
        session.result["errors"].append(session.event("session_error", text=text))
        session.write()
        os._exit(4)

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(give_up)
    watchdog.start(int(config["session_timeout_s"] * 1000))
    session.watchdog = watchdog
    globals()["_secure_corridor_session"] = session  # kept alive
    QTimer.singleShot(0, session.run)  # once the event loop runs


if __name__ == "__main__" and os.environ.get(CONFIG_VARIABLE):
    _start()
