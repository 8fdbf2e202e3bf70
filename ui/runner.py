"""Running the dock's work in the background and telling the user how it went.

One run at a time: the engine's work goes to ``bridge.task.EngineTask`` on
QGIS's task manager; the result comes back on the main thread. Errors meant for
people (``CorridorError``) go to the message bar in plain words, the details to
the log panel under the plugin's tag.
"""

import threading
import traceback

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..bridge.log import TAG
from ..bridge.task import Cancelled, EngineTask
from ..core import CorridorError

TITLE = "Secure Corridor"


def report(iface, error, doing):
    """Show ``error`` (raised while ``doing``, e.g. "building the corridor") to the user."""
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    if isinstance(error, Cancelled):
        iface.messageBar().pushMessage(TITLE, f"Cancelled {doing}; nothing was added.", Qgis.MessageLevel.Info, 5)
        return
    if isinstance(error, (CorridorError, OSError)):
        text = str(error)
        QgsMessageLog.logMessage(f"{doing}: {text}\n{details}", TAG, Qgis.MessageLevel.Warning)
    else:
        text = (
            f"Something went wrong {doing} ({type(error).__name__}: {error}). "
            f"The details are in the log panel under '{TAG}'."
        )
        QgsMessageLog.logMessage(f"{doing} failed:\n{details}", TAG, Qgis.MessageLevel.Critical)
    iface.messageBar().pushMessage(TITLE, text, Qgis.MessageLevel.Critical, 0)


def in_python_thread(work):
    """``work`` run in a thread Python creates, from the task's pool thread.

    pyproj 3.7.x (as pip and some QGIS installers ship it) keeps its per-thread
    PROJ context in OS-thread storage but frees it with the Python thread state,
    which sip creates and drops around every call into Python on a Qt pool
    thread: the second task on the same pool thread then crashes in
    ``proj_create`` (pyproj#1509, #1622; fixed upstream by pyproj#1626). A
    short-lived Python thread per run avoids that; with older pyproj (Debian's
    3.4) it costs one thread start.
    """

    def run(task):
        outcome = {}

        def target():
            try:
                outcome["result"] = work(task)
            except BaseException as error:  # noqa: BLE001 - re-raised on the task's thread
                outcome["error"] = error

        thread = threading.Thread(target=target, name="secure-corridor-engine", daemon=True)
        thread.start()
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    return run


class Runner(QObject):
    """Starts one EngineTask at a time and reports its progress and end."""

    busyChanged = pyqtSignal(bool)  # noqa: N815 (Qt naming)
    progressChanged = pyqtSignal(float)  # noqa: N815

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task = None
        self._closed = False

    def busy(self):
        return self.task is not None

    def start(self, description, work, on_done):
        """Run ``work(task)`` in the background; ``on_done(result, error)`` on the main thread."""

        def done(result, error):
            if self._closed:
                return
            self.task = None
            self.busyChanged.emit(False)
            on_done(result, error)

        self.task = EngineTask(description, in_python_thread(work), done)
        self.task.progressChanged.connect(self.progressChanged)
        self.busyChanged.emit(True)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def close(self):
        """Cancel a running task and ignore its end (the dock is going away)."""
        self._closed = True
        if self.task is not None:
            self.task.progressChanged.disconnect(self.progressChanged)
            self.task.cancel()
            self.task = None
