"""Running the dock's work in the background and telling the user how it went.

One run at a time: the engine's work goes to ``bridge.task.EngineTask`` on
QGIS's task manager; the result comes back on the main thread. Errors meant for
people (``CorridorError``) go to the message bar in plain words, the details to
the log panel under the plugin's tag.
"""

import traceback

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..bridge.log import TAG
from ..bridge.task import Cancelled, EngineTask
from ..bridge.translation import error_text, tr
from ..core import CorridorError
from . import messages


def report(iface, error, doing):
    """Show ``error`` (raised while ``doing``, e.g. "building the corridor") to the user."""
    if isinstance(error, Cancelled):
        messages.show(iface, tr("Cancelled {doing}; nothing was added.").format(doing=doing), Qgis.MessageLevel.Info, 5)
        return
    if isinstance(error, (CorridorError, OSError)):
        # Expected: bad input, a file that cannot be written. One line says it all.
        text = error_text(error)
        QgsMessageLog.logMessage(f"{doing}: {text}", TAG, Qgis.MessageLevel.Warning)
    else:
        text = tr(
            "Something went wrong {doing} ({error}). The details are in the log panel under '{tag}'."
        ).format(doing=doing, error=f"{type(error).__name__}: {error}", tag=TAG)
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        QgsMessageLog.logMessage(f"{doing} failed:\n{details}", TAG, Qgis.MessageLevel.Critical)
    messages.show(iface, text, Qgis.MessageLevel.Critical, 0)


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

        self.task = EngineTask(description, work, done)
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
